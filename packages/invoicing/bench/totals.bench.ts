import { Decimal } from '@tpe/core';
import {
  type CommercialDocument,
  computeDocumentTotals,
  type DocumentTotals,
  type DocumentTotalsInput,
} from '@tpe/invoicing';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * computeDocumentTotals on 200,000 invoices of 5 lines (rates 20, 10, 5.5 and
 * 2.1 %, whole and decimal quantities, one line in five with a percentage
 * allowance, one invoice in eight with a document-level allowance at 20 %)
 * against two references computing the same amounts due and VAT totals:
 *
 * - the floor: bare integer arithmetic over pre-parsed tenths of units,
 *   cents, whole percents and basis points, in one loop;
 * - a straightforward decimal.js implementation of the same EN 16931 rules
 *   (the `Decimal` of `@tpe/core` is decimal.js), as one would write it
 *   without scaled integers, and without validating the input; being slow,
 *   it is timed on the first 20,000 invoices against the library on the
 *   same ones.
 */

const COUNT = 200_000;
const LINES = 5;

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

function decimalString(units: number, scale: number): string {
  const digits = String(units).padStart(scale + 1, '0');
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}

const RATES = ['20', '10', '5.5', '2.1'] as const;
const BASIS_POINTS = [2000, 1000, 550, 210] as const;
const NATURES = ['goods', 'service'] as const;

interface FloorInvoice {
  /** Per line: quantity in tenths, price in cents, rate index, allowance percent (0 for none). */
  readonly lines: Int32Array;
  /** The document-level allowance in cents, on the 20 % rate (0 for none). */
  readonly allowanceCents: number;
}

const next = lcg(20260301);
const documents: DocumentTotalsInput[] = [];
const floorInvoices: FloorInvoice[] = [];
for (let index = 0; index < COUNT; index++) {
  const lines: CommercialDocument['lines'][number][] = [];
  const floorLines = new Int32Array(LINES * 4);
  let grossCents = 0;
  for (let number = 0; number < LINES; number++) {
    const tenths = next() % 4 === 0 ? 1 + (next() % 200) : 10 * (1 + (next() % 20));
    const cents = 50 + (next() % 50_000);
    const rate = next() % 4;
    const percent = next() % 5 === 0 ? 5 + 5 * (next() % 3) : 0;
    const quantity = tenths % 10 === 0 ? String(tenths / 10) : decimalString(tenths, 1);
    const unitPrice = decimalString(cents, 2);
    floorLines.set([tenths, cents, rate, percent], number * 4);
    const net = Math.floor((2 * tenths * cents + 10) / 20);
    grossCents += net;
    lines.push({
      id: String(number + 1),
      label: `Article ${next() % 1000}`,
      quantity,
      unitCode: 'C62',
      unitPrice,
      vat: { category: 'S', rate: RATES[rate] as string },
      nature: NATURES[next() % 2] as 'goods' | 'service',
      ...(percent === 0
        ? {}
        : {
            allowances: [
              { percent: String(percent), baseAmount: decimalString(net, 2), reason: 'Remise' },
            ],
          }),
    });
  }
  const allowanceCents =
    next() % 8 === 0 ? 1 + (next() % Math.max(1, Math.floor(grossCents / 20))) : 0;
  documents.push({
    kind: 'invoice',
    currency: 'EUR',
    lines,
    ...(allowanceCents === 0
      ? {}
      : {
          allowances: [
            {
              amount: decimalString(allowanceCents, 2),
              reason: 'Remise commerciale',
              vat: { category: 'S', rate: '20' },
            },
          ],
        }),
  });
  floorInvoices.push({ lines: floorLines, allowanceCents });
}

/** Half-up division of a non-negative or negative integer by a positive one. */
function roundedDivide(numerator: number, divisor: number): number {
  return numerator >= 0
    ? Math.floor((2 * numerator + divisor) / (2 * divisor))
    : -Math.floor((-2 * numerator + divisor) / (2 * divisor));
}

/** Amounts due then VAT totals, in cents. */
function floor(): ArrayLike<string | number> {
  const out = new Float64Array(COUNT * 2);
  const taxable = new Float64Array(4);
  for (let index = 0; index < COUNT; index++) {
    const invoice = floorInvoices[index] as FloorInvoice;
    const lines = invoice.lines;
    taxable.fill(0);
    let netTotal = 0;
    for (let at = 0; at < lines.length; at += 4) {
      const gross = Math.floor((2 * (lines[at] as number) * (lines[at + 1] as number) + 10) / 20);
      const percent = lines[at + 3] as number;
      const net = percent === 0 ? gross : gross - Math.floor((2 * gross * percent + 100) / 200);
      const rate = lines[at + 2] as number;
      taxable[rate] = (taxable[rate] as number) + net;
      netTotal += net;
    }
    taxable[0] = (taxable[0] as number) - invoice.allowanceCents;
    let vat = 0;
    for (let rate = 0; rate < 4; rate++) {
      vat += roundedDivide((taxable[rate] as number) * (BASIS_POINTS[rate] as number), 10_000);
    }
    out[2 * index] = netTotal - invoice.allowanceCents + vat;
    out[2 * index + 1] = vat;
  }
  return out;
}

