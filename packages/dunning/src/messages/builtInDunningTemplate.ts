import { parseWithSchema } from '@tpe/core';
import { type CustomerKind, customerKindSchema } from '@tpe/legal-fr';
import { z } from 'zod';
import type { DunningTemplate } from './DunningTemplate.js';
import { BUILT_IN_TEMPLATES } from './internal/builtIn/builtInTemplates.js';

/**
 * The ids of the French templates shipped with the engine, from the
 * gentlest to the last step before legal recovery:
 *
 * - `preReminder`: a courteous note before the due date;
 * - `courteousReminder`: the first reminder, "sans doute un simple oubli";
 * - `firmReminder`: the second reminder, with the penalties and the
 *   indemnity when the level claims them, and the announce of a formal notice;
 * - `formalNotice`: the mise en demeure, to send by registered letter: the
 *   creditor and the debtor, the invoices, the total claimed, the penalties
 *   and the indemnity with their legal basis and method, the deadline
 *   (`replyBy`, eight days from receipt by default) and the legal action
 *   that follows;
 * - `finalNotice`: the last notice before the file is handed over.
 *
 * Each has a variant per kind of customer: a consumer is never asked for
 * the 40 € indemnity and is told of legal interest (C. civ. 1231-6, 1344);
 * a business of the penalties of C. com. L441-10 II and the indemnity of
 * D441-5; a public buyer of moratory interest and the indemnity (CCP
 * R2192-31, D2192-35, R2192-36) and, instead of an injonction de payer, of
 * the administrative judge (référé-provision).
 *
 * @example
 * ```ts
 * import { BUILT_IN_DUNNING_TEMPLATES } from '@tpe/dunning';
 *
 * BUILT_IN_DUNNING_TEMPLATES;
 * // ['preReminder', 'courteousReminder', 'firmReminder', 'formalNotice', 'finalNotice']
 * ```
 *
 * @see C. com. L441-10 II, D441-5; CCP R2192-31, D2192-35, R2192-36; C. civ. 1231-6, 1344
 * @category Messages
 * @since 0.1.0
 */
export const BUILT_IN_DUNNING_TEMPLATES = Object.freeze([
  'preReminder',
  'courteousReminder',
  'firmReminder',
  'formalNotice',
  'finalNotice',
] as const);

/**
 * One of {@link BUILT_IN_DUNNING_TEMPLATES}.
 *
 * @category Messages
 * @since 0.1.0
 */
export type BuiltInDunningTemplateId = (typeof BUILT_IN_DUNNING_TEMPLATES)[number];

const argumentsSchema = z.tuple([z.enum(BUILT_IN_DUNNING_TEMPLATES), customerKindSchema]);

/**
 * The source of a built-in template for a kind of customer, to read it or
 * to start a custom template from it (give the copy the same id to replace
 * the built-in one).
 *
 * @param id - one of {@link BUILT_IN_DUNNING_TEMPLATES}
 * @param kind - the kind of customer of the variant
 * @returns the template: its subject and text in the `{{…}}` syntax (the
 *   HTML is made from the text)
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown id or kind
 *
 * @example
 * ```ts
 * import { builtInDunningTemplate } from '@tpe/dunning';
 *
 * builtInDunningTemplate('formalNotice', 'business').subject;
 * // 'Mise en demeure de payer – {{^severalReceivables}}facture{{/severalReceivables}}{{#severalReceivables}}factures{{/severalReceivables}} n°\u00a0{{invoiceNumbers}}'
 * builtInDunningTemplate('formalNotice', 'business').text.includes('D441-5'); // true
 * builtInDunningTemplate('formalNotice', 'consumer').text.includes('D441-5'); // false
 * builtInDunningTemplate('reminder', 'business'); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export function builtInDunningTemplate(
  id: BuiltInDunningTemplateId,
  kind: CustomerKind,
): DunningTemplate {
  const [checkedId, checkedKind] = parseWithSchema(argumentsSchema, [id, kind]);
  return { ...BUILT_IN_TEMPLATES[checkedId][checkedKind] };
}
