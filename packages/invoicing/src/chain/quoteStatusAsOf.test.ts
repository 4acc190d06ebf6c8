import { addDays } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { QuoteStatus } from '../model/DocumentStatus.js';
import { documentOf, errorCode, items, lineOf } from './internal/testFixtures.js';
import { quoteStatusAsOf } from './quoteStatusAsOf.js';

const quote = documentOf('quote', 'Q-1', [lineOf('1', items.chair, '4')], {
  validUntil: '2026-04-30',
});
const statuses: readonly QuoteStatus[] = ['draft', 'sent', 'accepted', 'refused', 'expired'];

describe('quoteStatusAsOf', () => {
  it('is expired for a sent quote once validUntil has passed, and only then', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        fc.integer({ min: -400, max: 400 }),
        (status, offset) => {
          const asOf = addDays('2026-04-30', offset);
          const expected = status === 'sent' && offset > 0 ? 'expired' : status;
          expect(quoteStatusAsOf({ ...quote, status }, asOf)).toBe(expected);
        },
      ),
    );
  });

  it('refuses other kinds and bad dates', () => {
    expect(errorCode(() => quoteStatusAsOf({ ...quote, kind: 'proForma' }, '2026-05-01'))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => quoteStatusAsOf(quote, '2026-13-01'))).toBe('INVALID_INPUT');
  });
});
