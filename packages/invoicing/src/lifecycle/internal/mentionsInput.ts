import { formatMoney, negateMoney, parseMoney } from '@tpe/core';
import type {
  InvoiceAllowance,
  InvoiceForMentions,
  InvoiceLineForMentions,
  LegalMention,
} from '@tpe/legal-fr';
import type { DocumentAllowanceCharge } from '../../model/AllowanceCharge.js';
import type { CommercialDocument } from '../../model/CommercialDocument.js';
import type { Customer } from '../../model/Customer.js';
import { resolveAllowanceChargeAmount } from '../../model/resolveAllowanceChargeAmount.js';
import { canonicalJson } from '../../register/canonicalJson.js';
import type { DocumentTotals } from '../../totals/DocumentTotals.js';
import { printedAddress } from './printedAddress.js';
import { hasVatOnDebitsOption, vatTreatmentOf } from './vatTreatment.js';

/**
 * The invoice as `checkInvoiceMentions` reads it: the document's parties,
 * lines and references, its totals from `computeDocumentTotals`, the payment
 * sentences written for it, and the VAT mentions it prints (the exemption
 * reasons of its VAT breakdown, the VAT-on-debits statement).
 */
export function mentionsInputOf(
  document: CommercialDocument,
  customer: Customer,
  totals: DocumentTotals,
  sentences: readonly LegalMention[],
): InvoiceForMentions {
  const { seller } = document;
  const textOf = (id: LegalMention['id']): string | undefined =>
    sentences.find((sentence) => sentence.id === id)?.text;
  let goods = false;
  let services = false;
  const lines: InvoiceLineForMentions[] = new Array(document.lines.length);
  document.lines.forEach((line, index) => {
    if (line.nature === 'goods') goods = true;
    else services = true;
    lines[index] = {
      label: line.label,
      quantity: line.quantity,
      unitPriceExclVat: line.unitPrice,
      vatRate: line.vat.rate,
      nature: line.nature,
    };
  });
  const delivery = customer.deliveryAddress;
  const buyer: Writable<InvoiceForMentions['buyer']> = {
    name: customer.name,
    kind: customer.kind,
    countryCode: customer.countryCode,
    address: printedAddress(customer.billingAddress),
    siren: customer.siren,
    vatNumber: customer.vatNumber,
  };
  if (
    delivery !== undefined &&
    goods &&
    canonicalJson(delivery) !== canonicalJson(customer.billingAddress)
  ) {
    buyer.deliveredElsewhere = true;
    buyer.deliveryAddress = printedAddress(delivery);
  }
  const allowances: InvoiceAllowance[] = [];
  for (const allowance of document.allowances ?? []) {
    allowances.push(printedAllowance(allowance, false));
  }
  for (const charge of document.charges ?? []) allowances.push(printedAllowance(charge, true));
  const vatMentions: string[] = [];
  for (const group of totals.vatBreakdown) {
    const reason = group.exemptionReason;
    if (reason !== undefined && !vatMentions.includes(reason)) vatMentions.push(reason);
  }
  const vatOnDebits = textOf('vatOnDebitsMention');
  if (vatOnDebits !== undefined) vatMentions.push(vatOnDebits);
  const invoice: Writable<InvoiceForMentions> = {
    documentType: document.kind === 'creditNote' ? 'creditNote' : 'invoice',
    number: document.number,
    issueDate: document.issueDate,
    purchaseOrderNumber: document.orderReference,
    seller: {
      legalName: seller.legalName,
      legalForm: seller.legalForm,
      legalStatus: seller.legalStatus,
      shareCapital: seller.shareCapital,
      siren: seller.siren,
      siret: seller.siret,
      registration: seller.registration,
      vatNumber: seller.vatNumber,
      address: printedAddress(seller.address),
      franchiseEnBase: seller.vatRegime === 'franchiseEnBase',
      vatOnDebitsOption: hasVatOnDebitsOption(seller),
    },
    buyer,
    operationCategory: goods && services ? 'mixed' : goods ? 'goods' : 'services',
    lines,
    allowances,
    totals: {
      totalExclVat: totals.taxExclusiveAmount,
      vatBreakdown: totals.vatBreakdown.map((group) => ({
        rate: group.rate,
        taxableAmount: group.taxableAmount,
        vatAmount: group.vatAmount,
      })),
      totalVat: totals.vatTotal,
      totalInclVat: totals.taxInclusiveAmount,
    },
    dueDate: document.dueDate,
    penaltyRateText: textOf('latePenaltyRate'),
    recoveryIndemnityText: textOf('recoveryIndemnity'),
    escompteText: textOf('escompteConditions'),
    vatTreatment: vatTreatmentOf(seller, totals),
    vatMentions,
  };
  const original = document.precedingInvoices?.[0];
  if (original !== undefined) invoice.originalInvoice = original;
  if (document.deliveryDate !== undefined && document.deliveryDate !== document.issueDate) {
    invoice.operationDate = document.deliveryDate;
  }
  return invoice;
}

type Writable<T> = { -readonly [Key in keyof T]: T[Key] };

/** A document allowance as a rebate; a charge as a negative one. */
function printedAllowance(entry: DocumentAllowanceCharge, charge: boolean): InvoiceAllowance {
  const amount = resolveAllowanceChargeAmount(entry);
  return {
    label: entry.reason,
    amount: charge ? formatMoney(negateMoney(parseMoney(amount))) : amount,
    vatRate: entry.vat.rate,
  };
}
