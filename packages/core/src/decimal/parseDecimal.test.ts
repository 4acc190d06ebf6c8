import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { isTpeError } from '../errors/TpeError.js';
import { DECIMAL_KINDS } from './DecimalOptions.js';
import { parseDecimal, safeParseDecimal } from './parseDecimal.js';

function issueCode(
  input: unknown,
  options?: Parameters<typeof parseDecimal>[1],
): string | undefined {
  const result = safeParseDecimal(input, options);
  if (result.ok) return undefined;
  expect(result.error.code).toBe('INVALID_DECIMAL');
  return result.error.issues[0]?.code;
}

describe('parseDecimal', () => {
  it('reads plain decimal strings exactly', () => {
    expect(parseDecimal('0').toFixed()).toBe('0');
    expect(parseDecimal('-1234.56').toFixed()).toBe('-1234.56');
    expect(parseDecimal('0.000000000001').toFixed()).toBe('0.000000000001');
    expect(parseDecimal('123456789012345678').toFixed()).toBe('123456789012345678');
    expect(parseDecimal('0.1').plus(parseDecimal('0.2')).toFixed()).toBe('0.3');
  });

  it.each([
    ['1,5', 'invalid_decimal'],
    ['1e3', 'invalid_decimal'],
    [' 12', 'invalid_decimal'],
    ['12 ', 'invalid_decimal'],
    ['12.', 'invalid_decimal'],
    ['.5', 'invalid_decimal'],
    ['+1', 'invalid_decimal'],
    ['007', 'invalid_decimal'],
    ['--1', 'invalid_decimal'],
    ['NaN', 'invalid_decimal'],
    ['Infinity', 'invalid_decimal'],
    ['-Infinity', 'invalid_decimal'],
    ['0x10', 'invalid_decimal'],
    ['', 'invalid_decimal'],
    ['١٢', 'invalid_decimal'],
    ['１２', 'invalid_decimal'],
    ['1_000', 'invalid_decimal'],
    ['1 000', 'invalid_decimal'],
    ['12\n', 'invalid_decimal'],
    ['9'.repeat(65), 'too_long'],
  ])('refuses %j (%s)', (input, code) => {
    expect(issueCode(input)).toBe(code);
    const error = caughtTpeError(() => parseDecimal(input));
    expect(error.issues).toEqual([{ path: [], code, message: error.message }]);
    if (code === 'invalid_decimal') expect(error.message).toContain(JSON.stringify(input));
    else expect(error.message).toContain('64');
  });

  it('reads strings of up to 64 characters', () => {
    const longest = `0.${'1'.repeat(62)}`;
    expect(parseDecimal(longest, { maxDecimals: 62 }).toFixed()).toBe(longest);
    expect(issueCode(`${longest}1`, { maxDecimals: 63 })).toBe('too_long');
  });

  it.each([
    [12, 'a number'],
    [Number.NaN, 'NaN'],
    [null, 'null'],
    [undefined, 'undefined'],
    [12n, 'a bigint'],
    [{ toString: () => '1' }, 'an object'],
    [['1'], 'an array'],
  ])('refuses %s as not a string (%s)', (input: unknown, _kind: string) => {
    expect(issueCode(input)).toBe('invalid_type');
  });

  it('names the kind of a value that is not a string', () => {
    const message = (input: unknown) => caughtTpeError(() => parseDecimal(input)).message;
    expect(message(12)).toContain('12');
    expect(message(-0.5)).toContain('-0.5');
    expect(message(null)).toContain('null');
    expect(message(['1'])).toContain('array');
    expect(message(12n)).toContain('bigint');
    expect(message(undefined)).toContain('undefined');
    expect(message(true)).toContain('boolean');
    expect(message({})).toContain('object');
    expect(message({})).not.toContain('number');
    expect(message(12n)).not.toContain('number');
  });

  it('applies the limits', () => {
    expect(issueCode('1.234', { maxDecimals: 2 })).toBe('too_many_decimals');
    expect(issueCode('1234', { maxIntegerDigits: 3 })).toBe('too_many_integer_digits');
    expect(issueCode('-1', { allowNegative: false })).toBe('negative_not_allowed');
    expect(issueCode('12.345678', DECIMAL_KINDS.price)).toBeUndefined();
    expect(issueCode('-0.5', DECIMAL_KINDS.price)).toBe('negative_not_allowed');
    expect(issueCode('12.155', DECIMAL_KINDS.amount)).toBe('too_many_decimals');
    expect(issueCode('-123456789012.123456', DECIMAL_KINDS.quantity)).toBeUndefined();
    expect(issueCode('1.1234567', DECIMAL_KINDS.quantity)).toBe('too_many_decimals');
    expect(issueCode('1234567890123', DECIMAL_KINDS.quantity)).toBe('too_many_integer_digits');
    expect(issueCode('9999.999999', DECIMAL_KINDS.rate)).toBeUndefined();
    expect(issueCode('-5.5', DECIMAL_KINDS.rate)).toBe('negative_not_allowed');
    expect(issueCode('10000', DECIMAL_KINDS.rate)).toBe('too_many_integer_digits');
  });

  it('says which limit a value breaks', () => {
    const decimals = caughtTpeError(() => parseDecimal('1.234', { maxDecimals: 2 }));
    expect(decimals.message).toContain('1.234');
    expect(decimals.message).toContain('2');
    const digits = caughtTpeError(() => parseDecimal('12345', { maxIntegerDigits: 3 }));
    expect(digits.message).toContain('12345');
    expect(digits.message).toContain('3');
    expect(caughtTpeError(() => parseDecimal('-7.5', { allowNegative: false })).message).toContain(
      '-7.5',
    );
  });

  it('throws a TpeError, never another error, for any input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseDecimal(input);
          return typeof input === 'string';
        } catch (error) {
          return isTpeError(error) && error.code === 'INVALID_DECIMAL';
        }
      }),
    );
  });

  it('round-trips every canonical decimal string', () => {
    const canonical = fc
      .tuple(
        fc.boolean(),
        fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }),
        fc.integer({ min: 0, max: 12 }),
      )
      .map(([negative, units, scale]) => {
        const digits = units.toString().padStart(scale + 1, '0');
        const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
        return negative && units !== 0n ? `-${text}` : text;
      });
    fc.assert(
      fc.property(canonical, (text) => {
        const scale = text.includes('.') ? (text.split('.')[1] as string).length : 0;
        expect(parseDecimal(text).toFixed(scale)).toBe(text);
      }),
    );
  });
});
