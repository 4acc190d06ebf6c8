import { describe, expect, it } from 'vitest';
import { documentOf, errorCode, frozen, items, lineOf } from './internal/testFixtures.js';
import { refuseQuote } from './refuseQuote.js';

const sent = documentOf('quote', 'Q-1', [lineOf('1', items.chair, '4')], { status: 'sent' });

describe('refuseQuote', () => {
  it('refuses a sent quote', () => {
    expect(refuseQuote(sent)).toEqual({ ...sent, status: 'refused' });
  });

  it('refuses other statuses and kinds', () => {
    for (const status of ['draft', 'accepted', 'refused', 'expired'] as const) {
      expect(errorCode(() => refuseQuote({ ...sent, status }))).toBe('INVALID_TRANSITION');
    }
    expect(errorCode(() => refuseQuote({ ...sent, kind: 'invoice', status: 'issued' }))).toBe(
      'INVALID_INPUT',
    );
    expect(errorCode(() => refuseQuote('Q-1' as never))).toBe('INVALID_INPUT');
  });

  it('does not change its input', () => {
    const input = frozen(sent);
    refuseQuote(input);
    expect(input).toEqual(sent);
  });
});
