/**
 * The calendar periods figures can be grouped by.
 *
 * @example
 * ```ts
 * import type { PeriodGranularity } from '@tpe/invoicing';
 *
 * const byQuarter: PeriodGranularity = 'quarter';
 * ```
 *
 * @category Statistics
 * @since 0.1.0
 */
export type PeriodGranularity = 'month' | 'quarter' | 'year';

/** The key of the period a day falls in: `2026-03`, `2026-Q1` or `2026`. */
export function periodKey(date: string, granularity: PeriodGranularity): string {
  const year = date.slice(0, 4);
  if (granularity === 'year') return year;
  const month = date.slice(5, 7);
  if (granularity === 'month') return `${year}-${month}`;
  return `${year}-Q${Math.ceil(Number(month) / 3)}`;
}
