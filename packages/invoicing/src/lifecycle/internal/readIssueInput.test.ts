import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ANY_KIND,
  changes,
  fullDraft,
  type Mode,
  mutate,
  ordered,
  paths,
  TRICKY,
} from '../../internal/fixtures/readerAgreement.js';
import { commercialDocumentSchema } from '../../model/CommercialDocument.js';
import { issueOptionsSchema } from '../issue.js';
import { readIssueInput } from './readIssueInput.js';

/**
 * The quick reading of `issue` must accept what the schemas accept and give
 * the copies they give: the same values, the keys in the same order, a key
 * given as `undefined` kept.
 */

const fullOptions = {
  asOf: '2026-03-02',
  sequence: {
    resetsYearly: true,
    seriesId: 'invoices',
    establishmentId: 'lyon',
    documentKinds: ['invoice', 'depositInvoice'],
    format: { padding: 6, pattern: 'F{YYYY}-{counter}' },
    nextCounter: 42,
    lastIssueDate: '2026-02-27',
  },
  previousHash: 'a'.repeat(64),
  force: false,
  latePenaltyRate: '12',
  statutoryPenaltyMention: 'rule',
  escompte: { rate: '2', withinDays: 10 },
  tables: {},
  dueDateOptions: { receiptDateFallback: 'issueDate' },
  mentionOptions: { checkAmounts: false },
};

/** What the schemas make of the input: `undefined` when they refuse it. */
function bySchemas(
  draft: unknown,
  options: unknown,
): { document: unknown; sequence: unknown } | undefined {
  const document = commercialDocumentSchema.safeParse(draft);
  const settings = issueOptionsSchema.safeParse(options);
  if (!document.success || !settings.success) return undefined;
  return { document: document.data, sequence: settings.data.sequence };
}

/** Whether the quick reading agrees with the schemas: same acceptance, same copies. */
function agrees(draft: unknown, options: unknown): boolean {
  const read = readIssueInput(draft, options);
  const expected = bySchemas(draft, options);
  if (read === undefined || expected === undefined) return read === expected;
  return (
    JSON.stringify(ordered([read.document, read.settings.sequence])) ===
    JSON.stringify(ordered([expected.document, expected.sequence]))
  );
}

function expectSameReading(draft: unknown, options: unknown, label: unknown): void {
  if (agrees(draft, options)) return;
  const read = readIssueInput(draft, options);
  const expected = bySchemas(draft, options);
  expect({ label, accepted: read !== undefined }).toEqual({
    label,
    accepted: expected !== undefined,
  });
  expect(ordered(read?.document)).toEqual(ordered(expected?.document));
  expect(ordered(read?.settings.sequence)).toEqual(ordered(expected?.sequence));
}

describe('readIssueInput reads what the schemas read, as they output it', () => {
  it('reads the full draft and options, and refuses what is not an object', () => {
    expectSameReading(null, fullOptions, 'no draft');
    expectSameReading(fullDraft, null, 'no options');
    expectSameReading([fullDraft], fullOptions, 'a list');
    expect(readIssueInput(fullDraft, fullOptions)).toBeDefined();
    expectSameReading(fullDraft, fullOptions, 'full');
  });

  it('after any one change of the draft to a value of any kind', () => {
    for (const path of paths(fullDraft)) {
      for (const { value, mode } of changes(path, ANY_KIND)) {
        expectSameReading(mutate(fullDraft, path, value, mode), fullOptions, { path, value, mode });
      }
    }
  });

  it('after one change of the draft to a value near the rules', () => {
    const change = fc.record({
      path: fc.constantFrom(...paths(fullDraft).slice(1)),
      value: fc.constantFrom(...TRICKY),
    });
    fc.assert(
      fc.property(change, ({ path, value }) => {
        expectSameReading(mutate(fullDraft, path, value, 'set'), fullOptions, { path, value });
      }),
    );
  });

  it('after any one change of the options', () => {
    for (const path of paths(fullOptions)) {
      for (const { value, mode } of changes(path, TRICKY)) {
        expectSameReading(fullDraft, mutate(fullOptions, path, value, mode), { path, value, mode });
      }
    }
  });

  it('after two changes of the draft', () => {
    const allPaths = paths(fullDraft);
    const change = fc.record({
      path: fc.constantFrom(...allPaths),
      value: fc.constantFrom(...TRICKY),
      mode: fc.constantFrom<Mode>('set', 'set', 'set', 'addKey', 'delete'),
    });
    fc.assert(
      fc.property(fc.array(change, { minLength: 2, maxLength: 2 }), (changes) => {
        let draft: unknown = fullDraft;
        for (const { path, value, mode } of changes) {
          try {
            draft = mutate(draft, path, value, mode);
          } catch {
            // The path no longer exists after the first change.
          }
        }
        expectSameReading(draft, fullOptions, changes);
      }),
    );
  });

  it('leaves to the schemas the objects that are not plain', () => {
    class Address {
      readonly lines = ['12 rue des Lilas'];
      readonly postalCode = '69003';
      readonly city = 'Lyon';
      readonly countryCode = 'FR';
    }
    const draft = { ...fullDraft, seller: { ...fullDraft.seller, address: new Address() } };
    expect(commercialDocumentSchema.safeParse(draft).success).toBe(true);
    expect(readIssueInput(draft, fullOptions)).toBeUndefined();
  });

  it('copies every object and array, sharing none with the input', () => {
    const read = readIssueInput(fullDraft, fullOptions);
    const inputObjects = new Set<unknown>();
    const collect = (value: unknown, into: Set<unknown>): void => {
      if (typeof value !== 'object' || value === null) return;
      into.add(value);
      for (const item of Object.values(value)) collect(item, into);
    };
    collect(fullDraft, inputObjects);
    collect(fullOptions.sequence, inputObjects);
    const readObjects = new Set<unknown>();
    collect(read?.document, readObjects);
    collect(read?.settings.sequence, readObjects);
    expect(readObjects.size).toBeGreaterThan(30);
    expect([...readObjects].filter((object) => inputObjects.has(object))).toEqual([]);
  });
});
