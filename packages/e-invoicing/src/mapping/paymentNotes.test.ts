import { legalMentions } from '@tpe/legal-fr';
import { describe, expect, it } from 'vitest';
import { paymentNotesOf } from './paymentNotes.js';

describe('paymentNotesOf', () => {
  it('puts the payment date in the payment terms and the other sentences in coded notes', () => {
    const mentions = legalMentions({
      customerKind: 'business',
      dueDate: '2026-03-16',
      latePenaltyRate: '12.15',
      vatOnDebitsOption: true,
      vatTreatment: 'reverseCharge',
    });
    const { paymentTerms, notes } = paymentNotesOf(mentions);
    expect(paymentTerms).toBe("Date d'échéance\u00a0: 16/03/2026");
    expect(notes.map((note) => note.subjectCode)).toEqual(['AAB', 'PMD', 'PMT', 'TXD']);
    // "Autoliquidation" is the exemption reason of the VAT breakdown, not a note
    expect(notes.some((note) => note.content === 'Autoliquidation')).toBe(false);
  });

  it('gives no payment terms when no payment date is stated', () => {
    expect(paymentNotesOf(legalMentions({ customerKind: 'consumer' }))).toEqual({
      paymentTerms: undefined,
      notes: [],
    });
  });
});
