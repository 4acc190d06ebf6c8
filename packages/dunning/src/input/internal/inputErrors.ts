import { safeParseWithSchema, TpeError, type TpeIssue } from '@tpe/core';
import type { z } from 'zod';

type Path = readonly (string | number)[];

/**
 * The `INVALID_INPUT` error for a part of an input that a fast reader
 * refused, with the issues of the part's schema under the part's path.
 */
export function invalidPart(schema: z.ZodType, value: unknown, path: Path): TpeError {
  const result = safeParseWithSchema(schema, value);
  if (result.ok) {
    // The reader refused what the schema accepts: never expected.
    return invalidAt(path, 'invalid_input', 'Invalid input');
  }
  return withIssues(
    'INVALID_INPUT',
    result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] })),
  );
}

/** An `INVALID_INPUT` error with one issue. */
export function invalidAt(path: Path, code: string, message: string): TpeError {
  return withIssues('INVALID_INPUT', [{ path, code, message }]);
}

/** `UNKNOWN_CUSTOMER`: a customer id that the input does not give. */
export function unknownCustomer(customerId: string, path: Path): TpeError {
  return new TpeError(
    'UNKNOWN_CUSTOMER',
    `Unknown customer ${JSON.stringify(customerId)} at ${path.join('.')}`,
    {
      issues: [
        {
          path,
          code: 'unknown_customer',
          message: `No customer has the id ${JSON.stringify(customerId)}`,
        },
      ],
      details: { customerId },
    },
  );
}

/** `UNKNOWN_RECEIVABLE`: a receivable id that the input does not give. */
export function unknownReceivable(receivableId: string, path: Path): TpeError {
  return new TpeError(
    'UNKNOWN_RECEIVABLE',
    `Unknown receivable ${JSON.stringify(receivableId)} at ${path.join('.')}`,
    {
      issues: [
        {
          path,
          code: 'unknown_receivable',
          message: `No receivable has the id ${JSON.stringify(receivableId)}`,
        },
      ],
      details: { receivableId },
    },
  );
}

/** An error of `code` listing issues, with the first three in its message. */
export function withIssues(code: string, issues: readonly TpeIssue[]): TpeError {
  const summary = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
  return new TpeError(
    code,
    `Invalid ${code === 'INVALID_POLICY' ? 'policy' : 'input'}: ${summary}${more}`,
    {
      issues,
    },
  );
}
