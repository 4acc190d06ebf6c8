import { parseWithSchema } from '@tpe/core';
import { computeDocumentHash } from './computeDocumentHash.js';
import { isPlainObject, refuseNotPlain } from './internal/plainData.js';
import {
  REGISTER_GENESIS_HASH,
  REGISTER_HASH_SYNTAX,
  registerHashSchema,
} from './registerGenesisHash.js';

/**
 * The two fields that chain a document into a register.
 *
 * @example
 * ```ts
 * import type { RegisterSeal } from '@tpe/invoicing';
 *
 * const isFirst = (seal: RegisterSeal): boolean => /^0+$/.test(seal.previousHash);
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export interface RegisterSeal {
  /** {@link computeDocumentHash} of the document, `previousHash` included. */
  readonly hash: string;
  /** The `hash` of the document before it in the register, or {@link REGISTER_GENESIS_HASH}. */
  readonly previousHash: string;
}

/**
 * Returns a copy of a document chained after a given hash: with
 * `previousHash` set to it and `hash` computed by
 * {@link computeDocumentHash}.
 *
 * **When to use**: {@link issue} seals the documents it issues; seal here a
 * record kept in a register some other way. The register is whatever list of
 * sealed documents the caller keeps in order (all issued documents of a
 * company, or one list per series): each document is sealed after the last
 * `hash` of its register.
 *
 * **Gotchas**: the input is not changed; a `hash` or `previousHash` it
 * already had is replaced.
 *
 * @param document - a plain object
 * @param previousHash - the hash of the document before it in the register;
 *   {@link REGISTER_GENESIS_HASH} (the default) for the first
 * @returns the sealed copy
 * @throws {@link TpeError} `INVALID_INPUT` for a `previousHash` that is not 64
 *   lowercase hexadecimal digits, or a document that is not plain data
 *
 * @example
 * ```ts
 * import { REGISTER_GENESIS_HASH, computeDocumentHash, sealDocument } from '@tpe/invoicing';
 *
 * const first = sealDocument({ number: 'F2026-000001', total: '120.00' });
 * first.previousHash === REGISTER_GENESIS_HASH; // true
 * first.hash === computeDocumentHash(first); // true
 * sealDocument({ number: 'F2026-000002' }, first.hash).previousHash === first.hash; // true
 * sealDocument({ number: 'F2026-000002' }, 'abc'); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export function sealDocument<Document extends object>(
  document: Document,
  previousHash: string = REGISTER_GENESIS_HASH,
): Omit<Document, keyof RegisterSeal> & RegisterSeal {
  if (!isPlainObject(document)) {
    refuseNotPlain([], 'not_plain_value', 'A document must be a plain object');
  }
  if (typeof previousHash !== 'string' || !REGISTER_HASH_SYNTAX.test(previousHash)) {
    parseWithSchema(registerHashSchema, previousHash);
  }
  const sealed = { ...document, previousHash, hash: '' };
  sealed.hash = computeDocumentHash(sealed);
  return sealed;
}
