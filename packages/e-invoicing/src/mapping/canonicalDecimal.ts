/**
 * A plain decimal string in its shortest form: trailing zeros of the
 * fraction and a bare point dropped, `-0` written `0` (`"2.500000"` →
 * `"2.5"`, `"20.00"` → `"20"`). The value is unchanged; EN 16931 and the
 * French rules read quantities with at most 4 decimals and rates with at most
 * 2, so a quantity stored as `"2.500000"` is written `"2.5"`.
 *
 * Expects a plain decimal the model's schemas accepted (`-?digits(.digits)?`).
 */
export function canonicalDecimal(value: string): string {
  const point = value.indexOf('.');
  let end = value.length;
  if (point >= 0) {
    while (value.charCodeAt(end - 1) === 48 /* 0 */) end--;
    if (end - 1 === point) end--;
  }
  const shortest = end === value.length ? value : value.slice(0, end);
  return shortest === '-0' ? '0' : shortest;
}
