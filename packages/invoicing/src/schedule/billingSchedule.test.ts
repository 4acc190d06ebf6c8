import { deepFreeze, formatScaledUnits, toScaledUnits } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents, errorCode, euros } from '../payments/internal/testFixtures.js';
import { billingSchedule, type InstalmentPlan } from './billingSchedule.js';

const amounts = (schedule: ReturnType<typeof billingSchedule>) =>
  schedule.instalments.map((instalment) => instalment.amount);

describe('billingSchedule', () => {
  it('30 % / 40 % / balance of 1234.56', () => {
    // 1234.56 × 0.30 = 370.368 → 370.37; × 0.40 = 493.824 → 493.82; 1234.56 − 864.19 = 370.37
    expect(
      billingSchedule('1234.56', [
        { dueDate: '2026-03-01', percent: '30', label: 'Acompte à la commande' },
        { dueDate: '2026-04-01', percent: '40' },
        { dueDate: '2026-05-01', balance: true, label: 'Solde' },
      ]),
    ).toEqual({
      currency: 'EUR',
      total: '1234.56',
      instalments: [
        {
          number: 1,
          dueDate: '2026-03-01',
          amount: '370.37',
          basis: 'percent',
          percent: '30',
          label: 'Acompte à la commande',
        },
        { number: 2, dueDate: '2026-04-01', amount: '493.82', basis: 'percent', percent: '40' },
        { number: 3, dueDate: '2026-05-01', amount: '370.37', basis: 'balance', label: 'Solde' },
      ],
    });
  });

  it('percentages alone: the last one absorbs the rounding', () => {
    // 3 × 33.33 % of 100.01 would be 33.336… each; 100.01 × 33.333333 % = 33.336666… → 33.34 twice, last 33.33
    expect(
      amounts(
        billingSchedule('100.01', [
          { dueDate: '2026-03-01', percent: '33.333333' },
          { dueDate: '2026-04-01', percent: '33.333333' },
          { dueDate: '2026-05-01', percent: '33.333334' },
        ]),
      ),
    ).toEqual(['33.34', '33.34', '33.33']);
    // 2 × 50 % of 0.05: 0.025 → 0.03, the last takes 0.02
    expect(
      amounts(
        billingSchedule('0.05', [
          { dueDate: '2026-03-01', percent: '50' },
          { dueDate: '2026-03-01', percent: '50' },
        ]),
      ),
    ).toEqual(['0.03', '0.02']);
    // with halfEven: 0.025 → 0.02, the last takes 0.03
    expect(
      amounts(
        billingSchedule(
          '0.05',
          [
            { dueDate: '2026-03-01', percent: '50' },
            { dueDate: '2026-03-01', percent: '50' },
          ],
          { rounding: 'halfEven' },
        ),
      ),
    ).toEqual(['0.02', '0.03']);
  });

  it('fixed amounts are kept; a percentage among them absorbs the rounding', () => {
    expect(
      amounts(
        billingSchedule({ amountDue: '1000.00' }, [
          { dueDate: '2026-03-01', amount: '250.00' },
          { dueDate: '2026-04-01', amount: '750' },
        ]),
      ),
    ).toEqual(['250.00', '750.00']);
    // 250.00 + 75 % of 1000.00 = 1000.00 exactly
    expect(
      amounts(
        billingSchedule('1000.00', [
          { dueDate: '2026-03-01', amount: '250.00' },
          { dueDate: '2026-04-01', percent: '75' },
        ]),
      ),
    ).toEqual(['250.00', '750.00']);
    // fixed 100 then balance of 333.33: 233.33
    expect(
      billingSchedule({ amountDue: '333.33', currency: 'USD' }, [
        { dueDate: '2026-03-01', amount: '100.00' },
        { dueDate: '2026-04-01', balance: true },
      ]),
    ).toMatchObject({ currency: 'USD', instalments: [{ amount: '100.00' }, { amount: '233.33' }] });
  });

  it('schedules the amount due of a document', () => {
    const line = {
      id: '1',
      label: 'Chantier',
      quantity: '1',
      unitCode: 'C62',
      unitPrice: '1000',
      vat: { category: 'S' as const, rate: '20' },
      nature: 'service' as const,
    };
    const document = {
      id: 'INV-1',
      kind: 'invoice' as const,
      status: 'draft' as const,
      currency: 'EUR',
      seller: {
        legalName: 'Atelier SARL',
        address: { lines: ['1 rue A'], postalCode: '75001', city: 'Paris', countryCode: 'FR' },
        vatRegime: 'normal' as const,
      },
      lines: [line],
    };
    // 1000 HT + 20 % = 1200.00; 30 % = 360.00, balance 840.00
    expect(
      amounts(
        billingSchedule(document, [
          { dueDate: '2026-03-01', percent: '30' },
          { dueDate: '2026-04-01', balance: true },
        ]),
      ),
    ).toEqual(['360.00', '840.00']);
  });

  it('refuses plans that do not add up, and bad input', () => {
    const at = (dueDate: string, share: Partial<Record<'percent' | 'amount', string>>) =>
      ({ dueDate, ...share }) as InstalmentPlan;
    const code = (plans: readonly InstalmentPlan[], total: unknown = '1000.00') =>
      errorCode(() => billingSchedule(total as string, plans));
    expect(
      code([at('2026-03-01', { amount: '600.00' }), at('2026-04-01', { amount: '400.01' })]),
    ).toBe('INVALID_INPUT');
    expect(
      code([at('2026-03-01', { amount: '600.00' }), at('2026-04-01', { amount: '399.99' })]),
    ).toBe('INVALID_INPUT');
    expect(
      code([at('2026-03-01', { percent: '60' }), at('2026-04-01', { percent: '40.000001' })]),
    ).toBe('INVALID_INPUT');
    expect(
      code([at('2026-03-01', { amount: '1000.01' }), { dueDate: '2026-04-01', balance: true }]),
    ).toBe('INVALID_INPUT');
    expect(
      code([{ dueDate: '2026-03-01', balance: true }, at('2026-04-01', { amount: '1.00' })]),
    ).toBe('INVALID_INPUT');
    expect(code([at('2026-04-01', { percent: '50' }), at('2026-03-01', { percent: '50' })])).toBe(
      'INVALID_INPUT',
    );
    expect(code([at('2026-03-01', { percent: '0' }), at('2026-03-01', { percent: '100' })])).toBe(
      'INVALID_INPUT',
    );
    expect(code([at('2026-03-01', { percent: '150' })])).toBe('INVALID_INPUT');
    expect(code([at('2026-03-01', { percent: 'abc' })])).toBe('INVALID_INPUT');
    expect(code([at('2026-03-01', { percent: '50', amount: '500.00' })])).toBe('INVALID_INPUT');
    expect(code([{ dueDate: '2026-03-01' } as never])).toBe('INVALID_INPUT');
    expect(code([])).toBe('INVALID_INPUT');
    expect(code([at('2026-03-01', { percent: '100' })], '-5.00')).toBe('INVALID_INPUT');
    expect(code([at('2026-03-01', { percent: '100' })], 1000)).toBe('INVALID_INPUT');
    expect(code([at('2026-03-01', { percent: '100' })], { amountDue: 'x' })).toBe('INVALID_INPUT');
    // 30 % × 3 of 0.05 rounds up to 0.06 > 0.05
    expect(
      code(
        [
          at('2026-03-01', { percent: '30' }),
          at('2026-03-01', { percent: '30' }),
          at('2026-03-01', { percent: '30' }),
          { dueDate: '2026-04-01', balance: true },
        ],
        '0.05',
      ),
    ).toBe('INVALID_INPUT');
  });

  it('does not mutate its inputs', () => {
    const plans = deepFreeze([
      { dueDate: '2026-03-01', percent: '30' },
      { dueDate: '2026-04-01', balance: true as const },
    ]);
    expect(amounts(billingSchedule('10.00', plans))).toEqual(['3.00', '7.00']);
  });

  const total = fc.integer({ min: 0, max: 1_000_000_000 });

  it('percentages adding up to 100: the instalments add up to the total, none negative', () => {
    const percents = fc
      .uniqueArray(fc.integer({ min: 1, max: 99_999_999 }), { maxLength: 11 })
      .map((cuts) => {
        const sorted = [0, ...[...cuts].sort((left, right) => left - right), 100_000_000];
        return sorted
          .slice(1)
          .map((cut, index) => formatScaledUnits(cut - (sorted[index] ?? 0), 6));
      });
    fc.assert(
      fc.property(
        total,
        percents,
        fc.constantFrom('halfUp', 'halfEven', 'down') as fc.Arbitrary<'halfUp'>,
        (cent, shares, rounding) => {
          const plans = shares.map((percent) => ({ dueDate: '2026-03-01', percent }));
          const code = errorCode(() => billingSchedule(euros(cent), plans, { rounding }));
          if (code !== 'none') {
            // refused only when the rounding of the others, at most half a cent each, can exceed
            // the last one's exact share: cent × last% / 100 < (n − 1) / 2
            const last = BigInt(toScaledUnits(shares.at(-1) ?? '0', 6));
            expect(code).toBe('INVALID_INPUT');
            expect(2n * BigInt(cent) * last < BigInt(shares.length - 1) * 100_000_000n).toBe(true);
            return;
          }
          const schedule = billingSchedule(euros(cent), plans, { rounding });
          const parts = schedule.instalments.map((instalment) => cents(instalment.amount));
          expect(parts.reduce((sum, part) => sum + part, 0)).toBe(cent);
          for (const part of parts) expect(part).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('fixed amounts and a balance: every cent is scheduled, the balance takes the rest', () => {
    fc.assert(
      fc.property(
        total,
        fc.array(fc.integer({ min: 1, max: 100_000_000 }), { maxLength: 10 }),
        (cent, fixed) => {
          const plans: InstalmentPlan[] = [
            ...fixed.map((part) => ({ dueDate: '2026-03-01', amount: euros(part) })),
            { dueDate: '2026-12-31', balance: true },
          ];
          const asked = fixed.reduce((sum, part) => sum + part, 0);
          if (asked > cent) {
            expect(errorCode(() => billingSchedule(euros(cent), plans))).toBe('INVALID_INPUT');
            return;
          }
          const parts = billingSchedule(euros(cent), plans).instalments.map((instalment) =>
            cents(instalment.amount),
          );
          expect(parts.slice(0, -1)).toEqual(fixed);
          expect(parts.at(-1)).toBe(cent - asked);
        },
      ),
    );
  });
});
