import { isTpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEGAL_INTEREST_RATE_TABLE } from '../rates/defaultRateTables.js';
import { checkContractualPenaltyRate } from './checkContractualPenaltyRate.js';

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('checkContractualPenaltyRate', () => {
  it('GC-15: 5 % stipulated for 2026 H1 is below the floor 3 × 2.62 = 7.86 %', () => {
    const check = checkContractualPenaltyRate({ rate: '5', date: '2026-03-16' });
    expect(check).toMatchObject({
      compliant: false,
      floor: '7.86',
      legalRate: '2.62',
      from: '2026-01-01',
      to: '2026-06-30',
    });
    expect(check.trace[0]).toMatchObject({
      rule: 'contractualRateFloor',
      values: { rate: '5', floor: '7.86', compliant: 'false' },
    });
  });

  it('GC-15: floors of 2025 H2 (8.28 %) and 2025 H1 (11.13 %)', () => {
    expect(checkContractualPenaltyRate({ rate: '8.28', date: '2025-07-01' })).toMatchObject({
      compliant: true,
      floor: '8.28',
    });
    expect(checkContractualPenaltyRate({ rate: '8.27', date: '2025-12-31' }).compliant).toBe(false);
    expect(checkContractualPenaltyRate({ rate: '11.13', date: '2025-06-30' })).toMatchObject({
      compliant: true,
      floor: '11.13',
    });
    expect(checkContractualPenaltyRate({ rate: '11', date: '2025-01-01' }).compliant).toBe(false);
  });

  it('compares exactly whatever the decimals', () => {
    expect(checkContractualPenaltyRate({ rate: '7.859999', date: '2026-03-16' }).compliant).toBe(
      false,
    );
    expect(checkContractualPenaltyRate({ rate: '7.860000', date: '2026-03-16' }).compliant).toBe(
      true,
    );
    expect(checkContractualPenaltyRate({ rate: '7.860001', date: '2026-03-16' }).compliant).toBe(
      true,
    );
  });

  it('a floor above the B2B default (2024 H1: 15.21 % > 14.50 %)', () => {
    expect(checkContractualPenaltyRate({ rate: '14.50', date: '2024-03-01' })).toMatchObject({
      compliant: false,
      floor: '15.21',
    });
  });

  it('raises RATE_UNKNOWN after 2026-06-30 unless a table is supplied', () => {
    expect(code(() => checkContractualPenaltyRate({ rate: '9', date: '2026-07-01' }))).toBe(
      'RATE_UNKNOWN',
    );
    const tables = {
      legalInterestRates: {
        ...DEFAULT_LEGAL_INTEREST_RATE_TABLE,
        rows: [
          ...DEFAULT_LEGAL_INTEREST_RATE_TABLE.rows,
          { from: '2026-07-01', to: '2026-12-31', particuliers: '6.40', autres: '2.50' },
        ],
      },
    };
    expect(checkContractualPenaltyRate({ rate: '7.5', date: '2026-07-01', tables })).toMatchObject({
      compliant: true,
      floor: '7.50',
    });
  });

  it('answers INVALID_INPUT for numbers, negative rates and bad dates', () => {
    expect(code(() => checkContractualPenaltyRate({ rate: 5 as never, date: '2026-03-16' }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => checkContractualPenaltyRate({ rate: '-5', date: '2026-03-16' }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => checkContractualPenaltyRate({ rate: '5', date: '16/03/2026' }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => checkContractualPenaltyRate({ rate: '5,5', date: '2026-03-16' }))).toBe(
      'INVALID_INPUT',
    );
  });
});
