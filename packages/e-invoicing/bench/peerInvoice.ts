import type { Invoice } from '@e-invoice-eu/core';
import type {
  ReceivedAddress,
  ReceivedAllowanceCharge,
  ReceivedInvoice,
  ReceivedLine,
  ReceivedParty,
  ReceivedVat,
} from '@tpe/e-invoicing';

/**
 * An invoice in the input format of @e-invoice-eu/core (the UBL names as
 * JSON keys, attributes as `name@attribute`), made from what `readInvoiceXml`
 * reads back from our CII: the same parties, lines, allowances, VAT
 * breakdown, totals, notes, payment means and references. That library takes
 * every total as given, so it gets ours.
 */

type Fields = Record<string, unknown>;

/** The fields whose value is defined. */
function defined(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Amounts by name, each with its currency (`name@currencyID`). */
function amounts(values: Record<string, string | undefined>, currency: string): Fields {
  return defined(
    Object.fromEntries(
      Object.entries(values).flatMap(([name, value]) =>
        value === undefined
          ? []
          : [
              [name, value],
              [`${name}@currencyID`, currency],
            ],
      ),
    ),
  );
}

/** Its list of electronic address schemes lacks 0225 (SIREN), added in 2024: 0002 is the SIREN too. */
function easScheme(scheme: string | undefined): string | undefined {
  return scheme === '0225' ? '0002' : scheme;
}

function address(value: ReceivedAddress | undefined): Fields {
  return defined({
    'cbc:StreetName': value?.lines[0],
    'cbc:AdditionalStreetName': value?.lines[1],
    'cbc:CityName': value?.city,
    'cbc:PostalZone': value?.postalCode,
    'cac:Country': { 'cbc:IdentificationCode': value?.countryCode ?? 'FR' },
  });
}

function taxCategory(vat: ReceivedVat): Fields {
  return defined({
    'cbc:ID': vat.category,
    'cbc:Percent': vat.rate,
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  });
}

function party(value: ReceivedParty, seller: boolean): Fields {
  const schemes = [
    value.vatNumber === undefined
      ? undefined
      : { 'cbc:CompanyID': value.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } },
    value.taxRegistration === undefined
      ? undefined
      : { 'cbc:CompanyID': value.taxRegistration, 'cac:TaxScheme': { 'cbc:ID': 'FC' } },
  ].filter((scheme) => scheme !== undefined);
  const identifiers = value.identifiers.map((identifier) =>
    defined({ 'cbc:ID': identifier.id, 'cbc:ID@schemeID': identifier.scheme }),
  );
  return {
    'cac:Party': defined({
      'cbc:EndpointID': value.electronicAddress?.id,
      'cbc:EndpointID@schemeID': easScheme(value.electronicAddress?.scheme),
      // the seller's identifiers are a list, the buyer's one identifier
      'cac:PartyIdentification': seller ? identifiers : identifiers[0],
      'cac:PartyName': value.tradeName === undefined ? undefined : { 'cbc:Name': value.tradeName },
      'cac:PostalAddress': address(value.address),
      'cac:PartyTaxScheme': seller ? schemes : schemes[0],
      'cac:PartyLegalEntity': defined({
        'cbc:RegistrationName': value.name,
        'cbc:CompanyID': value.legalRegistration?.id,
        'cbc:CompanyID@schemeID': value.legalRegistration?.scheme,
        'cbc:CompanyLegalForm': seller ? value.legalInformation : undefined,
      }),
      'cac:Contact':
        value.phone === undefined && value.email === undefined
          ? undefined
          : defined({ 'cbc:Telephone': value.phone, 'cbc:ElectronicMail': value.email }),
    }),
  };
}

function allowanceCharge(
  entry: ReceivedAllowanceCharge,
  charge: boolean,
  currency: string,
): Fields {
  return defined({
    'cbc:ChargeIndicator': String(charge),
    'cbc:AllowanceChargeReasonCode': entry.reasonCode,
    'cbc:AllowanceChargeReason': entry.reason,
    'cbc:MultiplierFactorNumeric': entry.percent,
    'cbc:Amount': entry.amount,
    'cbc:Amount@currencyID': currency,
    'cbc:BaseAmount': entry.baseAmount,
    'cbc:BaseAmount@currencyID': entry.baseAmount === undefined ? undefined : currency,
    'cac:TaxCategory': entry.vat === undefined ? undefined : taxCategory(entry.vat),
  });
}

function allowancesAndCharges(
  entries: {
    readonly allowances: readonly ReceivedAllowanceCharge[];
    readonly charges: readonly ReceivedAllowanceCharge[];
  },
  currency: string,
): Fields[] | undefined {
  const all = [
    ...entries.allowances.map((entry) => allowanceCharge(entry, false, currency)),
    ...entries.charges.map((entry) => allowanceCharge(entry, true, currency)),
  ];
  return all.length === 0 ? undefined : all;
}

