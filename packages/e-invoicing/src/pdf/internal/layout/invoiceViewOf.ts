import { formatDateFr } from '@tpe/core';
import type { Address, CommercialDocument } from '@tpe/invoicing';
import { formatIban } from '@tpe/legal-fr';
import type {
  AllowanceChargeTerms,
  InvoiceTerms,
  LineTerms,
  VatTerms,
} from '../../../mapping/InvoiceTerms.js';
import {
  countryName,
  formatAdjustment,
  formatAmount,
  formatCompanyId,
  formatDecimal,
  formatPercent,
  formatPrice,
} from './frenchText.js';
import type {
  AdjustmentView,
  InvoiceView,
  LabelledValue,
  LineView,
  PartyView,
  TotalRowView,
  VatRowView,
} from './InvoiceView.js';
import { unitLabel } from './unitLabel.js';

const TITLES: Readonly<Record<InvoiceTerms['typeCode'], string>> = {
  '380': 'Facture',
  '381': 'Avoir',
  '386': "Facture d'acompte",
};

/** The category of the operations (CGI ann. II art. 242 nonies A 8° bis), from the first letter of BT-23. */
const OPERATION_CATEGORIES: Readonly<Record<string, string>> = {
  B: 'Livraison de biens',
  S: 'Prestation de services',
  M: 'Livraison de biens et prestation de services',
};

/** The VAT column of a line or an allowance: its rate, or what its category means. */
const EXEMPT_COLUMN: Readonly<Record<string, string>> = {
  E: 'Exonéré',
  AE: 'Autoliq.',
  K: 'Exonéré',
  G: 'Exonéré',
  O: 'Hors champ',
};

/** The row title of each VAT category without a rate of its own in the breakdown. */
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  Z: 'Taux zéro',
  E: 'Exonération',
  AE: 'Autoliquidation',
  K: 'Livraison intracommunautaire',
  G: 'Exportation hors UE',
  O: 'Hors champ de la TVA',
  L: 'IGIC',
  M: 'IPSI',
};

function vatColumn(vat: VatTerms): string {
  return EXEMPT_COLUMN[vat.category] ?? (vat.rate === undefined ? '' : formatPercent(vat.rate));
}

function vatRowLabel(category: string, rate: string | undefined): string {
  if (category === 'S' && rate !== undefined) return `TVA ${formatPercent(rate)}`;
  const label = CATEGORY_LABELS[category] ?? category;
  return (category === 'L' || category === 'M') && rate !== undefined
    ? `${label} ${formatPercent(rate)}`
    : label;
}

function addressLines(address: Address): readonly string[] {
  return [
    ...address.lines,
    [address.postalCode, address.city].filter((part) => part !== undefined).join(' '),
    ...(address.countryCode === 'FR' ? [] : [countryName(address.countryCode)]),
  ];
}

function present(lines: readonly (string | undefined)[]): readonly string[] {
  return lines.filter((line): line is string => line !== undefined && line !== '');
}

function companyIds(siren: string | undefined, siret: string | undefined): string | undefined {
  const ids = present([
    siren === undefined ? undefined : `SIREN ${formatCompanyId(siren)}`,
    siret === undefined ? undefined : `SIRET ${formatCompanyId(siret)}`,
  ]);
  return ids.length === 0 ? undefined : ids.join(' · ');
}

function sellerView(terms: InvoiceTerms, document: CommercialDocument): PartyView {
  const { seller } = terms;
  const vatNumber = document.seller.vatNumber;
  return {
    heading: '',
    name: seller.name,
    lines: present([
      seller.tradeName,
      ...addressLines(seller.address),
      present([seller.phone, seller.email]).join(' · '),
      companyIds(seller.siren, seller.siret),
      vatNumber === undefined ? undefined : `N° TVA intracommunautaire ${vatNumber}`,
      seller.legalInformation,
    ]),
  };
}

function billToView(document: CommercialDocument, terms: InvoiceTerms): PartyView {
  const customer = document.customer;
  const publicBuyer = customer?.publicBuyer;
  return {
    heading: 'Facturé à',
    name: terms.buyer.name,
    lines: present([
      ...addressLines(terms.buyer.address),
      companyIds(customer?.siren, customer?.siret),
      customer?.vatNumber === undefined
        ? undefined
        : `N° TVA intracommunautaire ${customer.vatNumber}`,
      publicBuyer?.serviceCode === undefined
        ? undefined
        : `Code service : ${publicBuyer.serviceCode}`,
      publicBuyer?.engagementNumber === undefined
        ? undefined
        : `N° d'engagement : ${publicBuyer.engagementNumber}`,
    ]),
  };
}

