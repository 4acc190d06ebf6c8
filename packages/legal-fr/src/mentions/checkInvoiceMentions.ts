import {
  compareDates,
  divideRounded,
  formatScaledUnits,
  parseWithSchema,
  type RoundingMode,
  TpeError,
} from '@tpe/core';
import { isValidFrenchVatNumber } from '../identifiers/isValidFrenchVatNumber.js';
import { isValidSiren } from '../identifiers/isValidSiren.js';
import { isValidSiret } from '../identifiers/isValidSiret.js';
import { normalizeIdentifier } from '../identifiers/normalizeIdentifier.js';
import type { TraceStep } from '../shared/TraceStep.js';
import { type VatCategoryTreatment, vatCategory } from '../vat/vatCategory.js';
import {
  type InvoiceForMentions,
  invoiceForMentionsSchema,
  type OperationCategory,
} from './InvoiceForMentions.js';
import {
  cents,
  computeExpectedAmounts,
  type ExpectedAmounts,
  vatOn,
} from './internal/expectedAmounts.js';
import { isBlank, rateKey, rateUnits } from './internal/printedText.js';
import { checkOptionsSchema, readCheckOptions } from './internal/readCheckOptions.js';
import { readInvoiceForMentions } from './internal/readInvoiceForMentions.js';
import { VAT_ON_DEBITS } from './internal/vatOnDebits.js';
import { VAT_PATTERNS } from './internal/vatPatterns.js';
import { INVOICE_MENTION_IDS, type InvoiceMentionId } from './invoiceMentionIds.js';

/**
 * Options of {@link checkInvoiceMentions}. Every option but `asOf` has a
 * documented default; those marked *unverified* settle a point the legal
 * reference could not confirm.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface CheckInvoiceMentionsOptions {
  /**
   * The day of the check, `YYYY-MM-DD`. The mentions due are those in force
   * on the invoice's issue date; `asOf` stands in for it only when the issue
   * date is missing (a draft checked before issue).
   */
  readonly asOf: string;
  /**
   * First issue date on which the four e-invoicing reform mentions (buyer
   * SIREN, delivery address, operation category, VAT-on-debits option) are
   * due. Default `2026-09-01` for every seller (*unverified*: the decrees
   * align them on the issuance obligation, 1 Sep 2026 for large and
   * mid-sized companies and 1 Sep 2027 for SMEs and micro-enterprises; pass
   * `2027-09-01` for an SME once confirmed).
   */
  readonly reformMentionsFrom?: string;
  /**
   * The amount whose quarter caps the fine (CGI art. 1737 II: "the amount
   * shown, or that should have been shown, on the invoice"): `totalInclVat`
   * (default, the amount of the invoice) or `totalExclVat`.
   */
  readonly capBase?: 'totalInclVat' | 'totalExclVat';
  /**
   * How the quarter is brought to the cent. Default `down`: the fine may not
   * exceed the quarter, so 4.07 € gives a cap of 1.01 €, not 1.02 €.
   */
  readonly capRounding?: RoundingMode;
  /**
   * Whether an invoice without escompte must say so ("Pas d'escompte pour
   * paiement anticipé"). Default `true` (*unverified*: common practice
   * expects the statement).
   */
  readonly requireNoEscompteStatement?: boolean;
  /**
   * Whether an individual entrepreneur must print "EI" or "entrepreneur
   * individuel" with the name. Default `true` (*unverified* detail of the
   * 2022 EI status).
   */
  readonly individualEntrepreneurMention?: boolean;
  /**
   * Whether the commercial payment mentions of C. com. L441-9 (payment date,
   * escompte, late-penalty rate, purchase order) are due on consumer
   * invoices. Default `false`: L441-9 governs purchases made for a
   * professional activity. The 40 € indemnity is never due from a consumer.
   */
  readonly paymentMentionsForConsumers?: boolean;
  /**
   * Whether the exemption reference may be left out of an export or
   * other-exemption invoice of at most 150 € excluding VAT. Default `false`
   * (*unverified* tolerance; never for intra-EU supplies).
   */
  readonly smallInvoiceExemptionTolerance?: boolean;
  /**
   * Whether the printed totals are checked against the lines (line net =
   * quantity × unit price to the cent; VAT per rate on the sum of the line
   * nets, EN 16931 BR-CO-10…15). Default `true`.
   */
  readonly checkAmounts?: boolean;
}

/**
 * One missing or inaccurate mention found by {@link checkInvoiceMentions}.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface MentionFinding {
  /** Stable identifier of the mention. */
  readonly mention: InvoiceMentionId;
  /** The legal basis, e.g. `CGI ann. II art. 242 nonies A 1°` or `C. com. L441-9 I`. */
  readonly article: string;
  /** What is wrong, in plain words (English). */
  readonly message: string;
  /** The tax fine risked for it, a decimal string of euros (`"15.00"`, CGI art. 1737 II). */
  readonly fine: string;
  /** Where in the input the mention is, or should be. */
  readonly path: readonly (string | number)[];
}

/**
 * The outcome of {@link checkInvoiceMentions}.
 *
 * @category Invoice mentions
 * @since 0.1.0
 */
export interface InvoiceMentionsCheck {
  /** Mentions that are due and absent. */
  readonly missing: readonly MentionFinding[];
  /** Mentions that are printed but inaccurate (or printed where they must not be). */
  readonly invalid: readonly MentionFinding[];
  /** The tax fine risked: 15 € per finding, capped at a quarter of the invoice amount. */
  readonly fineRisk: string;
  /** 15 € × the number of findings, before the cap. */
  readonly uncappedFine: string;
  /** The cap, or `null` when no invoice amount is known. */
  readonly fineCap: string | null;
  /**
   * The administrative fine risked on top when a commercial mention of C. com.
   * L441-9 is missing or wrong ("up to"), or `null`.
   */
  readonly commercialFineMax: {
    readonly naturalPerson: string;
    readonly legalPerson: string;
  } | null;
  /** Whether the e-invoicing reform mentions were due. */
  readonly reformMentionsRequired: boolean;
  /** How the result was obtained, step by step. */
  readonly trace: readonly TraceStep[];
}

