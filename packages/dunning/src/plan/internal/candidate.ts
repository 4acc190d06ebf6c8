import type { Receivable } from '../../input/Receivable.js';
import type { ScheduleFacts } from './levelSchedule.js';
import type { Standing } from './standing.js';

/** A receivable due for a step on the day: a level, or the hand-over after the last one. */
export interface Candidate {
  /** Its index in the input. */
  readonly receivable: number;
  readonly source: Receivable;
  readonly currency: string;
  readonly exponent: number;
  readonly standing: Standing;
  /** The level it climbs to (the number of levels for the hand-over). */
  readonly level: number;
  /** The day the step fell due to be sent. */
  readonly sendingDay: number;
  readonly facts: ScheduleFacts;
  /** Why dunning resumes, when it was suspended (a promise broken, a plan missed, a dispute settled). */
  readonly resumed: string | undefined;
}

/** Orders candidates by due date, then by their place in the input. */
export function byDueDate(left: Candidate, right: Candidate): number {
  return left.standing.dueDay - right.standing.dueDay || left.receivable - right.receivable;
}
