import type { VatCategoryCode } from '@tpe/invoicing';
import type { FacturXProfile } from '../cii/FacturXProfile.js';
import type { InvoiceFinding } from './InvoiceFinding.js';

/**
 * An identifier as a received invoice states it: the value and, when given,
 * its scheme (ISO 6523 ICD such as `0002` for a SIREN, `0009` for a SIRET,
 * `0088` for a GLN; or the EAS code of an electronic address).
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedIdentifier {
  /** The value, as written (trimmed). */
  readonly id: string;
  /** The scheme identifier (`schemeID`), when given. */
  readonly scheme?: string | undefined;
}

/**
 * A postal address of a received invoice (BG-5, BG-8, BG-15). Every part is
 * optional: the Factur-X MINIMUM profile carries the seller's country only.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedAddress {
  /** The street lines, in order (BT-35, BT-36, BT-162); empty when none is given. */
  readonly lines: readonly string[];
  /** The postal code (BT-38). */
  readonly postalCode?: string | undefined;
  /** The city (BT-37). */
  readonly city?: string | undefined;
  /** The region or county (BT-39). */
  readonly subdivision?: string | undefined;
  /** The ISO 3166-1 alpha-2 country code (BT-40). */
  readonly countryCode?: string | undefined;
}

/**
 * The seller (BG-4) or the buyer (BG-7) of a received invoice.
 *
 * **Details**: `siren` and `siret` are read from the identifiers whose scheme
 * says so (`0002` SIREN, `0009` SIRET), or from a legal registration
 * identifier without a scheme made of 9 or 14 digits for a French party,
 * and given in compact form (spaces, dots and hyphens removed). They are
 * what the invoice states: a wrong check digit is reported in the findings,
 * not corrected. `vatNumber` is compacted the same way.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedParty {
  /** The legal or registered name (BT-27, BT-44). */
  readonly name: string;
  /** The trading name (BT-28, BT-45). */
  readonly tradeName?: string | undefined;
  /** The SIREN, compact, when stated. */
  readonly siren?: string | undefined;
  /** The SIRET, compact, when stated. */
  readonly siret?: string | undefined;
  /** The VAT identifier, compact (BT-31, BT-48). */
  readonly vatNumber?: string | undefined;
  /** The tax registration identifier other than the VAT one (BT-32). */
  readonly taxRegistration?: string | undefined;
  /** The legal registration identifier (BT-30, BT-47), as written. */
  readonly legalRegistration?: ReceivedIdentifier | undefined;
  /** The other identifiers (BT-29, BT-46), as written. */
  readonly identifiers: readonly ReceivedIdentifier[];
  /** The electronic address (BT-34, BT-49). */
  readonly electronicAddress?: ReceivedIdentifier | undefined;
  /** The additional legal information (BT-33), such as the share capital. */
  readonly legalInformation?: string | undefined;
  /** The postal address. */
  readonly address?: ReceivedAddress | undefined;
  /** The contact person or department (BT-41, BT-56). */
  readonly contactName?: string | undefined;
  /** The contact phone (BT-42, BT-57). */
  readonly phone?: string | undefined;
  /** The contact e-mail (BT-43, BT-58). */
  readonly email?: string | undefined;
}

/**
 * The VAT of a line or of a document-level allowance or charge: category
 * (BT-151, BT-95, BT-102) and rate in percent (BT-152, BT-96, BT-103),
 * absent for category `O`.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedVat {
  /** The EN 16931 VAT category code. */
  readonly category: VatCategoryCode;
  /** The rate in percent, a decimal string such as `"20"` or `"5.5"`. */
  readonly rate?: string | undefined;
}

/**
 * An allowance or a charge of a received invoice, on the whole document
 * (BG-20, BG-21, with its `vat`) or on a line (BG-27, BG-28).
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedAllowanceCharge {
  /** The amount excluding VAT (BT-92, BT-99, BT-136, BT-141). */
  readonly amount: string;
  /** The base amount (BT-93, BT-100, BT-137, BT-142). */
  readonly baseAmount?: string | undefined;
  /** The percentage (BT-94, BT-101, BT-138, BT-143). */
  readonly percent?: string | undefined;
  /** The reason as written (BT-97, BT-104, BT-139, BT-144). */
  readonly reason?: string | undefined;
  /** The reason code (BT-98, BT-105, BT-140, BT-145). */
  readonly reasonCode?: string | undefined;
  /** The VAT category and rate, for a document-level allowance or charge. */
  readonly vat?: ReceivedVat | undefined;
}

