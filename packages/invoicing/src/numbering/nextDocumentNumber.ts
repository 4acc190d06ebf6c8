import { isIsoDate, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { isNumberingSequence } from './internal/isNumberingSequence.js';
import { takeNumber } from './internal/takeNumber.js';
import { type NumberingSequence, numberingSequenceSchema } from './NumberingSequence.js';

/**
 * A number taken from a series by {@link nextDocumentNumber}.
 *
 * @example
 * ```ts
 * import type { NumberAllocation } from '@tpe/invoicing';
 *
 * const read = (allocation: NumberAllocation): string => allocation.number;
 * ```
 *
 * @category Numbering
 * @since 0.1.0
 */
export interface NumberAllocation {
  /** The document number, written by the series' format, e.g. `"F2026-000123"`. */
  readonly number: string;
  /** The counter the number carries. */
  readonly counter: number;
  /** The state of the series after this number: store it in place of the former one. */
  readonly sequence: NumberingSequence;
}

const inputSchema = z.strictObject({
  sequence: numberingSequenceSchema,
  issueDate: isoDateSchema,
});

/**
 * Takes the next number of a series for a document issued on a given day,
 * and returns it with the next state of the series.
 *
 * **When to use**: at issue, never for a draft (a draft must not consume a
 * number). {@link issue} calls it; call it directly for a numbered document
 * issued some other way.
 *
 * **Details**: numbers follow each other without gaps (counter, counter + 1,
 * …) and in the order of their issue dates: an issue date earlier than the
 * series' last one is refused, the same day or a later one accepted. With
 * `resetsYearly`, the first number of a later calendar year restarts at 1.
 * Several series are several states: keep one per series (invoices, credit
 * notes, per establishment…).
 *
 * **Gotchas**: the function is pure: the series only moves on when the caller
 * stores the returned `sequence`, and two numbers taken from the same stored
 * state are the same number. Store the new state and the issued document in
 * one transaction. Numbers are unique within a series; give distinct series
 * distinct literal prefixes.
 *
 * @param sequence - the current state of the series
 * @param issueDate - the issue date of the document, `YYYY-MM-DD`
 * @returns the number, its counter and the next state of the series
 * @throws {@link TpeError} `INVALID_INPUT` (paths under `sequence` or
 *   `issueDate`; issue code `series_exhausted` past the last counter),
 *   `NUMBERING_BACKWARDS` for an issue date earlier than the series' last
 *   (`details`: `seriesId`, `establishmentId`, `issueDate`, `lastIssueDate`)
 *
 * @example
 * ```ts
 * import { nextDocumentNumber, type NumberingSequence } from '@tpe/invoicing';
 *
 * const invoices: NumberingSequence = {
 *   seriesId: 'invoices',
 *   format: { pattern: 'F{YYYY}-{counter}', padding: 6 },
 *   nextCounter: 123,
 *   lastIssueDate: '2026-03-02',
 *   resetsYearly: true,
 * };
 * const taken = nextDocumentNumber(invoices, '2026-03-05');
 * taken.number; // 'F2026-000123'
 * taken.sequence.nextCounter; // 124
 * nextDocumentNumber(taken.sequence, '2027-01-04').number; // 'F2027-000001'
 * nextDocumentNumber(taken.sequence, '2026-03-04'); // throws TpeError NUMBERING_BACKWARDS
 * ```
 *
 * @see CGI ann. II art. 242 nonies A 7°; BOI-TVA-DECLA-30-20-20-10
 * @category Numbering
 * @since 0.1.0
 */
export function nextDocumentNumber(
  sequence: NumberingSequence,
  issueDate: string,
): NumberAllocation {
  if (isNumberingSequence(sequence) && typeof issueDate === 'string' && isIsoDate(issueDate)) {
    return takeNumber(sequence, issueDate);
  }
  const parsed = parseWithSchema(inputSchema, { sequence, issueDate });
  return takeNumber(parsed.sequence, parsed.issueDate);
}
