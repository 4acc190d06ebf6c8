import { hash } from 'node:crypto';
import { addDays, fromEpochDay, toEpochDay } from '@tpe/core';
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
 * Issuing and hashing 100,000 invoices in sequence (1 to 5 lines at 20, 10
 * and 5.5 %, professional and consumer customers, several a day through
 * 2026 H1), each chained to the one before it in the register, against a
 * floor.
 *
 * - `issue`: reading and checking the draft and the options, number, due
 *   date, totals, payment sentences (statutory late-penalty rate of the
 *   half-year), mention check, seal, deep freeze.
 * - Numbering and sealing alone: `nextDocumentNumber` and `sealDocument`
 *   (canonical JSON and SHA-256) over the content of the same issued
 *   invoices, giving the same chain of hashes.
 *
 * The floor is what any implementation must do at least to give the same
 * hashes, in bare JavaScript over pre-parsed data: a counter; the number
 * written from it (`F2026-` and 6 zero-padded digits); the due date of a
 * professional customer's invoice as day arithmetic (issue day + 30, its
 * text read from a table of days written beforehand); the canonical text of
 * the issued invoice concatenated from its parts serialized beforehand (the
 * seller, the customer, the lines, the payment term) and the number, the
 * dates and the previous hash; one SHA-256 of it (the one-shot `hash` of
 * `node:crypto`, the quickest). It checks nothing, computes no totals and
 * writes no payment sentence.
 */

const COUNT = 100_000;

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
const TERM_DAYS = 30;
const customers: NonNullable<CommercialDocument['customer']>[] = [
  {
    id: 'c-business',
    kind: 'business',
    name: 'Client SAS',
    countryCode: 'FR',
    siren: '552100554',
    billingAddress: { ...address, lines: ['2 place Bellecour'], postalCode: '69002' },
    paymentTerm: { kind: 'netDays', days: TERM_DAYS, from: 'issue' },
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
/** Pre-parsed for the floor: the epoch day of each invoice and its customer. */
const epochDays = new Int32Array(COUNT);
const customerIndexes = new Uint8Array(COUNT);
let day = '2026-01-02';
for (let index = 0; index < COUNT; index++) {
  if (next() % 700 === 0) day = addDays(day, 1);
  days.push(day);
  epochDays[index] = toEpochDay(day);
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
  const customerIndex = next() % 2;
  customerIndexes[index] = customerIndex;
  drafts.push({
    id: `inv-${index}`,
    kind: 'invoice',
    status: 'draft',
    currency: 'EUR',
    seller,
    customer: customers[customerIndex],
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
  const hashes: string[] = new Array(COUNT);
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  for (let index = 0; index < COUNT; index++) {
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

// The content of the issued invoices, which the sealing scenario numbers and seals again.
const contents = (() => {
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  return drafts.map((draft, index) => {
    const result = issue(draft, { sequence, asOf: days[index] as string, previousHash });
    sequence = result.sequence;
    previousHash = result.document.hash as string;
    const { number: _number, hash: _hash, previousHash: _previous, ...content } = result.document;
    return content;
  });
})();

function numberAndSeal(): string[] {
  const hashes: string[] = new Array(COUNT);
  let sequence = start;
  let previousHash = REGISTER_GENESIS_HASH;
  for (let index = 0; index < COUNT; index++) {
    const taken = nextDocumentNumber(sequence, days[index] as string);
    sequence = taken.sequence;
    const content = contents[index] as (typeof contents)[number];
    previousHash = sealDocument({ ...content, number: taken.number }, previousHash).hash;
    hashes[index] = previousHash;
  }
  return hashes;
}

// What the floor starts from: the parts of each invoice serialized beforehand,
// and the text of every day it may need.
const firstDay = epochDays[0] as number;
const dayTexts = Array.from(
  { length: (epochDays[COUNT - 1] as number) - firstDay + TERM_DAYS + 1 },
  (_, offset) => fromEpochDay(firstDay + offset),
);
const sellerText = canonicalJson(seller);
const customerTexts = customers.map((customer) => canonicalJson(customer));
const termText = canonicalJson(customers[0]?.paymentTerm);
const lineTexts = drafts.map((draft) => canonicalJson(draft.lines));
const idTexts = drafts.map((draft) => canonicalJson(draft.id));

/**
 * The floor: a counter, the number, the due date by day arithmetic, the
 * canonical text of the issued invoice (its keys in the order of their
 * UTF-16 code units) and one SHA-256 of it, chained.
 */
function floor(): string[] {
  const hashes: string[] = new Array(COUNT);
  let counter = 0;
  let previousHash = REGISTER_GENESIS_HASH;
  for (let index = 0; index < COUNT; index++) {
    counter++;
    const number = `F2026-${String(counter).padStart(6, '0')}`;
    const offset = (epochDays[index] as number) - firstDay;
    const professional = customerIndexes[index] === 0;
    let text = `{"currency":"EUR","customer":${customerTexts[customerIndexes[index] as number]}`;
    if (professional) text += `,"dueDate":"${dayTexts[offset + TERM_DAYS]}"`;
    text += `,"id":${idTexts[index]},"issueDate":"${dayTexts[offset]}","kind":"invoice","lines":${lineTexts[index]},"number":"${number}"`;
    if (professional) text += `,"paymentTerm":${termText}`;
    text += `,"previousHash":"${previousHash}","seller":${sellerText},"status":"issued"}`;
    previousHash = hash('sha256', text, 'hex');
    hashes[index] = previousHash;
  }
  return hashes;
}

function same(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

it('issuing, and numbering and sealing, against their floor', () => {
  // The statutory rate of 2026 H1 is in the shipped ECB table; that of H2 is not.
  expect((days.at(-1) as string) < '2026-07-01').toBe(true);
  expect(same(issueAll(), floor())).toBe(true);
  expect(same(numberAndSeal(), floor())).toBe(true);
  const sealing = measureAgainstFloor({
    name: 'nextDocumentNumber + sealDocument, 100,000 invoices in sequence',
    items: COUNT,
    library: numberAndSeal,
    floor,
    same,
    target: 10,
  });
  const issuing = measureAgainstFloor({
    name: 'issue (checks, totals, sentences, mentions, seal, freeze), 100,000 invoices in sequence',
    items: COUNT,
    library: issueAll,
    floor,
    same,
    target: 10,
  });
  reportMeasures('issuing and hashing (@tpe/invoicing)', [sealing, issuing]);
}, 3_600_000);
