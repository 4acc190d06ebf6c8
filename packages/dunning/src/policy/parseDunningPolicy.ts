import { parseWithSchema } from '@tpe/core';
import { withIssues } from '../input/internal/inputErrors.js';
import { type DunningPolicy, dunningPolicyShapeSchema } from './DunningPolicy.js';
import { policyIssues } from './internal/policyIssues.js';

/**
 * Checks a policy: its shape, then that its levels are in order.
 *
 * **Rules between levels** (issue codes): each level's `daysAfterDue` is
 * above the previous ones' (`out_of_order`), so is `endOfMonthAfterDue`;
 * reminders on or before the due date (`daysAfterDue` ≤ 0) come first,
 * timed by `daysAfterDue` alone (`pre_due_mixed`), and claim nothing
 * (`penalties_before_due`); the first level has no `daysAfterPreviousLevel`
 * (`no_previous_level`); every level has a timing (`no_timing`) and an id
 * unique in its list (`duplicate_level_id`).
 *
 * @param input - the untrusted policy
 * @returns the policy, unchanged
 * @throws {@link TpeError} `INVALID_INPUT` for a bad shape (`no_segment`
 *   for a policy without segments); `INVALID_POLICY` when levels are out of
 *   order, with one issue per problem
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, parseDunningPolicy } from '@tpe/dunning';
 *
 * parseDunningPolicy(FRENCH_DUNNING_POLICY).segments.business.levels.length; // 5
 * parseDunningPolicy({
 *   segments: {
 *     business: {
 *       levels: [
 *         { id: 'late', when: { daysAfterDue: 30 }, channel: 'email', templateId: 'firmReminder', claimsPenalties: true },
 *         { id: 'early', when: { daysAfterDue: 7 }, channel: 'email', templateId: 'courteousReminder', claimsPenalties: false },
 *       ],
 *     },
 *   },
 * }); // throws TpeError INVALID_POLICY
 * ```
 *
 * @category Policy
 * @since 0.1.0
 */
export function parseDunningPolicy(input: unknown): DunningPolicy {
  const policy: DunningPolicy = parseWithSchema(dunningPolicyShapeSchema, input);
  const issues = policyIssues(policy);
  if (issues !== undefined) {
    throw withIssues('INVALID_POLICY', issues);
  }
  return policy;
}
