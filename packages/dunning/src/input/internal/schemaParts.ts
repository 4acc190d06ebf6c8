import type { TpeIssue } from '@tpe/core';
import { z } from 'zod';

/** The most characters of an identifier or a number. */
export const MAX_ID_LENGTH = 200;
/** The most characters of a reason or a free text. */
export const MAX_TEXT_LENGTH = 500;

/** An identifier or a document number: 1 to {@link MAX_ID_LENGTH} characters. */
export const textIdSchema = z.string().min(1).max(MAX_ID_LENGTH);

/** A reason, a name or a line of address: 1 to {@link MAX_TEXT_LENGTH} characters. */
export const reasonSchema = z.string().min(1).max(MAX_TEXT_LENGTH);

/** The part of a zod check context the rules between fields write to. */
interface CheckContext {
  readonly value: unknown;
  readonly issues: z.core.$ZodRawIssue[];
}

/** Adds the issues found by the rules between fields to a zod check context. */
export function pushIssues(context: CheckContext, issues: readonly TpeIssue[] | undefined): void {
  for (const issue of issues ?? []) {
    context.issues.push({
      code: 'custom',
      message: issue.message,
      input: context.value,
      path: [...issue.path],
      params: { code: issue.code },
    });
  }
}
