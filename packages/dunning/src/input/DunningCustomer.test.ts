import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DunningCustomer, dunningCustomerSchema } from './DunningCustomer.js';
import { readCustomer } from './internal/readCustomer.js';

const customer: DunningCustomer = {
  id: 'c-1',
  kind: 'business',
  name: 'Boulangerie Martin SARL',
  segment: 'vip',
  language: 'fr',
  email: 'compta@martin.fr',
  phone: '+33 3 88 00 00 00',
  postalAddress: ['12 rue des Orfèvres', '67000 Strasbourg'],
  insolvency: { procedure: 'safeguard', openedOn: '2026-06-03' },
  calendarRegion: 'alsaceMoselle',
  overrides: { minDaysBetweenMessages: 10, noDunning: { reason: 'Filiale' } },
};

describe('dunningCustomerSchema', () => {
  it('accepts every field and refuses wrong ones', () => {
    expect(dunningCustomerSchema.parse(customer)).toEqual(customer);
    for (const wrong of [
      { kind: 'company' },
      { name: '' },
      { email: 'compta at martin.fr' },
      { language: 'de' },
      { calendarRegion: 'corse' },
      { insolvency: { procedure: 'bankruptcy', openedOn: '2026-06-03' } },
      { overrides: { minDaysBetweenMessages: 0 } },
      { overrides: { minDaysBetweenMessages: 1.5 } },
      { postalAddress: Array.from({ length: 9 }, () => 'ligne') },
      { vip: true },
    ]) {
      expect(dunningCustomerSchema.safeParse({ ...customer, ...wrong }).success).toBe(false);
    }
  });

  it('is read as the schema reads it', () => {
    const value = fc.oneof(
      fc.constantFrom(
        undefined,
        null,
        '',
        'x',
        'business',
        'consumer',
        'fr',
        'national',
        3,
        0,
        400,
        2.5,
        [],
        {},
      ),
      fc.constantFrom(
        'a@b.fr',
        'a@b',
        '2026-06-03',
        ['ligne'],
        [''],
        { procedure: 'liquidation', openedOn: '2026-06-03' },
        { procedure: 'liquidation', openedOn: '2026-06-31' },
        { minDaysBetweenMessages: 7 },
        { noDunning: { reason: 'x' } },
        { noDunning: {} },
      ),
      fc.string({ maxLength: 3 }),
    );
    const field = fc.constantFrom(
      'id',
      'kind',
      'name',
      'segment',
      'language',
      'email',
      'phone',
      'postalAddress',
      'insolvency',
      'calendarRegion',
      'overrides',
      'extra',
    );
    fc.assert(
      fc.property(fc.array(fc.record({ field, value }), { maxLength: 3 }), (changes) => {
        const input: Record<string, unknown> = { ...customer };
        for (const { field: key, value: changed } of changes) input[key] = changed;
        expect(readCustomer(input) !== undefined).toBe(
          dunningCustomerSchema.safeParse(input).success,
        );
      }),
    );
  });
});
