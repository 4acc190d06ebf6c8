import { isTpeError } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { recoveryIndemnity } from './recoveryIndemnity.js';

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return error.code;
    throw error;
  }
  return 'none';
}

describe('recoveryIndemnity', () => {
  it('GC-12: 40.00 € for one B2B invoice paid late', () => {
    const result = recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 1 });
    expect(result).toMatchObject({
      amount: '40.00',
      flatIndemnity: '40.00',
      additionalCompensation: '0.00',
      currency: 'EUR',
    });
    expect(result.trace[0]).toMatchObject({ article: 'C. com. L441-10 II, D441-5' });
  });

  it('one indemnity per invoice, public buyers too', () => {
    expect(recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 3 }).amount).toBe('120.00');
    const pub = recoveryIndemnity({ debtor: 'publicBuyer', invoicesPaidLate: 2 });
    expect(pub.amount).toBe('80.00');
    expect(pub.trace[0]?.article).toBe('CCP D2192-35');
    expect(recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 0 }).amount).toBe('0.00');
  });

  it('none for consumers, none under insolvency, whatever the additional costs', () => {
    expect(recoveryIndemnity({ debtor: 'consumer', invoicesPaidLate: 2 }).amount).toBe('0.00');
    const insolvent = recoveryIndemnity({
      debtor: 'business',
      invoicesPaidLate: 2,
      insolvency: true,
      additionalCompensation: '300.00',
    });
    expect(insolvent).toMatchObject({
      amount: '0.00',
      flatIndemnity: '0.00',
      additionalCompensation: '0.00',
    });
    expect(insolvent.trace.map((step) => step.rule)).toEqual([
      'recoveryIndemnity',
      'additionalCompensation',
    ]);
    expect(
      recoveryIndemnity({ debtor: 'consumer', invoicesPaidLate: 1, additionalCompensation: '10' })
        .amount,
    ).toBe('0.00');
  });

  it('adds proven additional compensation and flags it', () => {
    const result = recoveryIndemnity({
      debtor: 'business',
      invoicesPaidLate: 1,
      additionalCompensation: '150.5',
    });
    expect(result).toMatchObject({
      amount: '190.50',
      flatIndemnity: '40.00',
      additionalCompensation: '150.50',
    });
    expect(result.trace[1]).toMatchObject({
      rule: 'additionalCompensation',
      values: { onProof: 'true', additionalCompensation: '150.50' },
    });
    expect(
      recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 0, additionalCompensation: '150' })
        .amount,
    ).toBe('0.00');
  });

  it('answers INVALID_INPUT for bad kinds', () => {
    expect(code(() => recoveryIndemnity({ debtor: 'company' as never, invoicesPaidLate: 1 }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => recoveryIndemnity({ debtor: 'business', invoicesPaidLate: -1 }))).toBe(
      'INVALID_INPUT',
    );
    expect(code(() => recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 1.5 }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      code(() => recoveryIndemnity({ debtor: 'business', invoicesPaidLate: '1' as never })),
    ).toBe('INVALID_INPUT');
    expect(
      code(() =>
        recoveryIndemnity({
          debtor: 'business',
          invoicesPaidLate: 1,
          additionalCompensation: 150 as never,
        }),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      code(() =>
        recoveryIndemnity({
          debtor: 'business',
          invoicesPaidLate: 1,
          additionalCompensation: '-1',
        }),
      ),
    ).toBe('INVALID_INPUT');
  });
});
