import { decimalStringSchema, isoDateSchema } from '@tpe/core';
import { vatCategoryCodeSchema } from '@tpe/invoicing';
import { z } from 'zod';
import { facturXProfileSchema } from '../cii/FacturXProfile.js';
import { INVOICE_FINDING_CODES } from './InvoiceFinding.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';

/** A figure as {@link readInvoice} writes it: up to 20 digits on either side of the point. */
const figureSchema = decimalStringSchema({ maxDecimals: 20, maxIntegerDigits: 20 });

const identifierSchema = z.strictObject({ id: z.string(), scheme: z.string().optional() });

const vatSchema = z.strictObject({
  category: vatCategoryCodeSchema,
  rate: figureSchema.optional(),
});

const periodSchema = z.strictObject({
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
});

const partySchema = z.strictObject({
  name: z.string(),
  tradeName: z.string().optional(),
  siren: z.string().optional(),
  siret: z.string().optional(),
  vatNumber: z.string().optional(),
  taxRegistration: z.string().optional(),
  legalRegistration: identifierSchema.optional(),
  identifiers: z.array(identifierSchema),
  electronicAddress: identifierSchema.optional(),
  legalInformation: z.string().optional(),
  address: z
    .strictObject({
      lines: z.array(z.string()),
      postalCode: z.string().optional(),
      city: z.string().optional(),
      subdivision: z.string().optional(),
      countryCode: z.string().optional(),
    })
    .optional(),
  contactName: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
});

const allowanceChargeSchema = z.strictObject({
  amount: figureSchema,
  baseAmount: figureSchema.optional(),
  percent: figureSchema.optional(),
  reason: z.string().optional(),
  reasonCode: z.string().optional(),
  vat: vatSchema.optional(),
});

const lineSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  description: z.string().optional(),
  sellerItemId: z.string().optional(),
  buyerItemId: z.string().optional(),
  standardItemId: identifierSchema.optional(),
  note: z.string().optional(),
  quantity: figureSchema,
  unitCode: z.string(),
  netPrice: figureSchema,
  grossPrice: figureSchema.optional(),
  priceDiscount: figureSchema.optional(),
  baseQuantity: figureSchema.optional(),
  netAmount: figureSchema,
  allowances: z.array(allowanceChargeSchema),
  charges: z.array(allowanceChargeSchema),
  vat: vatSchema,
  orderLineReference: z.string().optional(),
  period: periodSchema.optional(),
});

/**
 * A zod schema for {@link ReceivedInvoice}, to check one stored as JSON
 * before it is used again; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { receivedInvoiceSchema } from '@tpe/e-invoicing';
 *
 * receivedInvoiceSchema.safeParse({ number: 'FA-1' }).success; // false
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export const receivedInvoiceSchema: z.ZodType<ReceivedInvoice> = z.strictObject({
  syntax: z.enum(['CII', 'UBL']),
  container: z.enum(['xml', 'pdf']),
  attachmentName: z.string().optional(),
  specificationId: z.string().optional(),
  profile: facturXProfileSchema.optional(),
  businessProcess: z.string().optional(),
  number: z.string().min(1),
  typeCode: z.string(),
  isCreditNote: z.boolean(),
  issueDate: isoDateSchema,
  dueDate: isoDateSchema.optional(),
  deliveryDate: isoDateSchema.optional(),
  period: periodSchema.optional(),
  currency: z.string(),
  vatCurrency: z.string().optional(),
  seller: partySchema,
  buyer: partySchema,
  taxRepresentativeVatNumber: z.string().optional(),
  lines: z.array(lineSchema),
  allowances: z.array(allowanceChargeSchema),
  charges: z.array(allowanceChargeSchema),
  vatBreakdown: z.array(
    z.strictObject({
      category: vatCategoryCodeSchema,
      rate: figureSchema.optional(),
      taxableAmount: figureSchema,
      vatAmount: figureSchema,
      exemptionReason: z.string().optional(),
      exemptionCode: z.string().optional(),
    }),
  ),
  totals: z.strictObject({
    lineNetTotal: figureSchema.optional(),
    allowanceTotal: figureSchema.optional(),
    chargeTotal: figureSchema.optional(),
    taxExclusiveAmount: figureSchema,
    vatTotal: figureSchema.optional(),
    vatTotalInAccountingCurrency: figureSchema.optional(),
    taxInclusiveAmount: figureSchema,
    prepaidAmount: figureSchema.optional(),
    roundingAmount: figureSchema.optional(),
    amountDue: figureSchema,
  }),
  paymentMeans: z.array(
    z.strictObject({
      typeCode: z.string(),
      information: z.string().optional(),
      iban: z.string().optional(),
      accountName: z.string().optional(),
      bic: z.string().optional(),
      debitedAccount: z.string().optional(),
      mandateReference: z.string().optional(),
    }),
  ),
  paymentTerms: z.string().optional(),
  paymentReference: z.string().optional(),
  notes: z.array(z.strictObject({ text: z.string(), subjectCode: z.string().optional() })),
  references: z.strictObject({
    buyerReference: z.string().optional(),
    orderReference: z.string().optional(),
    salesOrderReference: z.string().optional(),
    contractReference: z.string().optional(),
    projectReference: z.string().optional(),
    despatchAdviceReference: z.string().optional(),
    receivingAdviceReference: z.string().optional(),
    precedingInvoices: z.array(
      z.strictObject({ number: z.string(), issueDate: isoDateSchema.optional() }),
    ),
  }),
  findings: z.array(
    z.strictObject({
      code: z.enum(INVOICE_FINDING_CODES),
      rule: z.string().optional(),
      path: z.array(z.union([z.string(), z.number()])),
      message: z.string(),
      severity: z.enum(['error', 'warning']),
      declared: z.string().optional(),
      expected: z.string().optional(),
    }),
  ),
});
