/** An xs:decimal as written: sign, integer digits, fraction digits. */
const XS_DECIMAL = /^([+-]?)([0-9]*)(?:\.([0-9]*))?$/;

/** The most digits read on either side of the point. */
const MAX_DIGITS = 20;

/**
 * The canonical form of an `xs:decimal` read from an invoice, or `undefined`
 * when the text is not one: no `+`, no leading zeros, no trailing zeros in
 * the fraction but at least `minDecimals` decimals, no negative zero.
 * `"+0012.50"` gives `"12.5"`, or `"12.50"` with 2 decimals at least.
 */
export function xsDecimal(text: string, minDecimals = 0): string | undefined {
  const match = XS_DECIMAL.exec(text);
  if (match === null) return undefined;
  const [, sign = '', integerDigits = '', fractionDigits = ''] = match;
  if (integerDigits === '' && fractionDigits === '') return undefined;
  const integer = integerDigits.replace(/^0+(?=\d)/, '') || '0';
  const fraction = fractionDigits.replace(/0+$/, '').padEnd(minDecimals, '0');
  if (integer.length > MAX_DIGITS || fraction.length > MAX_DIGITS) return undefined;
  const negative = sign === '-' && /[1-9]/.test(integer + fraction);
  return `${negative ? '-' : ''}${integer}${fraction === '' ? '' : `.${fraction}`}`;
}
