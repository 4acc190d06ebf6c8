import { deepFreeze, isTpeError } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.js';
import { REGISTER_GENESIS_HASH } from './registerGenesisHash.js';
import { type RegisterSeal, sealDocument } from './sealDocument.js';
import {
  type RegisterFinding,
  type VerifyRegisterOptions,
  verifyRegister,
} from './verifyRegister.js';

type Sealed = Readonly<Record<string, unknown>> & RegisterSeal;

const seal = (content: object, previousHash: string): Sealed =>
  sealDocument(content as Readonly<Record<string, unknown>>, previousHash);

/** Seals contents one after the other, from `startHash`. */
function chain(contents: readonly object[], startHash = REGISTER_GENESIS_HASH): Sealed[] {
  const sealed: Sealed[] = [];
  let previous = startHash;
  for (const content of contents) {
    const document = seal(content, previous);
    sealed.push(document);
    previous = document.hash;
  }
  return sealed;
}

const invoice = (counter: number, total: string) => ({
  number: `F2026-${String(counter).padStart(6, '0')}`,
  issueDate: '2026-03-02',
  lines: [{ id: '1', quantity: '1', unitPrice: total }],
  total,
});

const register = chain([
  invoice(1, '120.00'),
  invoice(2, '60.00'),
  invoice(3, '30.00'),
  invoice(4, '15.00'),
  invoice(5, '7.50'),
]);

const at = <T>(list: readonly T[], index: number): T => list[index] as T;
const kinds = (findings: readonly RegisterFinding[]) =>
  findings.map((finding) => [finding.kind, finding.index]);

