import { parseWithSchema, TpeError } from '@tpe/core';
import {
  type AllowanceCharge,
  type CommercialDocument,
  commercialDocumentSchema,
  type DocumentAllowanceCharge,
  type DocumentLine,
  type ItemNature,
  itemNatureSchema,
  type LineVat,
  type Seller,
  type Supplier,
  sellerSchema,
  supplierSchema,
} from '@tpe/invoicing';
import { z } from 'zod';
import { duplicateKey } from './duplicateKey.js';
import { definedFields } from './internal/definedFields.js';
import { exactOf, minus, sameValue } from './internal/exactAmount.js';
import { sellerKey } from './internal/sellerKey.js';
import type {
  ReceivedAllowanceCharge,
  ReceivedInvoice,
  ReceivedLine,
  ReceivedVat,
} from './ReceivedInvoice.js';
import { receivedInvoiceSchema } from './receivedInvoiceSchema.js';

/**
 * Options of {@link toSupplierInvoice}.
 *
 * @example
 * ```ts
 * import type { ToSupplierInvoiceOptions } from '@tpe/e-invoicing';
 *
 * const options: ToSupplierInvoiceOptions = {
 *   seller: { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' },
 *   nature: 'goods',
 * };
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ToSupplierInvoiceOptions {
  /** Our business, the buyer of the invoice: the `seller` of purchase documents in `@tpe/invoicing`. */
  readonly seller: Seller;
  /** The supplier record; built from the invoice's seller when absent. */
  readonly supplier?: Supplier | undefined;
  /** The id of the document; the invoice's {@link duplicateKey} when absent (it must fit in 64 characters). */
  readonly id?: string | undefined;
  /** Whether the lines are goods or services (EN 16931 does not say); `goods` by default. */
  readonly nature?: ItemNature | undefined;
}

/**
 * A zod schema for {@link ToSupplierInvoiceOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { toSupplierInvoiceOptionsSchema } from '@tpe/e-invoicing';
 *
 * toSupplierInvoiceOptionsSchema.safeParse({ nature: 'goods' }).success; // false
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export const toSupplierInvoiceOptionsSchema: z.ZodType<ToSupplierInvoiceOptions> = z.strictObject({
  seller: sellerSchema,
  supplier: supplierSchema.optional(),
  id: z.string().min(1).max(64).optional(),
  nature: itemNatureSchema.optional(),
});

const argumentsSchema = z.strictObject({
  received: receivedInvoiceSchema,
  options: toSupplierInvoiceOptionsSchema,
});

/** The categories whose rate is zero, and the one without a rate. */
const ZERO_RATED: ReadonlySet<string> = new Set(['Z', 'E', 'AE', 'K', 'G']);
const WITHOUT_EXEMPTION: ReadonlySet<string> = new Set(['S', 'Z', 'L', 'M']);
const VATEX = /^VATEX-[A-Z0-9-]+$/i;
const REASON_CODE = /^[0-9A-Z]{1,3}$/;
const MAX_ID = 64;

/** The quantity of a credit: its sign turned. */
function negated(quantity: string): string {
  if (/^-?0(\.0*)?$/.test(quantity)) return quantity.replace('-', '');
  return quantity.startsWith('-') ? quantity.slice(1) : `-${quantity}`;
}

/** The model's VAT of a received one: the rate the model expects, and the exemption of its breakdown. */
function lineVatOf(vat: ReceivedVat, received: ReceivedInvoice): LineVat {
  const rate =
    vat.category === 'O' ? undefined : ZERO_RATED.has(vat.category) ? (vat.rate ?? '0') : vat.rate;
  if (WITHOUT_EXEMPTION.has(vat.category)) return definedFields({ category: vat.category, rate });
  const breakdown = received.vatBreakdown.find((entry) => entry.category === vat.category);
  const code = breakdown?.exemptionCode;
  return definedFields({
    category: vat.category,
    rate,
    exemptionReason: breakdown?.exemptionReason,
    exemptionCode: code !== undefined && VATEX.test(code) ? code : undefined,
  });
}

function allowanceOf(entry: ReceivedAllowanceCharge): AllowanceCharge {
  const code = entry.reasonCode;
  return definedFields({
    amount: entry.amount,
    reason: entry.reason,
    reasonCode: code !== undefined && REASON_CODE.test(code) ? code : undefined,
  });
}

/** The allowances and charges, swapped on a credit note so that the negated lines keep their meaning. */
function adjustments<Entry>(
  allowances: readonly Entry[],
  charges: readonly Entry[],
  credit: boolean,
): { readonly allowances: readonly Entry[]; readonly charges: readonly Entry[] } {
  return credit ? { allowances: charges, charges: allowances } : { allowances, charges };
}

/** Whether the gross price less the discount is the net price, as the model requires of them. */
function isNetOfGross(line: ReceivedLine): boolean {
  if (line.grossPrice === undefined) return false;
  const net = minus(exactOf(line.grossPrice), exactOf(line.priceDiscount ?? '0'));
  return sameValue(net, exactOf(line.netPrice));
}

