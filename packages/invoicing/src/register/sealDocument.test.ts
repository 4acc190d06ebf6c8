import { deepFreeze } from '@tpe/core';
import { describe, expect, it } from 'vitest';
import { computeDocumentHash } from './computeDocumentHash.js';
import { REGISTER_GENESIS_HASH } from './registerGenesisHash.js';
import { sealDocument } from './sealDocument.js';

describe('sealDocument', () => {
  it('chains the first document after the genesis hash (value computed with sha256sum)', () => {
    const sealed = sealDocument({
      number: 'F2026-000001',
      issueDate: '2026-03-02',
      lines: [{ id: '1', quantity: '2', unitPrice: '50.00' }],
      notes: ["Livraison à l'atelier"],
      total: '120.00',
    });
    expect(sealed.previousHash).toBe(REGISTER_GENESIS_HASH);
    // The same canonical text as in computeDocumentHash.test.ts.
    expect(sealed.hash).toBe('bfee12eec6d9fc6619ced005a50576beec00ec2e7f453673d19a0c2405ea6caf');
  });

  it('covers the previous hash: the same content after another hash has another hash', () => {
    const content = { number: 'F2026-000002' };
    const afterGenesis = sealDocument(content);
    const afterFirst = sealDocument(content, 'a'.repeat(64));
    expect(afterFirst.previousHash).toBe('a'.repeat(64));
    expect(afterFirst.hash).not.toBe(afterGenesis.hash);
    expect(afterFirst.hash).toBe(computeDocumentHash(afterFirst));
  });

  it('replaces an earlier seal and does not change its input', () => {
    const input = deepFreeze({ number: 'F1', hash: 'old', previousHash: 'b'.repeat(64) });
    const sealed = sealDocument(input, 'c'.repeat(64));
    expect(sealed).toEqual({
      number: 'F1',
      previousHash: 'c'.repeat(64),
      hash: computeDocumentHash({ number: 'F1', previousHash: 'c'.repeat(64) }),
    });
    expect(input).toEqual({ number: 'F1', hash: 'old', previousHash: 'b'.repeat(64) });
  });

  it.each([
    ['a short previous hash', { number: 'F1' }, 'abc'],
    ['a previous hash in capitals', { number: 'F1' }, 'A'.repeat(64)],
    ['a previous hash that is not text', { number: 'F1' }, 42],
    ['a document that is an array', [], REGISTER_GENESIS_HASH],
    ['a document with a function', { f: () => 1 }, REGISTER_GENESIS_HASH],
  ])('refuses %s with INVALID_INPUT', (_name, document, previousHash) => {
    expect(() => sealDocument(document as object, previousHash as string)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