const FINE_PER_MENTION = '15.00';
/** {@link FINE_PER_MENTION} in cents. */
const FINE_PER_MENTION_CENTS = 1500n;
/** The invoice amount up to which `smallInvoiceExemptionTolerance` applies, in cents. */
const SMALL_INVOICE_CENTS = 15_000n;
const DEFAULT_REFORM_DATE = '2026-09-01';
const ART = {
  identity: 'CGI ann. II art. 242 nonies A 1°',
  siren: 'CGI ann. II art. 242 nonies A 1°; C. com. R123-237',
  buyerSiren: 'CGI ann. II art. 242 nonies A 1° (décret 2022-1299)',
  sellerVat: 'CGI ann. II art. 242 nonies A 2°',
  buyerVatIntraEu: 'CGI ann. II art. 242 nonies A 3°',
  buyerVatReverse: 'CGI ann. II art. 242 nonies A 4°',
  commercialId: 'C. com. R123-237',
  inaccurate: 'CGI art. 1737 II',
  delivery: 'CGI ann. II art. 242 nonies A 7° bis',
  issueDate: 'CGI ann. II art. 242 nonies A 6°',
  number: 'CGI ann. II art. 242 nonies A 7°',
  original: 'CGI art. 289 I 5',
  purchaseOrder: 'C. com. L441-9 I',
  category: 'CGI ann. II art. 242 nonies A 8° bis',
  lines: 'CGI ann. II art. 242 nonies A 8°',
  totals: 'CGI ann. II art. 242 nonies A 11°',
  paymentDate: 'C. com. L441-9 I',
  escompte: 'C. com. L441-9 I',
  penalty: 'C. com. L441-9 I; L441-10 II',
  indemnity: 'C. com. L441-9 I; L441-10 II; D441-5',
  indemnityPublic: 'C. com. L441-9 I; CCP D2192-35',
  indemnityConsumer: 'C. com. L441-10 II; D441-5',
  fine: 'CGI art. 1737 II',
} as const;
/** The VAT sentences and their articles come from {@link vatCategory}. */
const FRANCHISE = vatCategory('franchiseEnBase');
const REVERSE_CHARGE = vatCategory('reverseCharge');
/** CGI ann. II art. 242 nonies A 12°: any mention that the operation is exempt. */
const EXEMPTION_RULE = vatCategory('otherExemption').article;
/** How the reference to each exemption is recognised (the others: any exemption statement). */
const EXEMPTION_REFERENCES: Partial<Record<VatCategoryTreatment, RegExp>> = {
  intraCommunitySupplyOfGoods: VAT_PATTERNS.intraCommunity,
  export: VAT_PATTERNS.export,
};

const EU_VAT_PREFIXES = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'EL',
  'ES',
  'FI',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'XI',
]);

/**
 * Checks the mandatory mentions of a French invoice or credit note (tax
 * mentions of CGI ann. II art. 242 nonies A, commercial mentions of C. com.
 * L441-9 and R123-237, payment conditions of L441-10) and estimates the tax
 * fine risked: 15 € per missing or inaccurate mention, capped at a quarter of
 * the invoice amount (CGI art. 1737 II).
 *
 * **When to use**: before issuing an invoice, or to audit issued ones. A
 * violation is returned as data (`missing`, `invalid`), never thrown.
 *
 * **Details**:
 * - The mentions due are those in force on the **issue date**: the four
 *   e-invoicing reform mentions (buyer SIREN, delivery address when
 *   different, operation category, VAT-on-debits option) only from
 *   `reformMentionsFrom` (1 Sep 2026 by default). `asOf` stands in for a
 *   missing issue date. A wrong VAT-on-debits statement, or any other
 *   inaccurate printed mention, is reported whatever the date (CE 21 May 2014
 *   n° 364610).
 * - SIREN, SIRET and VAT numbers are checked (checksum, and the VAT number's
 *   SIREN part against the SIREN); a bad one is `invalid`.
 * - Consumer invoices: no 40 € indemnity is due, and printing it is reported
 *   as `invalid` (the reference: "do not print the mention on B2C invoices").
 *   The L441-9 payment mentions are not due unless `paymentMentionsForConsumers`.
 * - VAT mentions: the sentence and the article of each VAT treatment are
 *   those of {@link vatCategory}. Exempt and reverse-charge invoices need
 *   their mention (a reference to the right exemption, or a plain exemption
 *   statement) and the buyer's VAT number (intra-EU, reverse charge); an
 *   operation outside the scope of VAT (`outOfScope`) needs no VAT mention.
 * - Franchise en base: `seller.franchiseEnBase` is the source of truth;
 *   `vatTreatment: 'franchiseEnBase'` means the same (it is refused with
 *   `seller.franchiseEnBase: false`). Such a seller needs the franchise
 *   mention and charges no VAT.
 * - The cap base is the amount that should have been shown (computed from the
 *   lines when they are complete), else the printed one.
 *
 * **Gotchas**: `fineRisk` is the exposure before the first-offence leniency of
 * CGI art. 1737 II (no fine for a first offence in the year and the 3
 * preceding ones when corrected spontaneously or within 30 days). Numbering
 * continuity and the date of the supply cannot be judged on one invoice and
 * are not checked.
 *
 * @param invoice - the invoice, see {@link InvoiceForMentions}
 * @param options - `asOf` and the options of {@link CheckInvoiceMentionsOptions}
 * @returns the findings, the fine risked and the trace
 * @throws {@link TpeError} `INVALID_INPUT` (with the paths of the problems)
 *   for an invoice or options that do not match their schema
 *
 * @example
 * ```ts
 * import { checkInvoiceMentions } from '@tpe/legal-fr';
 *
 * const result = checkInvoiceMentions(
 *   {
 *     number: 'F-2026-000042',
 *     issueDate: '2026-03-02',
 *     seller: { legalName: 'Atelier Dupont', legalForm: 'SARL', shareCapital: '10000', siren: '732829320',
 *       vatNumber: 'FR44732829320', registration: { register: 'RCS', city: 'Lyon' }, address: '1 rue Neuve, 69001 Lyon' },
 *     buyer: { name: 'Client SAS', kind: 'business', address: '2 place Bellecour, 69002 Lyon' },
 *     lines: [{ label: 'Chaise', quantity: '2', unitPriceExclVat: '50', vatRate: '20', nature: 'goods' }],
 *     totals: { totalExclVat: '100.00', vatBreakdown: [{ rate: '20', taxableAmount: '100.00', vatAmount: '20.00' }],
 *       totalVat: '20.00', totalInclVat: '120.00' },
 *     dueDate: '2026-04-01',
 *     escompteText: "Pas d'escompte pour paiement anticipé",
 *     penaltyRateText: 'Pénalités de retard au taux annuel de 12,15 %',
 *   },
 *   { asOf: '2026-03-02' },
 * );
 * result.missing.map((finding) => finding.mention); // ['recoveryIndemnity']
 * result.fineRisk; // '15.00'
 * ```
 *
 * @category Invoice mentions
 * @since 0.1.0
 * @see CGI ann. II art. 242 nonies A; C. com. L441-9, L441-10, R123-237; CGI art. 289, 1737 II
 */
