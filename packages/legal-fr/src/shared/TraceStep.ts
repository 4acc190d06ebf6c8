/**
 * One step of the explanation attached to a legal computation: which rule
 * was applied, under which article, with which figures. A list of steps lets
 * a user check a due date or a penalty and lets a letter quote it.
 *
 * @example
 * ```ts
 * import type { TraceStep } from '@tpe/legal-fr';
 *
 * const step: TraceStep = {
 *   rule: 'b2bDefaultRate',
 *   article: 'C. com. L441-10 II',
 *   message: 'ECB main refinancing rate 2.15 % on 2026-01-01 + 10 points = 12.15 %',
 *   values: { ecbRate: '2.15', ecbRateSince: '2025-06-11', rate: '12.15' },
 * };
 * ```
 *
 * @category Trace
 * @since 0.1.0
 */
export interface TraceStep {
  /** A stable identifier of the rule applied (camelCase). */
  readonly rule: string;
  /** The legal reference, e.g. `C. com. L441-10 II`, when a rule of law applies. */
  readonly article?: string;
  /** The step in plain words (English), with the figures. */
  readonly message: string;
  /** The figures of the step, as strings (dates `YYYY-MM-DD`, decimals). */
  readonly values?: Readonly<Record<string, string>>;
}
