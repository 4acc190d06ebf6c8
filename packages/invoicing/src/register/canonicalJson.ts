import { writeCanonical } from './internal/writeCanonical.js';

/**
 * Writes plain data as canonical JSON: the one text that two equal values
 * always give, whatever the order their keys were written in — the input of
 * the register's hashes.
 *
 * **Details**: object keys sorted by UTF-16 code units (as in RFC 8785), no
 * whitespace, strings escaped as `JSON.stringify` does, numbers as
 * JavaScript writes them. Decimal strings stay as they are: `"1.50"` and
 * `"1.5"` are different texts, as they are different printed amounts. An
 * object key holding `undefined` is left out, as an absent optional field.
 *
 * **Gotchas**: only plain data is accepted: objects whose prototype is
 * `Object.prototype` or `null`, arrays without holes, strings, finite
 * numbers, booleans and `null`. Symbol-keyed and non-enumerable properties
 * are not part of the content.
 *
 * @param value - the plain data
 * @returns the canonical JSON text
 * @throws {@link TpeError} `INVALID_INPUT` for anything else (`issues` give
 *   the path and the code `undefined_value`, `not_finite`, `not_plain_value`
 *   or `circular`)
 *
 * @example
 * ```ts
 * import { canonicalJson } from '@tpe/invoicing';
 *
 * canonicalJson({ b: ['1.50', null], a: { d: true, c: 'é' } }); // '{"a":{"c":"é","d":true},"b":["1.50",null]}'
 * canonicalJson({ amount: Number.NaN }); // throws TpeError INVALID_INPUT
 * ```
 *
 * @category Register
 * @since 0.1.0
 */
export function canonicalJson(value: unknown): string {
  return writeCanonical(value);
}
