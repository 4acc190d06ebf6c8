import { describe, expect, it } from 'vitest';
import { expireQuote } from './expireQuote.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';

const sent = documentOf('quote', 'Q-1', [lineOf('1', items.chair, '4')], {
  status: 'sent',
  validUntil: '2026-04-30',
});

describe('expireQuote', () => {
  it('expires a sent quote the day after its validity', () => {
    expect(expireQuote(sent, '2026-05-01')).toEqual({ ...sent, status: 'expired' });
  });

  it('refuses a quote still valid, without validity, or not sent', () => {
    expect(errorCode(() => expireQuote(sent, '2026-04-30'))).toBe('INVALID_TRANSITION');
    const { validUntil: _validUntil, ...open } = sent;
    expect(errorCode(() => expireQuote(open, '2030-01-01'))).toBe('INVALID_TRANSITION');
    for (const status of ['draft', 'accepted', 'refused', 'expired'] as const) {
      expect(errorCode(() => expireQuote({ ...sent, status }, '2026-05-01'))).toBe(
        'INVALID_TRANSITION',
      );
    }
    expect(
      errorCode(() => expireQuote({ ...sent, kind: 'salesOrder', status: 'draft' }, '2026-05-01')),
    ).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(sent);
    expireQuote(input, '2026-05-01');
    expect(input).toEqual(sent);
  });
});
