import { TpeError } from '@tpe/core';
import { MAX_COUNTER, type NumberFormat, type NumberingSequence } from '../NumberingSequence.js';
import type { NumberAllocation } from '../nextDocumentNumber.js';

/** Where the caller's input holds the issue date and the series, for the paths of errors. */
export interface NumberingPaths {
  readonly issueDate: readonly (string | number)[];
  readonly sequence: readonly (string | number)[];
}

const OWN_PATHS: NumberingPaths = { issueDate: ['issueDate'], sequence: ['sequence'] };

/**
 * Takes the next number of a series already checked against its schema (see
 * `nextDocumentNumber`, which checks its input and calls this).
 */
export function takeNumber(
  current: NumberingSequence,
  issueDate: string,
  paths: NumberingPaths = OWN_PATHS,
): NumberAllocation {
  const last = current.lastIssueDate;
  // Checked dates YYYY-MM-DD compare as text in calendar order.
  if (last !== undefined && issueDate < last) {
    const message = `Issue date ${issueDate} is earlier than ${last}, the last one of series "${current.seriesId}"`;
    throw new TpeError('NUMBERING_BACKWARDS', message, {
      issues: [{ path: paths.issueDate, code: 'numbering_backwards', message }],
      details: {
        seriesId: current.seriesId,
        ...(current.establishmentId === undefined
          ? {}
          : { establishmentId: current.establishmentId }),
        issueDate,
        lastIssueDate: last,
      },
    });
  }
  const newYear = last !== undefined && issueDate.slice(0, 4) !== last.slice(0, 4);
  const counter = current.resetsYearly && newYear ? 1 : current.nextCounter;
  if (counter === MAX_COUNTER) {
    const message = `Series "${current.seriesId}" has reached its last counter ${MAX_COUNTER}`;
    throw new TpeError('INVALID_INPUT', message, {
      issues: [{ path: [...paths.sequence, 'nextCounter'], code: 'series_exhausted', message }],
    });
  }
  const number = writeNumber(current.format, counter, issueDate);
  return {
    number,
    counter,
    sequence: { ...current, nextCounter: counter + 1, lastIssueDate: issueDate },
  };
}

/**
 * The number of a counter issued on a day, written by a checked format: its
 * literal text, and each token (`{counter}`, `{YYYY}`, `{YY}`, `{MM}`, the
 * only places a `{` stands) replaced.
 */
function writeNumber(format: NumberFormat, counter: number, issueDate: string): string {
  const { pattern } = format;
  let number = '';
  let from = 0;
  for (let open = pattern.indexOf('{'); open >= 0; open = pattern.indexOf('{', from)) {
    const close = pattern.indexOf('}', open);
    number += pattern.slice(from, open);
    switch (pattern.slice(open + 1, close)) {
      case 'counter':
        number += String(counter).padStart(format.padding, '0');
        break;
      case 'YYYY':
        number += issueDate.slice(0, 4);
        break;
      case 'YY':
        number += issueDate.slice(2, 4);
        break;
      default:
        number += issueDate.slice(5, 7);
    }
    from = close + 1;
  }
  return number + pattern.slice(from);
}
