import { Decimal, isTpeError } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveAllowanceChargeAmount } from './resolveAllowanceChargeAmount.js';

function failure(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTpeError(error) ? `${error.code} ${error.issues[0]?.code}` : 'other';
  }
}

describe('resolveAllowanceChargeAmount', () => {
  it('answers the amount, or the percentage of the base rounded half away from zero', () => {
    expect(resolveAllowanceChargeAmount({ amount: '12.5' })).toBe('12.50');
    expect(resolveAllowanceChargeAmount({ amount: '0' })).toBe('0.00');
    // 10 % of 250.00 = 25.00
    expect(resolveAllowanceChargeAmount({ percent: '10', baseAmount: '250.00' })).toBe('25.00');
    // 2.5 % of 10.10 = 0.2525 → 0.25; 5 % of 0.10 = 0.005 → 0.01; 33.333333 % of 100 = 33.333333 → 33.33
    expect(resolveAllowanceChargeAmount({ percent: '2.5', baseAmount: '10.10' })).toBe('0.25');
    expect(resolveAllowanceChargeAmount({ percent: '5', baseAmount: '0.10' })).toBe('0.01');
    expect(resolveAllowanceChargeAmount({ percent: '33.333333', baseAmount: '100' })).toBe('33.33');
    // all three agreeing; a document allowance (its VAT is not read)
    expect(
      resolveAllowanceChargeAmount({ amount: '25.00', percent: '10', baseAmount: '250' }),
    ).toBe('25.00');
    expect(
      resolveAllowanceChargeAmount({
        percent: '20',
        baseAmount: '99.99',
        vat: { category: 'S', rate: '20' },
      } as never),
    ).toBe('20.00');
  });

  it('is exact past 2^53 cents', () => {
    // 150 % of 999,999,999,999,999.99 = 1,499,999,999,999,999.985 → …999.99
    expect(resolveAllowanceChargeAmount({ percent: '150', baseAmount: '999999999999999.99' })).toBe(
      '1499999999999999.99',
    );
  });

  it('agrees with decimal.js', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }),
        fc.bigInt({ min: 0n, max: 10n ** 10n - 1n }),
        (baseCents, percentUnits) => {
          const baseAmount = new Decimal(baseCents.toString()).div(100).toFixed(2);
          const percent = new Decimal(percentUnits.toString()).div(10 ** 6).toFixed();
          expect(resolveAllowanceChargeAmount({ percent, baseAmount })).toBe(
            new Decimal(baseAmount).times(percent).div(100).toFixed(2, Decimal.ROUND_HALF_UP),
          );
        },
      ),
    );
  });

  it('refuses a missing or disagreeing amount and malformed figures', () => {
    expect(failure(() => resolveAllowanceChargeAmount({ percent: '10' }))).toBe(
      'INVALID_INPUT amount_missing',
    );
    expect(failure(() => resolveAllowanceChargeAmount({ baseAmount: '10' }))).toBe(
      'INVALID_INPUT amount_missing',
    );
    expect(failure(() => resolveAllowanceChargeAmount({}))).toBe('INVALID_INPUT amount_missing');
    expect(
      failure(() =>
        resolveAllowanceChargeAmount({ amount: '2.00', percent: '10', baseAmount: '10' }),
      ),
    ).toBe('INVALID_INPUT amount_mismatch');
    expect(failure(() => resolveAllowanceChargeAmount({ amount: '-1' }))).toBe(
      'INVALID_INPUT negative_not_allowed',
    );
    expect(failure(() => resolveAllowanceChargeAmount({ amount: '1.005' }))).toBe(
      'INVALID_INPUT too_many_decimals',
    );
    expect(failure(() => resolveAllowanceChargeAmount({ amount: 5 as never }))).toBe(
      'INVALID_INPUT invalid_type',
    );
    expect(failure(() => resolveAllowanceChargeAmount(null as never))).toBe(
      'INVALID_INPUT invalid_type',
    );
  });
});