function line(value: ReceivedLine, currency: string): Fields {
  return defined({
    'cbc:ID': value.id,
    'cbc:InvoicedQuantity': value.quantity,
    'cbc:InvoicedQuantity@unitCode': value.unitCode,
    'cbc:LineExtensionAmount': value.netAmount,
    'cbc:LineExtensionAmount@currencyID': currency,
    'cac:InvoicePeriod':
      value.period === undefined
        ? undefined
        : defined({ 'cbc:StartDate': value.period.start, 'cbc:EndDate': value.period.end }),
    'cac:AllowanceCharge': allowancesAndCharges(value, currency),
    'cac:Item': defined({
      'cbc:Description': value.description,
      'cbc:Name': value.name,
      'cac:SellersItemIdentification':
        value.sellerItemId === undefined ? undefined : { 'cbc:ID': value.sellerItemId },
      'cac:ClassifiedTaxCategory': taxCategory(value.vat),
    }),
    'cac:Price': defined({
      'cbc:PriceAmount': value.netPrice,
      'cbc:PriceAmount@currencyID': currency,
      'cbc:BaseQuantity': value.baseQuantity,
      'cbc:BaseQuantity@unitCode': value.baseQuantity === undefined ? undefined : value.unitCode,
      'cac:AllowanceCharge':
        value.grossPrice === undefined
          ? undefined
          : {
              'cbc:ChargeIndicator': 'false',
              'cbc:Amount': value.priceDiscount ?? '0',
              'cbc:Amount@currencyID': currency,
              'cbc:BaseAmount': value.grossPrice,
              'cbc:BaseAmount@currencyID': currency,
            },
    }),
  });
}

/** The input of @e-invoice-eu/core for the invoice `read` (read back from our CII). */
export function peerInvoiceOf(read: ReceivedInvoice): Invoice {
  const { currency, totals, references } = read;
  const invoice = defined({
    'cbc:ProfileID': read.businessProcess,
    'cbc:ID': read.number,
    'cbc:IssueDate': read.issueDate,
    'cbc:DueDate': read.dueDate,
    'cbc:InvoiceTypeCode': read.typeCode,
    'cbc:Note': read.notes.length === 0 ? undefined : read.notes.map((note) => note.text),
    'cbc:DocumentCurrencyCode': currency,
    'cbc:BuyerReference': references.buyerReference,
    'cac:OrderReference':
      references.orderReference === undefined ? undefined : { 'cbc:ID': references.orderReference },
    'cac:BillingReference':
      references.precedingInvoices.length === 0
        ? undefined
        : references.precedingInvoices.map((invoice) => ({
            'cac:InvoiceDocumentReference': defined({
              'cbc:ID': invoice.number,
              'cbc:IssueDate': invoice.issueDate,
            }),
          })),
    'cac:AccountingSupplierParty': party(read.seller, true),
    'cac:AccountingCustomerParty': party(read.buyer, false),
    'cac:Delivery':
      read.deliveryDate === undefined ? undefined : { 'cbc:ActualDeliveryDate': read.deliveryDate },
    'cac:PaymentMeans':
      read.paymentMeans.length === 0
        ? undefined
        : read.paymentMeans.map((means) =>
            defined({
              'cbc:PaymentMeansCode': means.typeCode,
              'cbc:PaymentID': read.paymentReference,
              'cac:PayeeFinancialAccount':
                means.iban === undefined
                  ? undefined
                  : defined({
                      'cbc:ID': means.iban,
                      'cbc:Name': means.accountName,
                      'cac:FinancialInstitutionBranch':
                        means.bic === undefined ? undefined : { 'cbc:ID': means.bic },
                    }),
            }),
          ),
    'cac:PaymentTerms':
      read.paymentTerms === undefined ? undefined : { 'cbc:Note': read.paymentTerms },
    'cac:AllowanceCharge': allowancesAndCharges(read, currency),
    'cac:TaxTotal': [
      {
        'cbc:TaxAmount': totals.vatTotal ?? '0.00',
        'cbc:TaxAmount@currencyID': currency,
        'cac:TaxSubtotal': read.vatBreakdown.map((group) => ({
          'cbc:TaxableAmount': group.taxableAmount,
          'cbc:TaxableAmount@currencyID': currency,
          'cbc:TaxAmount': group.vatAmount,
          'cbc:TaxAmount@currencyID': currency,
          'cac:TaxCategory': defined({
            ...taxCategory(group),
            'cbc:TaxExemptionReasonCode': group.exemptionCode,
            'cbc:TaxExemptionReason': group.exemptionReason,
          }),
        })),
      },
    ],
    'cac:LegalMonetaryTotal': amounts(
      {
        'cbc:LineExtensionAmount': totals.lineNetTotal,
        'cbc:TaxExclusiveAmount': totals.taxExclusiveAmount,
        'cbc:TaxInclusiveAmount': totals.taxInclusiveAmount,
        'cbc:AllowanceTotalAmount': totals.allowanceTotal,
        'cbc:ChargeTotalAmount': totals.chargeTotal,
        'cbc:PrepaidAmount': totals.prepaidAmount,
        'cbc:PayableAmount': totals.amountDue,
      },
      currency,
    ),
    'cac:InvoiceLine': read.lines.map((entry) => line(entry, currency)),
  });
  // the codes and identifiers are those of EN 16931, which its types list one by one
  return { 'ubl:Invoice': invoice } as unknown as Invoice;
}
