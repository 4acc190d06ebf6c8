import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { aLine, anIssuedInvoice } from '../internal/documentFixtures.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import { errorCode } from '../payments/internal/testFixtures.js';
import { quoteConversionRate } from './quoteConversionRate.js';

const quote = (
  id: string,
  status: CommercialDocument['status'],
  sentOn: string | undefined,
  unitPrice: string,
  validUntil = '2026-04-30',
): CommercialDocument => {
  const {
    number: _number,
    issueDate: _issueDate,
    ...base
  } = anIssuedInvoice(id, '2026-01-01', [aLine('1', '1', unitPrice)]);
  return {
    ...base,
    kind: 'quote',
    status,
    validUntil,
    ...(sentOn === undefined ? {} : { issueDate: sentOn }),
  };
};

const quotes = [
  quote('Q-1', 'accepted', '2026-03-02', '1000'),
  quote('Q-2', 'accepted', '2026-03-15', '500'),
  quote('Q-3', 'refused', '2026-03-20', '2000'),
  quote('Q-4', 'sent', '2026-03-25', '300'), // expires after 04-30
  quote('Q-5', 'expired', '2026-02-10', '700', '2026-03-10'),
  quote('Q-6', 'sent', '2026-04-10', '400', '2026-06-30'),
  quote('Q-7', 'draft', undefined, '9999'),
  anIssuedInvoice('INV-1', '2026-03-05', [aLine('1', '1', '5000')]),
];

describe('quoteConversionRate', () => {
  it('accepted / decided, by count and amount, expired quotes lost', () => {
    // on 05-15: accepted; refused Q-3; expired Q-4 (past 04-30), Q-5; open Q-6
    // decided 5, rate 2 / 5 = 40 %; amounts 1500 / (1000 + 500 + 2000 + 300 + 700 = 4500) = 33.33 %
    expect(quoteConversionRate(quotes, { asOf: '2026-05-15' })).toEqual({
      asOf: '2026-05-15',
      sent: 6,
      accepted: 2,
      refused: 1,
      expired: 2,
      open: 1,
      decided: 5,
      rate: '40.00',
      acceptedAmount: '1500.00',
      decidedAmount: '4500.00',
      amountRate: '33.33',
    });
  });

  it('expired quotes left out on request; status and period as of the date', () => {
    // decided = 2 + 1 = 3 → 66.67 %; 1500 / 3500 = 42.857… → 42.86 %
    expect(quoteConversionRate(quotes, { asOf: '2026-05-15', expired: 'undecided' })).toMatchObject(
      {
        decided: 3,
        rate: '66.67',
        amountRate: '42.86',
      },
    );
    // on 04-15, Q-4 is still valid: open
    expect(quoteConversionRate(quotes, { asOf: '2026-04-15' })).toMatchObject({
      expired: 1,
      open: 2,
      decided: 4,
    });
    // March only
    expect(
      quoteConversionRate(quotes, { asOf: '2026-05-15', from: '2026-03-01', to: '2026-03-31' }),
    ).toMatchObject({ sent: 4, decided: 4, rate: '50.00' });
    // before any decision
    expect(quoteConversionRate(quotes, { asOf: '2026-01-31' })).toMatchObject({
      sent: 0,
      rate: null,
      amountRate: null,
    });
  });

  it('refuses bad input and does not mutate', () => {
    expect(
      errorCode(() => quoteConversionRate(quotes, { asOf: '2026-05-15', expired: 'won' as never })),
    ).toBe('INVALID_INPUT');
    expect(errorCode(() => quoteConversionRate(quotes, { asOf: 'soon' }))).toBe('INVALID_INPUT');
    expect(
      errorCode(() => quoteConversionRate([{ kind: 'quote' } as never], { asOf: '2026-05-15' })),
    ).toBe('INVALID_INPUT');
    const frozen = deepFreeze(structuredClone(quotes));
    expect(quoteConversionRate(frozen, { asOf: '2026-05-15' }).rate).toBe('40.00');
  });
});
