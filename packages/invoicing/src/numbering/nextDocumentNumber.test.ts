import { addDays, deepFreeze, fromEpochDay, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { NumberingSequence } from './NumberingSequence.js';
import { nextDocumentNumber } from './nextDocumentNumber.js';

const invoices: NumberingSequence = {
  seriesId: 'invoices',
  format: { pattern: 'F{YYYY}-{counter}', padding: 6 },
  nextCounter: 1,
  resetsYearly: true,
};

/** Takes numbers in turn for the given issue dates; returns the numbers and the final state. */
function takeAll(
  sequence: NumberingSequence,
  dates: readonly string[],
): { numbers: string[]; sequence: NumberingSequence } {
  const numbers: string[] = [];
  let state = sequence;
  for (const date of dates) {
    const taken = nextDocumentNumber(state, date);
    numbers.push(taken.number);
    state = taken.sequence;
  }
  return { numbers, sequence: state };
}

describe('nextDocumentNumber — formats', () => {
  it('writes the year prefix and pads the counter: F2026-000123', () => {
    const taken = nextDocumentNumber({ ...invoices, nextCounter: 123 }, '2026-03-05');
    expect(taken).toEqual({
      number: 'F2026-000123',
      counter: 123,
      sequence: { ...invoices, nextCounter: 124, lastIssueDate: '2026-03-05' },
    });
  });

  it('writes {YY} and {MM}: AV2603-0007', () => {
    const credits: NumberingSequence = {
      seriesId: 'credit-notes',
      format: { pattern: 'AV{YY}{MM}-{counter}', padding: 4 },
      nextCounter: 7,
      resetsYearly: false,
    };
    expect(nextDocumentNumber(credits, '2026-03-05').number).toBe('AV2603-0007');
  });

  it('writes a counter longer than the padding in full: F-1000 after F-999', () => {
    const short: NumberingSequence = {
      seriesId: 'F',
      format: { pattern: 'F-{counter}', padding: 3 },
      nextCounter: 999,
      resetsYearly: false,
    };
    expect(takeAll(short, ['2026-01-02', '2026-01-02']).numbers).toEqual(['F-999', 'F-1000']);
  });

  it('numbers without any literal text: {counter} alone', () => {
    const bare: NumberingSequence = {
      seriesId: 'bare',
      format: { pattern: '{counter}', padding: 1 },
      nextCounter: 42,
      resetsYearly: false,
    };
    expect(nextDocumentNumber(bare, '2026-01-02').number).toBe('42');
  });
});

describe('nextDocumentNumber — order of the series', () => {
  it('accepts several numbers the same day, consecutive', () => {
    expect(takeAll(invoices, ['2026-03-05', '2026-03-05', '2026-03-06']).numbers).toEqual([
      'F2026-000001',
      'F2026-000002',
      'F2026-000003',
    ]);
  });

  it('restarts at 1 on the first number of a new year when the series resets yearly', () => {
    const { numbers, sequence } = takeAll(invoices, ['2026-12-31', '2026-12-31', '2027-01-04']);
    expect(numbers).toEqual(['F2026-000001', 'F2026-000002', 'F2027-000001']);
    expect(sequence).toEqual({ ...invoices, nextCounter: 2, lastIssueDate: '2027-01-04' });
  });

  it('keeps counting across years when the series does not reset', () => {
    const continuous: NumberingSequence = { ...invoices, resetsYearly: false };
    expect(takeAll(continuous, ['2026-12-31', '2027-01-04', '2028-02-29']).numbers).toEqual([
      'F2026-000001',
      'F2027-000002',
      'F2028-000003',
    ]);
  });

  it('does not reset a new series on its very first number (no last issue date)', () => {
    // A series carried over from another system: it starts where that one stopped.
    expect(nextDocumentNumber({ ...invoices, nextCounter: 57 }, '2027-01-04').number).toBe(
      'F2027-000057',
    );
  });

  it('refuses an issue date earlier than the last one of the series', () => {
    const state = takeAll(invoices, ['2026-03-05']).sequence;
    const error = caughtTpeError(() => nextDocumentNumber(state, '2026-03-04'));
    expect(error.code).toBe('NUMBERING_BACKWARDS');
    expect(error.issues).toEqual([
      expect.objectContaining({ path: ['issueDate'], code: 'numbering_backwards' }),
    ]);
    expect(error.details).toEqual({
      seriesId: 'invoices',
      issueDate: '2026-03-04',
      lastIssueDate: '2026-03-05',
    });
  });

  it('names the establishment of a refused series', () => {
    const lyon: NumberingSequence = {
      ...invoices,
      establishmentId: 'lyon',
      lastIssueDate: '2026-05-01',
    };
    expect(caughtTpeError(() => nextDocumentNumber(lyon, '2025-12-31')).details).toEqual({
      seriesId: 'invoices',
      establishmentId: 'lyon',
      issueDate: '2025-12-31',
      lastIssueDate: '2026-05-01',
    });
  });

  it('keeps several series apart: invoices, credit notes, per establishment', () => {
    const series: Record<string, NumberingSequence> = {
      paris: {
        ...invoices,
        establishmentId: 'paris',
        format: { pattern: 'P{YY}-{counter}', padding: 4 },
      },
      lyon: {
        ...invoices,
        establishmentId: 'lyon',
        format: { pattern: 'L{YY}-{counter}', padding: 4 },
      },
      credits: {
        seriesId: 'credit-notes',
        documentKinds: ['creditNote'],
        format: { pattern: 'AV{YY}-{counter}', padding: 4 },
        nextCounter: 1,
        resetsYearly: true,
      },
    };
    const plan: readonly [string, string][] = [
      ['paris', '2026-03-01'],
      ['lyon', '2026-02-01'],
      ['paris', '2026-03-02'],
      ['credits', '2026-01-15'],
      ['lyon', '2026-02-01'],
    ];
    const numbers = plan.map(([name, date]) => {
      const taken = nextDocumentNumber(series[name] as NumberingSequence, date);
      series[name] = taken.sequence;
      return taken.number;
    });
    // Each series counts on its own; Lyon's earlier dates do not conflict with Paris's.
    expect(numbers).toEqual(['P26-0001', 'L26-0001', 'P26-0002', 'AV26-0001', 'L26-0002']);
  });

  it('does not change its input', () => {
    const state = deepFreeze({ ...invoices, nextCounter: 5, lastIssueDate: '2026-03-01' });
    const copy = structuredClone(state);
    nextDocumentNumber(state, '2026-03-02');
    expect(state).toEqual(copy);
  });

  it('refuses the last counter of a series', () => {
    const full: NumberingSequence = { ...invoices, nextCounter: 999_999_999_999 };
    expect(caughtTpeError(() => nextDocumentNumber(full, '2026-01-02')).issues).toEqual([
      expect.objectContaining({ path: ['sequence', 'nextCounter'], code: 'series_exhausted' }),
    ]);
  });
});

describe('nextDocumentNumber — bad input', () => {
  const cases: readonly [string, unknown, unknown, readonly (string | number)[], string][] = [
    [
      'counter 0',
      { ...invoices, nextCounter: 0 },
      '2026-01-02',
      ['sequence', 'nextCounter'],
      'too_small',
    ],
    [
      'counter 1.5',
      { ...invoices, nextCounter: 1.5 },
      '2026-01-02',
      ['sequence', 'nextCounter'],
      'invalid_type',
    ],
    [
      'counter as text',
      { ...invoices, nextCounter: '1' },
      '2026-01-02',
      ['sequence', 'nextCounter'],
      'invalid_type',
    ],
    [
      'no {counter}',
      { ...invoices, format: { pattern: 'F{YYYY}', padding: 6 } },
      '2026-01-02',
      ['sequence', 'format', 'pattern'],
      'counter_token',
    ],
    [
      'two {counter}',
      { ...invoices, format: { pattern: '{counter}{YY}{counter}', padding: 6 } },
      '2026-01-02',
      ['sequence', 'format', 'pattern'],
      'counter_token',
    ],
    [
      'a space',
      { ...invoices, format: { pattern: 'F {counter}{YY}', padding: 6 } },
      '2026-01-02',
      ['sequence', 'format', 'pattern'],
      'invalid_pattern',
    ],
    [
      'an unknown token',
      { ...invoices, format: { pattern: '{DD}{counter}{YY}', padding: 6 } },
      '2026-01-02',
      ['sequence', 'format', 'pattern'],
      'invalid_pattern',
    ],
    [
      'padding 13',
      { ...invoices, format: { pattern: '{YY}{counter}', padding: 13 } },
      '2026-01-02',
      ['sequence', 'format', 'padding'],
      'too_big',
    ],
    [
      'a yearly reset without a year',
      { ...invoices, format: { pattern: 'F{counter}', padding: 6 } },
      '2026-01-02',
      ['sequence', 'resetsYearly'],
      'year_token_required',
    ],
    [
      'an unknown kind',
      { ...invoices, documentKinds: ['quote'] },
      '2026-01-02',
      ['sequence', 'documentKinds', 0],
      'invalid_value',
    ],
    [
      'an unknown key',
      { ...invoices, prefix: 'F' },
      '2026-01-02',
      ['sequence'],
      'unrecognized_keys',
    ],
    [
      'an empty series id',
      { ...invoices, seriesId: '' },
      '2026-01-02',
      ['sequence', 'seriesId'],
      'too_small',
    ],
    [
      'a bad last date',
      { ...invoices, lastIssueDate: '2026-02-30' },
      '2026-03-02',
      ['sequence', 'lastIssueDate'],
      'invalid_date',
    ],
    ['a date that does not exist', invoices, '2026-02-30', ['issueDate'], 'invalid_date'],
    ['a number for a date', invoices, 20260102, ['issueDate'], 'invalid_type'],
    ['no sequence', null, '2026-01-02', ['sequence'], 'invalid_type'],
  ];
  it.each(cases)('refuses %s with INVALID_INPUT', (_name, sequence, date, path, code) => {
    const error = caughtTpeError(() =>
      nextDocumentNumber(sequence as NumberingSequence, date as string),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
  });
});

describe('nextDocumentNumber — properties', () => {
  const start = toEpochDay('2025-11-01');
  // Each step: days after the previous issue date (0 = same day), or a negative
  // step trying to go back in time.
  const steps = fc.array(fc.integer({ min: -40, max: 60 }), { minLength: 1, maxLength: 40 });

  it('any sequence of issue operations yields a gapless chronological series', () => {
    fc.assert(
      fc.property(
        steps,
        fc.boolean(),
        fc.integer({ min: 1, max: 500 }),
        (moves, resetsYearly, first) => {
          let state: NumberingSequence = {
            seriesId: 'S',
            format: { pattern: 'S{YYYY}-{counter}', padding: 3 },
            nextCounter: first,
            resetsYearly,
          };
          let day = start;
          const issued: { date: string; counter: number; number: string }[] = [];
          for (const move of moves) {
            const date = fromEpochDay(day + move);
            if (move < 0 && issued.length > 0) {
              const before = state;
              expect(caughtTpeError(() => nextDocumentNumber(state, date)).code).toBe(
                'NUMBERING_BACKWARDS',
              );
              expect(state).toBe(before);
              continue;
            }
            day += Math.max(move, 0);
            const taken = nextDocumentNumber(state, fromEpochDay(day));
            issued.push({ date: fromEpochDay(day), counter: taken.counter, number: taken.number });
            state = taken.sequence;
          }
          expect(new Set(issued.map((entry) => entry.number)).size).toBe(issued.length);
          issued.forEach((entry, index) => {
            const previous = issued[index - 1];
            expect(entry.number).toBe(
              `S${entry.date.slice(0, 4)}-${String(entry.counter).padStart(3, '0')}`,
            );
            if (previous === undefined) {
              expect(entry.counter).toBe(first);
              return;
            }
            expect(entry.date >= previous.date).toBe(true);
            const newYear = entry.date.slice(0, 4) !== previous.date.slice(0, 4);
            expect(entry.counter).toBe(resetsYearly && newYear ? 1 : previous.counter + 1);
          });
          const last = issued.at(-1);
          expect(state.lastIssueDate).toBe(last?.date);
          expect(state.nextCounter).toBe((last?.counter ?? 0) + 1);
        },
      ),
    );
  });

  it('accepts the same day and any later day, refuses any earlier day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (offset) => {
        const state: NumberingSequence = { ...invoices, lastIssueDate: '2026-06-15' };
        const date = addDays('2026-06-15', offset);
        if (offset < 0) {
          expect(caughtTpeError(() => nextDocumentNumber(state, date)).code).toBe(
            'NUMBERING_BACKWARDS',
          );
        } else {
          expect(nextDocumentNumber(state, date).sequence.lastIssueDate).toBe(date);
        }
      }),
    );
  });
});
