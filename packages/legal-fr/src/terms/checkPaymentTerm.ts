import {
  addDays,
  compareDates,
  endOfMonth,
  fromEpochDay,
  type IsoDate,
  isoDateSchema,
  parseWithSchema,
  startOfMonth,
  TpeError,
  toEpochDay,
} from '@tpe/core';
import { z } from 'zod';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import type { TraceStep } from '../shared/TraceStep.js';
import {
  type DueDateOptions,
  dueDateOptionsSchema,
  type ReceiptDateFallback,
} from './computeDueDate.js';
import {
  dueDateSteps,
  type InputDays,
  PUBLIC_BUYER_ARTICLE,
  PUBLIC_BUYER_LABEL,
  paymentRequestStart,
  paymentRequestStep,
  readInputDays,
  requireDeliveryDate,
} from './internal/dueDateCore.js';
import {
  PAYMENT_SECTOR_RULES,
  type PaymentSector,
  paymentSectorSchema,
  type SectorCap,
  sectorCapSchema,
} from './PaymentSector.js';
import {
  type EndOfMonthMethod,
  endOfMonthMethodSchema,
  type PaymentTerm,
  PUBLIC_BUYER_MAX_PAYMENT_DAYS,
  type PublicBuyerCategory,
  paymentTermSchema,
  publicBuyerCategorySchema,
} from './PaymentTerm.js';

/**
 * The input of {@link checkPaymentTerm}.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface CheckPaymentTermInput {
  /** The agreed payment term (`legalDefault` when nothing was agreed). */
  readonly term: PaymentTerm;
  /** The invoice issue date. */
  readonly issueDate: string;
  /**
   * The date the goods were received or the service performed: needed by
   * delivery-based terms and sector ceilings; for a periodic invoice of
   * perishable food, the first delivery it covers.
   */
  readonly deliveryDate?: string | undefined;
  /** Public buyers: the date the payment request was received (CCP R2192-12). */
  readonly receiptDate?: string | undefined;
  /** Who owes the money. */
  readonly buyer: CustomerKind;
  /** The sector of the goods or services sold; `general` by default. */
  readonly sector?: PaymentSector | undefined;
  /**
   * Whether the invoice is periodic (recapitulative, CGI art. 289 I 3);
   * `false` by default, implied by a `periodic` term.
   */
  readonly periodicInvoice?: boolean | undefined;
  /** Public buyers: the category; taken from a `publicBuyer` term when omitted. */
  readonly publicBuyerCategory?: PublicBuyerCategory | undefined;
  /**
   * Whether the contract expressly stipulates the "45 days end of month"
   * ceiling (L441-10 I al. 2), and by which method; `'none'` if it does not.
   * By default, the method of an end-of-month term
   * (`plusDaysThenEndOfMonth`, `endOfMonthThenPlusDays`), `'none'` for any
   * other term.
   */
  readonly endOfMonthDerogation?: EndOfMonthMethod | 'none' | undefined;
  /**
   * A ceiling replacing the one of {@link PAYMENT_SECTOR_RULES} for `sector`
   * (a compulsory interprofessional agreement, an L441-13 agreement, a checked
   * reading of an unverified row). Required for `seasonalSector`; refused
   * without a sector.
   */
  readonly sectorCap?: SectorCap | undefined;
  /** `exportUnderVatSuspension` only, required: L441-12 is closed to large companies. */
  readonly buyerIsLargeCompany?: boolean | undefined;
  /** `overseasImport` only, required: the customs clearance date at the final port. */
  readonly customsClearanceDate?: string | undefined;
  /** `overseasImport` only: when the goods were made available to the buyer in metropolitan France. */
  readonly metropolitanAvailabilityDate?: string | undefined;
}

/**
 * A due date later than the law allows.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface PaymentTermViolation {
  /** The ceiling exceeded, e.g. `agreedTermCeiling`, `transportCeiling`, `publicBuyerCeiling`. */
  readonly rule: string;
  /** The legal reference of the ceiling. */
  readonly article: string;
  /** The violation in plain words, with the dates. */
  readonly message: string;
  /** The latest lawful due date. */
  readonly maxDueDate: IsoDate;
  /** The due date the term gives. */
  readonly dueDate: IsoDate;
}

