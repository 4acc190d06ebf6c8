import type { CustomerKind } from '@tpe/legal-fr';
import type { BuiltInDunningTemplateId } from '../../builtInDunningTemplate.js';
import type { DunningTemplate } from '../../DunningTemplate.js';
import { withFrenchSpacing } from '../frenchText.js';
import { parseTemplate } from '../parseTemplate.js';
import type { ParsedTemplate } from '../renderTemplate.js';
import { courteousReminder } from './courteousReminder.js';
import { finalNotice } from './finalNotice.js';
import { firmReminder } from './firmReminder.js';
import { formalNotice } from './formalNotice.js';
import { preReminder } from './preReminder.js';

type PerKind<T> = Readonly<Record<CustomerKind, T>>;
type PerTemplate<T> = Readonly<Record<BuiltInDunningTemplateId, T>>;

const WRITERS: PerTemplate<(kind: CustomerKind) => DunningTemplate> = {
  preReminder,
  courteousReminder,
  firmReminder,
  formalNotice,
  finalNotice,
};

function perTemplate<T>(make: (id: BuiltInDunningTemplateId) => T): PerTemplate<T> {
  return Object.freeze({
    preReminder: make('preReminder'),
    courteousReminder: make('courteousReminder'),
    firmReminder: make('firmReminder'),
    formalNotice: make('formalNotice'),
    finalNotice: make('finalNotice'),
  });
}

function perKind<T>(make: (kind: CustomerKind) => T): PerKind<T> {
  return Object.freeze({
    business: make('business'),
    consumer: make('consumer'),
    publicBuyer: make('publicBuyer'),
  });
}

/** The built-in templates by id and kind, their French no-break spaces put in. */
export const BUILT_IN_TEMPLATES: PerTemplate<PerKind<DunningTemplate>> = perTemplate((id) =>
  perKind((kind) => {
    const template = WRITERS[id](kind);
    return Object.freeze({
      id: template.id,
      subject: withFrenchSpacing(template.subject),
      text: withFrenchSpacing(template.text),
    });
  }),
);

/** The built-in templates, parsed once. */
export const PARSED_BUILT_IN_TEMPLATES: PerTemplate<PerKind<ParsedTemplate>> = perTemplate((id) =>
  perKind((kind) => parseTemplate(BUILT_IN_TEMPLATES[id][kind], ['templateId'])),
);

const BUILT_IN_IDS: ReadonlySet<string> = new Set(Object.keys(WRITERS));

/** Whether an id is one of the built-in templates. */
export function isBuiltInTemplateId(id: string): id is BuiltInDunningTemplateId {
  return BUILT_IN_IDS.has(id);
}
