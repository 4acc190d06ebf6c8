import { TpeError } from '@tpe/core';
import type { DunningMessageInput } from '../DunningMessageInput.js';
import type { DunningMessage } from '../renderDunningMessage.js';
import { isBuiltInTemplateId, PARSED_BUILT_IN_TEMPLATES } from './builtIn/builtInTemplates.js';
import { messageView } from './messageView.js';
import { parseTemplate } from './parseTemplate.js';
import { type ParsedTemplate, renderTemplate } from './renderTemplate.js';

/**
 * Renders a message whose input is known to pass `dunningMessageInputSchema`
 * (checked, or built by the engine from checked data), without checking it
 * again: the planner renders one message per action.
 *
 * @throws {@link TpeError} `UNKNOWN_PLACEHOLDER`, `INVALID_TEMPLATE` for a custom template in error
 */
export function renderCheckedMessage(input: DunningMessageInput): DunningMessage {
  return renderTemplate(templateOf(input), messageView(input));
}

function templateOf(input: DunningMessageInput): ParsedTemplate {
  const templates = input.templates ?? [];
  const index = templates.findIndex((template) => template.id === input.templateId);
  const custom = templates[index];
  if (custom !== undefined) return parseTemplate(custom, ['templates', index]);
  if (isBuiltInTemplateId(input.templateId)) {
    return PARSED_BUILT_IN_TEMPLATES[input.templateId][input.customer.kind];
  }
  // The schema refuses a template id that is neither given nor built-in: never expected.
  throw new TpeError('INVALID_INPUT', `No built-in or given template "${input.templateId}"`, {
    issues: [{ path: ['templateId'], code: 'unknown_template', message: 'No such template' }],
  });
}
