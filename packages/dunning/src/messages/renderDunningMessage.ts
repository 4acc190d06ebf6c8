import { parseWithSchema } from '@tpe/core';
import { type DunningMessageInput, dunningMessageInputSchema } from './DunningMessageInput.js';
import { renderCheckedMessage } from './internal/renderCheckedMessage.js';

/**
 * A reminder ready to send: the subject, the body as plain text and as HTML.
 *
 * @example
 * ```ts
 * import type { DunningMessage } from '@tpe/dunning';
 *
 * const message: DunningMessage = { subject: 'Relance', text: 'Madame, Monsieur,\n', html: '<p>Madame, Monsieur,</p>' };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningMessage {
  /** One line: the email subject, or the "Objet" of a letter. */
  readonly subject: string;
  /** The body as plain text, lines separated by `\n`. */
  readonly text: string;
  /** The body as HTML with inline styles, every value from the input escaped. */
  readonly html: string;
}

/**
 * Writes a reminder from a template: a built-in one in the variant of the
 * customer's kind, or a custom one given in `templates` (which wins over a
 * built-in template of the same id).
 *
 * **Details**: amounts are written the French way (`1 200,00 €`), the dates
 * of the invoices `16/03/2026`, those of the letter `15 avril 2026`. The
 * table of receivables shows the days late when some are late, and the
 * penalties, their rates and the indemnities only when the level claims
 * them and they are not zero. Every value from the input is escaped once in
 * the HTML and printed as is in the text; the subject is made one line.
 *
 * **Gotchas**: only the template used is parsed; check custom templates
 * when they are saved with {@link parseDunningTemplate}. The totals are
 * checked against the receivables: compute them with the same amounts.
 *
 * @param input - the template, the parties, the receivables and their totals
 * @returns the subject, the text and the HTML
 * @throws {@link TpeError} `INVALID_INPUT` (see
 *   {@link dunningMessageInputSchema}); `UNKNOWN_PLACEHOLDER` or
 *   `INVALID_TEMPLATE` for a custom template in error, with
 *   `details.templateId`, `details.part` and `details.line`
 *
 * @example
 * ```ts
 * import { renderDunningMessage } from '@tpe/dunning';
 *
 * const message = renderDunningMessage({
 *   templateId: 'formalNotice',
 *   customer: { id: 'c-1', kind: 'business', name: 'Boulangerie Martin SARL' },
 *   creditor: { name: 'Atelier Lumière SARL', iban: 'FR7630006000011234567890189' },
 *   receivables: [
 *     { number: 'F-2026-014', issueDate: '2026-01-15', dueDate: '2026-03-16', amount: '1200.00',
 *       outstanding: '1200.00', daysLate: 30, penalty: '11.98', indemnity: '40.00', penaltyRates: ['12.15'] },
 *   ],
 *   totals: { outstanding: '1200.00', penalties: '11.98', indemnities: '40.00', claimed: '1251.98' },
 *   currency: 'EUR',
 *   asOf: '2026-04-15',
 *   level: 2,
 *   claimsPenalties: true,
 *   replyBy: '2026-04-30',
 * });
 * message.subject; // 'Mise en demeure de payer – facture n°\u00a0F-2026-014'
 * message.text.includes('la somme totale de 1\u202f251,98\u00a0€ au plus tard le 30 avril 2026.'); // true
 * message.html.includes('<td style="border:1px solid #cccccc;padding:4px 8px;text-align:left;vertical-align:top">F-2026-014</td>'); // true
 *
 * renderDunningMessage({ templateId: 'formalNotice' }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see C. com. L441-10 II, D441-5; CCP R2192-31, D2192-35; C. civ. 1231-6, 1344
 * @category Messages
 * @since 0.1.0
 */
export function renderDunningMessage(input: DunningMessageInput): DunningMessage {
  return renderCheckedMessage(parseWithSchema(dunningMessageInputSchema, input));
}