export function checkInvoiceMentions(
  invoice: InvoiceForMentions,
  options: CheckInvoiceMentionsOptions,
): InvoiceMentionsCheck {
  const parsed = readInvoiceForMentions(invoice);
  if (parsed === undefined) {
    parseWithSchema(invoiceForMentionsSchema, invoice);
    // The schema accepted what the reader refused: never expected.
    throw new TpeError('INVALID_INPUT', 'Invalid input');
  }
  const settings = readCheckOptions(options);
  if (settings === undefined) {
    parseWithSchema(checkOptionsSchema, options);
    throw new TpeError('INVALID_INPUT', 'Invalid input');
  }
  return new MentionChecker(parsed, {
    asOf: settings.asOf,
    reformMentionsFrom: settings.reformMentionsFrom ?? DEFAULT_REFORM_DATE,
    capBase: settings.capBase ?? 'totalInclVat',
    capRounding: settings.capRounding ?? 'down',
    requireNoEscompteStatement: settings.requireNoEscompteStatement ?? true,
    individualEntrepreneurMention: settings.individualEntrepreneurMention ?? true,
    paymentMentionsForConsumers: settings.paymentMentionsForConsumers ?? false,
    smallInvoiceExemptionTolerance: settings.smallInvoiceExemptionTolerance ?? false,
    checkAmounts: settings.checkAmounts ?? true,
  }).run();
}

type Settings = Required<CheckInvoiceMentionsOptions>;
type Path = readonly (string | number)[];

class MentionChecker {
  private readonly missing: MentionFinding[] = [];
  private readonly invalid: MentionFinding[] = [];
  private readonly trace: TraceStep[] = [];
  private readonly invoice: InvoiceForMentions;
  private readonly settings: Settings;
  private readonly reformRequired: boolean;
  private readonly vatCharged: boolean;
  private readonly treatment: NonNullable<InvoiceForMentions['vatTreatment']>;
  private readonly vatTexts: readonly string[];
  private expected: ExpectedAmounts | undefined;

  constructor(invoice: InvoiceForMentions, settings: Settings) {
    this.invoice = invoice;
    this.settings = settings;
    const date = invoice.issueDate ?? settings.asOf;
    this.trace.push({
      rule: 'requirementDate',
      message:
        invoice.issueDate === undefined
          ? `No issue date: mentions assessed as in force on asOf ${date}`
          : `Mentions assessed as in force on the issue date ${date}`,
      values: { date },
    });
    this.reformRequired = compareDates(date, settings.reformMentionsFrom) >= 0;
    this.trace.push({
      rule: 'reformMentions',
      article: 'décret 2022-1299; décret 2024-266',
      message: `E-invoicing reform mentions (buyer SIREN, delivery address, operation category, VAT-on-debits option) due from ${settings.reformMentionsFrom}: ${this.reformRequired ? 'due' : 'not yet due'} on ${date}`,
      values: { date, from: settings.reformMentionsFrom, required: String(this.reformRequired) },
    });
    // The seller's flag is the source of truth; the treatment `franchiseEnBase` means the same.
    this.vatCharged =
      invoice.seller.franchiseEnBase !== true && invoice.vatTreatment !== 'franchiseEnBase';
    this.treatment = invoice.vatTreatment ?? 'taxable';
    this.vatTexts = (invoice.vatMentions ?? []).filter((text) => !isBlank(text));
  }

  run(): InvoiceMentionsCheck {
    this.checkSeller();
    this.checkBuyer();
    this.checkDocument();
    this.checkLines();
    this.checkTotals();
    this.checkPaymentConditions();
    this.checkVatMentions();
    return this.result();
  }

  // ---- identification -------------------------------------------------------