function lineOf(line: ReceivedLine, received: ReceivedInvoice, nature: ItemNature): DocumentLine {
  const credit = received.isCreditNote;
  const { allowances, charges } = adjustments(line.allowances, line.charges, credit);
  const withGross = isNetOfGross(line);
  const { start, end } = line.period ?? {};
  return definedFields({
    id: line.id,
    itemReference: line.sellerItemId,
    label: line.name,
    description: line.description,
    quantity: credit ? negated(line.quantity) : line.quantity,
    unitCode: line.unitCode,
    unitPrice: line.netPrice,
    priceBaseQuantity: line.baseQuantity,
    grossPrice: withGross ? line.grossPrice : undefined,
    priceDiscount: withGross ? line.priceDiscount : undefined,
    allowances: allowances.length > 0 ? allowances.map(allowanceOf) : undefined,
    charges: charges.length > 0 ? charges.map(allowanceOf) : undefined,
    vat: lineVatOf(line.vat, received),
    nature,
    period: start !== undefined && end !== undefined ? { start, end } : undefined,
  });
}

function documentAllowanceOf(
  entry: ReceivedAllowanceCharge,
  received: ReceivedInvoice,
): DocumentAllowanceCharge {
  return definedFields({
    ...allowanceOf(entry),
    vat: lineVatOf(entry.vat ?? { category: 'S' }, received),
  });
}

/** The optional identifiers of a supplier, dropped when the model refuses them. */
const OPTIONAL_IDENTIFIERS: ReadonlySet<PropertyKey> = new Set([
  'siren',
  'siret',
  'vatNumber',
  'email',
]);

/**
 * The supplier record of the invoice's seller, its id the seller part of
 * the duplicate key; identifiers the model refuses (a wrong check digit)
 * are left out, as the findings report them.
 */
function supplierOf(received: ReceivedInvoice): Supplier {
  const { seller } = received;
  const { address } = seller;
  const countryCode = address?.countryCode ?? seller.vatNumber?.slice(0, 2) ?? '';
  const candidate: Supplier = definedFields({
    id: sellerKey(seller).slice(0, MAX_ID),
    name: seller.name,
    countryCode,
    siren: seller.siren,
    siret: seller.siret,
    vatNumber: seller.vatNumber,
    address: definedFields({
      lines: (address?.lines ?? []).slice(0, 3),
      postalCode: address?.postalCode ?? '',
      city: address?.city ?? '',
      countryCode,
      subdivision: address?.subdivision,
    }),
    email: seller.email,
  });
  const refused = new Set(
    (supplierSchema.safeParse(candidate).error?.issues ?? []).flatMap((issue) =>
      issue.path.filter((key) => OPTIONAL_IDENTIFIERS.has(key)),
    ),
  );
  return Object.fromEntries(
    Object.entries(candidate).filter(([key]) => !refused.has(key)),
  ) as unknown as Supplier;
}