function shipToView(terms: InvoiceTerms): PartyView | undefined {
  const place = terms.delivery.place;
  return place === undefined
    ? undefined
    : { heading: 'Adresse de livraison', name: place.name, lines: addressLines(place.address) };
}

function facts(terms: InvoiceTerms, document: CommercialDocument): readonly LabelledValue[] {
  const publicBuyer = document.customer?.kind === 'publicBuyer';
  const category = OPERATION_CATEGORIES[terms.businessProcess.charAt(0)];
  const entries: readonly (readonly [string, string | undefined])[] = [
    ["Date d'émission", formatDateFr(terms.issueDate)],
    [
      category === OPERATION_CATEGORIES.S ? "Date d'exécution" : 'Date de livraison',
      terms.delivery.date === undefined ? undefined : formatDateFr(terms.delivery.date),
    ],
    ['Échéance', terms.dueDate === undefined ? undefined : formatDateFr(terms.dueDate)],
    [publicBuyer ? "N° d'engagement" : 'Commande n°', terms.orderReference],
    [publicBuyer ? 'Code service' : 'Référence acheteur', terms.buyerReference],
    ['Opération', category],
  ];
  return entries.flatMap(([label, value]) => (value === undefined ? [] : [{ label, value }]));
}

function references(terms: InvoiceTerms, document: CommercialDocument): readonly string[] {
  const deposits = document.deductedDeposits ?? [];
  return terms.precedingInvoices.map(({ number, issueDate }) => {
    const invoice = `facture n° ${number} du ${formatDateFr(issueDate)}`;
    if (terms.typeCode === '381') return `Avoir se rapportant à la ${invoice}`;
    const deposit = deposits.find((entry) => entry.number === number);
    return deposit === undefined
      ? `Facture précédente : ${invoice}`
      : `Acompte déduit : ${invoice}, ${formatAmount(deposit.amount, terms.currency)} TTC`;
  });
}

function adjustmentText(entry: AllowanceChargeTerms, fallback: string, currency: string): string {
  const basis =
    entry.percent === undefined
      ? ''
      : ` (${formatPercent(entry.percent)}${entry.baseAmount === undefined ? '' : ` de ${formatAmount(entry.baseAmount, currency)}`})`;
  return `${entry.reason ?? fallback}${basis}`;
}

function lineView(line: LineTerms, currency: string): LineView {
  const unit = unitLabel(line.unitCode);
  const details = present([
    line.description,
    line.grossPrice === undefined
      ? undefined
      : `Prix brut ${formatPrice(line.grossPrice, currency)}${line.priceDiscount === undefined ? '' : `, remise ${formatPrice(line.priceDiscount, currency)}`}`,
    line.priceBaseQuantity === undefined || line.priceBaseQuantity === '1'
      ? undefined
      : `Prix pour ${formatDecimal(line.priceBaseQuantity)} ${unit}`,
    line.period === undefined
      ? undefined
      : `Période du ${formatDateFr(line.period.start)} au ${formatDateFr(line.period.end)}`,
    ...line.allowances.map(
      (entry) =>
        `${adjustmentText(entry, 'Remise', currency)} : ${formatAdjustment(entry.amount, currency, '-')}`,
    ),
    ...line.charges.map(
      (entry) =>
        `${adjustmentText(entry, 'Frais', currency)} : ${formatAdjustment(entry.amount, currency, '+')}`,
    ),
  ]);
  return {
    reference: line.itemReference ?? '',
    label: line.name,
    details,
    quantity: formatDecimal(line.quantity),
    unit,
    unitPrice: formatPrice(line.netPrice, currency),
    vat: vatColumn(line.vat),
    amount: formatAmount(line.netAmount, currency),
  };
}

function adjustments(terms: InvoiceTerms): readonly AdjustmentView[] {
  const { currency } = terms;
  const view = (entry: AllowanceChargeTerms, fallback: string, sign: '-' | '+') => ({
    label: adjustmentText(entry, fallback, currency),
    vat: entry.vat === undefined ? '' : vatColumn(entry.vat),
    amount: formatAdjustment(entry.amount, currency, sign),
  });
  return [
    ...terms.allowances.map((entry) => view(entry, 'Remise', '-')),
    ...terms.charges.map((entry) => view(entry, 'Frais', '+')),
  ];
}