  private checkSeller(): void {
    const { seller } = this.invoice;
    if (isBlank(seller.legalName)) {
      this.miss('sellerName', ART.identity, "The seller's legal name is missing", [
        'seller',
        'legalName',
      ]);
    }
    if (isBlank(seller.address)) {
      this.miss('sellerAddress', ART.identity, "The seller's address is missing", [
        'seller',
        'address',
      ]);
    }
    const siren = this.checkSiren(
      seller.siren,
      'sellerSiren',
      ART.siren,
      ['seller', 'siren'],
      true,
    );
    if (!isBlank(seller.siret)) {
      const siret = normalizeIdentifier(seller.siret);
      if (!isValidSiret(siret)) {
        this.wrong(
          'sellerSiret',
          ART.inaccurate,
          `The SIRET ${seller.siret} is not a valid SIRET`,
          ['seller', 'siret'],
        );
      } else if (siren !== undefined && siret.slice(0, 9) !== siren) {
        this.wrong(
          'sellerSiret',
          ART.inaccurate,
          `The SIRET ${seller.siret} does not belong to SIREN ${siren}`,
          ['seller', 'siret'],
        );
      }
    }
    this.checkSellerVatNumber(siren);
    this.checkCommercialIdentification();
  }

  /** Checks a printed SIREN; returns it compacted when valid. */
  private checkSiren(
    value: string | undefined,
    mention: 'sellerSiren' | 'buyerSiren',
    article: string,
    path: Path,
    required: boolean,
  ): string | undefined {
    if (isBlank(value)) {
      if (required)
        this.miss(
          mention,
          article,
          `The ${mention === 'sellerSiren' ? "seller's" : "buyer's"} SIREN is missing`,
          path,
        );
      return undefined;
    }
    const siren = normalizeIdentifier(value);
    if (!isValidSiren(siren)) {
      this.wrong(mention, article, `${value} is not a valid SIREN`, path);
      return undefined;
    }
    return siren;
  }

  private checkSellerVatNumber(siren: string | undefined): void {
    const { vatNumber } = this.invoice.seller;
    const path = ['seller', 'vatNumber'];
    if (isBlank(vatNumber)) {
      if (this.vatCharged) {
        this.miss(
          'sellerVatNumber',
          ART.sellerVat,
          "The seller's intra-EU VAT number is missing",
          path,
        );
      }
      return;
    }
    const compact = normalizeIdentifier(vatNumber);
    if (!isValidFrenchVatNumber(compact)) {
      this.wrong(
        'sellerVatNumber',
        ART.sellerVat,
        `${vatNumber} is not a valid French VAT number`,
        path,
      );
    } else if (siren !== undefined && compact.slice(-9) !== siren) {
      this.wrong(
        'sellerVatNumber',
        ART.sellerVat,
        `The VAT number ${vatNumber} does not match SIREN ${siren}`,
        path,
      );
    }
  }

  private checkCommercialIdentification(): void {
    const { seller } = this.invoice;
    if (seller.legalStatus === 'individualEntrepreneur') {
      if (this.settings.individualEntrepreneurMention) {
        const printed = `${seller.legalForm ?? ''} ${seller.legalName ?? ''}`;
        if (!/\bEI\b|entrepreneur\s+individuel/i.test(printed)) {
          this.miss(
            'sellerLegalForm',
            ART.commercialId,
            'An individual entrepreneur must print "EI" or "entrepreneur individuel" with the name',
            ['seller', 'legalForm'],
          );
        }
      }
    } else {
      if (isBlank(seller.legalForm)) {
        this.miss('sellerLegalForm', ART.commercialId, "The company's legal form is missing", [
          'seller',
          'legalForm',
        ]);
      }
      if (seller.shareCapital === undefined && seller.variableCapital !== true) {
        this.miss(
          'sellerShareCapital',
          ART.commercialId,
          "The company's share capital is missing",
          ['seller', 'shareCapital'],
        );
      }
    }
    if (seller.registrationNotRequired === true) return;
    if (seller.registration === undefined) {
      this.miss(
        'sellerRegistration',
        ART.commercialId,
        'The trade register (RCS and city, or RM) is missing',
        ['seller', 'registration'],
      );
    } else if (seller.registration.register === 'RCS' && isBlank(seller.registration.city)) {
      this.miss(
        'sellerRegistration',
        ART.commercialId,
        'The city of the RCS registration is missing',
        ['seller', 'registration', 'city'],
      );
    }
  }

  private checkBuyer(): void {
    const { buyer } = this.invoice;
    if (isBlank(buyer.name))
      this.miss('buyerName', ART.identity, "The buyer's name is missing", ['buyer', 'name']);
    if (isBlank(buyer.address)) {
      this.miss('buyerAddress', ART.identity, "The buyer's address is missing", [
        'buyer',
        'address',
      ]);
    }
    const inFrance = (buyer.countryCode ?? 'FR') === 'FR';
    const sirenDue = this.reformRequired && buyer.kind !== 'consumer' && inFrance;
    const siren = this.checkSiren(
      buyer.siren,
      'buyerSiren',
      ART.buyerSiren,
      ['buyer', 'siren'],
      sirenDue,
    );
    this.checkBuyerVatNumber(siren);
    if (
      this.reformRequired &&
      buyer.deliveredElsewhere === true &&
      isBlank(buyer.deliveryAddress)
    ) {
      this.miss(
        'deliveryAddress',
        ART.delivery,
        "The delivery address of the goods, different from the buyer's, is missing",
        ['buyer', 'deliveryAddress'],
      );
    }
  }

