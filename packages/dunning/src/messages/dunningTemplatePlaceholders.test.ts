import { describe, expect, it } from 'vitest';
import {
  DUNNING_TEMPLATE_PLACEHOLDERS,
  parseDunningTemplate,
  renderDunningMessage,
} from '../index.js';

const values = DUNNING_TEMPLATE_PLACEHOLDERS.filter((placeholder) => placeholder.use === 'value');
const flags = DUNNING_TEMPLATE_PLACEHOLDERS.filter((placeholder) => placeholder.use === 'flag');

/** A line `name=value` for every value of a scope, and `name` for every flag that is on. */
function listing(scope: 'message' | 'receivable'): string {
  return [
    ...values
      .filter((placeholder) => placeholder.scope === scope)
      .map(({ name }) => `${name}={{${name}}}`),
    ...flags
      .filter((placeholder) => placeholder.scope === scope)
      .map(({ name }) => `{{#${name}}}${name}{{/${name}}}`),
  ].join('|');
}

describe('DUNNING_TEMPLATE_PLACEHOLDERS', () => {
  it('names are unique and each can be used as it says', () => {
    const names = DUNNING_TEMPLATE_PLACEHOLDERS.map((placeholder) => placeholder.name);
    expect(new Set(names).size).toBe(names.length);
    const text = `${listing('message')}\n{{#receivables}}${listing('receivable')}{{/receivables}}\n{{receivablesTable}}`;
    expect(parseDunningTemplate({ id: 'all', subject: '', text }).text).toBe(text);
  });

  it('every one stands for a value when the input gives everything', () => {
    const text = `${listing('message')}{{#receivables}}|${listing('receivable')}{{/receivables}}`;
    const message = renderDunningMessage({
      templateId: 'all',
      templates: [{ id: 'all', subject: '', text }],
      customer: {
        id: 'c-1',
        kind: 'business',
        name: 'Boulangerie Martin SARL',
        email: 'compta@martin.fr',
        phone: '04 78 00 00 00',
        postalAddress: ['3 place du Marché', '69002 Lyon'],
      },
      creditor: {
        name: 'Atelier Lumière SARL',
        address: ['12 rue des Lilas'],
        email: 'compta@atelier-lumiere.fr',
        phone: '04 72 00 00 00',
        siren: '732 829 320',
        iban: 'FR7630006000011234567890189',
        bic: 'bnpa fr pp',
        signature: 'Marie Durand',
      },
      receivables: [
        {
          number: 'F-1',
          issueDate: '2026-01-15',
          dueDate: '2026-03-16',
          amount: '1200.00',
          outstanding: '1200.00',
          daysLate: 30,
          penalty: '11.98',
          indemnity: '40.00',
          penaltyRates: ['12.15', '12.4'],
        },
        {
          number: 'F-2',
          issueDate: '2026-01-20',
          dueDate: '2026-03-20',
          amount: '10.00',
          outstanding: '10.00',
          daysLate: 26,
          penalty: '0.09',
          indemnity: '40.00',
          penaltyRates: ['12.15'],
        },
      ],
      totals: {
        outstanding: '1210.00',
        penalties: '12.07',
        indemnities: '80.00',
        claimed: '1302.07',
      },
      currency: 'EUR',
      asOf: '2026-04-15',
      level: 3,
      claimsPenalties: true,
      replyBy: '2026-05-01',
    });
    // The last receivable's values win: they are those of F-2.
    const printed = new Map(
      message.text.split('|').map((pair) => {
        const [name = '', value] = pair.split('=');
        return [name, value];
      }),
    );
    for (const { name, use, scope } of DUNNING_TEMPLATE_PLACEHOLDERS) {
      if (use === 'value' && scope === 'message') expect(printed.get(name), name).not.toBe('');
      if (use === 'flag' && !['customer.isConsumer', 'customer.isPublicBuyer'].includes(name)) {
        expect(printed.has(name), name).toBe(true);
      }
    }
    expect(printed.get('creditor.siren')).toBe('732 829 320');
    expect(printed.get('creditor.iban')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(printed.get('creditor.bic')).toBe('BNPAFRPP');
    expect(printed.get('customer.postalAddress')).toBe('3 place du Marché\n69002 Lyon');
    expect(printed.get('replyBy')).toBe('1er mai 2026');
    expect(printed.get('invoiceNumbers')).toBe('F-1 et F-2');
    expect(printed.get('receivableCount')).toBe('2');
    expect(printed.get('penaltyRates')).toBe('12,15\u00a0%');
    expect(message.text).toContain('penaltyRates=12,15\u00a0% puis 12,4\u00a0%|');
    expect(printed.get('penalty')).toBe('0,09\u00a0€');
  });
});