describe('verifyRegister — exact findings', () => {
  it('accepts an untouched register, and an empty one', () => {
    expect(verifyRegister(register)).toEqual({ valid: true, findings: [] });
    expect(verifyRegister([])).toEqual({ valid: true, findings: [] });
  });

  it('names an edited document: index, number and message', () => {
    const edited = register.map((document, index) =>
      index === 2 ? { ...document, total: '3.00' } : document,
    );
    expect(verifyRegister(edited)).toEqual({
      valid: false,
      findings: [
        {
          kind: 'edited',
          index: 2,
          number: 'F2026-000003',
          message:
            'Document 2 (F2026-000003) does not match its hash: it was changed after it was sealed',
        },
      ],
    });
  });

  it('puts a changed hash or previous hash down to an edit only', () => {
    const newHash = register.map((document, index) =>
      index === 1 ? { ...document, hash: 'f'.repeat(64) } : document,
    );
    expect(kinds(verifyRegister(newHash).findings)).toEqual([['edited', 1]]);
    const newLink = register.map((document, index) =>
      index === 3 ? { ...document, previousHash: at(register, 0).hash } : document,
    );
    expect(kinds(verifyRegister(newLink).findings)).toEqual([['edited', 3]]);
  });

  it('names the document after a removed one', () => {
    const removed = register.filter((_document, index) => index !== 2);
    const findings = verifyRegister(removed).findings;
    expect(findings).toEqual([
      {
        kind: 'removed',
        index: 2,
        number: 'F2026-000004',
        message:
          'A document is missing before document 2 (F2026-000004): its previous hash is the hash of no document',
      },
    ]);
    expect(kinds(verifyRegister(register.slice(1)).findings)).toEqual([['removed', 0]]);
  });

  it('sees documents removed from the end only against the expected last hash', () => {
    const truncated = register.slice(0, 3);
    const expectedLastHash = at(register, 4).hash;
    expect(verifyRegister(truncated).valid).toBe(true);
    expect(verifyRegister(truncated, { expectedLastHash }).findings).toEqual([
      {
        kind: 'removed',
        index: 3,
        message: 'Documents are missing at the end: the last document is not the expected one',
      },
    ]);
    expect(verifyRegister(register, { expectedLastHash }).valid).toBe(true);
  });

  it('names an inserted document, forged with a correct seal', () => {
    const forged = sealDocument(invoice(99, '1.00'), at(register, 1).hash);
    const inserted = [...register.slice(0, 2), forged, ...register.slice(2)];
    expect(verifyRegister(inserted).findings).toEqual([
      {
        kind: 'inserted',
        index: 2,
        number: 'F2026-000099',
        message:
          'Document 2 (F2026-000099) is not part of the chain: the next document follows the one before it',
      },
    ]);
  });

  it('names a second copy of a document', () => {
    const copied = [...register.slice(0, 4), at(register, 1), at(register, 4)];
    expect(kinds(verifyRegister(copied).findings)).toEqual([['inserted', 4]]);
  });

  it('names a document appended after the expected last one', () => {
    const appended = [...register, sealDocument(invoice(6, '1.00'), at(register, 4).hash)];
    expect(verifyRegister(appended).valid).toBe(true);
    expect(
      kinds(verifyRegister(appended, { expectedLastHash: at(register, 4).hash }).findings),
    ).toEqual([['inserted', 5]]);
  });

  it('names the fewest documents out of place when the order changed', () => {
    const [first, second, third, fourth, fifth] = register;
    const movedBack = [first, third, fourth, second, fifth] as Sealed[];
    expect(kinds(verifyRegister(movedBack).findings)).toEqual([['reordered', 3]]);
    const lastFirst = [fifth, first, second, third, fourth] as Sealed[];
    expect(kinds(verifyRegister(lastFirst).findings)).toEqual([['reordered', 0]]);
  });

  it('verifies a later part alone from the last hash of the part before', () => {
    const laterPart = register.slice(2);
    expect(verifyRegister(laterPart, { startHash: at(register, 1).hash }).valid).toBe(true);
    expect(kinds(verifyRegister(laterPart).findings)).toEqual([['removed', 0]]);
  });

  it('shows an edit re-sealed in place as a break after it; a rewritten end against the expected last hash', () => {
    const resealed = [...register];
    resealed[1] = seal(invoice(2, '6.00'), at(register, 0).hash);
    expect(kinds(verifyRegister(resealed).findings)).toEqual([['removed', 2]]);
    const rewritten = [
      ...register.slice(0, 3),
      ...chain([invoice(4, '1.00'), invoice(5, '1.00')], at(register, 2).hash),
    ];
    expect(verifyRegister(rewritten).valid).toBe(true);
    expect(
      kinds(verifyRegister(rewritten, { expectedLastHash: at(register, 4).hash }).findings),
    ).toEqual([['removed', 5]]);
  });

  it('treats a document without a hash, or whose content is not plain data, as edited', () => {
    const { hash: _dropped, ...unsealed } = at(register, 0);
    const withNaN = { ...at(register, 1), total: Number.NaN };
    expect(kinds(verifyRegister([unsealed, withNaN, ...register.slice(2)]).findings)).toEqual([
      ['edited', 0],
      ['edited', 1],
    ]);
  });

  it('does not change its input', () => {
    const frozen = deepFreeze(register);
    const copy = structuredClone(register);
    verifyRegister(frozen);
    expect(frozen).toEqual(copy);
  });

  it.each([
    ['no array', { length: 0 }, {}, []],
    ['null in the list', [null], {}, [0]],
    ['an array in the list', [[]], {}, [0]],
    ['a short expected hash', [], { expectedLastHash: 'abc' }, ['expectedLastHash']],
    ['an unknown option', [], { lastHash: REGISTER_GENESIS_HASH }, []],
  ])('refuses %s with INVALID_INPUT', (_name, documents, options, path) => {
    try {
      verifyRegister(documents as object[], options as VerifyRegisterOptions);
    } catch (error) {
      expect(isTpeError(error) && error.code).toBe('INVALID_INPUT');
      expect(isTpeError(error) && error.issues[0]?.path).toEqual(path);
      return;
    }
    throw new Error('expected a TpeError');
  });
});

