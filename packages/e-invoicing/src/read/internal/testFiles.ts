import { readdirSync, readFileSync } from 'node:fs';

/**
 * Files and invoices for the tests of the readers: the official examples
 * and fixtures vendored in tools/validators, and a small French UBL
 * invoice whose parts a test can change.
 */

const VALIDATORS = new URL('../../../../../tools/validators/', import.meta.url);

/** The bytes of a file under tools/validators. */
export function validatorFile(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, VALIDATORS)));
}

/** The text of a file under tools/validators. */
export function validatorText(path: string): string {
  return readFileSync(new URL(path, VALIDATORS), 'utf8');
}

/** The names of the files of a folder under tools/validators, sorted. */
export function validatorFolder(folder: string): readonly string[] {
  return readdirSync(new URL(folder, VALIDATORS)).sort();
}

/** The parts of {@link frenchUblInvoice} a test may change. */
export interface FrenchInvoiceParts {
  readonly number?: string;
  readonly issueDate?: string;
  readonly sellerParty?: string;
  readonly lines?: readonly {
    readonly quantity: string;
    readonly price: string;
    readonly amount: string;
    readonly rate: string;
  }[];
  readonly breakdown?: readonly {
    readonly base: string;
    readonly vat: string;
    readonly rate: string;
  }[];
  readonly totals?: {
    readonly net: string;
    readonly vat: string;
    readonly gross: string;
    readonly due: string;
  };
  readonly notes?: readonly string[];
}

/** The seller of {@link frenchUblInvoice}: a French company with its SIREN and VAT number. */
export const FRENCH_SELLER = `<cac:PostalAddress><cbc:StreetName>5 quai Perrache</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69002</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyTaxScheme><cbc:CompanyID>FR44732829320</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
  <cac:PartyLegalEntity><cbc:RegistrationName>Grossiste SA</cbc:RegistrationName><cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID></cac:PartyLegalEntity>`;

/**
 * A UBL invoice of a French seller to a French buyer, by default two lines
 * at 20 % (12 × 41.50 = 498.00 and 3 × 10.00 = 30.00), VAT 528.00 × 20 % =
 * 105.60, total 633.60, and right in every respect.
 */
export function frenchUblInvoice(parts: FrenchInvoiceParts = {}): string {
  const lines = parts.lines ?? [
    { quantity: '12', price: '41.50', amount: '498.00', rate: '20' },
    { quantity: '3', price: '10.00', amount: '30.00', rate: '20' },
  ];
  const breakdown = parts.breakdown ?? [{ base: '528.00', vat: '105.60', rate: '20' }];
  const totals = parts.totals ?? { net: '528.00', vat: '105.60', gross: '633.60', due: '633.60' };
  const category = (rate: string) =>
    `<cbc:ID>S</cbc:ID><cbc:Percent>${rate}</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
<cbc:ID>${parts.number ?? 'FA-2026-0042'}</cbc:ID>
<cbc:IssueDate>${parts.issueDate ?? '2026-03-02'}</cbc:IssueDate>
<cbc:DueDate>2026-04-01</cbc:DueDate>
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
${(parts.notes ?? []).map((note) => `<cbc:Note>${note}</cbc:Note>`).join('\n')}
<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
<cbc:BuyerReference>SERVICE-ACHATS</cbc:BuyerReference>
<cac:OrderReference><cbc:ID>PO-2026-007</cbc:ID></cac:OrderReference>
<cac:AccountingSupplierParty><cac:Party>${parts.sellerParty ?? FRENCH_SELLER}</cac:Party></cac:AccountingSupplierParty>
<cac:AccountingCustomerParty><cac:Party>
  <cac:PostalAddress><cbc:StreetName>12 rue des Lilas</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName><cbc:PostalZone>69003</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
  <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Dupont</cbc:RegistrationName><cbc:CompanyID schemeID="0002">383474814</cbc:CompanyID></cac:PartyLegalEntity>
</cac:Party></cac:AccountingCustomerParty>
<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>FR76 3000 6000 0112 3456 7890 189</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">${totals.vat}</cbc:TaxAmount>
${breakdown
  .map(
    (entry) =>
      `<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">${entry.base}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">${entry.vat}</cbc:TaxAmount><cac:TaxCategory>${category(entry.rate)}</cac:TaxCategory></cac:TaxSubtotal>`,
  )
  .join('\n')}
</cac:TaxTotal>
<cac:LegalMonetaryTotal>
  <cbc:LineExtensionAmount currencyID="EUR">${totals.net}</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="EUR">${totals.net}</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="EUR">${totals.gross}</cbc:TaxInclusiveAmount>
  <cbc:PayableAmount currencyID="EUR">${totals.due}</cbc:PayableAmount>
</cac:LegalMonetaryTotal>
${lines
  .map(
    (
      line,
      index,
    ) => `<cac:InvoiceLine><cbc:ID>${index + 1}</cbc:ID><cbc:InvoicedQuantity unitCode="C62">${line.quantity}</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">${line.amount}</cbc:LineExtensionAmount>
  <cac:Item><cbc:Name>Article ${index + 1}</cbc:Name><cac:SellersItemIdentification><cbc:ID>REF-${index + 1}</cbc:ID></cac:SellersItemIdentification><cac:ClassifiedTaxCategory>${category(line.rate)}</cac:ClassifiedTaxCategory></cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">${line.price}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>`,
  )
  .join('\n')}
</Invoice>`;
}
