import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { sendQuote } from './sendQuote.js';

const draft = documentOf('quote', 'Q-1', [lineOf('1', items.chair, '4')], {
  validUntil: '2026-04-30',
});

describe('sendQuote', () => {
  it('marks a draft sent and dates it', () => {
    const sent = sendQuote(draft, '2026-03-02');
    expect(sent).toEqual({ ...draft, status: 'sent', issueDate: '2026-03-02' });
  });

  it('keeps a date already given', () => {
    expect(sendQuote({ ...draft, issueDate: '2026-03-01' }, '2026-03-02').issueDate).toBe(
      '2026-03-01',
    );
  });

  it('may be sent on its last day of validity, not after', () => {
    expect(sendQuote(draft, '2026-04-30').status).toBe('sent');
    expect(caughtTpeError(() => sendQuote(draft, '2026-05-01')).issues[0]?.code).toBe(
      'after_valid_until',
    );
  });

  it('refuses anything but a draft quote', () => {
    const error = caughtTpeError(() => sendQuote({ ...draft, status: 'accepted' }, '2026-03-02'));
    expect([error.code, error.details]).toEqual([
      'INVALID_TRANSITION',
      { documentId: 'Q-1', kind: 'quote', from: 'accepted', to: 'sent' },
    ]);
    expect(errorCode(() => sendQuote({ ...draft, kind: 'salesOrder' }, '2026-03-02'))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => sendQuote(draft, '2026-02-30'))).toBe('INVALID_INPUT');
    expect(errorCode(() => sendQuote({} as never, '2026-03-02'))).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(draft);
    sendQuote(input, '2026-03-02');
    expect(input).toEqual(draft);
  });
});