/**
 * A line of a received invoice (BG-25), its figures as written, in their
 * canonical decimal form (`"1000.00"` becomes `"1000"` for a quantity, an
 * amount keeps at least 2 decimals).
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedLine {
  /** The line identifier (BT-126). */
  readonly id: string;
  /** The item name (BT-153). */
  readonly name: string;
  /** The item description (BT-154). */
  readonly description?: string | undefined;
  /** The seller's item identifier (BT-155). */
  readonly sellerItemId?: string | undefined;
  /** The buyer's item identifier (BT-156). */
  readonly buyerItemId?: string | undefined;
  /** The standard item identifier, such as a GTIN (BT-157). */
  readonly standardItemId?: ReceivedIdentifier | undefined;
  /** A note on the line (BT-127). */
  readonly note?: string | undefined;
  /** The invoiced quantity (BT-129). */
  readonly quantity: string;
  /** The UN/ECE recommendation 20 unit code of the quantity (BT-130). */
  readonly unitCode: string;
  /** The item net price (BT-146). */
  readonly netPrice: string;
  /** The item gross price (BT-148). */
  readonly grossPrice?: string | undefined;
  /** The item price discount (BT-147). */
  readonly priceDiscount?: string | undefined;
  /** The quantity the price is for (BT-149); `"1"` when absent. */
  readonly baseQuantity?: string | undefined;
  /** The line net amount as declared (BT-131). */
  readonly netAmount: string;
  /** The line allowances (BG-27). */
  readonly allowances: readonly ReceivedAllowanceCharge[];
  /** The line charges (BG-28). */
  readonly charges: readonly ReceivedAllowanceCharge[];
  /** The VAT category and rate of the item (BT-151, BT-152). */
  readonly vat: ReceivedVat;
  /** The buyer's order line referenced (BT-132). */
  readonly orderLineReference?: string | undefined;
  /** The period the line covers (BT-134, BT-135). */
  readonly period?:
    | { readonly start?: string | undefined; readonly end?: string | undefined }
    | undefined;
}

/**
 * One VAT breakdown of a received invoice (BG-23), as declared.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedVatBreakdown {
  /** The VAT category code (BT-118). */
  readonly category: VatCategoryCode;
  /** The rate in percent (BT-119); absent for category `O`. */
  readonly rate?: string | undefined;
  /** The taxable amount (BT-116). */
  readonly taxableAmount: string;
  /** The VAT amount (BT-117). */
  readonly vatAmount: string;
  /** The exemption reason as written (BT-120). */
  readonly exemptionReason?: string | undefined;
  /** The VATEX exemption reason code (BT-121). */
  readonly exemptionCode?: string | undefined;
}

/**
 * The document totals of a received invoice (BG-22), as declared.
 *
 * **Gotchas**: the Factur-X MINIMUM profile has no `lineNetTotal`.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedTotals {
  /** Sum of the line net amounts (BT-106). */
  readonly lineNetTotal?: string | undefined;
  /** Sum of the document-level allowances (BT-107). */
  readonly allowanceTotal?: string | undefined;
  /** Sum of the document-level charges (BT-108). */
  readonly chargeTotal?: string | undefined;
  /** Total without VAT (BT-109). */
  readonly taxExclusiveAmount: string;
  /** Total VAT in the invoice currency (BT-110). */
  readonly vatTotal?: string | undefined;
  /** Total VAT in the VAT accounting currency (BT-111). */
  readonly vatTotalInAccountingCurrency?: string | undefined;
  /** Total with VAT (BT-112). */
  readonly taxInclusiveAmount: string;
  /** Amount already paid (BT-113). */
  readonly prepaidAmount?: string | undefined;
  /** Rounding amount (BT-114). */
  readonly roundingAmount?: string | undefined;
  /** Amount due for payment (BT-115). */
  readonly amountDue: string;
}

/**
 * A payment means of a received invoice (BG-16).
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedPaymentMeans {
  /** The UNTDID 4461 code (BT-81): `30` credit transfer, `58` SEPA credit transfer, `59` SEPA direct debit… */
  readonly typeCode: string;
  /** The payment means as text (BT-82). */
  readonly information?: string | undefined;
  /** The account to pay to (BT-84), compact when it is an IBAN. */
  readonly iban?: string | undefined;
  /** The account name (BT-85). */
  readonly accountName?: string | undefined;
  /** The BIC of the payee's bank (BT-86). */
  readonly bic?: string | undefined;
  /** The debited account for a direct debit (BT-91). */
  readonly debitedAccount?: string | undefined;
  /** The direct debit mandate reference (BT-89). */
  readonly mandateReference?: string | undefined;
}

/**
 * A note of a received invoice (BG-1): its text (BT-22) and subject code
 * (BT-21, such as `PMT`, `PMD`, `AAB`, `REG`).
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedNote {
  /** The text. */
  readonly text: string;
  /** The UNTDID 4451 subject code, when given. */
  readonly subjectCode?: string | undefined;
}

