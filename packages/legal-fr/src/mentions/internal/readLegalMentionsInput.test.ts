import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { legalMentionsInputSchema } from '../legalMentions.js';
import { legalMentionsInputIssues } from './legalMentionsInputIssues.js';
import { readLegalMentionsInput } from './readLegalMentionsInput.js';

/** A valid value most of the time, else missing or of a wrong kind. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.constant(null)),
    },
  );
}

const input = fc.record(
  {
    customerKind: field(fc.constantFrom('business', 'consumer', 'publicBuyer', 'company')),
    dueDate: field(fc.constantFrom('2026-03-16', '2024-02-29', '2026-02-30')),
    paymentOnReceipt: field(fc.boolean()),
    latePenaltyRate: field(fc.constantFrom('12.15', '0', '10000', '1.1234567', '-3', '12,15')),
    statutoryPenaltyRule: field(fc.constantFrom('b2bDefault', 'publicBuyer', 'rule')),
    escompte: field(
      fc.oneof(
        fc.constantFrom('none', 'aucun'),
        fc.record(
          {
            rate: field(fc.constantFrom('2', '1.5', '-1', '2.1234567')),
            withinDays: field(fc.constantFrom(1, 10, 3650, 3651, 0, 1.5, Number.NaN)),
            extra: fc.constant(1),
          },
          { requiredKeys: ['rate', 'withinDays'] },
        ),
      ),
    ),
    franchiseEnBase: field(fc.boolean()),
    vatTreatment: field(
      fc.constantFrom('taxable', 'franchiseEnBase', 'otherExemption', 'reverseCharge', 'exempt'),
    ),
    otherExemptionText: field(
      fc.oneof(
        fc.constantFrom('Exonération de TVA, art. 261 4 4° du CGI', '  art. 261 C  ', '   ', ''),
        fc.constant(` ${'x'.repeat(500)} `),
        fc.constant('x'.repeat(501)),
      ),
    ),
    vatOnDebitsOption: field(fc.boolean()),
    unknownKey: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('the fast reader of legalMentions', () => {
  it('accepts exactly what the schema accepts, and reads it as the schema does', () => {
    fc.assert(
      fc.property(input, (value) => {
        const parsed = legalMentionsInputSchema.safeParse(value);
        const read = readLegalMentionsInput(value);
        const accepted = read !== undefined && legalMentionsInputIssues(read) === undefined;
        expect(accepted).toBe(parsed.success);
        if (read !== undefined && parsed.success) expect(read).toEqual(parsed.data);
      }),
    );
  });

  it('trims the exemption text as the schema does, without changing the input', () => {
    const value = {
      customerKind: 'consumer',
      vatTreatment: 'otherExemption',
      otherExemptionText: ' art. 261 C ',
    };
    expect(readLegalMentionsInput(value)).toEqual({ ...value, otherExemptionText: 'art. 261 C' });
    expect(value.otherExemptionText).toBe(' art. 261 C ');
  });
});
