import { escapeHtml } from './escapeHtml.js';
import type { TemplateNode } from './templateSyntax.js';

/** What the placeholders stand for, already written for print. */
export interface TemplateView {
  /** The `message` names: printed values and flags. */
  readonly values: ReadonlyMap<string, string | boolean>;
  /** One map per receivable, for the `receivable` names. */
  readonly receivables: readonly ReadonlyMap<string, string | boolean>[];
  /** `{{receivablesTable}}` as lines of text and as an HTML table. */
  readonly receivablesTable: { readonly text: string; readonly html: string };
}

/** A template whose texts have been parsed. */
export interface ParsedTemplate {
  readonly id: string;
  readonly subject: readonly TemplateNode[];
  readonly text: readonly TemplateNode[];
  /** Absent: the HTML is made from the text, a paragraph per block of lines. */
  readonly html?: readonly TemplateNode[];
}

/** A rendered message. */
export interface RenderedTemplate {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * How the pieces of a template are written:
 * - `text`: everything as is;
 * - `html`: the template is HTML, kept as is;
 * - `textAsHtml`: the template is text: it is escaped, its blank lines
 *   part paragraphs, and the table stands as a paragraph of its own.
 *
 * In both HTML modes the values are escaped and their line breaks become
 * `<br>`: a value never makes a paragraph.
 */
type Mode = 'text' | 'html' | 'textAsHtml';

const BODY_STYLE =
  'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222';
const PARAGRAPH_STYLE = 'margin:0 0 12px 0';

/**
 * Renders the subject, the text and the HTML of a template. Everything that
 * comes from the view is escaped once in the HTML, and never in the text.
 * The subject is one line: line breaks and other control characters from
 * the input become spaces.
 */
export function renderTemplate(template: ParsedTemplate, view: TemplateView): RenderedTemplate {
  const html =
    template.html === undefined
      ? paragraphsToHtml(renderNodes(template.text, view, 'textAsHtml', undefined))
      : renderNodes(template.html, view, 'html', undefined);
  return {
    subject: oneLine(renderNodes(template.subject, view, 'text', undefined)),
    text: renderNodes(template.text, view, 'text', undefined),
    html,
  };
}

function renderNodes(
  nodes: readonly TemplateNode[],
  view: TemplateView,
  mode: Mode,
  item: ReadonlyMap<string, string | boolean> | undefined,
): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += mode === 'textAsHtml' ? node.escaped : node.text;
    } else if (node.kind === 'value') {
      out += node.use === 'block' ? table(view, mode) : value(lookUp(node.name, view, item), mode);
    } else if (node.use === 'list') {
      if (node.inverted) {
        if (view.receivables.length === 0) out += renderNodes(node.children, view, mode, item);
      } else {
        for (const receivable of view.receivables) {
          out += renderNodes(node.children, view, mode, receivable);
        }
      }
    } else {
      const found = lookUp(node.name, view, item);
      const present = found === true || (typeof found === 'string' && found !== '');
      if (present !== node.inverted) out += renderNodes(node.children, view, mode, item);
    }
  }
  return out;
}

function lookUp(
  name: string,
  view: TemplateView,
  item: ReadonlyMap<string, string | boolean> | undefined,
): string | boolean | undefined {
  return item?.get(name) ?? view.values.get(name);
}

function value(found: string | boolean | undefined, mode: Mode): string {
  const printed = typeof found === 'string' ? found : '';
  if (mode === 'text') return printed;
  return escapeHtml(printed).replace(/\r?\n/g, '<br>');
}

function table(view: TemplateView, mode: Mode): string {
  if (mode === 'text') return view.receivablesTable.text;
  if (mode === 'html') return view.receivablesTable.html;
  return `\n\n${view.receivablesTable.html}\n\n`;
}

/**
 * Escaped text to HTML: blocks of lines separated by blank lines become
 * paragraphs, the line breaks inside them `<br>`. The escaped text holds no
 * `<`, so a block that starts with `<table` is the table.
 */
function paragraphsToHtml(escaped: string): string {
  const blocks = escaped
    .split(/\r?\n[ \t\r]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  const body = blocks
    .map((block) =>
      block.startsWith('<table')
        ? block
        : `<p style="${PARAGRAPH_STYLE}">${block.replace(/\r?\n/g, '<br>')}</p>`,
    )
    .join('\n');
  return `<div style="${BODY_STYLE}">\n${body}\n</div>`;
}

/** The subject on one line: control characters become spaces, runs of spaces one. */
function oneLine(subject: string): string {
  let line = '';
  for (const character of subject) {
    const code = character.charCodeAt(0);
    line += code < 0x20 || code === 0x7f ? ' ' : character;
  }
  return line.replace(/ {2,}/g, ' ').trim();
}