/**
 * The references a received invoice makes to other documents.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedReferences {
  /** The buyer reference (BT-10), such as a public buyer's service code. */
  readonly buyerReference?: string | undefined;
  /** The buyer's purchase order (BT-13). */
  readonly orderReference?: string | undefined;
  /** The seller's sales order (BT-14). */
  readonly salesOrderReference?: string | undefined;
  /** The contract (BT-12). */
  readonly contractReference?: string | undefined;
  /** The project (BT-11). */
  readonly projectReference?: string | undefined;
  /** The despatch advice (BT-16). */
  readonly despatchAdviceReference?: string | undefined;
  /** The receiving advice (BT-15). */
  readonly receivingAdviceReference?: string | undefined;
  /** The invoices this one refers to (BG-3: BT-25 and BT-26). */
  readonly precedingInvoices: readonly {
    readonly number: string;
    readonly issueDate?: string | undefined;
  }[];
}

/**
 * A received electronic invoice, normalized from its CII or UBL XML (alone
 * or inside a Factur-X / ZUGFeRD PDF), with the findings of its checks.
 *
 * **Details**: every figure is a decimal string as declared (canonical
 * form), never a float; dates are `YYYY-MM-DD`. Nothing is corrected: the
 * declared totals are kept and each disagreement with the lines is a
 * finding. A credit note (type `381` and the other credit codes) keeps the
 * positive figures it states.
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReceivedInvoice {
  /** The XML syntax: UN/CEFACT CII or UBL 2.1. */
  readonly syntax: 'CII' | 'UBL';
  /** Where the XML came from: an XML file, or a PDF it was attached to. */
  readonly container: 'xml' | 'pdf';
  /** The name of the PDF attachment the XML was read from. */
  readonly attachmentName?: string | undefined;
  /** The specification identifier (BT-24), as written. */
  readonly specificationId?: string | undefined;
  /** The Factur-X profile that BT-24 names, when it names one. */
  readonly profile?: FacturXProfile | undefined;
  /** The business process type (BT-23): in France the billing frame (`B1`, `S1`, `M1`…). */
  readonly businessProcess?: string | undefined;
  /** The invoice number (BT-1). */
  readonly number: string;
  /** The UNTDID 1001 type code (BT-3): `380` invoice, `381` credit note, `384` corrected invoice, `386` prepayment invoice… */
  readonly typeCode: string;
  /** Whether the type code is one of a credit note. */
  readonly isCreditNote: boolean;
  /** The issue date (BT-2). */
  readonly issueDate: string;
  /** The payment due date (BT-9). */
  readonly dueDate?: string | undefined;
  /** The actual delivery date (BT-72). */
  readonly deliveryDate?: string | undefined;
  /** The invoicing period (BT-73, BT-74). */
  readonly period?:
    | { readonly start?: string | undefined; readonly end?: string | undefined }
    | undefined;
  /** The invoice currency (BT-5). */
  readonly currency: string;
  /** The VAT accounting currency (BT-6), when it differs. */
  readonly vatCurrency?: string | undefined;
  /** The seller (BG-4). */
  readonly seller: ReceivedParty;
  /** The buyer (BG-7). */
  readonly buyer: ReceivedParty;
  /** The seller's tax representative's VAT identifier (BT-63). */
  readonly taxRepresentativeVatNumber?: string | undefined;
  /** The lines (BG-25); none in the MINIMUM and BASIC WL profiles. */
  readonly lines: readonly ReceivedLine[];
  /** The document-level allowances (BG-20). */
  readonly allowances: readonly ReceivedAllowanceCharge[];
  /** The document-level charges (BG-21). */
  readonly charges: readonly ReceivedAllowanceCharge[];
  /** The VAT breakdown (BG-23). */
  readonly vatBreakdown: readonly ReceivedVatBreakdown[];
  /** The document totals (BG-22). */
  readonly totals: ReceivedTotals;
  /** The payment means (BG-16). */
  readonly paymentMeans: readonly ReceivedPaymentMeans[];
  /** The payment terms as text (BT-20). */
  readonly paymentTerms?: string | undefined;
  /** The remittance information to quote when paying (BT-83). */
  readonly paymentReference?: string | undefined;
  /** The notes (BG-1). */
  readonly notes: readonly ReceivedNote[];
  /** The references to other documents. */
  readonly references: ReceivedReferences;
  /** What the checks found: arithmetic, identifiers, VAT rates, profile. Empty when all is right. */
  readonly findings: readonly InvoiceFinding[];
}
