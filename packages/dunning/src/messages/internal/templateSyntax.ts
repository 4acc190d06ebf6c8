import { TpeError } from '@tpe/core';
import {
  DUNNING_TEMPLATE_PLACEHOLDERS,
  type DunningTemplatePlaceholder,
} from '../dunningTemplatePlaceholders.js';
import { escapeHtml } from './escapeHtml.js';

/** A piece of a parsed template. */
export type TemplateNode =
  | {
      readonly kind: 'text';
      readonly text: string;
      /** The text escaped for HTML, once when parsed. */
      readonly escaped: string;
    }
  | { readonly kind: 'value'; readonly name: string; readonly use: 'value' | 'block' }
  | {
      readonly kind: 'section';
      readonly name: string;
      readonly inverted: boolean;
      readonly use: 'value' | 'flag' | 'list';
      readonly children: readonly TemplateNode[];
    };

/** Which text of which template is parsed, to say where a problem is. */
export interface TemplatePart {
  readonly templateId: string;
  readonly part: 'subject' | 'text' | 'html';
  /** The path of this text in the input, for the error's issue. */
  readonly path: readonly (string | number)[];
}

const PLACEHOLDERS: ReadonlyMap<string, DunningTemplatePlaceholder> = new Map(
  DUNNING_TEMPLATE_PLACEHOLDERS.map((placeholder) => [placeholder.name, placeholder]),
);

const NAME = /^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*$/;

interface OpenSection {
  readonly name: string;
  readonly inverted: boolean;
  readonly use: 'value' | 'flag' | 'list';
  /** Where its tag starts in the source. */
  readonly start: number;
  readonly children: TemplateNode[];
}

/**
 * Reads the `{{…}}` syntax of a template text into nodes, checking every
 * name against {@link DUNNING_TEMPLATE_PLACEHOLDERS} and every section for
 * its end. A section tag alone on its line takes the whole line with it, so
 * that `{{#flag}}` and `{{/flag}}` written on lines of their own leave no
 * blank line behind.
 *
 * @throws {@link TpeError} `UNKNOWN_PLACEHOLDER`, `INVALID_TEMPLATE`
 */
export function parseTemplateText(source: string, where: TemplatePart): readonly TemplateNode[] {
  const root: TemplateNode[] = [];
  const open: OpenSection[] = [];
  let text = '';
  let position = 0;
  const nodes = (): TemplateNode[] => open.at(-1)?.children ?? root;
  const flush = (): void => {
    if (text !== '') nodes().push({ kind: 'text', text, escaped: escapeHtml(text) });
    text = '';
  };
  for (;;) {
    const start = source.indexOf('{{', position);
    if (start === -1) break;
    text += source.slice(position, start);
    const at: Place = { where, source, index: start };
    const close = source.indexOf('}}', start + 2);
    if (close === -1) {
      throw templateError(at, 'INVALID_TEMPLATE', 'unclosed_tag', '"{{" without "}}"');
    }
    const tag = source.slice(start + 2, close).trim();
    position = close + 2;
    const sigil = tag.charAt(0);
    const isSectionTag = sigil === '#' || sigil === '^' || sigil === '/';
    const name = isSectionTag ? tag.slice(1).trim() : tag;
    if (!NAME.test(name)) {
      throw templateError(at, 'INVALID_TEMPLATE', 'invalid_tag', `Not a placeholder: {{${tag}}}`);
    }
    if (isSectionTag) {
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const lineEnd = source.indexOf('\n', position);
      const before = source.slice(lineStart, start);
      const after = source.slice(position, lineEnd === -1 ? source.length : lineEnd);
      if (/^[ \t]*$/.test(before) && /^[ \t\r]*$/.test(after)) {
        text = text.slice(0, text.length - before.length);
        position = lineEnd === -1 ? source.length : lineEnd + 1;
      }
    }
    flush();
    if (sigil === '/') {
      const section = open.pop();
      if (section?.name !== name) {
        throw templateError(
          at,
          'INVALID_TEMPLATE',
          'unmatched_section',
          section === undefined
            ? `{{/${name}}} closes no section`
            : `{{/${name}}} closes {{${section.inverted ? '^' : '#'}${section.name}}}`,
        );
      }
      nodes().push({
        kind: 'section',
        name,
        inverted: section.inverted,
        use: section.use,
        children: section.children,
      });
      continue;
    }
    const placeholder = lookUp(name, open, at);
    if (isSectionTag) {
      if (placeholder.use === 'block') {
        throw templateError(
          at,
          'INVALID_TEMPLATE',
          'not_a_section',
          `{{${name}}} is printed as it is, not used as a section`,
        );
      }
      if (placeholder.use === 'list' && open.some((section) => section.use === 'list')) {
        throw templateError(at, 'INVALID_TEMPLATE', 'nested_list', `{{#${name}}} inside itself`);
      }
      open.push({ name, inverted: sigil === '^', use: placeholder.use, start, children: [] });
      continue;
    }
    if (placeholder.use === 'flag' || placeholder.use === 'list') {
      throw templateError(
        at,
        'INVALID_TEMPLATE',
        'not_a_value',
        `{{${name}}} is a ${placeholder.use}: use it as {{#${name}}}…{{/${name}}}`,
      );
    }
    nodes().push({ kind: 'value', name, use: placeholder.use });
  }
  text += source.slice(position);
  flush();
  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    throw templateError(
      { where, source, index: unclosed.start },
      'INVALID_TEMPLATE',
      'unclosed_section',
      `{{${unclosed.inverted ? '^' : '#'}${unclosed.name}}} has no {{/${unclosed.name}}}`,
    );
  }
  return root;
}

function lookUp(name: string, open: readonly OpenSection[], at: Place): DunningTemplatePlaceholder {
  const placeholder = PLACEHOLDERS.get(name);
  if (placeholder === undefined) {
    throw templateError(
      at,
      'UNKNOWN_PLACEHOLDER',
      'unknown_placeholder',
      `Unknown placeholder {{${name}}}`,
      name,
    );
  }
  const inList = open.some((section) => section.use === 'list' && !section.inverted);
  if (placeholder.scope === 'receivable' && !inList) {
    throw templateError(
      at,
      'UNKNOWN_PLACEHOLDER',
      'unknown_placeholder',
      `Unknown placeholder {{${name}}} outside {{#receivables}}…{{/receivables}}`,
      name,
    );
  }
  return placeholder;
}

function lineOf(source: string, index: number): number {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) {
    line++;
  }
  return line;
}

/** A place in a template text, for an error. */
interface Place {
  readonly where: TemplatePart;
  readonly source: string;
  readonly index: number;
}

/** The error at a place of a template text; its line is counted only then. */
function templateError(
  { where, source, index }: Place,
  code: 'UNKNOWN_PLACEHOLDER' | 'INVALID_TEMPLATE',
  issueCode: string,
  problem: string,
  placeholder?: string,
): TpeError {
  const line = lineOf(source, index);
  const message = `${problem} in the ${where.part} of template "${where.templateId}", line ${line}`;
  return new TpeError(code, message, {
    issues: [{ path: where.path, code: issueCode, message }],
    details: {
      templateId: where.templateId,
      part: where.part,
      line,
      ...(placeholder === undefined ? {} : { placeholder }),
    },
  });
}
