import {
  amountSchema,
  decimalStringSchema,
  isoDateSchema,
  priceSchema,
  quantitySchema,
  rateSchema,
} from '@tpe/core';
import { z } from 'zod';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import { type VatCategoryTreatment, vatCategoryTreatmentSchema } from '../vat/vatCategory.js';

/**
 * The category of the operations an invoice covers, a mention of the
 * e-invoicing reform (CGI ann. II art. 242 nonies A 8° bis): goods only,
 * services only, or both (`mixed`).
 *
 * @example
 * ```ts
 * import type { OperationCategory } from '@tpe/legal-fr';
 *
 * const category: OperationCategory = 'mixed';
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export type OperationCategory = 'goods' | 'services' | 'mixed';

/**
 * A printed address, as one text (lines separated by `\n` or commas).
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export type PrintedAddress = string;

/**
 * The seller as printed on an invoice, and the facts about it that decide
 * which mentions are due. Every printed field is optional: a missing one is
 * reported by {@link checkInvoiceMentions}, not refused by the schema.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceSeller {
  /** Legal name (dénomination sociale, or the trader's name). */
  readonly legalName?: string | undefined;
  /** Legal form as printed: `"SAS"`, `"SARL"`, `"EI"`, `"entrepreneur individuel"`… */
  readonly legalForm?: string | undefined;
  /**
   * Whether the seller is a company (legal form and share capital due) or an
   * individual entrepreneur ("EI" due, no share capital). `company` when absent.
   */
  readonly legalStatus?: 'company' | 'individualEntrepreneur' | undefined;
  /** Share capital as printed, a decimal string of euros (`"10000"`). */
  readonly shareCapital?: string | undefined;
  /** `true` for a company "à capital variable" (no fixed share capital to print). */
  readonly variableCapital?: boolean | undefined;
  /** SIREN as printed (9 digits). */
  readonly siren?: string | undefined;
  /** SIRET as printed (14 digits), if any: checked, never required. */
  readonly siret?: string | undefined;
  /** Trade register as printed: `RCS` and its city, or `RM` (craftsmen). */
  readonly registration?:
    | {
        readonly register: 'RCS' | 'RM';
        readonly city?: string | undefined;
      }
    | undefined;
  /** `true` when the seller is registered in no trade register (e.g. a liberal profession). */
  readonly registrationNotRequired?: boolean | undefined;
  /** Intra-EU VAT number as printed (`"FR40303265045"`). */
  readonly vatNumber?: string | undefined;
  /** Address (head office) as printed. */
  readonly address?: PrintedAddress | undefined;
  /**
   * `true` when the seller is under the franchise en base of CGI art. 293 B
   * (charges no VAT). This flag is the source of truth for the franchise:
   * `vatTreatment: 'franchiseEnBase'` on the invoice means the same thing,
   * and may be combined with it but not with `franchiseEnBase: false`.
   */
  readonly franchiseEnBase?: boolean | undefined;
  /** `true` when the seller, a supplier of services, opted to pay VAT on debits. */
  readonly vatOnDebitsOption?: boolean | undefined;
}

/**
 * The buyer as printed on an invoice, and the facts about it that decide
 * which mentions are due.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceBuyer {
  /** Name as printed. */
  readonly name?: string | undefined;
  /** Professional buyer, consumer or public buyer. */
  readonly kind: CustomerKind;
  /** ISO 3166-1 alpha-2 country of establishment; `FR` when absent. */
  readonly countryCode?: string | undefined;
  /** Address as printed. */
  readonly address?: PrintedAddress | undefined;
  /** SIREN as printed (due from the e-invoicing reform for a buyer established in France). */
  readonly siren?: string | undefined;
  /** VAT number as printed (`"DE123456789"`, `"FR40303265045"`). */
  readonly vatNumber?: string | undefined;
  /** Delivery address as printed, when the goods were delivered elsewhere. */
  readonly deliveryAddress?: PrintedAddress | undefined;
  /** `true` when goods were delivered to an address other than the buyer's address. */
  readonly deliveredElsewhere?: boolean | undefined;
}

/**
 * One line of an invoice as printed.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceLineForMentions {
  /** Precise description of the good or service. */
  readonly label?: string | undefined;
  /** Quantity, a decimal string (negative on a credit note). */
  readonly quantity?: string | undefined;
  /** Unit price excluding VAT, a decimal string (up to 6 decimals, not negative). */
  readonly unitPriceExclVat?: string | undefined;
  /** VAT rate as a percent string (`"20"`, `"5.5"`; `"0"` for an exempt line). */
  readonly vatRate?: string | undefined;
  /** Whether the line is a supply of goods or of a service (not printed; drives the checks). */
  readonly nature?: 'goods' | 'service' | undefined;
  /** Rebate granted on the line, excluding VAT, a decimal string of euros. */
  readonly discount?: string | undefined;
}

