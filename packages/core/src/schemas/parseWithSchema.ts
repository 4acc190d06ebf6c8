import type { z } from 'zod';
import { TpeError, type TpeIssue } from '../errors/TpeError.js';
import { err, ok, type Result } from '../result/Result.js';

/**
 * Validates an input against a zod schema and returns the parsed value, or a
 * {@link TpeError} `INVALID_INPUT` whose `issues` carry each problem's path,
 * a stable code and a message.
 *
 * **Details**: the codes of the `@tpe` schemas' own checks are kept
 * (`too_many_decimals`, `invalid_date`, …); zod's own codes pass through
 * (`invalid_type`, `unrecognized_keys`, …).
 *
 * @param schema - any zod schema, such as {@link amountSchema}
 * @param input - the untrusted input
 * @param code - the error code to raise; `INVALID_INPUT` by default
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { amountSchema, isoDateSchema, safeParseWithSchema } from '@tpe/core';
 *
 * const Payment = z.object({ amount: amountSchema(), paidOn: isoDateSchema });
 * const result = safeParseWithSchema(Payment, { amount: '12,50', paidOn: '2026-02-30' });
 * if (!result.ok) result.error.issues.map((issue) => issue.path.join('.'));
 * // ['amount', 'paidOn']
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function safeParseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  code = 'INVALID_INPUT',
): Result<z.output<Schema>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues: TpeIssue[] = parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
    code: issueCode(issue),
    message: issue.message,
  }));
  const summary = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
    .join('; ');
  return err(
    new TpeError(
      code,
      `Invalid input: ${summary}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`,
      {
        issues,
      },
    ),
  );
}

/**
 * {@link safeParseWithSchema} throwing the {@link TpeError} instead of
 * returning it.
 *
 * @example
 * ```ts
 * import { currencyCodeSchema, parseWithSchema } from '@tpe/core';
 *
 * parseWithSchema(currencyCodeSchema, 'EUR'); // 'EUR'
 * parseWithSchema(currencyCodeSchema, 'euro'); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Schemas
 * @since 0.1.0
 */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  code = 'INVALID_INPUT',
): z.output<Schema> {
  const result = safeParseWithSchema(schema, input, code);
  if (result.ok) return result.value;
  throw result.error;
}

function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'custom') {
    const own = (issue.params as { code?: unknown } | undefined)?.code;
    return typeof own === 'string' ? own : 'custom';
  }
  return issue.code;
}