/**
 * The outcome of {@link checkPaymentTerm}.
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface PaymentTermCheck {
  /** True when no ceiling is exceeded. */
  readonly compliant: boolean;
  /** The ceilings exceeded; empty when compliant. */
  readonly violations: readonly PaymentTermViolation[];
  /** The due date the term gives (see {@link computeDueDate}). */
  readonly dueDate: IsoDate;
  /** The latest lawful due date; `null` when no statutory ceiling applies (consumer). */
  readonly latestLawfulDate: IsoDate | null;
  /** The due-date computation, then the ceiling applied and why. */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link CheckPaymentTermInput}.
 *
 * @example
 * ```ts
 * import { checkPaymentTermInputSchema } from '@tpe/legal-fr';
 *
 * checkPaymentTermInputSchema.safeParse({
 *   term: { kind: 'netDays', days: 30, from: 'issue' },
 *   issueDate: '2026-01-15',
 *   buyer: 'company',
 * }).success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const checkPaymentTermInputSchema: z.ZodType<CheckPaymentTermInput> = z.strictObject({
  term: paymentTermSchema,
  issueDate: isoDateSchema,
  deliveryDate: isoDateSchema.optional(),
  receiptDate: isoDateSchema.optional(),
  buyer: customerKindSchema,
  sector: paymentSectorSchema.optional(),
  periodicInvoice: z.boolean().optional(),
  publicBuyerCategory: publicBuyerCategorySchema.optional(),
  endOfMonthDerogation: z.union([endOfMonthMethodSchema, z.literal('none')]).optional(),
  sectorCap: sectorCapSchema.optional(),
  buyerIsLargeCompany: z.boolean().optional(),
  customsClearanceDate: isoDateSchema.optional(),
  metropolitanAvailabilityDate: isoDateSchema.optional(),
});

/**
 * Checks a payment term against the legal ceilings and returns the verdict
 * as data: each violation names its article and the latest lawful due date.
 * A violation is never thrown.
 *
 * **Rules applied**, by buyer:
 *
 * - `business`, `general` sector: nothing agreed → 30 days after receipt of
 *   the goods / performance (L441-10 I al. 1); agreed term → 60 days after
 *   the issue date, or, when the contract expressly stipulates it, 45 days
 *   end of month by the agreed method, whichever is later (al. 2); periodic
 *   invoice → 45 days after issue, end-of-month variants excluded (al. 4);
 * - `business`, other sector: the ceiling of {@link PAYMENT_SECTOR_RULES}
 *   replaces the general one (perishable food 30 days after delivery, or
 *   after the end of the delivery's décade for a periodic invoice; live
 *   cattle 20 days after delivery; excise-duty beverages 30 days after the
 *   end of the delivery month; transport 30 days after issue; L441-12 export
 *   purchases 90 days after issue for buyers that are not large companies;
 *   overseas imports: the general rule counted from customs clearance);
 * - `publicBuyer`: 30, 50 or 60 days after the receipt of the payment request
 *   by category (CCP R2192-10, R2192-11), the start following R2192-12 and
 *   R2192-13; sector ceilings of the Code de commerce are not applied;
 * - `consumer`: no ceiling — L441-10 to L441-13 govern dealings between
 *   professionals; the result is compliant with `latestLawfulDate: null`.
 *
 * **Gotchas**: an end-of-month term is taken as expressly stipulated
 * (`endOfMonthDerogation` defaults to its own method): pass
 * `endOfMonthDerogation: 'none'` when the clause is only in general terms of
 * sale that do not stipulate it. Dates are calendar dates, never moved to a
 * business day.
 *
 * @param input - the term, the dates, the buyer and the sector
 * @param options - see {@link DueDateOptions} (public buyers without a receipt date)
 * @returns the verdict, the due date, the latest lawful date and the trace
 * @throws {@link TpeError} `INVALID_INPUT` (with paths), `DELIVERY_DATE_REQUIRED`,
 *   `RECEIPT_DATE_REQUIRED`, `PUBLIC_BUYER_CATEGORY_REQUIRED`,
 *   `SECTOR_CAP_REQUIRED` (`seasonalSector` without `sectorCap`),
 *   `BUYER_SIZE_REQUIRED` (`exportUnderVatSuspension` without
 *   `buyerIsLargeCompany`), `CUSTOMS_CLEARANCE_DATE_REQUIRED`
 *   (`overseasImport`)
 *
 * @example
 * ```ts
 * import { checkPaymentTerm } from '@tpe/legal-fr';
 *
 * const check = checkPaymentTerm({
 *   term: { kind: 'netDays', days: 60, from: 'issue' },
 *   issueDate: '2026-01-15',
 *   buyer: 'business',
 *   sector: 'transport',
 * });
 * check.compliant; // false
 * check.violations[0]?.article; // 'C. com. L441-11 II'
 * check.violations[0]?.maxDueDate; // '2026-02-14'
 * check.dueDate; // '2026-03-16'
 *
 * checkPaymentTerm({
 *   term: { kind: 'plusDaysThenEndOfMonth', days: 45 },
 *   issueDate: '2026-01-15',
 *   buyer: 'business',
 * }).latestLawfulDate; // '2026-03-31'
 * ```
 *
 * @see C. com. L441-10 I, L441-11, L441-12, L441-13; CCP R2192-10 to R2192-13
 * @category Payment terms
 * @since 0.1.0
 */
export function checkPaymentTerm(
  input: CheckPaymentTermInput,
  options: DueDateOptions = {},
): PaymentTermCheck {
  const checked = parseWithSchema(checkPaymentTermInputSchema, input);
  const fallback =
    parseWithSchema(dueDateOptionsSchema, options).receiptDateFallback ?? 'performanceDate';
  if (checked.term.kind === 'publicBuyer' && checked.buyer !== 'publicBuyer') {
    throw invalidInput(
      ['buyer'],
      'term_buyer_mismatch',
      `A "publicBuyer" term needs buyer "publicBuyer", got "${checked.buyer}"`,
    );
  }
  const days = readInputDays(checked);
  const due = dueDateSteps(checked, days, fallback);
  const trace: TraceStep[] = [...due.trace];
  const ceiling = ceilingFor(checked, days, fallback, trace);
  if (ceiling === null) {
    return { compliant: true, violations: [], dueDate: due.dueDate, latestLawfulDate: null, trace };
  }
  const exceeded = compareDates(due.dueDate, ceiling.date) > 0;
  trace.push({
    rule: ceiling.rule,
    article: ceiling.article,
    message: `${ceiling.message}: latest lawful due date ${ceiling.date}; the due date ${due.dueDate} ${exceeded ? 'exceeds it' : 'is within it'}`,
    values: { ...ceiling.values, latestLawfulDate: ceiling.date, dueDate: due.dueDate },
  });
  const violations: PaymentTermViolation[] = exceeded
    ? [
        {
          rule: ceiling.rule,
          article: ceiling.article,
          message: `The due date ${due.dueDate} is after the latest lawful date ${ceiling.date} (${ceiling.message}, ${ceiling.article})`,
          maxDueDate: ceiling.date,
          dueDate: due.dueDate,
        },
      ]
    : [];
  return {
    compliant: !exceeded,
    violations,
    dueDate: due.dueDate,
    latestLawfulDate: ceiling.date,
    trace,
  };
}

/** A ceiling: the latest lawful due date and the rule that sets it. */
interface Ceiling {
  readonly date: IsoDate;
  readonly rule: string;
  readonly article: string;
  readonly message: string;
  readonly values: Readonly<Record<string, string>>;
}

function ceilingFor(
  input: CheckPaymentTermInput,
  days: InputDays,
  fallback: ReceiptDateFallback,
  trace: TraceStep[],
): Ceiling | null {
  switch (input.buyer) {
    case 'consumer':
      trace.push({
        rule: 'consumerNoCeiling',
        article: 'C. com. L441-10 I',
        message:
          'Sale to a consumer: the ceilings of C. com. L441-10 to L441-13 govern dealings between professionals; no statutory ceiling applies',
      });
      return null;
    case 'publicBuyer':
      return publicBuyerCeiling(input, days, fallback, trace);
    case 'business':
      return businessCeiling(input, trace);
  }
}

function publicBuyerCeiling(
  input: CheckPaymentTermInput,
  days: InputDays,
  fallback: ReceiptDateFallback,
  trace: TraceStep[],
): Ceiling {
  const fromTerm = input.term.kind === 'publicBuyer' ? input.term.category : undefined;
  const category = input.publicBuyerCategory ?? fromTerm;
  if (category === undefined) {
    const message = 'A public buyer’s ceiling depends on its category: give publicBuyerCategory';
    throw new TpeError('PUBLIC_BUYER_CATEGORY_REQUIRED', message, {
      issues: [{ path: ['publicBuyerCategory'], code: 'required', message }],
    });
  }
  if (fromTerm !== undefined && fromTerm !== category) {
    throw invalidInput(
      ['publicBuyerCategory'],
      'category_mismatch',
      `publicBuyerCategory "${category}" differs from the term's category "${fromTerm}"`,
    );
  }
  if (input.sector !== undefined && input.sector !== 'general') {
    trace.push({
      rule: 'sectorNotApplied',
      message: `Public buyer: the Code de la commande publique sets the ceiling; the sector ceiling of "${input.sector}" (Code de commerce) is not applied`,
      values: { sector: input.sector },
    });
  }
  const start = paymentRequestStart(input, days, fallback);
  if (input.term.kind !== 'publicBuyer') trace.push(paymentRequestStep(start));
  const maxDays = PUBLIC_BUYER_MAX_PAYMENT_DAYS[category];
  return {
    date: fromEpochDay(start.day + maxDays),
    rule: 'publicBuyerCeiling',
    article: PUBLIC_BUYER_ARTICLE[category],
    message: `Public buyer, ${PUBLIC_BUYER_LABEL[category]}: at most ${maxDays} days after ${start.date}`,
    values: { category, startDate: start.date, days: String(maxDays) },
  };
}

