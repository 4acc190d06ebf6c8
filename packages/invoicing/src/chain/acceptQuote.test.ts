import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { acceptQuote } from './acceptQuote.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';

const sent = documentOf('quote', 'Q-1', [lineOf('1', items.chair, '4')], {
  status: 'sent',
  issueDate: '2026-03-02',
  validUntil: '2026-04-30',
});

describe('acceptQuote', () => {
  it('accepts a sent quote up to its last day of validity', () => {
    expect(acceptQuote(sent, '2026-03-02')).toEqual({ ...sent, status: 'accepted' });
    expect(acceptQuote(sent, '2026-04-30').status).toBe('accepted');
  });

  it('refuses an expired quote, even if its expiry was not recorded', () => {
    const error = caughtTpeError(() => acceptQuote(sent, '2026-05-01'));
    expect([error.code, error.details.from, error.details.to]).toEqual([
      'INVALID_TRANSITION',
      'expired',
      'accepted',
    ]);
  });

  it('never expires a quote without validUntil', () => {
    const { validUntil: _validUntil, ...open } = sent;
    expect(acceptQuote(open, '2030-01-01').status).toBe('accepted');
  });

  it('refuses other statuses, other kinds and a day before the quote', () => {
    for (const status of ['draft', 'accepted', 'refused', 'expired'] as const) {
      expect(errorCode(() => acceptQuote({ ...sent, status }, '2026-03-10'))).toBe(
        'INVALID_TRANSITION',
      );
    }
    expect(caughtTpeError(() => acceptQuote(sent, '2026-03-01')).issues[0]?.code).toBe(
      'before_issue_date',
    );
    expect(errorCode(() => acceptQuote({ ...sent, kind: 'proForma' }, '2026-03-10'))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => acceptQuote(sent, 'tomorrow'))).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(sent);
    acceptQuote(input, '2026-03-10');
    expect(input).toEqual(sent);
  });
});
