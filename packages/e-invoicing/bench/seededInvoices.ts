import { fromEpochDay, toEpochDay } from '@tpe/core';
import {
  type AllowanceCharge,
  type CommercialDocument,
  type Customer,
  type DocumentAllowanceCharge,
  type DocumentLine,
  type LineVat,
  lineVat,
  type Seller,
} from '@tpe/invoicing';
import {
  businessCustomer,
  companySeller,
  consumer,
  franchiseSeller,
  germanCustomer,
  plainCustomer,
  plainSeller,
  publicBuyer,
} from '../src/validation/sampleInvoices.js';

/**
 * Issued invoices for the e-invoice benchmarks, drawn from a seed (no
 * Math.random): commercial invoices (with up to three VAT rates), credit
 * notes and deposit invoices; a company seller with every detail, a plain
 * one and a micro-entrepreneur under the franchise en base; French business
 * customers (delivered elsewhere or not), a public buyer, a German business
 * (intra-EU supply) and a consumer; 1 to 12 lines, with gross prices and
 * discounts, line allowances (by amount or by percent of a base) and
 * charges, document allowances and charges, service periods, notes, order
 * references and VAT on debits. Unit prices have 2 decimals, the most that
 * @e-invoice-eu/core accepts, so that it can write the same invoices.
 */

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** The sellers: a company with every detail, one with VAT on debits, a micro-entrepreneur. */
const sellers: readonly Seller[] = [
  companySeller,
  { ...plainSeller, vatOnDebits: true },
  franchiseSeller,
];

const customers: readonly Customer[] = [
  businessCustomer,
  plainCustomer,
  publicBuyer,
  germanCustomer,
  consumer,
];

const GERMAN = 3;
const RATES = ['20', '10', '5.5', '2.1'];
const UNITS = ['C62', 'HUR', 'KGM', 'LTR'];
const FIRST_DAY = toEpochDay('2025-07-01');
const DAYS = 270;

/** Draws one line; `vats` are the VAT treatments the invoice may use. */
function drawLine(next: () => number, index: number, vats: readonly LineVat[]): DocumentLine {
  const service = next() % 3 === 0;
  const wholeUnits = next() % 4 !== 0;
  // integer quantities 1–50, or 0.25–20.00 in quarters
  const quantityUnits = wholeUnits ? 1 + (next() % 50) : 1 + (next() % 80);
  const quantity = wholeUnits ? String(quantityUnits) : formatCents(quantityUnits * 25);
  const priceCents = 50 + (next() % 200_000);
  const discountCents = next() % 5 === 0 ? 1 + (next() % Math.min(priceCents, 5_000)) : 0;
  const allowances: AllowanceCharge[] = [];
  if (next() % 4 === 0) {
    allowances.push(
      wholeUnits
        ? {
            percent: String(1 + (next() % 15)),
            baseAmount: formatCents(quantityUnits * priceCents),
            reason: 'Remise quantité',
            reasonCode: '95',
          }
        : // at most a tenth of the line: quantity (hundredths) × price (cents) / 100 / 10
          {
            amount: formatCents(
              1 + (next() % Math.max(1, Math.floor((quantityUnits * 25 * priceCents) / 1_000))),
            ),
            reason: 'Remise',
          },
    );
  }
  const charges: AllowanceCharge[] =
    next() % 6 === 0 ? [{ amount: formatCents(100 + (next() % 2_000)), reason: 'Emballage' }] : [];
  const start = FIRST_DAY + (next() % DAYS);
  return {
    id: String(index + 1),
    ...(next() % 3 === 0 ? { itemReference: `REF-${next() % 10_000}` } : {}),
    label: service ? `Prestation ${index + 1}` : `Article ${index + 1} « chêne & noyer »`,
    ...(next() % 4 === 0
      ? { description: 'Description détaillée de l’article, finition huilée' }
      : {}),
    quantity,
    unitCode: service ? 'HUR' : (UNITS[next() % UNITS.length] as string),
    unitPrice: formatCents(priceCents),
    ...(discountCents > 0
      ? {
          grossPrice: formatCents(priceCents + discountCents),
          priceDiscount: formatCents(discountCents),
        }
      : {}),
    ...(allowances.length > 0 ? { allowances } : {}),
    ...(charges.length > 0 ? { charges } : {}),
    vat: vats[next() % vats.length] as LineVat,
    nature: service ? 'service' : 'goods',
    ...(service && next() % 2 === 0
      ? { period: { start: fromEpochDay(start), end: fromEpochDay(start + (next() % 30)) } }
      : {}),
  };
}