/**
 * A document-level rebate, discount or refund (rabais, remise, ristourne)
 * acquired at the time of the operation, excluding VAT.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceAllowance {
  readonly label?: string | undefined;
  /** Amount excluding VAT, a decimal string of euros (positive reduces the base). */
  readonly amount: string;
  /** The VAT rate (percent) of the base it reduces; needed when the invoice has several rates. */
  readonly vatRate?: string | undefined;
}

/**
 * The totals of an invoice as printed.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceTotalsForMentions {
  /** Total excluding VAT. */
  readonly totalExclVat?: string | undefined;
  /** Per VAT rate: the total excluding VAT and the VAT amount. */
  readonly vatBreakdown?:
    | readonly {
        readonly rate: string;
        readonly taxableAmount: string;
        readonly vatAmount: string;
      }[]
    | undefined;
  /** Amount of VAT payable. */
  readonly totalVat?: string | undefined;
  /** Total including VAT. */
  readonly totalInclVat?: string | undefined;
}

/**
 * What a French invoice (or credit note) carries, as checked by
 * {@link checkInvoiceMentions}: the printed mentions plus the few facts that
 * decide which mentions are due (buyer kind, VAT treatment, franchise en
 * base, VAT-on-debits option, delivery elsewhere, purchase order issued).
 *
 * **Details**: amounts are decimal strings of euros with at most 2 decimals,
 * rates are percent strings, dates `YYYY-MM-DD`. Everything that may be
 * missing from a real invoice is optional here so that the checker, not the
 * schema, reports the missing mention. Blank strings count as missing.
 *
 * **Gotchas**: the date of the supply (`operationDate`) is due only when it
 * differs from the issue date; the checker cannot know that it is missing and
 * only checks it when printed.
 *
 * @example
 * ```ts
 * import type { InvoiceForMentions } from '@tpe/legal-fr';
 *
 * const invoice: InvoiceForMentions = {
 *   number: 'F-2026-000123',
 *   issueDate: '2026-03-02',
 *   seller: { legalName: 'Atelier Dupont', legalForm: 'SARL', siren: '732829320' },
 *   buyer: { name: 'Client SAS', kind: 'business' },
 *   lines: [{ label: 'Chaise', quantity: '2', unitPriceExclVat: '50', vatRate: '20', nature: 'goods' }],
 *   totals: { totalExclVat: '100.00', totalVat: '20.00', totalInclVat: '120.00' },
 * };
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceForMentions {
  /** `invoice` (default), `creditNote` or `correctiveInvoice` (facture rectificative). */
  readonly documentType?: 'invoice' | 'creditNote' | 'correctiveInvoice' | undefined;
  /** The unique number in its chronological series. */
  readonly number?: string | undefined;
  /** Issue date. */
  readonly issueDate?: string | undefined;
  /** For a credit note or corrective invoice: the invoice it refers to, as printed. */
  readonly originalInvoice?:
    | {
        readonly number?: string | undefined;
        readonly issueDate?: string | undefined;
      }
    | undefined;
  /** The buyer's purchase order number, as printed. */
  readonly purchaseOrderNumber?: string | undefined;
  /** `true` when the buyer issued a purchase order beforehand (its number is then due). */
  readonly purchaseOrderIssued?: boolean | undefined;
  readonly seller: InvoiceSeller;
  readonly buyer: InvoiceBuyer;
  /** Date of the supply (delivery / completion) or of the down payment, printed when different from the issue date. */
  readonly operationDate?: string | undefined;
  /** Category of the operations as printed (e-invoicing reform). */
  readonly operationCategory?: OperationCategory | undefined;
  readonly lines?: readonly InvoiceLineForMentions[] | undefined;
  /** Document-level rebates (rabais, remises, ristournes). */
  readonly allowances?: readonly InvoiceAllowance[] | undefined;
  readonly totals?: InvoiceTotalsForMentions | undefined;
  /** The date by which payment must be made, as printed. */
  readonly dueDate?: string | undefined;
  /** `true` when the invoice prints "Paiement à réception" (or "comptant") instead of a date. */
  readonly paymentOnReceipt?: boolean | undefined;
  /** The printed late-penalty clause, with its rate. */
  readonly penaltyRateText?: string | undefined;
  /** The printed 40 € recovery indemnity sentence. */
  readonly recoveryIndemnityText?: string | undefined;
  /** The printed escompte conditions ("Pas d'escompte pour paiement anticipé" or the terms). */
  readonly escompteText?: string | undefined;
  /**
   * How VAT applies (see {@link VatCategoryTreatment}); `taxable` when absent.
   * `franchiseEnBase` is read as the seller's flag `seller.franchiseEnBase`
   * set to `true`; `outOfScope` (e.g. an invoice of late-payment penalties)
   * needs no VAT mention.
   */
  readonly vatTreatment?: VatCategoryTreatment | undefined;
  /**
   * The VAT sentences printed on the invoice: the mention of the VAT
   * treatment (the `mention` of {@link vatCategory}: franchise en base,
   * exemption reference, reverse charge), the VAT-on-debits option…, as
   * written by {@link legalMentions}.
   */
  readonly vatMentions?: readonly string[] | undefined;
}

