import type { TpeIssue } from '@tpe/core';
import { AMOUNT_OPTIONS } from '../../input/Amount.js';
import { readAmount } from '../../input/internal/readAmount.js';
import {
  dayOf,
  hasOnlyKeys,
  isRecord,
  isTextId,
  optionalDayOf,
} from '../../input/internal/readFields.js';
import type { PaymentPlan } from '../PaymentPlan.js';

/** A {@link PaymentPlan} read into day numbers; amounts stay strings until the currency is known. */
export interface ReadPaymentPlan {
  readonly source: PaymentPlan;
  readonly agreedDay: number;
  readonly cancelledDay: number | undefined;
  readonly graceDays: number;
  readonly instalments: readonly { readonly day: number; readonly amount: string }[];
}

const KEYS = new Set([
  'id',
  'customerId',
  'receivableIds',
  'agreedOn',
  'instalments',
  'graceDays',
  'cancelledOn',
]);
const INSTALMENT_KEYS = new Set(['dueDate', 'amount']);

/** Reads a payment plan, or answers `undefined` when the shape of `paymentPlanSchema` refuses it. */
export function readPaymentPlan(value: unknown): ReadPaymentPlan | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, KEYS)) return undefined;
  const { receivableIds, instalments, graceDays } = value;
  if (!isTextId(value.id) || !isTextId(value.customerId)) return undefined;
  if (
    !Array.isArray(receivableIds) ||
    receivableIds.length < 1 ||
    receivableIds.length > 10_000 ||
    !receivableIds.every(isTextId)
  ) {
    return undefined;
  }
  if (
    graceDays !== undefined &&
    !(Number.isSafeInteger(graceDays) && (graceDays as number) >= 0 && (graceDays as number) <= 365)
  ) {
    return undefined;
  }
  if (!Array.isArray(instalments) || instalments.length < 1 || instalments.length > 120) {
    return undefined;
  }
  const read: { day: number; amount: string }[] = [];
  for (const instalment of instalments as unknown[]) {
    if (!isRecord(instalment) || !hasOnlyKeys(instalment, INSTALMENT_KEYS)) return undefined;
    const day = dayOf(instalment.dueDate);
    if (
      Number.isNaN(day) ||
      Number.isNaN(readAmount(instalment.amount, AMOUNT_OPTIONS.maxDecimals))
    ) {
      return undefined;
    }
    read.push({ day, amount: instalment.amount as string });
  }
  const agreedDay = dayOf(value.agreedOn);
  const cancelledDay = optionalDayOf(value.cancelledOn);
  if (Number.isNaN(agreedDay) || Number.isNaN(cancelledDay)) return undefined;
  return {
    source: value as unknown as PaymentPlan,
    agreedDay,
    cancelledDay,
    graceDays: (graceDays as number | undefined) ?? 0,
    instalments: read,
  };
}

/** The rules between the fields of a read plan, or `undefined` when they all hold. */
export function paymentPlanIssues(read: ReadPaymentPlan): TpeIssue[] | undefined {
  const issues: TpeIssue[] = [];
  read.instalments.forEach((instalment, index) => {
    const path = ['instalments', index];
    if (readAmount(instalment.amount, AMOUNT_OPTIONS.maxDecimals) === 0) {
      issues.push({
        path: [...path, 'amount'],
        code: 'not_positive',
        message: 'An instalment is more than zero',
      });
    }
    if (instalment.day <= read.agreedDay) {
      issues.push({
        path: [...path, 'dueDate'],
        code: 'before_agreement',
        message: 'An instalment falls due after the day the plan was agreed',
      });
    }
    const previous = read.instalments[index - 1];
    if (previous !== undefined && instalment.day <= previous.day) {
      issues.push({
        path: [...path, 'dueDate'],
        code: 'instalments_out_of_order',
        message: 'Instalments are listed by due date, each after the previous one',
      });
    }
  });
  if (read.cancelledDay !== undefined && read.cancelledDay < read.agreedDay) {
    issues.push({
      path: ['cancelledOn'],
      code: 'before_agreement',
      message: 'A plan cannot be cancelled before it was agreed',
    });
  }
  const ids = read.source.receivableIds;
  if (new Set(ids).size !== ids.length) {
    issues.push({
      path: ['receivableIds'],
      code: 'duplicate_receivable',
      message: 'A receivable is listed twice',
    });
  }
  return issues.length === 0 ? undefined : issues;
}
