import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ECB_RATE_TABLE } from '../../rates/defaultRateTables.js';
import { prepareRateTables } from '../../rates/prepareRateTables.js';
import { latePenaltyRateInputSchema } from '../latePenaltyRate.js';
import { readLatePenaltyRateInput } from './readLatePenaltyRateInput.js';

const prepared = prepareRateTables({ ecbMainRefinancingRates: DEFAULT_ECB_RATE_TABLE });

const input = fc.record(
  {
    date: fc.constantFrom('2026-03-16', '2024-02-29', '2026-02-30', 20260316),
    regime: fc.constantFrom('b2bDefault', 'publicBuyer', 'business'),
    tables: fc.constantFrom(
      undefined,
      prepared,
      {},
      { ecbMainRefinancingRates: DEFAULT_ECB_RATE_TABLE },
      'tables',
    ),
    unknownKey: fc.constant(1),
  },
  { requiredKeys: [] },
);

describe('the fast reader of latePenaltyRate', () => {
  it('accepts only what the schema accepts unchanged, and every input without plain tables it accepts', () => {
    fc.assert(
      fc.property(input, (value) => {
        const parsed = latePenaltyRateInputSchema.safeParse(value);
        const read = readLatePenaltyRateInput(value);
        if (read !== undefined) {
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(read);
          expect(parsed.data?.tables).toBe(read.tables);
        }
        const plainTables = value.tables !== undefined && value.tables !== prepared;
        if (!plainTables) expect(read !== undefined).toBe(parsed.success);
      }),
    );
  });
});