function businessCeiling(input: CheckPaymentTermInput, trace: TraceStep[]): Ceiling {
  const sector = input.sector ?? 'general';
  const sectorRule = PAYMENT_SECTOR_RULES[sector];
  const periodic = input.periodicInvoice === true || input.term.kind === 'periodic';
  if (input.sectorCap !== undefined) {
    if (sector === 'general') {
      throw invalidInput(
        ['sectorCap'],
        'sector_required',
        'sectorCap replaces a sector ceiling: give the sector it applies to',
      );
    }
    return capCeiling(
      input,
      input.sectorCap,
      sector,
      sectorRule.article,
      'ceiling supplied by the caller',
    );
  }
  const ceiling =
    periodic && sectorRule.periodicCeiling ? sectorRule.periodicCeiling : sectorRule.ceiling;
  switch (ceiling) {
    case 'generalRule':
      return generalCeiling(input, trace, periodic, {
        start: input.issueDate,
        startLabel: 'the issue date',
        article: sector === 'general' ? undefined : sectorRule.article,
        fromCustomsClearance: false,
      });
    case 'generalRuleFromCustomsClearance':
      return generalCeiling(input, trace, periodic, customsClearanceStart(input, trace));
    case 'suppliedByCaller': {
      const message = `No ceiling is known for "${sector}" (${sectorRule.article}): give sectorCap`;
      throw new TpeError('SECTOR_CAP_REQUIRED', message, {
        issues: [{ path: ['sectorCap'], code: 'required', message }],
        details: { sector },
      });
    }
    default:
      if (sector === 'exportUnderVatSuspension') {
        if (input.buyerIsLargeCompany === undefined) {
          const message = 'C. com. L441-12 is closed to large companies: give buyerIsLargeCompany';
          throw new TpeError('BUYER_SIZE_REQUIRED', message, {
            issues: [{ path: ['buyerIsLargeCompany'], code: 'required', message }],
          });
        }
        if (input.buyerIsLargeCompany) {
          trace.push({
            rule: 'exportDerogationUnavailable',
            article: 'C. com. L441-12',
            message:
              'The 90-day term of L441-12 is not available to a large company: the general rule applies',
          });
          return generalCeiling(input, trace, periodic, {
            start: input.issueDate,
            startLabel: 'the issue date',
            article: undefined,
            fromCustomsClearance: false,
          });
        }
      }
      return capCeiling(
        input,
        ceiling,
        sector,
        sectorRule.article,
        sectorRule.verified
          ? undefined
          : 'unverified reading, replace it with sectorCap once checked',
      );
  }
}

