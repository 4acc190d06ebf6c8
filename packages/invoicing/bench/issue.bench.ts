import { createHash } from 'node:crypto';
import { addDays } from '@tpe/core';
import {
  type CommercialDocument,
  canonicalJson,
  type DocumentLine,
  issue,
  type NumberingSequence,
  nextDocumentNumber,
  REGISTER_GENESIS_HASH,
  sealDocument,
} from '@tpe/invoicing';
import { expect, it } from 'vitest';
import { measureAgainstFloor, reportMeasures } from '../../../bench/floorRatio.js';

/**
 * Issuing and hashing invoices in sequence, each chained to the one before
 * it, against a floor: a counter incremented and one SHA-256 over the
 * invoice's text serialized beforehand.
 *
 * - Numbering and sealing, 100,000 invoices: `nextDocumentNumber` and
 *   `sealDocument` (canonical JSON and SHA-256) over issued invoices.
 * - `issue`, 10,000 invoices (1 to 5 lines at 20, 10 and 5.5 %, professional
 *   and consumer customers, several a day through 2026 H1): validation,
 *   number, due date, totals, legal sentences, mention check, seal, freeze.
 *   Fewer invoices than the first scenario only to keep the 16 timed runs of
 *   the harness within minutes; the ratio is per invoice.
 */

const COUNT = 100_000;
const ISSUE_COUNT = 10_000;

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

const next = lcg(20260302);
const address = {
  lines: ['12 rue des Lilas'],
  postalCode: '69003',
  city: 'Lyon',
  countryCode: 'FR',
};
const seller: CommercialDocument['seller'] = {
  legalName: 'Atelier Dupont',
  legalForm: 'SARL',
  shareCapital: '10000',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  registration: { register: 'RCS', city: 'Lyon' },
  address,
  vatRegime: 'normal',
};
const customers: NonNullable<CommercialDocument['customer']>[] = [
  {
    id: 'c-business',
    kind: 'business',
    name: 'Client SAS',
    countryCode: 'FR',
    siren: '552100554',
    billingAddress: { ...address, lines: ['2 place Bellecour'], postalCode: '69002' },
    paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
  },
  {
    id: 'c-consumer',
    kind: 'consumer',
    name: 'Marie Martin',
    countryCode: 'FR',
    billingAddress: address,
  },
];
const RATES = ['20', '10', '5.5'] as const;

const drafts: CommercialDocument[] = [];
const days: string[] = [];
let day = '2026-01-02';
for (let index = 0; index < COUNT; index++) {
  if (next() % 600 === 0) day = addDays(day, 1);
  days.push(day);
  if (index >= ISSUE_COUNT) continue;
  const lines: DocumentLine[] = [];
  const lineCount = 1 + (next() % 5);
  for (let line = 0; line < lineCount; line++) {
    const cents = 100 + (next() % 99_900);
    lines.push({
      id: String(line + 1),
      label: `Article ${next() % 1000}`,
      quantity: String(1 + (next() % 12)),
      unitCode: 'C62',
      unitPrice: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      vat: { category: 'S', rate: RATES[next() % 3] as string },
      nature: next() % 4 === 0 ? 'service' : 'goods',
    });
  }
  drafts.push({
    id: `inv-${index}`,
    kind: 'invoice',
    status: 'draft',
    currency: 'EUR',
    seller,
    customer: customers[next() % 2],
    lines,
  });
}

const start: NumberingSequence = {
  seriesId: 'invoices',
  format: { pattern: 'F{YYYY}-{counter}', padding: 6 },
  nextCounter: 1,
  resetsYearly: true,
};

function issueAll(): string[] {
  const hashes: string[] = new Array(ISSUE_COUNT);
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  for (let index = 0; index < ISSUE_COUNT; index++) {
    const result = issue(drafts[index] as CommercialDocument, {
      sequence,
      asOf: days[index] as string,
      previousHash,
    });
    sequence = result.sequence;
    previousHash = result.document.hash as string;
    hashes[index] = previousHash;
  }
  return hashes;
}

// The issued invoices, whose content the sealing scenario numbers and seals again.
const issued = (() => {
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  return drafts.map((draft, index) => {
    const result = issue(draft, { sequence, asOf: days[index] as string, previousHash });
    sequence = result.sequence;
    previousHash = result.document.hash as string;
    return result.document;
  });
})();
const contents = issued.map(
  ({ number: _number, hash: _hash, previousHash: _previous, ...content }) => content,
);

function numberAndSeal(): string[] {
  const hashes: string[] = new Array(COUNT);
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  for (let index = 0; index < COUNT; index++) {
    const issueDate = days[index] as string;
    const taken = nextDocumentNumber(sequence, issueDate);
    sequence = taken.sequence;
    const content = contents[index % ISSUE_COUNT] as (typeof contents)[number];
    previousHash = sealDocument({ ...content, issueDate, number: taken.number }, previousHash).hash;
    hashes[index] = previousHash;
  }
  return hashes;
}

// What the floor hashes: each sealed invoice's text, serialized beforehand.
const sealedTexts = (() => {
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  return days.map((issueDate, index) => {
    const taken = nextDocumentNumber(sequence, issueDate);
    sequence = taken.sequence;
    const content = contents[index % ISSUE_COUNT] as (typeof contents)[number];
    const sealed = sealDocument({ ...content, issueDate, number: taken.number }, previousHash);
    previousHash = sealed.hash;
    return canonicalJson({ ...sealed, hash: undefined });
  });
})();
const issuedTexts = issued.map((document) => canonicalJson({ ...document, hash: undefined }));

/** A counter incremented and one SHA-256 per text. */
function hashingFloor(texts: readonly string[]): () => string[] {
  return () => {
    const hashes: string[] = new Array(texts.length);
    let counter = 0;
    for (let index = 0; index < texts.length; index++) {
      counter++;
      hashes[index] = createHash('sha256')
        .update(texts[index] as string)
        .digest('hex');
    }
    expect(counter).toBe(texts.length);
    return hashes;
  };
}

function same(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((hash, index) => hash === right[index]);
}

it('numbering, sealing and issuing against their hashing floor', () => {
  const sealingFloor = hashingFloor(sealedTexts);
  const issuingFloor = hashingFloor(issuedTexts);
  expect(same(numberAndSeal(), sealingFloor())).toBe(true);
  expect(same(issueAll(), issuingFloor())).toBe(true);
  const sealing = measureAgainstFloor({
    name: 'nextDocumentNumber + sealDocument, 100,000 invoices in sequence',
    items: COUNT,
    library: numberAndSeal,
    floor: sealingFloor,
    same,
    target: 10,
  });
  const issuing = measureAgainstFloor({
    name: 'issue (checks, totals, mentions, seal, freeze), 10,000 invoices in sequence',
    items: ISSUE_COUNT,
    library: issueAll,
    floor: issuingFloor,
    same,
    target: 10,
  });
  reportMeasures('issuing and hashing (@tpe/invoicing)', [sealing, issuing]);
}, 3_600_000);