  private checkBuyerVatNumber(siren: string | undefined): void {
    const { vatNumber } = this.invoice.buyer;
    const path = ['buyer', 'vatNumber'];
    const article = this.treatment === 'reverseCharge' ? ART.buyerVatReverse : ART.buyerVatIntraEu;
    if (isBlank(vatNumber)) {
      if (this.treatment === 'intraCommunitySupplyOfGoods' || this.treatment === 'reverseCharge') {
        const reason =
          this.treatment === 'reverseCharge'
            ? 'liable for the VAT (reverse charge)'
            : 'of an exempt intra-EU supply of goods';
        this.miss(
          'buyerVatNumber',
          article,
          `The VAT number of the buyer ${reason} is missing`,
          path,
        );
      }
      return;
    }
    const compact = normalizeIdentifier(vatNumber);
    const prefix = compact.slice(0, 2);
    if (prefix === 'FR') {
      if (!isValidFrenchVatNumber(compact)) {
        this.wrong(
          'buyerVatNumber',
          article,
          `${vatNumber} is not a valid French VAT number`,
          path,
        );
      } else if (siren !== undefined && compact.slice(-9) !== siren) {
        this.wrong(
          'buyerVatNumber',
          article,
          `The VAT number ${vatNumber} does not match the buyer's SIREN ${siren}`,
          path,
        );
      }
    } else if (EU_VAT_PREFIXES.has(prefix) && !/^[A-Z]{2}[0-9A-Z+*]{2,12}$/.test(compact)) {
      this.wrong('buyerVatNumber', article, `${vatNumber} is not an EU VAT number`, path);
    }
  }

  // ---- document ---------------------------------------------------------------

  private checkDocument(): void {
    const { invoice } = this;
    if (isBlank(invoice.number))
      this.miss('invoiceNumber', ART.number, 'The invoice number is missing', ['number']);
    if (invoice.issueDate === undefined)
      this.miss('issueDate', ART.issueDate, 'The issue date is missing', ['issueDate']);
    if (invoice.documentType === 'creditNote' || invoice.documentType === 'correctiveInvoice') {
      const original = invoice.originalInvoice;
      if (isBlank(original?.number)) {
        this.miss(
          'originalInvoiceReference',
          ART.original,
          'The number of the invoice corrected is missing',
          ['originalInvoice', 'number'],
        );
      }
      if (original?.issueDate === undefined) {
        this.miss(
          'originalInvoiceReference',
          ART.original,
          'The date of the invoice corrected is missing',
          ['originalInvoice', 'issueDate'],
        );
      } else if (
        invoice.issueDate !== undefined &&
        compareDates(original.issueDate, invoice.issueDate) > 0
      ) {
        this.wrong(
          'originalInvoiceReference',
          ART.original,
          'The invoice corrected is dated after the correcting document',
          ['originalInvoice', 'issueDate'],
        );
      }
    }
    if (
      this.paymentMentionsDue() &&
      invoice.purchaseOrderIssued === true &&
      isBlank(invoice.purchaseOrderNumber)
    ) {
      this.miss(
        'purchaseOrderNumber',
        ART.purchaseOrder,
        "The buyer's purchase order number is missing",
        ['purchaseOrderNumber'],
      );
    }
    this.checkOperationCategory();
  }

  private checkOperationCategory(): void {
    const printed = this.invoice.operationCategory;
    const actual = this.categoryFromLines();
    if (printed === undefined) {
      if (this.reformRequired) {
        this.miss(
          'operationCategory',
          ART.category,
          'The category of the operations (goods, services or both) is missing',
          ['operationCategory'],
        );
      }
    } else if (actual !== undefined && actual !== printed) {
      this.wrong(
        'operationCategory',
        ART.category,
        `The operations are "${actual}", the invoice says "${printed}"`,
        ['operationCategory'],
      );
    }
  }

  /** The category the line natures show, when every line has one. */
  private categoryFromLines(): OperationCategory | undefined {
    const lines = this.invoice.lines ?? [];
    if (lines.length === 0 || lines.some((line) => line.nature === undefined)) return undefined;
    const goods = lines.some((line) => line.nature === 'goods');
    const services = lines.some((line) => line.nature === 'service');
    return goods && services ? 'mixed' : goods ? 'goods' : 'services';
  }

  // ---- lines and totals ---------------------------------------------------------

  private checkLines(): void {
    const lines = this.invoice.lines ?? [];
    if (lines.length === 0) {
      this.miss(
        'lines',
        ART.lines,
        'The invoice has no line (quantity, description, unit price, VAT rate)',
        ['lines'],
      );
      return;
    }
    lines.forEach((line, index) => {
      const at = (field: string): Path => ['lines', index, field];
      if (isBlank(line.label))
        this.miss(
          'lineDescription',
          ART.lines,
          `Line ${index + 1}: the description is missing`,
          at('label'),
        );
      if (line.quantity === undefined)
        this.miss(
          'lineQuantity',
          ART.lines,
          `Line ${index + 1}: the quantity is missing`,
          at('quantity'),
        );
      if (line.unitPriceExclVat === undefined) {
        this.miss(
          'lineUnitPrice',
          ART.lines,
          `Line ${index + 1}: the unit price excluding VAT is missing`,
          at('unitPriceExclVat'),
        );
      }
      if (line.vatRate === undefined) {
        if (this.vatCharged && this.treatment === 'taxable') {
          this.miss(
            'lineVatRate',
            ART.lines,
            `Line ${index + 1}: the VAT rate is missing`,
            at('vatRate'),
          );
        }
      } else if (!this.vatCharged && rateUnits(line.vatRate) !== 0) {
        this.wrong(
          'lineVatRate',
          FRANCHISE.article,
          `Line ${index + 1}: a seller under the franchise en base charges no VAT`,
          at('vatRate'),
        );
      }
    });
  }

  private vatExpected(): boolean {
    if (!this.vatCharged) return false;
    if (this.treatment === 'taxable') return true;
    return (this.invoice.lines ?? []).some(
      (line) => line.vatRate !== undefined && rateUnits(line.vatRate) !== 0,
    );
  }

