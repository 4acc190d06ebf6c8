/**
 * Digits written from precomputed groups instead of converting numbers to
 * strings: joining two or three short strings costs less than a
 * number-to-string conversion (a call and a cache look-up), which matters
 * where amounts are written by the hundred thousand (the totals of a batch
 * of invoices).
 *
 * The tables are plain arrays, not frozen ones: they never leave the package,
 * and V8 reads a frozen array by index several times slower.
 */

/** '0' … '999'. */
const SMALL: readonly string[] = /* @__PURE__ */ Array.from({ length: 1000 }, (_, value) =>
  String(value),
);
/** '000' … '999'. */
const TRIPLES: readonly string[] = /* @__PURE__ */ Array.from({ length: 1000 }, (_, value) =>
  String(value).padStart(3, '0'),
);
/** '00' … '99'. */
export const PAIRS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, value) =>
  String(value).padStart(2, '0'),
);
/** '.00' … '.99'. */
const POINT_PAIRS: readonly string[] = /* @__PURE__ */ Array.from(
  { length: 100 },
  (_, value) => `.${String(value).padStart(2, '0')}`,
);
/** '.0' … '.9'. */
export const POINT_DIGITS: readonly string[] = /* @__PURE__ */ Array.from(
  { length: 10 },
  (_, value) => `.${value}`,
);

/**
 * The digits of a whole number from 0 to 2^53 − 1, with no sign: looked up
 * below 1,000, joined from two groups below 1,000,000, converted beyond.
 */
export function wholeDigits(value: number): string {
  if (value < 1000) return SMALL[value] as string;
  if (value < 1_000_000) {
    const thousands = Math.trunc(value / 1000);
    return (SMALL[thousands] as string) + (TRIPLES[value - thousands * 1000] as string);
  }
  return String(value);
}

/**
 * A whole number of hundredths from 0 to 2^53 − 1 written with two decimals
 * and no sign: `123456` → `'1234.56'`.
 */
export function hundredthsDigits(value: number): string {
  const whole = Math.trunc(value / 100);
  return wholeDigits(whole) + (POINT_PAIRS[value - whole * 100] as string);
}