describe('verifyRegister — properties', () => {
  const content = fc.record({
    number: fc.string({ minLength: 1, maxLength: 12 }),
    total: fc.stringMatching(/^\d{1,5}\.\d{2}$/),
    lines: fc.array(
      fc.record({ id: fc.string({ maxLength: 3 }), quantity: fc.stringMatching(/^-?\d{1,3}$/) }),
      { maxLength: 3 },
    ),
    paid: fc.boolean(),
  });
  const registers = fc.array(content, { minLength: 1, maxLength: 8 }).map((list) => chain(list));
  const withIndex = (minLength: number) =>
    registers
      .filter((list) => list.length >= minLength)
      .chain((list) => fc.tuple(fc.constant(list), fc.nat({ max: list.length - 1 })));

  /** Every path to a value inside a document, objects and arrays included. */
  function pathsOf(value: unknown, path: readonly (string | number)[] = []): (string | number)[][] {
    if (typeof value !== 'object' || value === null) return [[...path]];
    const keys = Array.isArray(value) ? value.map((_item, index) => index) : Object.keys(value);
    return [
      ...(path.length > 0 ? [[...path]] : []),
      ...keys.flatMap((key) =>
        pathsOf((value as Record<string | number, unknown>)[key], [...path, key]),
      ),
    ];
  }

  /** A copy of `value` with `replacement` at `path` (or the key removed when `replacement` is `undefined`). */
  function replaceAt(
    value: unknown,
    path: readonly (string | number)[],
    replacement: unknown,
  ): unknown {
    const [head, ...rest] = path;
    if (head === undefined) return replacement;
    if (Array.isArray(value)) {
      const copy = [...value];
      if (rest.length === 0 && replacement === undefined) copy.splice(head as number, 1);
      else copy[head as number] = replaceAt(copy[head as number], rest, replacement);
      return copy;
    }
    const record = { ...(value as Record<string, unknown>) };
    if (rest.length === 0 && replacement === undefined) delete record[head];
    else record[head] = replaceAt(record[head], rest, replacement);
    return record;
  }

  it('accepts every untouched register, also against its last hash', () => {
    fc.assert(
      fc.property(registers, (list) => {
        expect(verifyRegister(list)).toEqual({ valid: true, findings: [] });
        const expectedLastHash = at(list, list.length - 1).hash;
        expect(verifyRegister(list, { expectedLastHash }).valid).toBe(true);
      }),
    );
  });

  it('names the document of any single-field tampering as edited, and nothing else', () => {
    fc.assert(
      fc.property(
        withIndex(1).chain(([list, index]) =>
          fc.tuple(
            fc.constant(list),
            fc.constant(index),
            fc.constantFrom(...pathsOf(list[index])),
            fc.option(fc.jsonValue(), { nil: undefined }),
          ),
        ),
        ([list, index, path, replacement]) => {
          const original = at(list, index);
          const tampered = replaceAt(original, path, replacement) as Sealed;
          fc.pre(canonicalJson(tampered) !== canonicalJson(original));
          const copy = list.map((document, position) => (position === index ? tampered : document));
          const result = verifyRegister(copy);
          expect(result.valid).toBe(false);
          expect(kinds(result.findings)).toEqual([['edited', index]]);
        },
      ),
    );
  });

  it('names the document after a removed one; at the end against the expected last hash', () => {
    fc.assert(
      fc.property(withIndex(1), ([list, index]) => {
        const removed = list.filter((_document, position) => position !== index);
        const expectedLastHash = at(list, list.length - 1).hash;
        expect(kinds(verifyRegister(removed, { expectedLastHash }).findings)).toEqual([
          ['removed', index],
        ]);
        if (index < list.length - 1) {
          expect(kinds(verifyRegister(removed).findings)).toEqual([['removed', index]]);
        }
      }),
    );
  });

  it('names a forged document slipped in anywhere, at the end against the expected last hash', () => {
    fc.assert(
      fc.property(withIndex(1), content, fc.boolean(), ([list, index], forgedContent, atEnd) => {
        const position = atEnd ? list.length : index;
        const previous = position === 0 ? REGISTER_GENESIS_HASH : at(list, position - 1).hash;
        const forged = seal(forgedContent, previous);
        const inserted = [...list.slice(0, position), forged, ...list.slice(position)];
        const expectedLastHash = at(list, list.length - 1).hash;
        expect(kinds(verifyRegister(inserted, { expectedLastHash }).findings)).toEqual([
          ['inserted', position],
        ]);
        if (!atEnd)
          expect(kinds(verifyRegister(inserted).findings)).toEqual([['inserted', position]]);
      }),
    );
  });

  it('names one copy of a document inserted anywhere', () => {
    fc.assert(
      fc.property(withIndex(1), fc.nat(), ([list, index], where) => {
        const position = where % (list.length + 1);
        const copied = [...list.slice(0, position), at(list, index), ...list.slice(position)];
        const findings = verifyRegister(copied).findings;
        expect(findings.map((finding) => finding.kind)).toEqual(['inserted']);
        expect(copied[at(findings, 0).index]).toBe(at(list, index));
      }),
    );
  });

  it('rejects any junk document slipped in', () => {
    fc.assert(
      fc.property(
        withIndex(1),
        fc.dictionary(fc.string(), fc.jsonValue()),
        ([list, index], junk) => {
          const inserted = [...list.slice(0, index), junk, ...list.slice(index)];
          expect(verifyRegister(inserted).valid).toBe(false);
        },
      ),
    );
  });

  it('names only documents between the two swapped ones as reordered', () => {
    fc.assert(
      fc.property(withIndex(2), fc.nat(), ([list, first], offset) => {
        const second = first + 1 + (offset % (list.length - first - 1 || 1));
        fc.pre(second < list.length);
        const swapped = [...list];
        swapped[first] = at(list, second);
        swapped[second] = at(list, first);
        const findings = verifyRegister(swapped).findings;
        expect(findings.length).toBeGreaterThan(0);
        for (const finding of findings) {
          expect(finding.kind).toBe('reordered');
          expect(finding.index).toBeGreaterThanOrEqual(first);
          expect(finding.index).toBeLessThanOrEqual(second);
        }
      }),
    );
  });
});