interface GeneralStart {
  readonly start: string;
  readonly startLabel: string;
  /**
   * The sector article when the general ceiling applies through a sector
   * rule: it replaces L441-10 I al. 2 for agreed terms.
   */
  readonly article: string | undefined;
  /** Overseas imports: every term, the default one included, runs from `start`. */
  readonly fromCustomsClearance: boolean;
}

/** L441-10 I: 30 days (nothing agreed), 45 days (periodic), 60 days or 45 days end of month (agreed). */
function generalCeiling(
  input: CheckPaymentTermInput,
  trace: TraceStep[],
  periodic: boolean,
  from: GeneralStart,
): Ceiling {
  const { start, startLabel } = from;
  const term = input.term;
  // Overseas imports move the start of every general term (L441-11).
  const overseas = from.fromCustomsClearance ? `${from.article}; ` : '';
  if (term.kind === 'legalDefault') {
    const base = from.fromCustomsClearance ? start : requireDeliveryDate(input);
    const label = from.fromCustomsClearance
      ? startLabel
      : 'the receipt of the goods or the performance';
    return {
      date: addDays(base, 30),
      rule: 'legalDefaultTerm',
      article: `${overseas}C. com. L441-10 I al. 1`,
      message: `Nothing agreed: at most 30 days after ${label} ${base}`,
      values: { startDate: base, days: '30' },
    };
  }
  if (periodic) {
    if (term.kind === 'plusDaysThenEndOfMonth' || term.kind === 'endOfMonthThenPlusDays') {
      trace.push({
        rule: 'endOfMonthNotForPeriodic',
        article: 'C. com. L441-10 I al. 4',
        message: 'Periodic invoice: the 45-days-end-of-month derogation does not apply',
      });
    }
    return {
      date: addDays(start, 45),
      rule: 'periodicInvoiceCeiling',
      article: `${overseas}C. com. L441-10 I al. 4`,
      message: `Periodic invoice: at most 45 days after ${startLabel} ${start}`,
      values: { startDate: start, days: '45' },
    };
  }
  const sixty = addDays(start, 60);
  const method =
    input.endOfMonthDerogation ??
    (term.kind === 'plusDaysThenEndOfMonth' || term.kind === 'endOfMonthThenPlusDays'
      ? term.kind
      : 'none');
  const article = from.article ?? 'C. com. L441-10 I al. 2';
  if (method === 'none') {
    return {
      date: sixty,
      rule: 'agreedTermCeiling',
      article,
      message: `Agreed term: at most 60 days after ${startLabel} ${start}`,
      values: { startDate: start, days: '60' },
    };
  }
  const endOfMonth45 =
    method === 'plusDaysThenEndOfMonth'
      ? endOfMonth(addDays(start, 45))
      : addDays(endOfMonth(start), 45);
  const methodLabel =
    method === 'plusDaysThenEndOfMonth'
      ? '+45 days then end of month'
      : 'end of month then +45 days';
  const later = compareDates(endOfMonth45, sixty) > 0 ? endOfMonth45 : sixty;
  return {
    date: later,
    rule: 'agreedTermCeiling',
    article,
    message: `Agreed term: at most 60 days after ${startLabel} ${start} (${sixty}) or, as expressly stipulated${input.endOfMonthDerogation === undefined ? ' (taken from the end-of-month term; pass endOfMonthDerogation: "none" if the contract does not stipulate it)' : ''}, 45 days end of month counted "${methodLabel}" (${endOfMonth45}), whichever is later`,
    values: { startDate: start, sixtyDays: sixty, endOfMonth45, method },
  };
}

