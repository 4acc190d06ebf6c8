import type { DunningPlan } from './DunningAction.js';
import { applyEntry, createState } from './internal/dunningState.js';
import { planDay } from './internal/planDay.js';
import { preparePlan, readAsOf, readHistory } from './internal/preparePlan.js';
import type { PlanDunningInput } from './PlanDunningInput.js';

/**
 * Plans the dunning actions due on `asOf`: for each customer, the next
 * reminder of its late receivables, the hand-over after the last level, or
 * the claim declaration of an insolvency procedure.
 *
 * **How a level is chosen**: each receivable climbs its segment's ladder
 * one level at a time. Its next level is the one after the highest level
 * recorded in the history; that level falls due on the latest of the dates
 * its timing gives (due date + `daysAfterDue`, the day the previous level
 * was **actually** sent + `daysAfterPreviousLevel`, a month-end), never on
 * the day of the previous level, moved to the next business day of the
 * customer's region. A receivable is due for its level when that day is
 * `asOf` or earlier. A courtesy reminder (due date − n days) not sent by
 * the due date is dropped.
 *
 * **One message per customer**: the receivables due for a level are
 * grouped in one message at the highest of their levels (each is recorded
 * at that level), unless a message went to the customer less than
 * `minDaysBetweenMessages` days ago.
 *
 * **Idempotent and catching up**: the same input gives the same actions
 * (ids are made of the day, the customer and the level). Once they are
 * recorded with {@link recordAction}, planning the same day again gives
 * none. After days without a run, each receivable moves up one level, and
 * the following level counts from the day that one is actually sent: never
 * a burst of letters, never a level skipped.
 *
 * **Left out**, each with its reason in `skipped`: paid, excluded, disputed
 * (until settled), promised (up to the promised day; after it, dunning
 * resumes at the next level), under a payment plan that is kept, covered by
 * the customer's credits. A customer in an insolvency procedure gets no
 * reminder but one task to declare the claims born before the opening.
 *
 * **Penalties** are computed only for levels that claim them, on `asOf`,
 * by `computeLatePenalty` of `@tpe/legal-fr` for the customer's kind (B2B:
 * from the day after the due date, 40 € per late invoice; consumers: legal
 * interest from the day after the first formal notice, or the CGV rate, no
 * indemnity; public buyers: moratory interest and 40 €). They never change
 * a receivable; with `draftPenaltyClaims` each action carries a claim the
 * caller may issue.
 *
 * **Gotchas**:
 * - History entries about receivables not in the input are ignored: an ERP
 *   may pass only its open receivables.
 * - Each action's `trace` and `message` are written when first read, then
 *   kept: planning a million receivables does not write letters nobody
 *   reads yet.
 * - Credits (credit notes, unallocated payments) are not deducted from the
 *   amounts claimed; allocate them first.
 * - A penalty on a day after the shipped rate tables raises `RATE_UNKNOWN`:
 *   pass newer `tables`.
 *
 * @param input - receivables, customers, history, policy, `asOf`, creditor
 * @returns the actions, the receivables left out and the trace of the run
 * @throws {@link TpeError} `INVALID_INPUT` (with the path of each problem,
 *   e.g. `receivables.3.outstanding` `exceeds_amount`, or `duplicate_id`);
 *   `UNKNOWN_CUSTOMER` for a receivable, a history entry or a payment plan
 *   naming a customer not given; `UNKNOWN_RECEIVABLE` for a payment plan
 *   naming a receivable not given; `INVALID_POLICY` for levels out of order,
 *   a customer's segment missing from the policy or a template that does not
 *   exist; `UNKNOWN_PLACEHOLDER` or `INVALID_TEMPLATE` for a custom template
 *   in error (checked before planning); `RATE_UNKNOWN`
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY, planDunning } from '@tpe/dunning';
 *
 * const input = {
 *   receivables: [
 *     { id: 'inv-1', customerId: 'c-1', number: 'F2026-0001', issueDate: '2026-03-01',
 *       dueDate: '2026-03-31', amount: '1200.00', outstanding: '1200.00' },
 *   ],
 *   customers: [{ id: 'c-1', kind: 'business' as const, name: 'Boulangerie Martin SARL' }],
 *   history: [{ customerId: 'c-1', receivableIds: ['inv-1'], level: 1, channel: 'email' as const, sentOn: '2026-04-07' }],
 *   policy: FRENCH_DUNNING_POLICY,
 *   asOf: '2026-04-22',
 *   creditor: { name: 'Atelier Lumière SARL' },
 * };
 * const [action] = planDunning(input).actions;
 * action?.id; // '2026-04-22/c-1/secondReminder'
 * action?.amounts;
 * // { currency: 'EUR', outstanding: '1200.00', penalties: '8.79', indemnities: '40.00', claimed: '1248.79', credits: '0.00' }
 * planDunning({ ...input, asOf: '2026-04-21' }).actions.length; // 0
 * planDunning({ ...input, receivables: [{ ...input.receivables[0], outstanding: '1300.00' }] }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see C. com. L441-10 II, D441-5; C. civ. 1231-6, 1344; CCP R2192-31, D2192-35; C. com. L622-24
 * @category Plan
 * @since 0.1.0
 */
export function planDunning(input: PlanDunningInput): DunningPlan {
  const prepared = preparePlan(input);
  const day = readAsOf(input.asOf, ['asOf']);
  const state = createState(prepared);
  readHistory(prepared, (entry) => {
    if (entry.day <= day) applyEntry(prepared, state, entry);
  });
  return planDay(prepared, state, day).plan;
}
