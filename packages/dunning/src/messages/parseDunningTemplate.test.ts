import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import {
  BUILT_IN_DUNNING_TEMPLATES,
  builtInDunningTemplate,
  parseDunningTemplate,
} from '../index.js';

describe('parseDunningTemplate', () => {
  it('returns a new, equal template when every name exists', () => {
    const template = {
      id: 'nudge',
      subject: 'Facture {{invoiceNumbers}}',
      text: '{{#receivables}}\n{{number}} {{^isLate}}à venir{{/isLate}}\n{{/receivables}}\n{{receivablesTable}}',
      html: '<p>{{ customer.name }}</p>',
    };
    const parsed = parseDunningTemplate(template);
    expect(parsed).toEqual(template);
    expect(parsed).not.toBe(template);
  });

  it('accepts every built-in template', () => {
    for (const id of BUILT_IN_DUNNING_TEMPLATES) {
      for (const kind of ['business', 'consumer', 'publicBuyer'] as const) {
        expect(parseDunningTemplate(builtInDunningTemplate(id, kind)).id).toBe(id);
      }
    }
  });

  it('raises UNKNOWN_PLACEHOLDER with the name, the part and the line', () => {
    const error = caughtTpeError(() =>
      parseDunningTemplate({ id: 'nudge', subject: 'Relance', text: 'a\nb\nc {{totals.due}}' }),
    );
    expect(error).toMatchObject({
      code: 'UNKNOWN_PLACEHOLDER',
      message: 'Unknown placeholder {{totals.due}} in the text of template "nudge", line 3',
      details: { templateId: 'nudge', part: 'text', line: 3, placeholder: 'totals.due' },
      issues: [{ path: ['text'], code: 'unknown_placeholder' }],
    });
  });

  it('knows the names of a receivable only inside {{#receivables}}', () => {
    expect(
      caughtTpeError(() => parseDunningTemplate({ id: 'a', subject: '{{number}}', text: '' })),
    ).toMatchObject({
      code: 'UNKNOWN_PLACEHOLDER',
      details: { part: 'subject', placeholder: 'number' },
    });
    expect(
      caughtTpeError(() =>
        parseDunningTemplate({
          id: 'a',
          subject: '',
          text: '{{^receivables}}{{number}}{{/receivables}}',
        }),
      ),
    ).toMatchObject({ code: 'UNKNOWN_PLACEHOLDER' });
  });

  it('says which part of the template is wrong', () => {
    expect(
      caughtTpeError(() =>
        parseDunningTemplate({ id: 'a', subject: '', text: '', html: '<p>{{nom}}</p>' }),
      ),
    ).toMatchObject({ details: { part: 'html', line: 1 }, issues: [{ path: ['html'] }] });
  });

  it.each([
    ['a tag left open', '{{customer.name', 'unclosed_tag'],
    ['an empty tag', 'a {{}} b', 'invalid_tag'],
    ['spaces inside a name', '{{customer name}}', 'invalid_tag'],
    ['triple braces', '{{{customer.name}}}', 'invalid_tag'],
    ['a section closed that was not opened', 'a{{/receivables}}', 'unmatched_section'],
    [
      'sections crossed',
      '{{#claimsPenalties}}{{#hasPenalties}}{{/claimsPenalties}}{{/hasPenalties}}',
      'unmatched_section',
    ],
    ['a section left open', '{{#claimsPenalties}}\nPénalités', 'unclosed_section'],
    ['a flag printed', '{{claimsPenalties}}', 'not_a_value'],
    ['the list printed', '{{receivables}}', 'not_a_value'],
    ['the table as a section', '{{#receivablesTable}}x{{/receivablesTable}}', 'not_a_section'],
    [
      'the list inside itself',
      '{{#receivables}}{{#receivables}}{{/receivables}}{{/receivables}}',
      'nested_list',
    ],
  ])('raises INVALID_TEMPLATE for %s', (_name, text, code) => {
    expect(
      caughtTpeError(() => parseDunningTemplate({ id: 'a', subject: '', text })),
    ).toMatchObject({
      code: 'INVALID_TEMPLATE',
      details: { templateId: 'a', part: 'text' },
      issues: [{ path: ['text'], code }],
    });
  });

  it('gives the line where a section left open starts', () => {
    expect(
      caughtTpeError(() =>
        parseDunningTemplate({ id: 'a', subject: '', text: 'a\n{{#replyBy}}\nb\n' }),
      ),
    ).toMatchObject({ code: 'INVALID_TEMPLATE', details: { line: 2 } });
  });

  it.each([
    ['not an object', 'Relance', []],
    ['no text', { id: 'a', subject: 'Relance' }, ['text']],
    ['an empty id', { id: '', subject: '', text: '' }, ['id']],
    ['an unknown key', { id: 'a', subject: '', text: '', footer: '' }, []],
    ['a subject as a number', { id: 'a', subject: 1, text: '' }, ['subject']],
    [
      'a text over 200,000 characters',
      { id: 'a', subject: '', text: 'x'.repeat(200_001) },
      ['text'],
    ],
  ])('raises INVALID_INPUT for %s', (_name, input, path) => {
    expect(caughtTpeError(() => parseDunningTemplate(input))).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [expect.objectContaining({ path })],
    });
  });
});
