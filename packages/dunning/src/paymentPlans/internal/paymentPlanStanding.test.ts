import { toEpochDay } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { type PlanTerms, paymentPlanStanding } from './paymentPlanStanding.js';

const day = (date: string) => toEpochDay(date);
// 1200.00 in two instalments of 600.00 on 05/05 and 05/06, agreed on 20/04, 2 days of grace.
const terms: PlanTerms = {
  agreedDay: day('2026-04-20'),
  cancelledDay: undefined,
  graceDays: 2,
  instalmentDays: [day('2026-05-05'), day('2026-06-05')],
  instalmentUnits: [60_000, 60_000],
  total: 120_000,
};

describe('paymentPlanStanding', () => {
  it('is kept until an instalment is unpaid after its grace days', () => {
    expect(paymentPlanStanding(terms, 120_000, day('2026-04-19'))).toEqual({ state: 'notInForce' });
    expect(paymentPlanStanding(terms, 120_000, day('2026-05-07'))).toEqual({
      state: 'kept',
      day: day('2026-05-05'),
    });
    // 05/05 + 2 days of grace: missed from 08/05.
    expect(paymentPlanStanding(terms, 120_000, day('2026-05-08'))).toEqual({
      state: 'missed',
      day: day('2026-05-08'),
    });
    expect(paymentPlanStanding(terms, 60_000, day('2026-05-08'))).toEqual({
      state: 'kept',
      day: day('2026-06-05'),
    });
    expect(paymentPlanStanding(terms, 60_000, day('2026-06-08'))).toEqual({
      state: 'missed',
      day: day('2026-06-08'),
    });
    // One cent short of the first instalment is a missed instalment.
    expect(paymentPlanStanding(terms, 60_001, day('2026-05-08')).state).toBe('missed');
    expect(paymentPlanStanding(terms, 0, day('2026-06-08'))).toEqual({ state: 'completed' });
    expect(
      paymentPlanStanding(
        { ...terms, cancelledDay: day('2026-05-01') },
        120_000,
        day('2026-05-02'),
      ),
    ).toEqual({
      state: 'ended',
      day: day('2026-05-01'),
    });
  });
});