function drawDocumentAllowanceCharge(
  next: () => number,
  lines: readonly DocumentLine[],
  reason: string,
): DocumentAllowanceCharge {
  const line = lines[next() % lines.length] as DocumentLine;
  return { amount: formatCents(100 + (next() % 3_000)), reason, vat: line.vat };
}

/** `count` issued documents drawn from `seed`; each is accepted by `toCII` and `toUBL`. */
export function seededInvoices(count: number, seed: number): readonly CommercialDocument[] {
  const next = lcg(seed);
  const documents: CommercialDocument[] = [];
  for (let index = 0; index < count; index++) {
    const sellerIndex = next() % sellers.length;
    const seller = sellers[sellerIndex] as Seller;
    const customerIndex = next() % customers.length;
    const customer = customers[customerIndex] as Customer;
    const vats: readonly LineVat[] =
      sellerIndex === 2
        ? [lineVat('franchiseEnBase')]
        : customerIndex === GERMAN
          ? [lineVat('intraCommunitySupplyOfGoods')]
          : RATES.slice(0, 1 + (next() % 3)).map((rate) => lineVat('taxable', rate));
    const lineCount = 1 + (next() % 12);
    const lines = Array.from({ length: lineCount }, (_, line) => {
      const drawn = drawLine(next, line, vats);
      // an intra-EU supply is of goods
      return customerIndex === GERMAN
        ? { ...drawn, nature: 'goods' as const, period: undefined }
        : drawn;
    });
    const draw = next() % 100;
    const kind = draw < 80 ? 'invoice' : draw < 92 ? 'creditNote' : 'depositInvoice';
    const issueDay = FIRST_DAY + (next() % DAYS);
    const issueDate = fromEpochDay(issueDay);
    const number = `${kind === 'creditNote' ? 'AV' : 'F'}${issueDate.slice(0, 4)}-${String(index + 1).padStart(6, '0')}`;
    documents.push({
      id: `doc-${index + 1}`,
      kind,
      status: 'issued',
      number,
      issueDate,
      dueDate: fromEpochDay(issueDay + (kind === 'creditNote' ? 0 : 30)),
      currency: 'EUR',
      seller,
      customer,
      lines,
      ...(next() % 4 === 0
        ? { allowances: [drawDocumentAllowanceCharge(next, lines, 'Remise fidélité')] }
        : {}),
      ...(next() % 5 === 0
        ? { charges: [drawDocumentAllowanceCharge(next, lines, 'Frais de port')] }
        : {}),
      ...(kind === 'creditNote'
        ? {
            precedingInvoices: [
              { number: `F${issueDate.slice(0, 4)}-${String(index).padStart(6, '0')}`, issueDate },
            ],
          }
        : {}),
      ...(kind !== 'creditNote' && next() % 3 === 0
        ? { orderReference: `PO-${next() % 100_000}` }
        : {}),
      // an intra-EU supply states its delivery date (BR-IC-11)
      ...(customerIndex === GERMAN ||
      (lines.some((line) => line.nature === 'goods') && next() % 2 === 0)
        ? { deliveryDate: fromEpochDay(issueDay - (next() % 10)) }
        : {}),
      ...(next() % 4 === 0 ? { notes: ['Merci de votre confiance.'] } : {}),
    });
  }
  return documents;
}
