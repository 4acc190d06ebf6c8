import { compareDates, isoDateSchema } from '@tpe/core';
import type { z } from 'zod';

/** The day of the figures and the optional period, both ends included. */
export interface StatisticsPeriod {
  readonly asOf: string;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

/** The zod fields of a {@link StatisticsPeriod}, to spread into an options schema. */
export const statisticsPeriodShape = {
  asOf: isoDateSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
};

/** Pushes `from_after_to` when the period ends before it starts. */
export function checkPeriod(context: z.core.ParsePayload<StatisticsPeriod>): void {
  const { from, to } = context.value;
  if (from !== undefined && to !== undefined && compareDates(from, to) > 0) {
    context.issues.push({
      code: 'custom',
      message: `The period ends (${to}) before it starts (${from})`,
      input: context.value,
      path: ['to'],
      params: { code: 'from_after_to' },
    });
  }
}

/** Whether a day falls in the period and on or before `asOf`. */
export function inPeriod(date: string, period: StatisticsPeriod): boolean {
  return (
    compareDates(date, period.asOf) <= 0 &&
    (period.from === undefined || compareDates(date, period.from) >= 0) &&
    (period.to === undefined || compareDates(date, period.to) <= 0)
  );
}
