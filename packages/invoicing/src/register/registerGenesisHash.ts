import { z } from 'zod';

/**
 * The `previousHash` of the first document of a register: 64 zeros, a value
 * no SHA-256 hash of a document is expected to take.
 *
 * @example
 * ```ts
 * import { REGISTER_GENESIS_HASH } from '@tpe/invoicing';
 *
 * REGISTER_GENESIS_HASH.length; // 64
 * /^0+$/.test(REGISTER_GENESIS_HASH); // true
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export const REGISTER_GENESIS_HASH = '0'.repeat(64);

/** SHA-256 written as 64 lowercase hexadecimal digits. */
export const REGISTER_HASH_SYNTAX = /^[0-9a-f]{64}$/;

/** A zod schema for a register hash, {@link REGISTER_HASH_SYNTAX}. */
export const registerHashSchema = z
  .string()
  .regex(REGISTER_HASH_SYNTAX, 'A SHA-256 hash: 64 lowercase hexadecimal digits');
