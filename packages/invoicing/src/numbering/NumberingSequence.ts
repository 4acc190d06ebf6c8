import { isoDateSchema } from '@tpe/core';
import { z } from 'zod';

/**
 * The kinds of documents that receive a number from a series when they are
 * issued: invoices, deposit invoices, credit notes and delivery notes.
 *
 * @example
 * ```ts
 * import type { NumberedDocumentKind } from '@tpe/invoicing';
 *
 * const kind: NumberedDocumentKind = 'creditNote';
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export type NumberedDocumentKind = 'invoice' | 'depositInvoice' | 'creditNote' | 'deliveryNote';

/**
 * How the numbers of a series are written.
 *
 * **Details**: `pattern` is literal text (letters, digits, `-`, `_`, `/`,
 * `.`) with tokens replaced from the counter and the issue date: `{counter}`
 * (exactly once) the counter zero-padded to `padding` digits, `{YYYY}` the
 * year, `{YY}` its last two digits, `{MM}` the month. A counter longer than
 * `padding` is written in full, so numbers stay unique.
 *
 * @example
 * ```ts
 * import type { NumberFormat } from '@tpe/invoicing';
 *
 * // F2026-000123
 * const format: NumberFormat = { pattern: 'F{YYYY}-{counter}', padding: 6 };
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export interface NumberFormat {
  /** Literal text and the tokens `{counter}` (once), `{YYYY}`, `{YY}`, `{MM}`; at most 32 characters. */
  readonly pattern: string;
  /** Minimum number of digits of the counter, zero-padded: 1 to 12. */
  readonly padding: number;
}

/**
 * The state of one numbering series: what it numbers, how numbers are
 * written, and where it stands. A business keeps one per series (invoices,
 * credit notes, one per establishment…), stores it, and replaces it with the
 * state returned by {@link nextDocumentNumber} each time a number is taken.
 *
 * @see CGI ann. II art. 242 nonies A 7° (unique number in a chronological and continuous sequence; distinct series when justified)
 *
 * @example
 * ```ts
 * import type { NumberingSequence } from '@tpe/invoicing';
 *
 * const invoices: NumberingSequence = {
 *   seriesId: 'invoices',
 *   documentKinds: ['invoice', 'depositInvoice'],
 *   format: { pattern: 'F{YYYY}-{counter}', padding: 6 },
 *   nextCounter: 1,
 *   resetsYearly: true,
 * };
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export interface NumberingSequence {
  /** The caller's identifier of the series (1 to 64 characters), e.g. `"invoices"`. */
  readonly seriesId: string;
  /** The establishment whose documents the series numbers, when series are kept per establishment. */
  readonly establishmentId?: string | undefined;
  /** The kinds of documents the series numbers; any numbered kind when absent. */
  readonly documentKinds?: readonly NumberedDocumentKind[] | undefined;
  /** How the numbers are written. */
  readonly format: NumberFormat;
  /** The counter the next number takes (1 for a new series), at most 999,999,999,999. */
  readonly nextCounter: number;
  /** The issue date of the last number taken, `YYYY-MM-DD`; absent before the first one. */
  readonly lastIssueDate?: string | undefined;
  /**
   * `true` when the counter goes back to 1 on the first number of each
   * calendar year (the pattern must then hold `{YYYY}` or `{YY}` so numbers
   * stay unique); `false` for one counter for ever.
   */
  readonly resetsYearly: boolean;
}

/** The largest counter a series may reach. */
export const MAX_COUNTER = 999_999_999_999;

const PATTERN_SYNTAX = /^(?:[A-Za-z0-9._/-]|\{(?:counter|YYYY|YY|MM)\})*$/;

/** What is wrong with a number pattern (its length aside), or `undefined`. */
export function patternIssue(
  pattern: string,
): { readonly code: string; readonly message: string } | undefined {
  if (!PATTERN_SYNTAX.test(pattern)) {
    return {
      code: 'invalid_pattern',
      message:
        'Only letters, digits, "-", "_", "/", "." and the tokens {counter}, {YYYY}, {YY}, {MM}',
    };
  }
  if (pattern.split('{counter}').length !== 2) {
    return {
      code: 'counter_token',
      message: 'The pattern must hold the token {counter} exactly once',
    };
  }
  return undefined;
}

/** Whether a series reset each year lacks the year its numbers need to stay unique. */
export function lacksYearToken(
  sequence: Pick<NumberingSequence, 'format' | 'resetsYearly'>,
): boolean {
  const { pattern } = sequence.format;
  return sequence.resetsYearly && !pattern.includes('{YYYY}') && !pattern.includes('{YY}');
}

const identifierSchema = z.string().min(1).max(64);

/**
 * A zod schema for {@link NumberFormat}. Issue codes beyond zod's:
 * `invalid_pattern` (a character or token not allowed), `counter_token`
 * (`{counter}` missing or repeated).
 *
 * @example
 * ```ts
 * import { numberFormatSchema } from '@tpe/invoicing';
 *
 * numberFormatSchema.safeParse({ pattern: 'AV{YY}-{counter}', padding: 5 }).success; // true
 * numberFormatSchema.safeParse({ pattern: 'AV {YEAR}', padding: 5 }).success; // false
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export const numberFormatSchema: z.ZodType<NumberFormat> = z.strictObject({
  pattern: z
    .string()
    .min(1)
    .max(32)
    .check((context) => {
      const issue = patternIssue(context.value);
      if (issue !== undefined) {
        context.issues.push({
          code: 'custom',
          message: issue.message,
          input: context.value,
          params: { code: issue.code },
        });
      }
    }),
  padding: z.number().int().min(1).max(12),
});

/**
 * A zod schema for {@link NumberingSequence}. Issue codes beyond zod's and
 * {@link numberFormatSchema}'s: `invalid_date`, `year_token_required` (a
 * yearly reset with no year in the pattern).
 *
 * @example
 * ```ts
 * import { numberingSequenceSchema } from '@tpe/invoicing';
 *
 * const format = { pattern: 'F-{counter}', padding: 6 };
 * numberingSequenceSchema.safeParse({ seriesId: 'F', format, nextCounter: 1, resetsYearly: false }).success; // true
 * numberingSequenceSchema.safeParse({ seriesId: 'F', format, nextCounter: 1, resetsYearly: true }).success; // false
 * numberingSequenceSchema.safeParse({ seriesId: 'F', format, nextCounter: 0, resetsYearly: false }).success; // false
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export const numberingSequenceSchema: z.ZodType<NumberingSequence> = z
  .strictObject({
    seriesId: identifierSchema,
    establishmentId: identifierSchema.optional(),
    documentKinds: z
      .array(z.enum(['invoice', 'depositInvoice', 'creditNote', 'deliveryNote']))
      .min(1)
      .max(4)
      .optional(),
    format: numberFormatSchema,
    nextCounter: z.number().int().min(1).max(MAX_COUNTER),
    lastIssueDate: isoDateSchema.optional(),
    resetsYearly: z.boolean(),
  })
  .check((context) => {
    if (lacksYearToken(context.value)) {
      context.issues.push({
        code: 'custom',
        message: 'A counter reset each year needs {YYYY} or {YY} in the pattern to stay unique',
        input: context.value,
        path: ['resetsYearly'],
        params: { code: 'year_token_required' },
      });
    }
  });
