import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commercialDocumentSchema } from '../../model/CommercialDocument.js';
import { issueOptionsSchema } from '../issue.js';
import { readIssueInput } from './readIssueInput.js';

/**
 * The quick reading of `issue` must accept what the schemas accept and give
 * the copies they give: the same values, the keys in the same order, a key
 * given as `undefined` kept.
 */

const address = {
  lines: ['12 rue des Lilas', 'Bâtiment B'],
  postalCode: '69003',
  city: 'Lyon',
  countryCode: 'FR',
  subdivision: 'Rhône',
};

/** A draft with every field, most objects' keys in another order than their schema's. */
const fullDraft = {
  kind: 'invoice',
  status: 'draft',
  id: 'inv-1',
  currency: 'EUR',
  seller: {
    vatRegime: 'normal',
    legalName: 'Atelier Dupont',
    tradeName: 'Dupont & Fils',
    legalForm: 'SARL',
    legalStatus: 'company',
    shareCapital: '10000.50',
    siren: '732829320',
    siret: '73282932000074',
    vatNumber: 'FR44732829320',
    registration: { city: 'Lyon', register: 'RCS' },
    address,
    email: 'contact@dupont.fr',
    phone: '04 78 00 00 00',
    bankAccount: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPP' },
    vatOnDebits: true,
    establishmentId: 'lyon',
  },
  customer: {
    kind: 'publicBuyer',
    id: 'c-1',
    name: 'Mairie de Lyon',
    countryCode: 'FR',
    siren: '552100554',
    vatNumber: 'FR96552100554',
    billingAddress: { ...address, subdivision: undefined },
    deliveryAddress: {
      lines: ['1 place de la Comédie'],
      postalCode: '69001',
      city: 'Lyon',
      countryCode: 'FR',
    },
    paymentTerm: { category: 'stateOrLocalAuthority', kind: 'publicBuyer' },
    dunningSegment: 'public',
    email: 'compta@lyon.fr',
    publicBuyer: {
      category: 'stateOrLocalAuthority',
      serviceCode: 'SERV-1',
      engagementNumber: 'EJ-42',
    },
  },
  lines: [
    {
      label: 'Chaise',
      id: '1',
      itemReference: 'CH-01',
      description: 'Chaise en chêne',
      quantity: '4',
      unitCode: 'C62',
      unitPrice: '89.90',
      priceBaseQuantity: '1',
      grossPrice: '99.90',
      priceDiscount: '10.00',
      allowances: [{ reason: 'Remise', percent: '5', baseAmount: '359.60', reasonCode: '95' }],
      charges: [{ amount: '2.00', reason: 'Emballage', reasonCode: 'ABL' }],
      vat: { rate: '20', category: 'S' },
      nature: 'goods',
      purchaseCost: '41.20',
      source: { lineId: '1', documentId: 'order-1' },
      period: { end: '2026-01-31', start: '2026-01-01' },
    },
    {
      id: '2',
      label: 'Pose',
      quantity: '1.5',
      unitCode: 'HUR',
      unitPrice: '40',
      vat: {
        category: 'E',
        rate: '0',
        exemptionReason: 'Exonération',
        exemptionCode: 'VATEX-EU-F',
      },
      nature: 'service',
    },
  ],
  allowances: [{ vat: { category: 'S', rate: '20' }, amount: '10.00', reason: 'Fidélité' }],
  charges: [{ amount: '5.00', vat: { category: 'S', rate: '20' } }],
  deductedDeposits: [{ amount: '50.00', documentId: 'd', number: 'A-1', issueDate: '2026-01-15' }],
  validUntil: '2026-03-31',
  deliveryDate: '2026-02-27',
  dueDate: undefined,
  paymentTerm: { kind: 'netDays', from: 'issue', days: 30 },
  buyerReference: 'SERV-1',
  orderReference: 'BC-7781',
  precedingInvoices: [{ issueDate: '2026-01-15', number: 'A-1' }],
  links: [{ relation: 'invoicedFrom', documentId: 'order-1' }],
  notes: ['Merci'],
  issueDate: undefined,
};

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

const TRICKY: readonly unknown[] = [
  undefined,
  null,
  0,
  1,
  30,
  true,
  false,
  '',
  ' ',
  '0',
  '-1',
  '12',
  '5.5',
  '12.1234567',
  '10000.505',
  'x'.repeat(65),
  'x'.repeat(101),
  'x'.repeat(201),
  'x'.repeat(501),
  '2026-02-30',
  '2026-03-01',
  'FR',
  'fr',
  'F1',
  'EUR',
  'C62',
  '732829320',
  '732829321',
  '73282932000074',
  '55210055400013',
  'FR44732829320',
  'FR00732829320',
  'FR96552100554',
  'DE123456789',
  'a@b.fr',
  'not an e-mail',
  'FR7630006000011234567890189',
  'RCS',
  'RM',
  'company',
  'individualEntrepreneur',
  'normal',
  'franchiseEnBase',
  'business',
  'consumer',
  'publicBuyer',
  'stateOrLocalAuthority',
  'draft',
  'issued',
  'sent',
  'invoice',
  'credits',
  'rate',
  'rule',
  'none',
  'a'.repeat(64),
  'A'.repeat(64),
  'F{YY}-{counter}',
  'F-{counter}',
  [],
  ['a'],
  [{}],
  ['invoice', 'quote'],
  {},
  { kind: 'cash' },
  { kind: 'netDays', days: 30, from: 'delivery' },
  { kind: 'netDays', days: 90, from: 'issue' },
  { lines: ['a'], postalCode: '', city: 'c', countryCode: 'FR' },
  { register: 'RM' },
  { iban: 'FR76' },
  { number: 'F-1', issueDate: '2026-01-02' },
];

type Path = readonly (string | number)[];

/** Every path to a value, containers included. */
function paths(value: unknown, path: Path = []): Path[] {
  const found: Path[] = [path];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push(...paths(item, [...path, index]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) found.push(...paths(item, [...path, key]));
  }
  return found;
}

type Mode = 'set' | 'addKey' | 'delete';

function mutate(value: unknown, path: Path, mutation: unknown, mode: Mode): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return mode === 'set' ? mutation : copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (mode === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (mode === 'addKey') {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
      (target as Record<string, unknown>).extra = mutation;
    }
  } else {
    parent[last] = mutation;
  }
  return copy;
}

/** A value with each object turned into the list of its entries: equal only with the same key order. */
function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).map(([key, item]) => [key, ordered(item)]);
  }
  return value;
}

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

/** Values of every kind, to set anywhere. */
const ANY_KIND: readonly unknown[] = [undefined, null, 1, true, '', 'x'.repeat(501), [], {}];

/** Each value set at the path, then a key added to the object there, then the value removed. */
function changes(
  path: Path,
  values: readonly unknown[],
): readonly { value: unknown; mode: Mode }[] {
  if (path.length === 0) return [];
  return [
    ...values.map((value) => ({ value, mode: 'set' as const })),
    { value: 1, mode: 'addKey' },
    { value: undefined, mode: 'addKey' },
    { value: undefined, mode: 'delete' },
  ];
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
