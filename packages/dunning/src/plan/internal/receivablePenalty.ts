import * as core from '@tpe/core';
import { type CustomerKind, computeLatePenalty, type LatePenalty } from '@tpe/legal-fr';
import type { ReadReceivable } from '../../input/internal/readReceivable.js';
import type { PenaltySettings } from './preparePlan.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { formatScaledUnits, fromEpochDay, toScaledUnits } = core;

/** The penalty and indemnity of one receivable on a day, in minor units. */
export interface ReceivablePenalty {
  readonly penalty: number;
  readonly indemnity: number;
  /**
   * The rates applied, in order, when there is a penalty: read from the
   * periods of each computation, which are written on first read, so only
   * when a letter quotes them.
   */
  readonly rates: () => readonly string[] | undefined;
}

/** The facts of the debtor that change the computation. */
export interface PenaltyDebtor {
  readonly kind: CustomerKind;
  /** The first formal notice (consumers: legal interest runs from the day after). */
  readonly noticeDate: string | undefined;
  /** An insolvency procedure is open: no indemnity. */
  readonly insolvency: boolean;
}

interface Part {
  readonly dueDay: number;
  readonly dueDate: string;
  readonly principal: number;
  readonly payments: readonly { readonly date: string; readonly amount: string }[];
}

const NO_PAYMENTS: Part['payments'] = Object.freeze([]);

/**
 * The late parts of an invoice on a day, each with the principal it bore
 * during its delay and the payments that reduced it. Settlements without a
 * dated payment (`amount − outstanding − Σ payments`: credit notes
 * allocated…) count first, then payments in date order, each to the
 * earliest instalments.
 */
function lateParts(receivable: ReadReceivable, outstanding: number, day: number): Part[] {
  const { instalments, payments, exponent, source } = receivable;
  if (instalments.length === 0 && payments.length === 0) {
    return receivable.dueDay < day && outstanding > 0
      ? [
          {
            dueDay: receivable.dueDay,
            dueDate: source.dueDate,
            principal: outstanding,
            payments: NO_PAYMENTS,
          },
        ]
      : [];
  }
  const dated = payments.filter((payment) => payment.day <= day);
  let undated = receivable.amount - outstanding;
  for (const payment of dated) undated -= payment.units;
  const queue = dated.map((payment) => ({
    day: payment.day,
    left: payment.units,
    index: payment.index,
  }));
  let next = 0;
  const schedule =
    instalments.length === 0
      ? [{ day: receivable.dueDay, units: receivable.amount, date: source.dueDate }]
      : instalments.map((instalment) => ({
          day: instalment.day,
          units: instalment.units,
          date: source.instalments?.[instalment.index]?.dueDate ?? fromEpochDay(instalment.day),
        }));
  const parts: Part[] = [];
  for (const instalment of schedule) {
    let need = instalment.units;
    const fromUndated = Math.min(need, Math.max(undated, 0));
    need -= fromUndated;
    undated -= fromUndated;
    let paidLate = 0;
    const late: { date: string; amount: string }[] = [];
    while (need > 0 && next < queue.length) {
      const payment = queue[next] as (typeof queue)[number];
      const share = Math.min(need, payment.left);
      need -= share;
      payment.left -= share;
      if (payment.left === 0) next++;
      if (payment.day > instalment.day) {
        paidLate += share;
        late.push({
          date: source.payments?.[payment.index]?.date ?? fromEpochDay(payment.day),
          amount: formatScaledUnits(share, exponent),
        });
      }
    }
    if (instalment.day < day && need > 0) {
      parts.push({
        dueDay: instalment.day,
        dueDate: instalment.date,
        principal: need + paidLate,
        payments: late,
      });
    }
  }
  return parts;
}

function ratesOf(results: readonly LatePenalty[]): readonly string[] | undefined {
  const rates: string[] = [];
  for (const result of results) {
    for (const period of result.periods) {
      if (rates[rates.length - 1] !== period.rate) rates.push(period.rate);
    }
  }
  return rates.length === 0 ? undefined : rates;
}

/**
 * The late-payment interest and the recovery indemnity owed on an invoice
 * on a day, from `computeLatePenalty` for each late part (the indemnity
 * once per invoice). Only the amounts are read, not the periods, unless
 * there is a penalty whose rates are quoted.
 */
export function receivablePenalty(
  receivable: ReadReceivable,
  outstanding: number,
  day: number,
  asOf: string,
  debtor: PenaltyDebtor,
  settings: PenaltySettings,
): ReceivablePenalty {
  const parts = lateParts(receivable, outstanding, day);
  const { exponent, currency } = receivable;
  const contractualRate =
    debtor.kind === 'publicBuyer' ? undefined : receivable.source.contractualPenaltyRate;
  let penalty = 0;
  let indemnity = 0;
  const penalized: LatePenalty[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] as Part;
    const result = computeLatePenalty({
      amount: formatScaledUnits(part.principal, exponent),
      currency,
      dueDate: part.dueDate,
      asOf,
      partialPayments: part.payments.length === 0 ? undefined : part.payments,
      debtor: debtor.kind,
      contractualRate,
      insolvency: debtor.insolvency,
      formalNoticeDate: debtor.kind === 'consumer' ? debtor.noticeDate : undefined,
      halfYearRule: settings.halfYearRule,
      dayBase: settings.dayBase,
      tables: settings.tables,
    });
    const partPenalty = toScaledUnits(result.penalty, exponent);
    penalty += partPenalty;
    if (index === 0) indemnity = toScaledUnits(result.indemnity, exponent);
    if (partPenalty > 0) penalized.push(result);
  }
  return { penalty, indemnity, rates: () => ratesOf(penalized) };
}
