import { createHash } from 'node:crypto';
import { isTpeError } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonicalJson.js';
import { computeDocumentHash } from './computeDocumentHash.js';
import { REGISTER_GENESIS_HASH } from './registerGenesisHash.js';

describe('computeDocumentHash', () => {
  it('hashes the canonical JSON of a small document (value computed with sha256sum)', () => {
    const document = {
      total: '120.00',
      number: 'F2026-000001',
      previousHash: REGISTER_GENESIS_HASH,
      notes: ["Livraison à l'atelier"],
      lines: [{ unitPrice: '50.00', quantity: '2', id: '1' }],
      issueDate: '2026-03-02',
      hash: 'not part of the content',
    };
    expect(canonicalJson({ ...document, hash: undefined })).toBe(
      `{"issueDate":"2026-03-02","lines":[{"id":"1","quantity":"2","unitPrice":"50.00"}],"notes":["Livraison à l'atelier"],"number":"F2026-000001","previousHash":"${REGISTER_GENESIS_HASH}","total":"120.00"}`,
    );
    // printf '%s' '<the canonical text above>' | sha256sum
    expect(computeDocumentHash(document)).toBe(
      'bfee12eec6d9fc6619ced005a50576beec00ec2e7f453673d19a0c2405ea6caf',
    );
  });

  it('ignores the hash field and nothing else', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (record, hash) => {
        const expected = createHash('sha256')
          .update(canonicalJson({ ...record, hash: undefined }))
          .digest('hex');
        expect(computeDocumentHash({ ...record, hash })).toBe(expected);
        expect(computeDocumentHash(record)).toBe(expected);
      }),
    );
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'F2026-000001'],
    ['a Date', new Date(0)],
    ['NaN inside', { total: Number.NaN }],
  ])('refuses %s with INVALID_INPUT', (_name, value) => {
    let code: string | undefined;
    try {
      computeDocumentHash(value as object);
    } catch (error) {
      if (isTpeError(error)) code = error.code;
    }
    expect(code).toBe('INVALID_INPUT');
  });
});
