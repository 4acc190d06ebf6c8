import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANY_KIND,
  changes,
  fullDraft,
  mutate,
  ordered,
  paths,
  TRICKY,
} from '../internal/fixtures/readerAgreement.js';
import { commercialDocumentSchema } from './CommercialDocument.js';
import { safeParseCommercialDocument } from './safeParseCommercialDocument.js';

/**
 * The quick reading must accept what the schema accepts, give the copy it
 * gives (same values, keys in the same order) and refuse with its issues.
 */
function expectSameReading(input: unknown, label: unknown): void {
  const read = safeParseCommercialDocument(input);
  const expected = commercialDocumentSchema.safeParse(input);
  expect({ label, ok: read.ok }).toEqual({ label, ok: expected.success });
  if (read.ok && expected.success) {
    expect(ordered(read.value)).toEqual(ordered(expected.data));
  } else if (!read.ok) {
    expect(read.error.code).toBe('INVALID_INPUT');
  }
}

describe('safeParseCommercialDocument', () => {
  it('reads the full draft as the schema does, and refuses what is not a document', () => {
    expect(safeParseCommercialDocument(fullDraft).ok).toBe(true);
    for (const input of [fullDraft, null, [fullDraft], 'invoice', {}]) {
      expectSameReading(input, input);
    }
  });

  it('agrees with the schema after any one change to a value of any kind', () => {
    for (const path of paths(fullDraft)) {
      for (const { value, mode } of changes(path, ANY_KIND)) {
        expectSameReading(mutate(fullDraft, path, value, mode), { path, value, mode });
      }
    }
  });

  it('agrees with the schema after a change to a value near the rules', () => {
    const change = fc.record({
      path: fc.constantFrom(...paths(fullDraft).slice(1)),
      value: fc.constantFrom(...TRICKY),
    });
    fc.assert(
      fc.property(change, ({ path, value }) => {
        expectSameReading(mutate(fullDraft, path, value, 'set'), { path, value });
      }),
    );
  });

  it('refuses with the issues of the schema, paths included', () => {
    const draft = {
      ...fullDraft,
      status: 'accepted',
      lines: [fullDraft.lines[0], { ...fullDraft.lines[1], id: '1' }],
    };
    const read = safeParseCommercialDocument(draft);
    expect(read.ok ? [] : read.error.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['status'], 'status_not_allowed'],
      [['lines', 1, 'id'], 'duplicate_line_id'],
    ]);
  });

  it('leaves its input untouched and shares no object with it', () => {
    const input = structuredClone(fullDraft);
    const read = safeParseCommercialDocument(input);
    expect(input).toEqual(fullDraft);
    expect(read.ok && read.value !== input && read.value.seller !== input.seller).toBe(true);
    expect(read.ok && read.value.lines[0] !== input.lines[0]).toBe(true);
  });
});