/** The start of the general terms for goods imported overseas (L441-11). */
function customsClearanceStart(input: CheckPaymentTermInput, trace: TraceStep[]): GeneralStart {
  const clearance = input.customsClearanceDate;
  const article = PAYMENT_SECTOR_RULES.overseasImport.article;
  if (clearance === undefined) {
    const message =
      'Goods imported overseas: the terms run from customs clearance at the final port, give customsClearanceDate';
    throw new TpeError('CUSTOMS_CLEARANCE_DATE_REQUIRED', message, {
      issues: [{ path: ['customsClearanceDate'], code: 'required', message }],
    });
  }
  const availability = input.metropolitanAvailabilityDate;
  if (availability !== undefined) {
    const twentyFirst = addDays(availability, 21);
    if (compareDates(twentyFirst, clearance) < 0) {
      trace.push({
        rule: 'overseasImportStart',
        article,
        message: `Goods made available in metropolitan France on ${availability}: the terms run from the 21st day after, ${twentyFirst}, earlier than the customs clearance ${clearance}`,
        values: {
          metropolitanAvailabilityDate: availability,
          customsClearanceDate: clearance,
          startDate: twentyFirst,
        },
      });
      return {
        start: twentyFirst,
        startLabel: 'the 21st day after availability in metropolitan France',
        article,
        fromCustomsClearance: true,
      };
    }
  }
  trace.push({
    rule: 'overseasImportStart',
    article,
    message: `Goods imported overseas: the terms run from the customs clearance at the final port, ${clearance}`,
    values: { customsClearanceDate: clearance, startDate: clearance },
  });
  return {
    start: clearance,
    startLabel: 'the customs clearance',
    article,
    fromCustomsClearance: true,
  };
}

