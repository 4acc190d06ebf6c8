import { hash } from 'node:crypto';
import { isPlainObject, refuseNotPlain } from './internal/plainData.js';
import { writeCanonical } from './internal/writeCanonical.js';

/**
 * The register hash of a document: SHA-256, as 64 lowercase hexadecimal
 * digits, of the {@link canonicalJson} of the document without its `hash`
 * field. The `previousHash` field is part of what is hashed, which chains
 * each document to the one before it.
 *
 * **Details**: the hash is computed synchronously with `node:crypto` (the
 * one-shot `hash('sha256', text)`, quicker than a `createHash` object) over
 * the UTF-8 bytes of the canonical text; the package targets Node ≥ 20.19.
 *
 * @param document - a plain object (an issued document, or any record kept in a register)
 * @returns the hash, e.g. `"9f86d0…"` (64 characters)
 * @throws {@link TpeError} `INVALID_INPUT` for a value that is not a plain
 *   object or holds something that is not plain data (see {@link canonicalJson})
 *
 * @example
 * ```ts
 * import { computeDocumentHash } from '@tpe/invoicing';
 *
 * // SHA-256 of '{"number":"F2026-000001","total":"120.00"}'
 * computeDocumentHash({ total: '120.00', number: 'F2026-000001', hash: 'ignored' });
 * // '9eaaf5eb3803530141242c80f951d7b381bf4f83fcdacc7a0f42e712aab29b51'
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export function computeDocumentHash(document: object): string {
  if (!isPlainObject(document))
    refuseNotPlain([], 'not_plain_value', 'A document must be a plain object');
  return hash('sha256', writeCanonical(document, 'hash'), 'hex');
}