  private checkTotals(): void {
    const totals = this.invoice.totals ?? {};
    const vatExpected = this.vatExpected();
    if (totals.totalExclVat === undefined) {
      this.miss('totalExclVat', ART.totals, 'The total excluding VAT is missing', [
        'totals',
        'totalExclVat',
      ]);
    }
    if (vatExpected && (totals.vatBreakdown === undefined || totals.vatBreakdown.length === 0)) {
      this.miss(
        'vatBreakdown',
        ART.totals,
        'The total excluding VAT and the VAT amount per rate are missing',
        ['totals', 'vatBreakdown'],
      );
    }
    if (vatExpected && totals.totalVat === undefined) {
      this.miss('vatTotal', ART.totals, 'The amount of VAT payable is missing', [
        'totals',
        'totalVat',
      ]);
    }
    const missingRate = this.vatCharged && this.treatment === 'taxable' ? undefined : '0';
    this.expected = computeExpectedAmounts(
      this.invoice.lines ?? [],
      this.invoice.allowances ?? [],
      this.vatCharged,
      missingRate,
    );
    if (this.expected !== undefined) {
      const { expected } = this;
      this.trace.push({
        rule: 'expectedTotals',
        article: ART.totals,
        message: `Totals computed from the lines: ${formatCents(expected.totalExclVat)} excl. VAT${
          expected.totalVat === undefined ? '' : `, VAT ${formatCents(expected.totalVat)}`
        }${expected.totalInclVat === undefined ? '' : `, ${formatCents(expected.totalInclVat)} incl. VAT`} (VAT per rate on the sum of the line nets)`,
        values: {
          totalExclVat: formatCents(expected.totalExclVat),
          ...(expected.totalVat === undefined ? {} : { totalVat: formatCents(expected.totalVat) }),
          ...(expected.totalInclVat === undefined
            ? {}
            : { totalInclVat: formatCents(expected.totalInclVat) }),
        },
      });
    }
    if (this.settings.checkAmounts) this.checkAmounts();
  }

  private checkAmounts(): void {
    const totals = this.invoice.totals ?? {};
    const { expected } = this;
    const printedExcl = totals.totalExclVat === undefined ? undefined : cents(totals.totalExclVat);
    const printedVat = totals.totalVat === undefined ? undefined : cents(totals.totalVat);
    if (
      printedExcl !== undefined &&
      expected !== undefined &&
      printedExcl !== expected.totalExclVat
    ) {
      this.wrong(
        'totalExclVat',
        ART.totals,
        `The total excluding VAT should be ${formatCents(expected.totalExclVat)}, not ${totals.totalExclVat}`,
        ['totals', 'totalExclVat'],
      );
    }
    const breakdown = totals.vatBreakdown ?? [];
    const byRate = expected?.byRate;
    const seen = new Set<string>();
    breakdown.forEach((entry, index) => {
      const key = rateKey(entry.rate);
      seen.add(key);
      const path = (field: string): Path => ['totals', 'vatBreakdown', index, field];
      const base = cents(entry.taxableAmount);
      const vat = cents(entry.vatAmount);
      if (!this.vatCharged && rateUnits(entry.rate) !== 0) {
        this.wrong(
          'vatBreakdown',
          FRANCHISE.article,
          'A seller under the franchise en base charges no VAT',
          path('rate'),
        );
        return;
      }
      const due = byRate?.get(key);
      if (byRate !== undefined && due === undefined) {
        if (vat !== 0n || base !== 0n) {
          this.wrong(
            'vatBreakdown',
            ART.totals,
            `No line is taxed at ${entry.rate} %`,
            path('rate'),
          );
        }
        return;
      }
      const dueBase = due?.base ?? base;
      if (base !== dueBase) {
        this.wrong(
          'vatBreakdown',
          ART.totals,
          `The base at ${entry.rate} % should be ${formatCents(dueBase)}, not ${entry.taxableAmount}`,
          path('taxableAmount'),
        );
      }
      const dueVat = due?.vat ?? vatOn(base, entry.rate);
      if (vat !== dueVat) {
        this.wrong(
          'vatBreakdown',
          ART.totals,
          `The VAT at ${entry.rate} % should be ${formatCents(dueVat)} (computed on the base, not line by line), not ${entry.vatAmount}`,
          path('vatAmount'),
        );
      }
    });
    if (byRate !== undefined && breakdown.length > 0) {
      for (const [key, due] of byRate) {
        if (!seen.has(key) && rateUnits(key) !== 0) {
          this.wrong(
            'vatBreakdown',
            ART.totals,
            `The breakdown lacks the rate ${key} % (base ${formatCents(due.base)})`,
            ['totals', 'vatBreakdown'],
          );
        }
      }
    }
    const dueVat =
      expected?.totalVat ??
      (breakdown.length > 0
        ? breakdown.reduce((sum, entry) => sum + cents(entry.vatAmount), 0n)
        : undefined);
    if (printedVat !== undefined) {
      const should = this.vatCharged ? dueVat : 0n;
      if (should !== undefined && printedVat !== should) {
        this.wrong(
          'vatTotal',
          this.vatCharged ? ART.totals : FRANCHISE.article,
          `The VAT payable should be ${formatCents(should)}, not ${totals.totalVat}`,
          ['totals', 'totalVat'],
        );
      }
    }
    if (totals.totalInclVat !== undefined) {
      const printedIncl = cents(totals.totalInclVat);
      const should = this.amountDue('totalInclVat');
      if (should !== undefined && printedIncl !== should) {
        this.wrong(
          'totalInclVat',
          ART.inaccurate,
          `The total including VAT should be ${formatCents(should)}, not ${totals.totalInclVat}`,
          ['totals', 'totalInclVat'],
        );
      }
    }
  }

  /** The amount that should be shown: computed from the lines, else derived from the printed totals. */
  private amountDue(which: 'totalInclVat' | 'totalExclVat'): bigint | undefined {
    const totals = this.invoice.totals ?? {};
    const { expected } = this;
    if (which === 'totalExclVat') {
      if (expected !== undefined) return expected.totalExclVat;
      return totals.totalExclVat === undefined ? undefined : cents(totals.totalExclVat);
    }
    if (expected?.totalInclVat !== undefined) return expected.totalInclVat;
    const excl =
      expected?.totalExclVat ??
      (totals.totalExclVat === undefined ? undefined : cents(totals.totalExclVat));
    if (excl !== undefined) {
      if (!this.vatCharged) return excl;
      if (totals.totalVat !== undefined) return excl + cents(totals.totalVat);
    }
    return totals.totalInclVat === undefined ? undefined : cents(totals.totalInclVat);
  }

