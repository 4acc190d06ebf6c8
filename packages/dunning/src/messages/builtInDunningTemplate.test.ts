import { describe, expect, it } from 'vitest';
import { BUILT_IN_DUNNING_TEMPLATES, builtInDunningTemplate } from '../index.js';

const NB = '\u00a0';
const KINDS = ['business', 'consumer', 'publicBuyer'] as const;

describe('builtInDunningTemplate', () => {
  it('lists the five steps from the gentlest', () => {
    expect(BUILT_IN_DUNNING_TEMPLATES).toEqual([
      'preReminder',
      'courteousReminder',
      'firmReminder',
      'formalNotice',
      'finalNotice',
    ]);
  });

  it('gives the source of a template, with the French no-break spaces', () => {
    expect(builtInDunningTemplate('courteousReminder', 'business')).toEqual({
      id: 'courteousReminder',
      subject: `Rappel${NB}: {{^severalReceivables}}facture{{/severalReceivables}}{{#severalReceivables}}factures{{/severalReceivables}} n°${NB}{{invoiceNumbers}} en attente de règlement`,
      text: expect.stringContaining('{{receivablesTable}}'),
    });
  });

  it('returns a new object each time', () => {
    const first = builtInDunningTemplate('formalNotice', 'business');
    (first as { subject: string }).subject = 'changed';
    expect(builtInDunningTemplate('formalNotice', 'business').subject).not.toBe('changed');
  });

  it('never asks a consumer for the 40 € indemnity nor quotes the Code de commerce', () => {
    for (const id of BUILT_IN_DUNNING_TEMPLATES) {
      const { text } = builtInDunningTemplate(id, 'consumer');
      expect(text).not.toContain('40');
      expect(text).not.toContain('Code de commerce');
      expect(text).not.toContain('moratoires');
    }
  });

  it('quotes the articles of each kind where penalties are claimed', () => {
    for (const id of [
      'courteousReminder',
      'firmReminder',
      'formalNotice',
      'finalNotice',
    ] as const) {
      expect(builtInDunningTemplate(id, 'business').text).toContain('L441-10 II');
      expect(builtInDunningTemplate(id, 'business').text).toContain('D441-5');
      expect(builtInDunningTemplate(id, 'publicBuyer').text).toContain('R2192-31 et D2192-35');
      expect(builtInDunningTemplate(id, 'publicBuyer').text).not.toContain('L441-10');
    }
    expect(builtInDunningTemplate('formalNotice', 'consumer').text).toContain('1231-6');
    expect(builtInDunningTemplate('preReminder', 'business').text).not.toContain('L441-10');
  });

  it('shows the table of receivables in every template and kind', () => {
    for (const id of BUILT_IN_DUNNING_TEMPLATES) {
      for (const kind of KINDS) {
        expect(builtInDunningTemplate(id, kind).text).toContain('{{receivablesTable}}');
      }
    }
  });

  it.each([
    ['reminder', 'business'],
    ['formalNotice', 'company'],
    [undefined, undefined],
  ])('refuses %s for %s', (id, kind) => {
    expect(() => builtInDunningTemplate(id as never, kind as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
