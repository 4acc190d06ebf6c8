import { isTpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { latePenaltyRate } from '../penalties/latePenaltyRate.js';
import { DEFAULT_ECB_RATE_TABLE, DEFAULT_LEGAL_INTEREST_RATE_TABLE } from './defaultRateTables.js';
import { prepareRateTables, rateTablesSchema } from './prepareRateTables.js';

const newer = {
  ...DEFAULT_ECB_RATE_TABLE,
  validUntil: '2026-07-23',
  rows: [...DEFAULT_ECB_RATE_TABLE.rows, { effectiveDate: '2026-06-10', rate: '2.00' }],
};

describe('prepareRateTables', () => {
  it('defaults to the shipped tables', () => {
    const tables = prepareRateTables();
    expect(tables.ecbMainRefinancingRates).toEqual(DEFAULT_ECB_RATE_TABLE);
    expect(tables.legalInterestRates).toEqual(DEFAULT_LEGAL_INTEREST_RATE_TABLE);
    expect(Object.isFrozen(tables)).toBe(true);
  });

  it('prepares a newer table once for many calls', () => {
    const tables = prepareRateTables({ ecbMainRefinancingRates: newer });
    expect(latePenaltyRate({ date: '2026-07-15', regime: 'b2bDefault', tables }).rate).toBe(
      '12.00',
    );
    expect(latePenaltyRate({ date: '2026-03-15', regime: 'publicBuyer', tables }).rate).toBe(
      '10.15',
    );
    expect(tables.legalInterestRates).toEqual(DEFAULT_LEGAL_INTEREST_RATE_TABLE);
  });

  it('refuses malformed tables with the path of the problem', () => {
    try {
      prepareRateTables({ ecbMainRefinancingRates: { ...newer, validUntil: '2026-06-01' } });
      expect.unreachable();
    } catch (error) {
      expect(isTpeError(error) && error.code).toBe('INVALID_INPUT');
      expect(isTpeError(error) && error.issues[0]?.path).toEqual([
        'ecbMainRefinancingRates',
        'validUntil',
      ]);
    }
    expect(() => prepareRateTables({ ecb: newer } as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});

describe('rateTablesSchema', () => {
  it('accepts either table and refuses unknown keys', () => {
    expect(rateTablesSchema.safeParse({}).success).toBe(true);
    expect(
      rateTablesSchema.safeParse({ legalInterestRates: DEFAULT_LEGAL_INTEREST_RATE_TABLE }).success,
    ).toBe(true);
    expect(rateTablesSchema.safeParse({ ecbRates: newer }).success).toBe(false);
  });
});
