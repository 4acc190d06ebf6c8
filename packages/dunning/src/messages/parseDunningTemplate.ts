import { parseWithSchema } from '@tpe/core';
import { type DunningTemplate, dunningTemplateSchema } from './DunningTemplate.js';
import { parseTemplate } from './internal/parseTemplate.js';

/**
 * Checks a custom template — its shape, its `{{…}}` syntax and every name
 * it uses — and returns it. Call it when a user saves a template, so that a
 * mistake shows then rather than when a reminder is due.
 *
 * @param input - the untrusted template
 * @returns the template, checked (a new object)
 * @throws {@link TpeError} `INVALID_INPUT` for a wrong shape;
 *   `UNKNOWN_PLACEHOLDER` for a name that does not exist (or a receivable's
 *   name outside `{{#receivables}}…{{/receivables}}`), `INVALID_TEMPLATE`
 *   for a broken tag or section — both with `details.templateId`,
 *   `details.part` (`subject`, `text` or `html`), `details.line`, and
 *   `details.placeholder` for the first
 *
 * @example
 * ```ts
 * import { parseDunningTemplate } from '@tpe/dunning';
 *
 * parseDunningTemplate({ id: 'nudge', subject: 'Facture {{invoiceNumbers}}', text: '{{receivablesTable}}' }).id; // 'nudge'
 * parseDunningTemplate({ id: 'nudge', subject: 'Facture {{invoiceNumber}}', text: '' }); // throws TpeError UNKNOWN_PLACEHOLDER
 * parseDunningTemplate({ id: 'nudge', subject: '{{#claimsPenalties}}Pénalités', text: '' }); // throws TpeError INVALID_TEMPLATE
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export function parseDunningTemplate(input: unknown): DunningTemplate {
  const template = parseWithSchema(dunningTemplateSchema, input);
  parseTemplate(template, []);
  return template;
}