function vatRows(terms: InvoiceTerms): readonly VatRowView[] {
  return terms.totals.vatBreakdown.map((group) => {
    const label = vatRowLabel(group.category, group.rate);
    return {
      label,
      base: formatAmount(group.taxableAmount, terms.currency),
      vat: formatAmount(group.vatAmount, terms.currency),
      reason: group.exemptionReason === label ? undefined : group.exemptionReason,
    };
  });
}

function isZero(amount: string): boolean {
  return /^-?0(\.0+)?$/.test(amount);
}

function totals(terms: InvoiceTerms): readonly TotalRowView[] {
  const { totals: sums, currency } = terms;
  const row = (label: string, amount: string, strong = false): TotalRowView => ({
    label,
    amount,
    strong,
  });
  const amount = (value: string) => formatAmount(value, currency);
  const adjusted = !isZero(sums.allowanceTotal) || !isZero(sums.chargeTotal);
  const rows: readonly (TotalRowView | undefined)[] = [
    adjusted ? row('Total HT des lignes', amount(sums.lineNetTotal)) : undefined,
    isZero(sums.allowanceTotal)
      ? undefined
      : row('Remises', formatAdjustment(sums.allowanceTotal, currency, '-')),
    isZero(sums.chargeTotal)
      ? undefined
      : row('Frais', formatAdjustment(sums.chargeTotal, currency, '+')),
    row('Total HT', amount(sums.taxExclusiveAmount)),
    row('Total TVA', amount(sums.vatTotal)),
    row('Total TTC', amount(sums.taxInclusiveAmount), true),
    isZero(sums.prepaidAmount)
      ? undefined
      : row('Acomptes déjà versés', formatAdjustment(sums.prepaidAmount, currency, '-')),
    isZero(sums.roundingAmount) ? undefined : row('Arrondi', amount(sums.roundingAmount)),
    row(terms.typeCode === '381' ? "Montant de l'avoir" : 'Net à payer', amount(sums.amountDue)),
  ];
  return rows.filter((entry): entry is TotalRowView => entry !== undefined);
}

function payment(terms: InvoiceTerms): readonly string[] {
  const means = terms.paymentMeans;
  return present([
    terms.paymentTerms,
    means === undefined
      ? undefined
      : `Règlement par virement${means.code === '58' ? ' SEPA' : ''} : IBAN ${formatIban(means.iban)}${means.bic === undefined ? '' : ` · BIC ${means.bic}`}`,
    means?.accountName === undefined ? undefined : `Titulaire du compte : ${means.accountName}`,
    means === undefined ? undefined : `Référence à rappeler : ${means.remittanceInformation}`,
  ]);
}

function footer(terms: InvoiceTerms, document: CommercialDocument): string {
  const { seller } = terms;
  return present([
    seller.name,
    seller.legalInformation,
    seller.siret === undefined ? undefined : `SIRET ${formatCompanyId(seller.siret)}`,
    document.seller.vatNumber === undefined ? undefined : `TVA ${document.seller.vatNumber}`,
  ]).join(' · ');
}

/**
 * The printed content of an invoice, deposit invoice or credit note, from
 * the same terms its XML is written from (totals, VAT breakdown, payment
 * sentences), and from the document for what the XML leaves out by rule
 * (the VAT numbers of an operation outside the scope of VAT).
 */
export function invoiceViewOf(terms: InvoiceTerms, document: CommercialDocument): InvoiceView {
  const lines = terms.lines.map((line) => lineView(line, terms.currency));
  return {
    title: TITLES[terms.typeCode],
    number: terms.number,
    facts: facts(terms, document),
    references: references(terms, document),
    seller: sellerView(terms, document),
    billTo: billToView(document, terms),
    shipTo: shipToView(terms),
    lines,
    showsReferences: lines.some((line) => line.reference !== ''),
    adjustments: adjustments(terms),
    vat: vatRows(terms),
    totals: totals(terms),
    payment: payment(terms),
    mentions: terms.notes.flatMap((note) => (note.subjectCode === undefined ? [] : [note.content])),
    notes: terms.notes.flatMap((note) => (note.subjectCode === undefined ? [note.content] : [])),
    footer: footer(terms, document),
  };
}
