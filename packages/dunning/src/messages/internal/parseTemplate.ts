import type { DunningTemplate } from '../DunningTemplate.js';
import type { ParsedTemplate } from './renderTemplate.js';
import { parseTemplateText } from './templateSyntax.js';

/**
 * Parses the subject, the text and the HTML of a template; `path` is where
 * the template stands in the input, for the errors.
 *
 * @throws {@link TpeError} `UNKNOWN_PLACEHOLDER`, `INVALID_TEMPLATE`
 */
export function parseTemplate(
  template: DunningTemplate,
  path: readonly (string | number)[],
): ParsedTemplate {
  const templateId = template.id;
  const subject = parseTemplateText(template.subject, {
    templateId,
    part: 'subject',
    path: [...path, 'subject'],
  });
  const text = parseTemplateText(template.text, {
    templateId,
    part: 'text',
    path: [...path, 'text'],
  });
  if (template.html === undefined) return { id: templateId, subject, text };
  const html = parseTemplateText(template.html, {
    templateId,
    part: 'html',
    path: [...path, 'html'],
  });
  return { id: templateId, subject, text, html };
}