/**
 * Turns a received invoice into a `@tpe/invoicing` supplier invoice
 * (`kind: 'supplierInvoice'`, `status: 'received'`), to match it with the
 * supplier order and the goods receipts it bills, record it and pay it.
 *
 * **Details**: the lines keep the supplier's figures (quantity, unit, net
 * price, base quantity, allowances and charges, VAT with the exemption of
 * its breakdown); `computeDocumentTotals` of `@tpe/invoicing` then gives
 * back the invoice's totals when its arithmetic is right (check
 * `findings` first). A credit note (type 381…) becomes a supplier invoice
 * with its quantities negated and its allowances and charges swapped, so
 * that its totals are the credit's, negative. Without `supplier`, one is
 * built from the invoice's seller, its id being the seller part of
 * {@link duplicateKey} (`SIREN:…`). Link the result to its order and
 * receipts yourself (`links`).
 *
 * **Gotchas**: what the model cannot hold is refused, not rounded: a price
 * with more than 6 decimals, a negative price, line ids used twice, a seller
 * without street or city (Factur-X MINIMUM: pass `supplier`). The paid
 * amount (BT-113) has no place in the model (its deposits are documents):
 * compare it with the invoice's totals. The price base quantity, gross
 * price and discount are kept only when consistent, the percentage and base
 * of allowances and charges are dropped (the amount stays).
 *
 * @param received - a {@link ReceivedInvoice} from {@link readInvoice}
 * @param options - our business record, the supplier record, the id, the nature of the lines
 * @returns a new `CommercialDocument` of kind `supplierInvoice`
 * @throws {@link TpeError} `INVALID_INPUT` for a bad received invoice or
 *   options, and for content the model cannot hold (paths in the
 *   document: `lines.0.unitPrice`, `supplier.address.city`…); with the
 *   issue `id_required` when the duplicate key is too long to be the id
 *
 * @example
 * ```ts
 * import { readInvoiceXml, toSupplierInvoice } from '@tpe/e-invoicing';
 *
 * const xml = `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 *   xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
 *   xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 *   <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
 *   <rsm:ExchangedDocument><ram:ID>FA-88123</ram:ID><ram:TypeCode>380</ram:TypeCode>
 *     <ram:IssueDateTime><udt:DateTimeString format="102">20260331</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
 *   <rsm:SupplyChainTradeTransaction>
 *     <ram:IncludedSupplyChainTradeLineItem>
 *       <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
 *       <ram:SpecifiedTradeProduct><ram:Name>Chaise</ram:Name></ram:SpecifiedTradeProduct>
 *       <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>41.50</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
 *       <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">12</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
 *       <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
 *         <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>498.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
 *     </ram:IncludedSupplyChainTradeLineItem>
 *     <ram:ApplicableHeaderTradeAgreement>
 *       <ram:SellerTradeParty><ram:Name>Grossiste SA</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization>
 *         <ram:PostalTradeAddress><ram:PostcodeCode>69002</ram:PostcodeCode><ram:LineOne>5 quai Perrache</ram:LineOne><ram:CityName>Lyon</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
 *         <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR44732829320</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
 *       <ram:BuyerTradeParty><ram:Name>Atelier Dupont</ram:Name></ram:BuyerTradeParty>
 *       <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-1</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
 *     </ram:ApplicableHeaderTradeAgreement>
 *     <ram:ApplicableHeaderTradeDelivery/>
 *     <ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
 *       <ram:ApplicableTradeTax><ram:CalculatedAmount>99.60</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>498.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
 *       <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20260430</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
 *       <ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:LineTotalAmount>498.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>498.00</ram:TaxBasisTotalAmount>
 *         <ram:TaxTotalAmount currencyID="EUR">99.60</ram:TaxTotalAmount><ram:GrandTotalAmount>597.60</ram:GrandTotalAmount><ram:DuePayableAmount>597.60</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation>
 *     </ram:ApplicableHeaderTradeSettlement>
 *   </rsm:SupplyChainTradeTransaction>
 * </rsm:CrossIndustryInvoice>`;
 *
 * const received = readInvoiceXml(xml);
 * received.findings; // []
 * const buyer = { legalName: 'Atelier Dupont', address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' }, vatRegime: 'normal' } as const;
 * const bill = toSupplierInvoice(received, { seller: buyer });
 * [bill.id, bill.kind, bill.status, bill.number, bill.orderReference, bill.dueDate]; // ['SIREN:732829320|FA-88123|2026-03-31', 'supplierInvoice', 'received', 'FA-88123', 'PO-1', '2026-04-30']
 * [bill.supplier?.id, bill.supplier?.siren, bill.lines[0]?.quantity, bill.lines[0]?.unitPrice]; // ['SIREN:732829320', '732829320', '12', '41.5']
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export function toSupplierInvoice(
  received: ReceivedInvoice,
  options: ToSupplierInvoiceOptions,
): CommercialDocument {
  const read = parseWithSchema(argumentsSchema, { received, options });
  const invoice = read.received;
  const id = read.options.id ?? duplicateKey(invoice);
  if (id.length > MAX_ID) {
    throw new TpeError(
      'INVALID_INPUT',
      `Give an id: the duplicate key ${id} is longer than ${MAX_ID} characters`,
      {
        issues: [
          {
            path: ['options', 'id'],
            code: 'id_required',
            message: `The duplicate key is longer than ${MAX_ID} characters`,
          },
        ],
      },
    );
  }
  const nature = read.options.nature ?? 'goods';
  const credit = invoice.isCreditNote;
  const { allowances, charges } = adjustments(invoice.allowances, invoice.charges, credit);
  const { references } = invoice;
  const preceding = references.precedingInvoices.flatMap(({ number, issueDate }) =>
    issueDate === undefined ? [] : [{ number, issueDate }],
  );
  const notes = invoice.notes.map((note) => note.text);
  return parseWithSchema(
    commercialDocumentSchema,
    definedFields({
      id,
      kind: 'supplierInvoice' as const,
      status: 'received' as const,
      number: invoice.number,
      issueDate: invoice.issueDate,
      currency: invoice.currency,
      seller: read.options.seller,
      supplier: read.options.supplier ?? supplierOf(invoice),
      lines: invoice.lines.map((line) => lineOf(line, invoice, nature)),
      allowances:
        allowances.length > 0
          ? allowances.map((entry) => documentAllowanceOf(entry, invoice))
          : undefined,
      charges:
        charges.length > 0
          ? charges.map((entry) => documentAllowanceOf(entry, invoice))
          : undefined,
      deliveryDate: invoice.deliveryDate,
      dueDate: invoice.dueDate,
      buyerReference: references.buyerReference,
      orderReference: references.orderReference,
      precedingInvoices: preceding.length > 0 ? preceding : undefined,
      notes: notes.length > 0 ? notes : undefined,
    }),
  );
}