  // ---- payment conditions ----------------------------------------------------------

  private paymentMentionsDue(): boolean {
    return this.invoice.buyer.kind !== 'consumer' || this.settings.paymentMentionsForConsumers;
  }

  private checkPaymentConditions(): void {
    const { invoice } = this;
    const consumer = invoice.buyer.kind === 'consumer';
    this.trace.push({
      rule: 'customerKind',
      article: consumer ? ART.indemnityConsumer : ART.indemnity,
      message: consumer
        ? `Consumer invoice: no 40 € indemnity (it must not be printed); payment mentions of L441-9 ${
            this.settings.paymentMentionsForConsumers ? 'checked (option)' : 'not due'
          }`
        : `${invoice.buyer.kind === 'publicBuyer' ? 'Public buyer' : 'Professional buyer'}: payment date, escompte, late-penalty rate and 40 € indemnity due`,
      values: { customerKind: invoice.buyer.kind },
    });
    if (this.paymentMentionsDue()) {
      if (invoice.dueDate === undefined && invoice.paymentOnReceipt !== true) {
        this.miss(
          'paymentDate',
          ART.paymentDate,
          'The date by which payment must be made is missing',
          ['dueDate'],
        );
      }
      if (this.settings.requireNoEscompteStatement && isBlank(invoice.escompteText)) {
        this.miss(
          'escompteConditions',
          ART.escompte,
          'The escompte conditions (or "Pas d\'escompte pour paiement anticipé") are missing',
          ['escompteText'],
        );
      }
      if (isBlank(invoice.penaltyRateText)) {
        this.miss(
          'latePenaltyRate',
          ART.penalty,
          'The late-penalty rate and its conditions are missing',
          ['penaltyRateText'],
        );
      } else if (!VAT_PATTERNS.penaltyRate.test(invoice.penaltyRateText)) {
        this.wrong('latePenaltyRate', ART.penalty, 'The late-penalty clause states no rate', [
          'penaltyRateText',
        ]);
      }
    }
    if (
      invoice.dueDate !== undefined &&
      invoice.issueDate !== undefined &&
      compareDates(invoice.dueDate, invoice.issueDate) < 0
    ) {
      this.wrong(
        'paymentDate',
        ART.paymentDate,
        `The due date ${invoice.dueDate} is before the issue date ${invoice.issueDate}`,
        ['dueDate'],
      );
    }
    const indemnity = invoice.recoveryIndemnityText;
    if (consumer) {
      if (!isBlank(indemnity)) {
        this.wrong(
          'recoveryIndemnity',
          ART.indemnityConsumer,
          'The 40 € indemnity is not owed by a consumer and must not be printed',
          ['recoveryIndemnityText'],
        );
      }
      return;
    }
    const article = invoice.buyer.kind === 'publicBuyer' ? ART.indemnityPublic : ART.indemnity;
    if (isBlank(indemnity)) {
      this.miss(
        'recoveryIndemnity',
        article,
        'The 40 € flat indemnity for recovery costs is missing',
        ['recoveryIndemnityText'],
      );
    } else if (!VAT_PATTERNS.indemnityAmount.test(indemnity)) {
      this.wrong(
        'recoveryIndemnity',
        article,
        'The indemnity sentence must state the amount "40 €" (a reference to the code is not enough)',
        ['recoveryIndemnityText'],
      );
    }
  }

  // ---- VAT mentions ---------------------------------------------------------------------

  private checkVatMentions(): void {
    const texts = this.vatTexts;
    const has = (pattern: RegExp): boolean => texts.some((text) => pattern.test(text));
    const path = ['vatMentions'];
    const category = this.vatCharged ? vatCategory(this.treatment) : FRANCHISE;
    this.trace.push({
      rule: 'vatTreatment',
      article: category.article,
      message: `VAT: ${category.treatment}${
        category.mention === null ? ', no VAT mention due' : `, mention "${category.mention}"`
      }`,
      values: { treatment: this.treatment, franchiseEnBase: String(!this.vatCharged) },
    });
    if (!this.vatCharged) {
      if (!has(VAT_PATTERNS.franchise)) {
        this.miss(
          'vatFranchiseMention',
          FRANCHISE.article,
          `The mention "${FRANCHISE.mention}" is missing`,
          path,
        );
      }
    } else if (has(VAT_PATTERNS.franchise)) {
      this.wrong(
        'vatFranchiseMention',
        FRANCHISE.article,
        'The invoice says "art. 293 B" but the seller is not under the franchise en base',
        path,
      );
    }
    this.checkExemptionMention(has, path);
    if (this.treatment === 'reverseCharge') {
      if (!has(VAT_PATTERNS.reverseCharge)) {
        this.miss(
          'reverseChargeMention',
          REVERSE_CHARGE.article,
          `The mention "${REVERSE_CHARGE.mention}" is missing`,
          path,
        );
      }
    } else if (has(VAT_PATTERNS.reverseCharge)) {
      this.wrong(
        'reverseChargeMention',
        REVERSE_CHARGE.article,
        `The invoice says "${REVERSE_CHARGE.mention}" but the operation is not reverse-charged`,
        path,
      );
    }
    const option = this.invoice.seller.vatOnDebitsOption === true && this.vatCharged;
    if (has(VAT_PATTERNS.vatOnDebits)) {
      if (!option) {
        this.wrong(
          'vatOnDebitsMention',
          `${VAT_ON_DEBITS.article}; CE 21 May 2014 n° 364610`,
          'The invoice states the VAT-on-debits option but the seller made none',
          path,
        );
      }
    } else if (option && this.reformRequired && this.vatExpected() && this.mayIncludeServices()) {
      this.miss(
        'vatOnDebitsMention',
        VAT_ON_DEBITS.article,
        `The mention "${VAT_ON_DEBITS.mention}" is missing`,
        path,
      );
    }
  }

