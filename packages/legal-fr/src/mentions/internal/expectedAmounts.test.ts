import {
  addMoney,
  formatMoney,
  type Money,
  multiplyMoney,
  parseDecimal,
  parseMoney,
  subtractMoney,
  sumMoney,
  zeroMoney,
} from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InvoiceAllowance, InvoiceLineForMentions } from '../InvoiceForMentions.js';
import { computeExpectedAmounts } from './expectedAmounts.js';
import { formatPercentFr, rateKey } from './printedText.js';

/** The totals the same way on decimal Money (dinero.js and decimal.js), as text. */
function onMoney(
  lines: readonly InvoiceLineForMentions[],
  allowances: readonly InvoiceAllowance[],
  vatCharged: boolean,
): unknown {
  const key = (rate: string): string => parseDecimal(rate).toFixed();
  const bases = new Map<string, Money>();
  const nets: Money[] = [];
  for (const line of lines) {
    const gross = multiplyMoney(
      parseMoney(line.unitPriceExclVat as string, 'EUR', { scale: 6 }),
      line.quantity as string,
      { scale: 2 },
    );
    const net =
      line.discount === undefined ? gross : subtractMoney(gross, parseMoney(line.discount));
    nets.push(net);
    const rate = vatCharged ? key(line.vatRate as string) : '0';
    bases.set(rate, addMoney(bases.get(rate) ?? zeroMoney(), net));
  }
  for (const allowance of allowances) {
    const rate = vatCharged ? key(allowance.vatRate as string) : '0';
    bases.set(rate, subtractMoney(bases.get(rate) ?? zeroMoney(), parseMoney(allowance.amount)));
  }
  const totalExclVat = subtractMoney(
    sumMoney(nets, 'EUR'),
    sumMoney(
      allowances.map((allowance) => parseMoney(allowance.amount)),
      'EUR',
    ),
  );
  const byRate = [...bases.entries()]
    .sort(([left], [right]) => parseDecimal(right).comparedTo(parseDecimal(left)))
    .map(([rate, base]) => ({
      rate,
      base,
      vat: multiplyMoney(base, parseDecimal(rate).div(100), { scale: 2 }),
    }));
  const totalVat = sumMoney(
    byRate.map((entry) => entry.vat),
    'EUR',
  );
  return {
    totalExclVat: formatMoney(totalExclVat),
    byRate: byRate.map(({ rate, base, vat }) => ({
      rate,
      base: formatMoney(base),
      vat: formatMoney(vat),
    })),
    totalVat: formatMoney(totalVat),
    totalInclVat: formatMoney(addMoney(totalExclVat, totalVat)),
  };
}

function asText(
  lines: readonly InvoiceLineForMentions[],
  allowances: readonly InvoiceAllowance[],
  vatCharged: boolean,
): unknown {
  const expected = computeExpectedAmounts(lines, allowances, vatCharged, undefined);
  if (expected?.byRate === undefined) return expected;
  const cents = (amount: bigint | undefined): string => {
    const units = amount ?? 0n;
    const digits = String(units < 0n ? -units : units).padStart(3, '0');
    return `${units < 0n ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  };
  return {
    totalExclVat: cents(expected.totalExclVat),
    byRate: [...expected.byRate.values()].map((entry) => ({
      rate: entry.rate,
      base: cents(entry.base),
      vat: cents(entry.vat),
    })),
    totalVat: cents(expected.totalVat),
    totalInclVat: cents(expected.totalInclVat),
  };
}

/** A decimal string: a whole part up to `maxWhole`, up to `decimals` decimals. */
const decimal = (maxWhole: bigint, decimals: number, negative: boolean): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.bigInt({ min: 0n, max: maxWhole }),
      fc
        .integer({ min: 0, max: decimals })
        .chain((scale) =>
          fc
            .bigInt({ min: 0n, max: 10n ** BigInt(scale) - 1n })
            .map((fraction) => (scale === 0 ? '' : `.${String(fraction).padStart(scale, '0')}`)),
        ),
      fc.boolean(),
    )
    .map(([whole, fraction, minus]) => `${negative && minus ? '-' : ''}${whole}${fraction}`);
const rate = fc.oneof(
  fc.constantFrom('20', '20.00', '10', '5.5', '5.50', '2.1', '0', '8.5'),
  decimal(9999n, 6, false),
);
const line = fc.record({
  quantity: fc.oneof(decimal(1_000n, 3, true), decimal(10n ** 12n - 1n, 6, true)),
  unitPriceExclVat: fc.oneof(decimal(10_000n, 2, false), decimal(10n ** 15n - 1n, 6, false)),
  vatRate: rate,
  discount: fc.option(decimal(10n ** 15n - 1n, 2, true), { nil: undefined }),
});
const allowance = fc.record({ amount: decimal(10n ** 15n - 1n, 2, true), vatRate: rate });

describe('computeExpectedAmounts', () => {
  it('gives the totals of the decimal computation, to the cent, at any size', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 4 }),
        fc.array(allowance, { maxLength: 2 }),
        fc.boolean(),
        (lines, allowances, vatCharged) => {
          expect(asText(lines, allowances, vatCharged)).toEqual(
            onMoney(lines, allowances, vatCharged),
          );
        },
      ),
    );
  });

  it('rounds the line and the VAT half away from zero', () => {
    // 3 × 0.125 = 0.375 → 0.38; -3 × 0.125 = -0.375 → -0.38; VAT 20 % of 0.38 = 0.076 → 0.08.
    const lines = [
      { quantity: '3', unitPriceExclVat: '0.125', vatRate: '20' },
      { quantity: '-3', unitPriceExclVat: '0.125', vatRate: '5.5' },
    ];
    expect(asText(lines, [], true)).toEqual({
      totalExclVat: '0.00',
      // -0.38 × 5.5 % = -0.0209 → -0.02
      byRate: [
        { rate: '20', base: '0.38', vat: '0.08' },
        { rate: '5.5', base: '-0.38', vat: '-0.02' },
      ],
      totalVat: '0.06',
      totalInclVat: '0.06',
    });
  });
});

describe('rate keys', () => {
  it('write a rate as decimal.js does, without trailing zeros', () => {
    fc.assert(
      fc.property(rate, (value) => {
        expect(rateKey(value)).toBe(parseDecimal(value).toFixed());
        expect(formatPercentFr(value)).toBe(parseDecimal(value).toFixed().replace('.', ','));
      }),
    );
    expect(rateKey('20.000000')).toBe('20');
    expect(rateKey('0.000001')).toBe('0.000001');
    expect(formatPercentFr('12.150')).toBe('12,15');
  });
});