/** Amounts due then VAT totals of the first `count` invoices. */
function libraryOf(count: number): ArrayLike<string | number> {
  const out: string[] = new Array(count * 2);
  for (let index = 0; index < count; index++) {
    const totals: DocumentTotals = computeDocumentTotals(documents[index] as DocumentTotalsInput);
    out[2 * index] = totals.amountDue;
    out[2 * index + 1] = totals.vatTotal;
  }
  return out;
}

/** The same rules written plainly with decimal.js. */
function naiveTotals(document: DocumentTotalsInput): { amountDue: string; vatTotal: string } {
  const taxable = new Map<string, { rate: Decimal; amount: Decimal }>();
  let lineNetTotal = new Decimal(0);
  for (const line of document.lines) {
    let net = new Decimal(line.quantity)
      .times(line.unitPrice)
      .div(line.priceBaseQuantity ?? '1')
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    for (const allowance of line.allowances ?? []) {
      net = net.minus(
        allowance.amount ??
          new Decimal(allowance.baseAmount ?? '0')
            .times(allowance.percent ?? '0')
            .div(100)
            .toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
      );
    }
    const key = `${line.vat.category}|${line.vat.rate ?? ''}`;
    const group = taxable.get(key) ?? {
      rate: new Decimal(line.vat.rate ?? '0'),
      amount: new Decimal(0),
    };
    group.amount = group.amount.plus(net);
    taxable.set(key, group);
    lineNetTotal = lineNetTotal.plus(net);
  }
  let allowanceTotal = new Decimal(0);
  for (const allowance of document.allowances ?? []) {
    const amount = new Decimal(allowance.amount ?? '0');
    const key = `${allowance.vat.category}|${allowance.vat.rate ?? ''}`;
    const group = taxable.get(key) ?? {
      rate: new Decimal(allowance.vat.rate ?? '0'),
      amount: new Decimal(0),
    };
    group.amount = group.amount.minus(amount);
    taxable.set(key, group);
    allowanceTotal = allowanceTotal.plus(amount);
  }
  let vatTotal = new Decimal(0);
  for (const group of taxable.values()) {
    vatTotal = vatTotal.plus(
      group.amount.times(group.rate).div(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP),
    );
  }
  const amountDue = lineNetTotal.minus(allowanceTotal).plus(vatTotal);
  return { amountDue: amountDue.toFixed(2), vatTotal: vatTotal.toFixed(2) };
}

function library(): ArrayLike<string | number> {
  return libraryOf(COUNT);
}

/** The decimal.js implementation is slow: it is compared on the first invoices only. */
const NAIVE_COUNT = 20_000;

function naive(): ArrayLike<string | number> {
  const out: string[] = new Array(NAIVE_COUNT * 2);
  for (let index = 0; index < NAIVE_COUNT; index++) {
    const totals = naiveTotals(documents[index] as DocumentTotalsInput);
    out[2 * index] = totals.amountDue;
    out[2 * index + 1] = totals.vatTotal;
  }
  return out;
}

function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}

function sameAsFloor(
  libraryResult: ArrayLike<string | number>,
  floorResult: ArrayLike<string | number>,
): boolean {
  for (let index = 0; index < COUNT * 2; index++) {
    if (libraryResult[index] !== centsText(floorResult[index] as number)) return false;
  }
  return true;
}

function sameStrings(left: ArrayLike<string | number>, right: ArrayLike<string | number>): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) return false;
  }
  return true;
}

it('computeDocumentTotals against its integer floor and a decimal.js implementation', () => {
  expect(sameAsFloor(library(), floor())).toBe(true);
  expect(sameStrings(libraryOf(NAIVE_COUNT), naive())).toBe(true);
  const againstFloor = measureAgainstFloor({
    name: 'computeDocumentTotals, 200,000 invoices × 5 lines, against bare integers',
    items: COUNT,
    library,
    floor,
    same: sameAsFloor,
    target: 10,
  });
  const againstNaive = measureAgainstFloor({
    name: 'computeDocumentTotals, 20,000 invoices × 5 lines, against decimal.js',
    items: NAIVE_COUNT,
    library: () => libraryOf(NAIVE_COUNT),
    floor: naive,
    same: sameStrings,
    target: 1,
  });
  reportMeasures('computeDocumentTotals (@tpe/invoicing)', [againstFloor, againstNaive]);
}, 900_000);