  /** Whether the invoice includes services (or cannot tell). */
  private mayIncludeServices(): boolean {
    const category = this.categoryFromLines() ?? this.invoice.operationCategory;
    return category !== 'goods';
  }

  private checkExemptionMention(has: (pattern: RegExp) => boolean, path: Path): void {
    if (!this.vatCharged) return;
    const treatment = this.treatment;
    if (treatment === 'taxable') {
      if (has(VAT_PATTERNS.exemptionLike)) {
        this.wrong(
          'vatExemptionMention',
          EXEMPTION_RULE,
          'The invoice states an exemption but the operation is taxed',
          path,
        );
      }
      return;
    }
    // Reverse charge has its own mention; an operation outside the scope of VAT needs none.
    if (treatment === 'reverseCharge' || treatment === 'outOfScope') return;
    const category = vatCategory(treatment);
    const accepted = EXEMPTION_REFERENCES[treatment] ?? VAT_PATTERNS.exemptionLike;
    if (has(accepted) || has(VAT_PATTERNS.plainExemption)) return;
    if (has(VAT_PATTERNS.exemptionLike)) {
      this.wrong(
        'vatExemptionMention',
        category.article,
        `The exemption reference printed does not match the operation (${treatment})`,
        path,
      );
      return;
    }
    if (
      this.settings.smallInvoiceExemptionTolerance &&
      treatment !== 'intraCommunitySupplyOfGoods'
    ) {
      const excl = this.amountDue('totalExclVat');
      if (excl !== undefined && abs(excl) <= SMALL_INVOICE_CENTS) {
        this.trace.push({
          rule: 'smallInvoiceExemptionTolerance',
          article: category.article,
          message: `Exemption reference tolerated on an invoice of ${formatCents(excl)} excl. VAT (≤ 150 €)`,
          values: { totalExclVat: formatCents(excl) },
        });
        return;
      }
    }
    const wording =
      treatment === 'otherExemption'
        ? `a reference to the exemption, at least "${category.mention}"`
        : `"${category.mention}"`;
    this.miss(
      'vatExemptionMention',
      category.article,
      `The exemption mention is missing (${wording})`,
      path,
    );
  }

  // ---- result ------------------------------------------------------------------------------

  private miss(mention: InvoiceMentionId, article: string, message: string, path: Path): void {
    this.missing.push({ mention, article, message, fine: FINE_PER_MENTION, path });
  }

  private wrong(mention: InvoiceMentionId, article: string, message: string, path: Path): void {
    this.invalid.push({ mention, article, message, fine: FINE_PER_MENTION, path });
  }

  private result(): InvoiceMentionsCheck {
    const missing = sortFindings(this.missing);
    const invalid = sortFindings(this.invalid);
    const count = missing.length + invalid.length;
    const uncapped = FINE_PER_MENTION_CENTS * BigInt(count);
    const base = this.amountDue(this.settings.capBase);
    const cap =
      base === undefined ? undefined : divideRounded(abs(base), 4n, this.settings.capRounding);
    const fine = cap !== undefined && cap < uncapped ? cap : uncapped;
    this.trace.push({
      rule: 'finePerMention',
      article: ART.fine,
      message: `${count} missing or inaccurate mention(s) × ${FINE_PER_MENTION} € = ${formatCents(uncapped)} €`,
      values: {
        findings: String(count),
        finePerMention: FINE_PER_MENTION,
        uncappedFine: formatCents(uncapped),
      },
    });
    this.trace.push(
      cap === undefined || base === undefined
        ? {
            rule: 'fineCap',
            article: ART.fine,
            message: 'No invoice amount known: the quarter cap cannot be applied',
          }
        : {
            rule: 'fineCap',
            article: ART.fine,
            message: `Cap = 1/4 of ${formatCents(abs(base))} € (${this.settings.capBase}), rounded ${this.settings.capRounding} = ${formatCents(cap)} €; fine risked ${formatCents(fine)} €`,
            values: {
              capBase: this.settings.capBase,
              amount: formatCents(abs(base)),
              cap: formatCents(cap),
              fineRisk: formatCents(fine),
            },
          },
    );
    this.trace.push({
      rule: 'firstOffenceLeniency',
      article: ART.fine,
      message:
        'No fine for a first offence in the current year and the 3 preceding ones when corrected spontaneously or within 30 days of the first request',
    });
    const commercial = [...missing, ...invalid].some((finding) =>
      finding.article.includes('L441-9'),
    );
    return {
      missing,
      invalid,
      fineRisk: formatCents(fine),
      uncappedFine: formatCents(uncapped),
      fineCap: cap === undefined ? null : formatCents(cap),
      commercialFineMax: commercial
        ? { naturalPerson: '75000.00', legalPerson: '375000.00' }
        : null,
      reformMentionsRequired: this.reformRequired,
      trace: this.trace,
    };
  }
}

function abs(amount: bigint): bigint {
  return amount < 0n ? -amount : amount;
}

/** An amount in cents as a decimal string of euros (`"15.00"`). */
function formatCents(amount: bigint): string {
  // Up to 2^53 cents, as a number: the quicker path of formatScaledUnits.
  const units = Number(amount);
  return formatScaledUnits(Number.isSafeInteger(units) ? units : amount, 2);
}

function sortFindings(findings: readonly MentionFinding[]): MentionFinding[] {
  const order = (finding: MentionFinding): number => INVOICE_MENTION_IDS.indexOf(finding.mention);
  return [...findings].sort((left, right) => order(left) - order(right));
}
