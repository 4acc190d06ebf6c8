import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberingSequenceSchema } from '../NumberingSequence.js';
import { isNumberingSequence } from './isNumberingSequence.js';

/** Values near the limits of each field, valid or not. */
const sequences = fc.record(
  {
    seriesId: fc.oneof(fc.string({ maxLength: 70 }), fc.integer()),
    establishmentId: fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 70 }),
      fc.constant(null),
    ),
    documentKinds: fc.oneof(
      fc.constant(undefined),
      fc.array(
        fc.constantFrom('invoice', 'depositInvoice', 'creditNote', 'deliveryNote', 'quote'),
        {
          maxLength: 5,
        },
      ),
    ),
    format: fc.oneof(
      fc.record({
        pattern: fc.oneof(
          fc.constantFrom(
            'F{YYYY}-{counter}',
            '{counter}',
            'F{counter}',
            'A{YY}{MM}/{counter}',
            '{counter}{counter}{YY}',
            'F {counter}',
            '{DD}{counter}',
            '',
          ),
          fc.string({ maxLength: 40 }),
        ),
        padding: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double(), fc.constant('6')),
      }),
      fc.constant(null),
      fc.record({
        pattern: fc.constant('{counter}{YY}'),
        padding: fc.constant(3),
        extra: fc.constant(1),
      }),
    ),
    nextCounter: fc.oneof(
      fc.integer({ min: -2, max: 10 }),
      fc.constant(999_999_999_999),
      fc.constant(1e12),
      fc.double(),
      fc.constant('1'),
    ),
    lastIssueDate: fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('2026-02-28', '2026-02-29', '2024-02-29', '2026-13-01', ''),
      fc.integer(),
    ),
    resetsYearly: fc.oneof(fc.boolean(), fc.constant('true')),
    unknown: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('isNumberingSequence', () => {
  it('accepts exactly what numberingSequenceSchema accepts', () => {
    fc.assert(
      fc.property(sequences, (value) => {
        expect(isNumberingSequence(value)).toBe(numberingSequenceSchema.safeParse(value).success);
      }),
    );
  });

  it('accepts a valid series and refuses a non-object', () => {
    const valid = {
      seriesId: 'F',
      format: { pattern: 'F{YY}-{counter}', padding: 4 },
      nextCounter: 1,
      resetsYearly: true,
    };
    expect(isNumberingSequence(valid)).toBe(true);
    expect(isNumberingSequence(null)).toBe(false);
    expect(isNumberingSequence([valid])).toBe(false);
  });
});
