/**
 * A VAT rate in its shortest form, the same for every way of writing it:
 * `"20.00"` → `"20"`, `"5.50"` → `"5.5"`. Used to group lines by rate and
 * to write the rate of a VAT breakdown. Expects a rate string the schemas
 * accepted (no leading zeros before other digits, no sign).
 */
export function canonicalRate(rate: string): string {
  // Only a rate ending with a zero may have a shorter form.
  if (rate.charCodeAt(rate.length - 1) !== 48 /* 0 */ || rate.indexOf('.') < 0) return rate;
  let end = rate.length;
  while (rate.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (rate.charCodeAt(end - 1) === 46 /* . */) end--;
  return end === rate.length ? rate : rate.slice(0, end);
}
