import type {
  DunningHandOver,
  DunningLevel,
  DunningPolicy,
  DunningSegmentPolicy,
} from '../../policy/DunningPolicy.js';
import { isPreDueLevel } from '../../policy/internal/policyIssues.js';
import { createSendingDays, type SendingDays } from './sendingDays.js';

/** The least days between two messages to one customer when the policy does not say. */
export const DEFAULT_MIN_DAYS_BETWEEN_MESSAGES = 5;

/** A level with its timing read once. */
export interface CompiledLevel {
  readonly index: number;
  readonly level: DunningLevel;
  readonly preDue: boolean;
  readonly daysAfterDue: number | undefined;
  readonly daysAfterPreviousLevel: number | undefined;
  readonly endOfMonthAfterDue: number | undefined;
  readonly formalNotice: boolean;
}

/** A segment's ladder, ready for planning. */
export interface CompiledSegment {
  readonly name: string;
  readonly levels: readonly CompiledLevel[];
  /** The index of the first level after the due date (`levels.length` if none). */
  readonly firstRegular: number;
  readonly handOver: DunningHandOver | undefined;
}

/** A checked policy, ready for planning. */
export interface CompiledPolicy {
  readonly segments: ReadonlyMap<string, CompiledSegment>;
  readonly minGapDays: number;
  readonly group: boolean;
  readonly businessDaysOnly: boolean;
  /** The sending day of a due day, for a customer's calendar region. */
  readonly sendingDays: SendingDays;
}

function compileSegment(name: string, segment: DunningSegmentPolicy): CompiledSegment {
  const levels = segment.levels.map(
    (level, index): CompiledLevel => ({
      index,
      level,
      preDue: isPreDueLevel(level),
      daysAfterDue: level.when.daysAfterDue,
      daysAfterPreviousLevel: level.when.daysAfterPreviousLevel,
      endOfMonthAfterDue: level.when.endOfMonthAfterDue,
      formalNotice: level.formalNotice === true,
    }),
  );
  const firstRegular = levels.findIndex((level) => !level.preDue);
  return {
    name,
    levels,
    firstRegular: firstRegular < 0 ? levels.length : firstRegular,
    handOver: segment.handOver,
  };
}

/** Compiles a policy whose shape and rules were checked. */
export function compilePolicy(policy: DunningPolicy): CompiledPolicy {
  const segments = new Map<string, CompiledSegment>();
  for (const [name, segment] of Object.entries(policy.segments)) {
    segments.set(name, compileSegment(name, segment));
  }
  const businessDaysOnly = policy.businessDaysOnly ?? true;
  return {
    segments,
    minGapDays: policy.minDaysBetweenMessages ?? DEFAULT_MIN_DAYS_BETWEEN_MESSAGES,
    group: policy.groupReceivables ?? true,
    businessDaysOnly,
    sendingDays: createSendingDays(businessDaysOnly, policy.closedDays ?? []),
  };
}
