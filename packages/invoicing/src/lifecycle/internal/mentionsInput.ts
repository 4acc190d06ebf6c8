import { formatMoney, negateMoney, parseMoney } from '@tpe/core';
import type {
  InvoiceAllowance,
  InvoiceForMentions,
  LegalMention,
  OperationCategory,
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
  const original = document.precedingInvoices?.[0];
  const delivery = customer.deliveryAddress;
  const deliveredElsewhere =
    delivery !== undefined &&
    document.lines.some((line) => line.nature === 'goods') &&
    canonicalJson(delivery) !== canonicalJson(customer.billingAddress);
  const vatOnDebits = textOf('vatOnDebitsMention');
  return {
    documentType: document.kind === 'creditNote' ? 'creditNote' : 'invoice',
    number: document.number,
    issueDate: document.issueDate,
    ...(original === undefined ? {} : { originalInvoice: original }),
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
    buyer: {
      name: customer.name,
      kind: customer.kind,
      countryCode: customer.countryCode,
      address: printedAddress(customer.billingAddress),
      siren: customer.siren,
      vatNumber: customer.vatNumber,
      ...(deliveredElsewhere
        ? { deliveredElsewhere, deliveryAddress: printedAddress(delivery) }
        : {}),
    },
    ...(document.deliveryDate === undefined || document.deliveryDate === document.issueDate
      ? {}
      : { operationDate: document.deliveryDate }),
    operationCategory: operationCategoryOf(document),
    lines: document.lines.map((line) => ({
      label: line.label,
      quantity: line.quantity,
      unitPriceExclVat: line.unitPrice,
      vatRate: line.vat.rate,
      nature: line.nature,
    })),
    allowances: [
      ...(document.allowances ?? []).map((allowance) => printedAllowance(allowance, false)),
      ...(document.charges ?? []).map((charge) => printedAllowance(charge, true)),
    ],
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
    vatMentions: [
      ...new Set(totals.vatBreakdown.flatMap((group) => group.exemptionReason ?? [])),
      ...(vatOnDebits === undefined ? [] : [vatOnDebits]),
    ],
  };
}

function operationCategoryOf(document: CommercialDocument): OperationCategory {
  const goods = document.lines.some((line) => line.nature === 'goods');
  const services = document.lines.some((line) => line.nature === 'service');
  return goods && services ? 'mixed' : goods ? 'goods' : 'services';
}

/** A document allowance as a rebate; a charge as a negative one. */
function printedAllowance(entry: DocumentAllowanceCharge, charge: boolean): InvoiceAllowance {
  const amount = resolveAllowanceChargeAmount(entry);
  return {
    label: entry.reason,
    amount: charge ? formatMoney(negateMoney(parseMoney(amount))) : amount,
    vatRate: entry.vat.rate,
  };
}
