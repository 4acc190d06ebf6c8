import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { IsoDate } from '../calendar/IsoDate.js';
import { isTpeError } from '../errors/TpeError.js';
import { currencyCodeSchema } from './currencyCodeSchema.js';
import {
  amountSchema,
  decimalStringSchema,
  priceSchema,
  quantitySchema,
  rateSchema,
} from './decimalSchemas.js';
import { isoDateSchema } from './isoDateSchema.js';
import { parseWithSchema, safeParseWithSchema } from './parseWithSchema.js';

const Line = z.object({
  quantity: quantitySchema,
  unitPrice: priceSchema,
  vatRate: rateSchema,
  total: amountSchema(),
  deliveredOn: isoDateSchema,
  currency: currencyCodeSchema,
});

const good = {
  quantity: '-2.5',
  unitPrice: '0.123456',
  vatRate: '5.5',
  total: '-0.31',
  deliveredOn: '2026-11-27',
  currency: 'EUR',
};

describe('schemas', () => {
  it('accept good values and keep the strings', () => {
    expect(parseWithSchema(Line, good)).toEqual(good);
    expectTypeOf(parseWithSchema(Line, good).deliveredOn).toEqualTypeOf<IsoDate>();
    expectTypeOf(parseWithSchema(Line, good).total).toEqualTypeOf<string>();
  });

  it('report each bad field with its path and code', () => {
    const result = safeParseWithSchema(Line, {
      quantity: 2,
      unitPrice: '-1',
      vatRate: '20,0',
      total: '12.345',
      deliveredOn: '2026-02-30',
      currency: 'EURO',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['quantity', 'invalid_type'],
      ['unitPrice', 'negative_not_allowed'],
      ['vatRate', 'invalid_decimal'],
      ['total', 'too_many_decimals'],
      ['deliveredOn', 'invalid_date'],
      ['currency', 'invalid_currency'],
    ]);
    expect(result.error.message).toContain('quantity');
    expect(result.error.message).toContain('(and 3 more)');
  });

  it('use the error code asked for and throw it from parseWithSchema', () => {
    const result = safeParseWithSchema(isoDateSchema, '2026-13-01', 'INVALID_DATE');
    expect(!result.ok && result.error.code).toBe('INVALID_DATE');
    expect(() => parseWithSchema(currencyCodeSchema, 'euro')).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('apply the limits of each kind', () => {
    expect(amountSchema({ maxDecimals: 3 }).safeParse('2.125').success).toBe(true);
    expect(amountSchema().safeParse('2.125').success).toBe(false);
    expect(rateSchema.safeParse('10000').success).toBe(false);
    expect(rateSchema.safeParse('9999.999999').success).toBe(true);
    expect(priceSchema.safeParse('0.1234567').success).toBe(false);
    expect(decimalStringSchema({ allowNegative: false }).safeParse('-0').success).toBe(false);
  });

  it('are not fooled by hostile objects', () => {
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": true}, "quantity": "1", "unitPrice": "1", "vatRate": "20", "total": "1.00", "deliveredOn": "2026-01-01", "currency": "EUR", "constructor": {"prototype": {"x": 1}}}',
    );
    const parsed = parseWithSchema(Line, hostile);
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(good).sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const result = safeParseWithSchema(Line, { ...good, total: '9'.repeat(100_000) });
    expect(!result.ok && result.error.issues[0]?.code).toBe('too_long');
    expect(safeParseWithSchema(Line, null).ok).toBe(false);
  });

  it('answer any input with a value or a TpeError', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseWithSchema(Line, input);
          return true;
        } catch (error) {
          return isTpeError(error) && error.code === 'INVALID_INPUT' && error.issues.length > 0;
        }
      }),
    );
  });

  it('keep the path of each issue, numbers as numbers and symbols as strings', () => {
    const Invoice = z.object({ lines: z.array(z.object({ quantity: quantitySchema })) });
    const result = safeParseWithSchema(Invoice, {
      lines: [{ quantity: '1' }, { quantity: '1.1234567' }],
    });
    expect(!result.ok && result.error.issues).toEqual([
      { path: ['lines', 1, 'quantity'], code: 'too_many_decimals', message: expect.any(String) },
    ]);
    expect(!result.ok && result.error.message).toContain('lines.1.quantity');
    const key = Symbol('key');
    const Keyed = z.object({ [key]: z.string() });
    const keyed = safeParseWithSchema(Keyed, { [key]: 1 });
    expect(!keyed.ok && keyed.error.issues[0]?.path).toEqual(['Symbol(key)']);
  });

  it('report a refinement of their own as custom unless it names a code', () => {
    const plain = safeParseWithSchema(
      z.string().refine(() => false, 'nope'),
      'x',
    );
    expect(!plain.ok && plain.error.issues).toEqual([
      { path: [], code: 'custom', message: 'nope' },
    ]);
    const numbered = safeParseWithSchema(
      z.string().refine(() => false, { message: 'nope', params: { code: 7 } }),
      'x',
    );
    expect(!numbered.ok && numbered.error.issues[0]?.code).toBe('custom');
    const named = safeParseWithSchema(
      z.string().refine(() => false, { message: 'nope', params: { code: 'too_early' } }),
      'x',
    );
    expect(!named.ok && named.error.issues[0]?.code).toBe('too_early');
  });

  it('sum up the first three issues in the message and count the others', () => {
    const three = safeParseWithSchema(Line, {
      ...good,
      quantity: 2,
      unitPrice: '-1',
      vatRate: 'x',
    });
    expect(three.ok).toBe(false);
    if (three.ok) return;
    expect(three.error.issues).toHaveLength(3);
    expect(three.error.message).not.toContain('more');
    expect(three.error.message.endsWith(three.error.issues[2]?.message as string)).toBe(true);
    const one = safeParseWithSchema(currencyCodeSchema, 'euro');
    expect(!one.ok && one.error.message.endsWith(one.error.issues[0]?.message as string)).toBe(
      true,
    );
    const six = safeParseWithSchema(Line, {
      quantity: 2,
      unitPrice: '-1',
      vatRate: '20,0',
      total: '12.345',
      deliveredOn: '2026-02-30',
      currency: 'EURO',
    });
    expect(six.ok).toBe(false);
    if (six.ok) return;
    expect(six.error.message).toContain('vatRate');
    expect(six.error.message).not.toContain('deliveredOn');
    expect(six.error.message).not.toContain('EURO');
    expect(six.error.message).toContain('3 more');
  });

  it('quote a bad currency code or date briefly', () => {
    const code = `EUR${'X'.repeat(50)}`;
    const currency = safeParseWithSchema(currencyCodeSchema, code);
    expect(!currency.ok && currency.error.issues[0]?.message).toContain(code.slice(0, 16));
    expect(!currency.ok && currency.error.issues[0]?.message).not.toContain(code.slice(0, 17));
    const date = `2026-01-01${'x'.repeat(100)}`;
    const parsed = safeParseWithSchema(isoDateSchema, date);
    expect(!parsed.ok && parsed.error.issues[0]).toMatchObject({ path: [], code: 'invalid_date' });
    expect(!parsed.ok && parsed.error.issues[0]?.message).toContain(date.slice(0, 40));
    expect(!parsed.ok && parsed.error.issues[0]?.message).not.toContain(date.slice(0, 41));
  });
});
