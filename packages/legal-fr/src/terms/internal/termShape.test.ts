import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paymentTermSchema } from '../PaymentTerm.js';
import { isPaymentTermShape } from './termShape.js';

const days = fc.integer({ min: 0, max: 365 });
const validTerm = fc.oneof(
  fc.constantFrom('onReceipt', 'cash', 'legalDefault').map((kind) => ({ kind })),
  fc
    .tuple(days, fc.constantFrom('issue', 'delivery'))
    .map(([n, from]) => ({ kind: 'netDays', days: n, from })),
  fc
    .tuple(fc.constantFrom('plusDaysThenEndOfMonth', 'endOfMonthThenPlusDays'), days)
    .map(([kind, n]) => ({ kind, days: n })),
  fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'endOfMonthThenDayOfNextMonth', day })),
  fc.option(days, { nil: undefined }).map((n) => ({ kind: 'periodic', days: n })),
  fc
    .tuple(
      fc.constantFrom('stateOrLocalAuthority', 'publicHealthEstablishment', 'publicCompany'),
      fc.option(days, { nil: undefined }),
    )
    .map(([category, n]) => ({ kind: 'publicBuyer', category, days: n })),
);

/** A valid term, left alone half of the time, otherwise damaged in one way. */
const termLike = fc
  .tuple(
    validTerm,
    fc.constantFrom('none', 'drop', 'set', 'extra'),
    fc.constantFrom('kind', 'days', 'day', 'from', 'category', 'other'),
    fc.oneof(
      fc.integer({ min: -2, max: 400 }),
      fc.double(),
      fc.constantFrom(undefined, null, '30', 'issue', 'publicCompany', 'cash', 'netDays'),
    ),
  )
  .map(([term, damage, key, value]) => {
    const copy: Record<string, unknown> = { ...term };
    if (damage === 'drop') delete copy[key];
    if (damage === 'set') copy[key] = value;
    if (damage === 'extra') copy[`x${key}`] = value;
    return copy;
  });

describe('isPaymentTermShape', () => {
  it('accepts exactly what paymentTermSchema accepts', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 9, arbitrary: termLike }, { weight: 1, arbitrary: fc.anything() }),
        (value) => {
          const valid = paymentTermSchema.safeParse(value).success;
          if (valid) accepted++;
          else refused++;
          expect(isPaymentTermShape(value)).toBe(valid);
        },
      ),
      { numRuns: 5000 },
    );
    expect(accepted).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(1000);
  });

  it('refuses an unknown key even among known ones', () => {
    expect(isPaymentTermShape({ kind: 'netDays', days: 30, from: 'issue' })).toBe(true);
    expect(isPaymentTermShape({ kind: 'netDays', days: 30, from: 'issue', day: 1 })).toBe(false);
    expect(isPaymentTermShape({ kind: 'cash', days: 3 })).toBe(false);
    expect(isPaymentTermShape({ kind: 'periodic' })).toBe(true);
    expect(isPaymentTermShape({ kind: 'periodic', days: undefined })).toBe(true);
  });
});
