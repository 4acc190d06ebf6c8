import { readInput, xmlTextOf } from './internal/readInput.js';
import { readXmlText } from './internal/readXmlText.js';
import type { ReadInvoiceOptions } from './ReadInvoiceOptions.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';

/**
 * Reads a received invoice XML — UN/CEFACT CII (Factur-X, ZUGFeRD 2,
 * XRechnung CII) or UBL 2.1 (`Invoice`, `CreditNote`) — into a
 * {@link ReceivedInvoice}, and checks it: its arithmetic with exact decimals
 * (BR-CO-10 to BR-CO-17, line net amounts, VAT bases), the French
 * identifiers (SIREN, SIRET, VAT numbers), the VAT rates, the currency.
 *
 * **When to use**: for an XML received from a platform (PA). For a PDF, or
 * bytes whose format is unknown, use {@link readInvoice}.
 *
 * **Details**: what the checks find is data, in `findings`; an invoice is
 * refused (thrown) only when it cannot be read. The XML is parsed without
 * any DTD: a DOCTYPE or an entity declaration is refused before parsing, so
 * neither external entities (XXE) nor entity expansion (billion laughs) can
 * happen; nothing is read from the network or the disk. Bytes are decoded
 * by their byte order mark or declared encoding (UTF-8 by default).
 *
 * **Gotchas**: the official rules tolerate ±1 on each VAT amount; these
 * checks do not: a cent is a finding. An invoice of the Factur-X MINIMUM or
 * BASIC WL profile is read (without lines) with a `PROFILE_WITHOUT_LINES`
 * warning: it is not an invoice in France.
 *
 * @param xml - the XML, as text or bytes
 * @param options - size limit, VAT territory and rate table
 * @returns a new {@link ReceivedInvoice}
 * @throws {@link TpeError} `INVALID_INPUT` (not a string nor bytes, bad
 *   options), `INPUT_TOO_LARGE`, `FORBIDDEN_XML_CONSTRUCT`, `MALFORMED_XML`,
 *   `UNSUPPORTED_FORMAT` (another XML), `INVALID_INVOICE` (a mandatory
 *   element missing or unreadable; `issues` list them all)
 *
 * @example
 * ```ts
 * import { readInvoiceXml } from '@tpe/e-invoicing';
 *
 * const xml = `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
 *   xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
 *   xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 *   <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
 *   <cbc:ID>FA-2026-0042</cbc:ID>
 *   <cbc:IssueDate>2026-03-02</cbc:IssueDate>
 *   <cbc:DueDate>2026-04-01</cbc:DueDate>
 *   <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 *   <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
 *   <cac:AccountingSupplierParty><cac:Party>
 *     <cac:PostalAddress><cbc:StreetName>5 quai Perrache</cbc:StreetName><cbc:CityName>Lyon</cbc:CityName>
 *       <cbc:PostalZone>69002</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
 *     <cac:PartyTaxScheme><cbc:CompanyID>FR44732829320</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
 *     <cac:PartyLegalEntity><cbc:RegistrationName>Grossiste SA</cbc:RegistrationName><cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID></cac:PartyLegalEntity>
 *   </cac:Party></cac:AccountingSupplierParty>
 *   <cac:AccountingCustomerParty><cac:Party>
 *     <cac:PartyLegalEntity><cbc:RegistrationName>Atelier Dupont</cbc:RegistrationName></cac:PartyLegalEntity>
 *   </cac:Party></cac:AccountingCustomerParty>
 *   <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">99.60</cbc:TaxAmount>
 *     <cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">498.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">99.60</cbc:TaxAmount>
 *       <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>
 *   </cac:TaxTotal>
 *   <cac:LegalMonetaryTotal>
 *     <cbc:LineExtensionAmount currencyID="EUR">498.00</cbc:LineExtensionAmount>
 *     <cbc:TaxExclusiveAmount currencyID="EUR">498.00</cbc:TaxExclusiveAmount>
 *     <cbc:TaxInclusiveAmount currencyID="EUR">597.60</cbc:TaxInclusiveAmount>
 *     <cbc:PayableAmount currencyID="EUR">597.00</cbc:PayableAmount>
 *   </cac:LegalMonetaryTotal>
 *   <cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:InvoicedQuantity unitCode="C62">12</cbc:InvoicedQuantity>
 *     <cbc:LineExtensionAmount currencyID="EUR">498.00</cbc:LineExtensionAmount>
 *     <cac:Item><cbc:Name>Chaise en chêne</cbc:Name>
 *       <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
 *     <cac:Price><cbc:PriceAmount currencyID="EUR">41.50</cbc:PriceAmount></cac:Price>
 *   </cac:InvoiceLine>
 * </Invoice>`;
 *
 * const invoice = readInvoiceXml(xml);
 * [invoice.syntax, invoice.number, invoice.seller.siren, invoice.totals.amountDue]; // ['UBL', 'FA-2026-0042', '732829320', '597.00']
 * invoice.findings.map((finding) => [finding.code, finding.rule, finding.expected]);
 * // [['AMOUNT_DUE_MISMATCH', 'BR-CO-16', '597.60']]
 *
 * readInvoiceXml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'); // throws TpeError FORBIDDEN_XML_CONSTRUCT
 * readInvoiceXml('<Invoice><ID>1</Invoice>'); // throws TpeError MALFORMED_XML
 * ```
 *
 * @see EN 16931-1:2017 business rules BR-CO-10 to BR-CO-17; CGI ann. II art. 242 nonies A
 * @category Reading
 * @since 0.1.0
 */
export function readInvoiceXml(
  xml: string | Uint8Array,
  options?: ReadInvoiceOptions,
): ReceivedInvoice {
  const read = readInput(xml, options);
  return readXmlText(xmlTextOf(read.file, read.options), { container: 'xml' }, read.options);
}
