import type { InvoiceMentionId, LegalMention } from '@tpe/legal-fr';
import type { InvoiceNote } from './InvoiceTerms.js';

/**
 * The UNTDID 4451 subject code (BT-21) under which each payment sentence is
 * written as a note, as the French reform rules read them (BR-FR-05): `AAB`
 * escompte or its absence, `PMD` late-payment penalties, `PMT` the 40 €
 * recovery indemnity, `TXD` the option for VAT on debits.
 */
const SUBJECT_CODES: Readonly<Partial<Record<InvoiceMentionId, string>>> = {
  escompteConditions: 'AAB',
  latePenaltyRate: 'PMD',
  recoveryIndemnity: 'PMT',
  vatOnDebitsMention: 'TXD',
};

/** Where the payment sentences of an invoice go in an e-invoice. */
export interface PaymentNotes {
  /** BT-20: the payment-date sentence. */
  readonly paymentTerms: string | undefined;
  /** BG-1: the other sentences with their subject codes, in print order. */
  readonly notes: readonly InvoiceNote[];
}

/**
 * Places the payment sentences written by `legalMentions` of
 * `@tpe/legal-fr`: the payment date as the payment terms (BT-20), escompte,
 * penalties, indemnity and VAT on debits as notes with their subject codes.
 * The VAT exemption sentences are left out: they are the exemption reasons
 * (BT-120) of the VAT breakdown.
 */
export function paymentNotesOf(mentions: readonly LegalMention[]): PaymentNotes {
  let paymentTerms: string | undefined;
  const notes: InvoiceNote[] = [];
  for (const mention of mentions) {
    if (mention.id === 'paymentDate') {
      paymentTerms = mention.text;
      continue;
    }
    const subjectCode = SUBJECT_CODES[mention.id];
    if (subjectCode !== undefined) notes.push({ subjectCode, content: mention.text });
  }
  return { paymentTerms, notes };
}