/** A sector ceiling: `days` after the issue, the delivery, the end of its month or of its décade. */
function capCeiling(
  input: CheckPaymentTermInput,
  cap: SectorCap,
  sector: PaymentSector,
  article: string,
  note: string | undefined,
): Ceiling {
  let start: string;
  let label: string;
  switch (cap.from) {
    case 'issue':
      start = input.issueDate;
      label = 'the issue date';
      break;
    case 'delivery':
      start = requireDeliveryDate(input);
      label = 'the delivery';
      break;
    case 'endOfDeliveryMonth':
      start = endOfMonth(requireDeliveryDate(input));
      label = 'the end of the delivery month,';
      break;
    case 'endOfDeliveryDecade':
      start = endOfDecade(requireDeliveryDate(input));
      label = 'the end of the delivery’s décade (1–10, 11–20, 21–end),';
      break;
  }
  return {
    date: addDays(start, cap.days),
    rule: `${sector}Ceiling`,
    article,
    message: `Sector "${sector}": at most ${cap.days} days after ${label} ${start}${note === undefined ? '' : ` (${note})`}`,
    values: { sector, from: cap.from, startDate: start, days: String(cap.days) },
  };
}

/** The last day of a date's décade: the 10th, the 20th or the last day of the month. */
function endOfDecade(date: string): IsoDate {
  const first = toEpochDay(startOfMonth(date));
  const day = toEpochDay(date);
  if (day <= first + 9) return fromEpochDay(first + 9);
  if (day <= first + 19) return fromEpochDay(first + 19);
  return endOfMonth(date);
}

function invalidInput(path: readonly string[], code: string, message: string): TpeError {
  return new TpeError('INVALID_INPUT', `Invalid input: ${path.join('.')}: ${message}`, {
    issues: [{ path, code, message }],
  });
}
