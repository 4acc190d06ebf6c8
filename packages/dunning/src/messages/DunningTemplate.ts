import { z } from 'zod';
import { textIdSchema } from '../input/internal/schemaParts.js';

/** The most characters of a subject. */
const MAX_SUBJECT_LENGTH = 1_000;
/** The most characters of a text or an HTML body. */
const MAX_BODY_LENGTH = 200_000;

/**
 * A message template: a subject, a text and optionally an HTML body, each
 * written with the `{{…}}` syntax below. Give it to
 * {@link renderDunningMessage} in `templates`, with its own `id` or with the
 * id of a built-in template it replaces (for every kind of customer).
 *
 * **Syntax** (a small subset of Mustache; the names are those of
 * {@link DUNNING_TEMPLATE_PLACEHOLDERS}):
 * - `{{customer.name}}` prints a value, spaces inside the braces allowed;
 * - `{{#claimsPenalties}}…{{/claimsPenalties}}` keeps its content when the
 *   flag is on or the value is not empty, `{{^name}}…{{/name}}` when it is
 *   off or empty; sections nest;
 * - `{{#receivables}}…{{/receivables}}` repeats its content for each
 *   receivable, where `{{number}}`, `{{dueDate}}`, `{{outstanding}}`… are
 *   the receivable's;
 * - `{{receivablesTable}}` prints the receivables and their totals: lines in
 *   the text, an HTML table (inline styles) in the HTML;
 * - a section tag alone on its line takes the line with it.
 *
 * **HTML**: with `html`, that body is used as written and every value
 * printed in it is escaped (`&`, `<`, `>`, `"`, `'`), its line breaks
 * becoming `<br>`. Without it, the HTML is made from `text`: each block of
 * lines of the template separated by a blank line becomes a paragraph, its
 * other line breaks `<br>`; the text and the values are escaped once (the
 * line breaks of a value always become `<br>`), and the table stands as a
 * paragraph of its own.
 *
 * **Gotchas**: `{{` always opens a placeholder; a name that does not exist
 * raises `UNKNOWN_PLACEHOLDER`, a broken tag or section `INVALID_TEMPLATE`
 * (check a template when it is saved with {@link parseDunningTemplate}). The
 * subject is text, made one line.
 *
 * @example
 * ```ts
 * import type { DunningTemplate } from '@tpe/dunning';
 *
 * const template: DunningTemplate = {
 *   id: 'gentleNudge',
 *   subject: 'Facture {{invoiceNumbers}}',
 *   text: 'Bonjour {{customer.name}},\n\nIl reste {{totals.outstanding}} à régler.\n',
 * };
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export interface DunningTemplate {
  /** The id a policy level or `templateId` names. */
  readonly id: string;
  /** The subject of the email, or the "Objet" of a letter. */
  readonly subject: string;
  /** The body as plain text. */
  readonly text: string;
  /** The body as HTML; made from `text` when absent. */
  readonly html?: string | undefined;
}

/**
 * A zod schema for {@link DunningTemplate} (the shape only: the syntax is
 * checked by {@link parseDunningTemplate}); unknown keys are refused.
 *
 * @example
 * ```ts
 * import { dunningTemplateSchema } from '@tpe/dunning';
 *
 * dunningTemplateSchema.safeParse({ id: 'a', subject: 'Relance', text: 'Bonjour' }).success; // true
 * dunningTemplateSchema.safeParse({ id: 'a', subject: 'Relance' }).success; // false
 * ```
 *
 * @category Messages
 * @since 0.1.0
 */
export const dunningTemplateSchema: z.ZodType<DunningTemplate> = z.strictObject({
  id: textIdSchema,
  subject: z.string().max(MAX_SUBJECT_LENGTH),
  text: z.string().max(MAX_BODY_LENGTH),
  html: z.string().max(MAX_BODY_LENGTH).optional(),
});