const text = z.string().max(2000);
const identifier = z.string().max(64);
const amount = amountSchema();
const percent = rateSchema;
const nonNegativeAmount = decimalStringSchema({
  maxDecimals: 2,
  maxIntegerDigits: 15,
  allowNegative: false,
});

const sellerSchema = z.object({
  legalName: text.optional(),
  legalForm: text.optional(),
  legalStatus: z.enum(['company', 'individualEntrepreneur']).optional(),
  shareCapital: nonNegativeAmount.optional(),
  variableCapital: z.boolean().optional(),
  siren: identifier.optional(),
  siret: identifier.optional(),
  registration: z.object({ register: z.enum(['RCS', 'RM']), city: text.optional() }).optional(),
  registrationNotRequired: z.boolean().optional(),
  vatNumber: identifier.optional(),
  address: text.optional(),
  franchiseEnBase: z.boolean().optional(),
  vatOnDebitsOption: z.boolean().optional(),
});

const buyerSchema = z.object({
  name: text.optional(),
  kind: customerKindSchema,
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 code in capitals, e.g. "FR"')
    .optional(),
  address: text.optional(),
  siren: identifier.optional(),
  vatNumber: identifier.optional(),
  deliveryAddress: text.optional(),
  deliveredElsewhere: z.boolean().optional(),
});

const lineSchema = z.object({
  label: text.optional(),
  quantity: quantitySchema.optional(),
  unitPriceExclVat: priceSchema.optional(),
  vatRate: percent.optional(),
  nature: z.enum(['goods', 'service']).optional(),
  discount: amount.optional(),
});

/**
 * A zod schema for {@link InvoiceForMentions}. Unknown keys are ignored, so
 * a richer invoice object can be passed as is. It refuses
 * `vatTreatment: 'franchiseEnBase'` together with `seller.franchiseEnBase:
 * false` (issue code `conflicting_fields`).
 *
 * @example
 * ```ts
 * import { invoiceForMentionsSchema } from '@tpe/legal-fr';
 *
 * invoiceForMentionsSchema.safeParse({ seller: {}, buyer: { kind: 'consumer' } }).success; // true
 * invoiceForMentionsSchema.safeParse({ seller: {}, buyer: { kind: 'company' } }).success; // false
 * const contradictory = { seller: { franchiseEnBase: false }, buyer: { kind: 'consumer' }, vatTreatment: 'franchiseEnBase' };
 * invoiceForMentionsSchema.safeParse(contradictory).success; // false
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export const invoiceForMentionsSchema: z.ZodType<InvoiceForMentions> = z
  .object({
    documentType: z.enum(['invoice', 'creditNote', 'correctiveInvoice']).optional(),
    number: identifier.optional(),
    issueDate: isoDateSchema.optional(),
    originalInvoice: z
      .object({ number: identifier.optional(), issueDate: isoDateSchema.optional() })
      .optional(),
    purchaseOrderNumber: identifier.optional(),
    purchaseOrderIssued: z.boolean().optional(),
    seller: sellerSchema,
    buyer: buyerSchema,
    operationDate: isoDateSchema.optional(),
    operationCategory: z.enum(['goods', 'services', 'mixed']).optional(),
    lines: z.array(lineSchema).max(100_000).optional(),
    allowances: z
      .array(z.object({ label: text.optional(), amount, vatRate: percent.optional() }))
      .max(10_000)
      .optional(),
    totals: z
      .object({
        totalExclVat: amount.optional(),
        vatBreakdown: z
          .array(z.object({ rate: percent, taxableAmount: amount, vatAmount: amount }))
          .max(1000)
          .optional(),
        totalVat: amount.optional(),
        totalInclVat: amount.optional(),
      })
      .optional(),
    dueDate: isoDateSchema.optional(),
    paymentOnReceipt: z.boolean().optional(),
    penaltyRateText: text.optional(),
    recoveryIndemnityText: text.optional(),
    escompteText: text.optional(),
    vatTreatment: vatCategoryTreatmentSchema.optional(),
    vatMentions: z.array(text).max(100).optional(),
  })
  .check((context) => {
    const invoice = context.value;
    if (invoice.vatTreatment === 'franchiseEnBase' && invoice.seller.franchiseEnBase === false) {
      context.issues.push({
        code: 'custom',
        message:
          'The VAT treatment says franchise en base but the seller is said not to be under it',
        input: invoice,
        path: ['vatTreatment'],
        params: { code: 'conflicting_fields' },
      });
    }
  });
