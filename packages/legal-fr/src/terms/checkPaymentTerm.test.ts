import { fromEpochDay, isTpeError, toEpochDay } from '@tpe/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CheckPaymentTermInput, checkPaymentTerm } from './checkPaymentTerm.js';
import { computeDueDate } from './computeDueDate.js';
import { PAYMENT_SECTOR_RULES } from './PaymentSector.js';
import type { PaymentTerm, PublicBuyerCategory } from './PaymentTerm.js';

const methodA = (days: number): PaymentTerm => ({ kind: 'plusDaysThenEndOfMonth', days });
const methodB = (days: number): PaymentTerm => ({ kind: 'endOfMonthThenPlusDays', days });
const net = (days: number, from: 'issue' | 'delivery' = 'issue'): PaymentTerm => ({
  kind: 'netDays',
  days,
  from,
});

function b2b(term: PaymentTerm, issueDate: string, extra: Partial<CheckPaymentTermInput> = {}) {
  return checkPaymentTerm({ term, issueDate, buyer: 'business', ...extra });
}

function errorOf(run: () => unknown): {
  code: string;
  issues: readonly { path: readonly (string | number)[]; code: string }[];
} {
  try {
    run();
  } catch (error) {
    if (isTpeError(error)) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected a TpeError');
}

describe('checkPaymentTerm — general B2B rule (L441-10 I), worked cases', () => {
  it('GC-01: nothing agreed → 30 days after receipt, compliant by definition', () => {
    const check = b2b({ kind: 'legalDefault' }, '2026-03-12', { deliveryDate: '2026-03-10' });
    expect(check).toMatchObject({
      compliant: true,
      dueDate: '2026-04-09',
      latestLawfulDate: '2026-04-09',
    });
    expect(check.trace.at(-1)).toMatchObject({
      rule: 'legalDefaultTerm',
      article: 'C. com. L441-10 I al. 1',
    });
  });

  it('GC-02: 60 days from the invoice date is the ceiling itself', () => {
    expect(b2b(net(60), '2026-01-15')).toMatchObject({
      compliant: true,
      violations: [],
      dueDate: '2026-03-16',
      latestLawfulDate: '2026-03-16',
    });
    expect(b2b(net(61), '2026-01-15')).toEqual(
      expect.objectContaining({
        compliant: false,
        violations: [
          {
            rule: 'agreedTermCeiling',
            article: 'C. com. L441-10 I al. 2',
            message:
              'The due date 2026-03-17 is after the latest lawful date 2026-03-16 (Agreed term: at most 60 days after the issue date 2026-01-15, C. com. L441-10 I al. 2)',
            maxDueDate: '2026-03-16',
            dueDate: '2026-03-17',
          },
        ],
      }),
    );
  });

  it('GC-03: 45 days end of month by method A (2026-03-31, 75 days) is lawful when expressly agreed', () => {
    const check = b2b(methodA(45), '2026-01-15');
    expect(check).toMatchObject({
      compliant: true,
      dueDate: '2026-03-31',
      latestLawfulDate: '2026-03-31',
    });
    expect(check.trace.at(-1)?.values).toMatchObject({
      sixtyDays: '2026-03-16',
      endOfMonth45: '2026-03-31',
      method: 'plusDaysThenEndOfMonth',
    });
    const notStipulated = b2b(methodA(45), '2026-01-15', { endOfMonthDerogation: 'none' });
    expect(notStipulated.compliant).toBe(false);
    expect(notStipulated.violations[0]).toMatchObject({
      rule: 'agreedTermCeiling',
      article: 'C. com. L441-10 I al. 2',
      maxDueDate: '2026-03-16',
      dueDate: '2026-03-31',
    });
  });

  it('GC-04: method B (2026-03-17, 61 days) is lawful; the ceiling is the later of 60 days and 45 days EOM', () => {
    expect(b2b(methodB(45), '2026-01-15')).toMatchObject({
      compliant: true,
      dueDate: '2026-03-17',
      latestLawfulDate: '2026-03-17',
    });
    expect(
      b2b(methodB(45), '2026-01-15', { endOfMonthDerogation: 'none' }).violations[0]?.maxDueDate,
    ).toBe('2026-03-16');
  });

  it('GC-05: February invoice — A 2026-04-30 and B 2026-04-14 lawful, 60 days net 2026-04-21', () => {
    expect(b2b(methodA(45), '2026-02-20')).toMatchObject({
      compliant: true,
      latestLawfulDate: '2026-04-30',
    });
    expect(b2b(methodB(45), '2026-02-20')).toMatchObject({
      compliant: true,
      latestLawfulDate: '2026-04-21',
    });
    expect(b2b(net(60), '2026-02-20')).toMatchObject({
      compliant: true,
      latestLawfulDate: '2026-04-21',
    });
  });

  it('the agreed method decides the ceiling: method A computed under a method B clause is checked against B', () => {
    const check = b2b(methodA(45), '2026-01-15', {
      endOfMonthDerogation: 'endOfMonthThenPlusDays',
    });
    expect(check.violations).toEqual([
      expect.objectContaining({ maxDueDate: '2026-03-17', dueDate: '2026-03-31' }),
    ]);
    expect(
      b2b(net(70), '2026-01-15', { endOfMonthDerogation: 'plusDaysThenEndOfMonth' }).compliant,
    ).toBe(true);
    expect(
      b2b(net(76), '2026-01-15', { endOfMonthDerogation: 'plusDaysThenEndOfMonth' }).compliant,
    ).toBe(false);
  });

  it('an end-of-month term longer than 45 days exceeds the derogation', () => {
    // 2026-01-31 + 45 = 2026-03-17 → 2026-03-31; + 60 = 2026-04-01 → 2026-04-30.
    const check = b2b(methodA(60), '2026-01-31');
    expect(check.violations[0]).toMatchObject({ maxDueDate: '2026-04-01', dueDate: '2026-04-30' });
  });

  it('"fin de mois le 31" from 1 July reaches 61 days: over the 60-day ceiling without the derogation', () => {
    const term: PaymentTerm = { kind: 'endOfMonthThenDayOfNextMonth', day: 31 };
    expect(b2b(term, '2026-07-01').violations[0]).toMatchObject({
      maxDueDate: '2026-08-30',
      dueDate: '2026-08-31',
    });
    expect(
      b2b(term, '2026-07-01', { endOfMonthDerogation: 'plusDaysThenEndOfMonth' }).compliant,
    ).toBe(true);
    expect(b2b({ kind: 'endOfMonthThenDayOfNextMonth', day: 10 }, '2026-07-01').compliant).toBe(
      true,
    );
  });

  it('GC-06: a periodic invoice of 2026-01-31 may not be due after 2026-03-17; end-of-month variants excluded', () => {
    expect(b2b({ kind: 'periodic' }, '2026-01-31')).toMatchObject({
      compliant: true,
      dueDate: '2026-03-17',
      latestLawfulDate: '2026-03-17',
    });
    const eom = b2b(methodA(45), '2026-01-31', { periodicInvoice: true });
    expect(eom.violations).toEqual([
      expect.objectContaining({
        rule: 'periodicInvoiceCeiling',
        article: 'C. com. L441-10 I al. 4',
        maxDueDate: '2026-03-17',
        dueDate: '2026-03-31',
      }),
    ]);
    expect(eom.trace.map((step) => step.rule)).toContain('endOfMonthNotForPeriodic');
    expect(b2b(net(60), '2026-01-31', { periodicInvoice: true }).violations[0]?.maxDueDate).toBe(
      '2026-03-17',
    );
    expect(b2b({ kind: 'periodic', days: 46 }, '2026-01-31').compliant).toBe(false);
  });
});

describe('checkPaymentTerm — sector ceilings (L441-11 to L441-13)', () => {
  it('GC-07: transport invoice of 2026-01-15 → at most 2026-02-14', () => {
    const check = b2b(net(60), '2026-01-15', { sector: 'transport' });
    expect(check.violations).toEqual([
      {
        rule: 'transportCeiling',
        article: 'C. com. L441-11 II',
        message:
          'The due date 2026-03-16 is after the latest lawful date 2026-02-14 (Sector "transport": at most 30 days after the issue date 2026-01-15, C. com. L441-11 II)',
        maxDueDate: '2026-02-14',
        dueDate: '2026-03-16',
      },
    ]);
    expect(b2b(net(30), '2026-01-15', { sector: 'transport' }).compliant).toBe(true);
    expect(b2b(methodB(45), '2026-01-15', { sector: 'transport' }).compliant).toBe(false);
  });

  it('GC-08: excise-duty beverages delivered 2026-01-15 → end of month + 30 → 2026-03-02', () => {
    const check = b2b(net(45), '2026-01-15', {
      sector: 'exciseAlcoholicBeverages',
      deliveryDate: '2026-01-15',
    });
    expect(check.latestLawfulDate).toBe('2026-03-02');
    expect(check.compliant).toBe(true);
    const over = { sector: 'exciseAlcoholicBeverages', deliveryDate: '2026-01-15' } as const;
    expect(b2b(net(46), '2026-01-15', over).compliant).toBe(true);
    expect(b2b(net(47), '2026-01-15', over).violations[0]).toMatchObject({
      rule: 'exciseAlcoholicBeveragesCeiling',
      article: 'C. com. L441-11 II 3°',
      maxDueDate: '2026-03-02',
      dueDate: '2026-03-03',
    });
  });

  it('GC-09: live cattle delivered 2026-01-15 → 2026-02-04', () => {
    const check = b2b(net(30, 'delivery'), '2026-01-15', {
      sector: 'liveCattle',
      deliveryDate: '2026-01-15',
    });
    expect(check.violations[0]).toMatchObject({
      rule: 'liveCattleCeiling',
      article: 'C. com. L441-11 II 2°',
      maxDueDate: '2026-02-04',
      dueDate: '2026-02-14',
    });
  });

  it('GC-10: perishables — periodic invoice 30 days after the end of the décade, single delivery 30 days after it', () => {
    const periodic = (deliveryDate: string) =>
      b2b({ kind: 'periodic', days: 30 }, '2026-01-21', { sector: 'perishableFood', deliveryDate })
        .latestLawfulDate;
    expect(periodic('2026-01-11')).toBe('2026-02-19');
    expect(periodic('2026-01-15')).toBe('2026-02-19');
    expect(periodic('2026-01-20')).toBe('2026-02-19');
    expect(periodic('2026-01-10')).toBe('2026-02-09');
    expect(periodic('2026-01-21')).toBe('2026-03-02');
    expect(periodic('2026-02-25')).toBe('2026-03-30');
    expect(periodic('2028-02-21')).toBe('2028-03-30');
    const single = b2b(net(30), '2026-01-15', {
      sector: 'perishableFood',
      deliveryDate: '2026-01-15',
    });
    expect(single).toMatchObject({ compliant: true, latestLawfulDate: '2026-02-14' });
    expect(single.trace.at(-1)?.article).toBe('C. com. L441-11 II 1°');
    expect(
      b2b(net(30), '2026-01-20', { sector: 'perishableFood', deliveryDate: '2026-01-15' })
        .violations[0]?.maxDueDate,
    ).toBe('2026-02-14');
  });

  it('a sector ceiling counted from delivery needs the delivery date', () => {
    expect(errorOf(() => b2b(net(20), '2026-01-15', { sector: 'liveCattle' })).code).toBe(
      'DELIVERY_DATE_REQUIRED',
    );
  });

  it('grapes, musts and circulation-duty beverages: 60 days or 45 days end of month under L441-11 II 4°', () => {
    const check = b2b(methodA(45), '2026-01-15', { sector: 'grapesMustsCirculationBeverages' });
    expect(check).toMatchObject({ compliant: true, latestLawfulDate: '2026-03-31' });
    expect(check.trace.at(-1)?.article).toBe('C. com. L441-11 II 4°');
    expect(
      b2b(net(61), '2026-01-15', { sector: 'grapesMustsCirculationBeverages' }).violations[0],
    ).toMatchObject({
      article: 'C. com. L441-11 II 4°',
      maxDueDate: '2026-03-16',
    });
  });

  it('seasonal fruit and vegetables under integration contracts: unverified default, replaceable', () => {
    const check = b2b({ kind: 'periodic', days: 30 }, '2026-01-31', {
      sector: 'seasonalProduceIntegration',
      deliveryDate: '2026-01-12',
    });
    expect(check.latestLawfulDate).toBe('2026-03-02');
    expect(check.trace.at(-1)?.message).toContain('unverified');
    expect(PAYMENT_SECTOR_RULES.seasonalProduceIntegration.verified).toBe(false);
    const replaced = b2b({ kind: 'periodic', days: 30 }, '2026-01-31', {
      sector: 'seasonalProduceIntegration',
      deliveryDate: '2026-01-12',
      sectorCap: { from: 'delivery', days: 20 },
    });
    expect(replaced.violations[0]).toMatchObject({
      maxDueDate: '2026-02-01',
      dueDate: '2026-03-02',
    });
  });

  it('seasonal sectors (L441-13): the ceiling must be supplied', () => {
    const error = errorOf(() => b2b(net(90), '2026-01-15', { sector: 'seasonalSector' }));
    expect(error.code).toBe('SECTOR_CAP_REQUIRED');
    expect(error.issues[0]?.path).toEqual(['sectorCap']);
    const check = b2b(net(90), '2026-01-15', {
      sector: 'seasonalSector',
      sectorCap: { from: 'issue', days: 120 },
    });
    expect(check).toMatchObject({ compliant: true, latestLawfulDate: '2026-05-15' });
    expect(check.trace.at(-1)?.article).toBe('C. com. L441-13');
  });

  it('export purchases under VAT suspension (L441-12): 90 days, not for large companies', () => {
    expect(
      errorOf(() => b2b(net(90), '2026-01-15', { sector: 'exportUnderVatSuspension' })).code,
    ).toBe('BUYER_SIZE_REQUIRED');
    expect(
      b2b(net(90), '2026-01-15', {
        sector: 'exportUnderVatSuspension',
        buyerIsLargeCompany: false,
      }),
    ).toMatchObject({ compliant: true, latestLawfulDate: '2026-04-15' });
    const large = b2b(net(90), '2026-01-15', {
      sector: 'exportUnderVatSuspension',
      buyerIsLargeCompany: true,
    });
    expect(large.violations[0]).toMatchObject({
      article: 'C. com. L441-10 I al. 2',
      maxDueDate: '2026-03-16',
    });
    expect(large.trace.map((step) => step.rule)).toContain('exportDerogationUnavailable');
  });

  it('overseas imports: the general terms run from customs clearance', () => {
    expect(errorOf(() => b2b(net(60), '2026-01-15', { sector: 'overseasImport' })).code).toBe(
      'CUSTOMS_CLEARANCE_DATE_REQUIRED',
    );
    const check = b2b(net(75), '2026-01-15', {
      sector: 'overseasImport',
      customsClearanceDate: '2026-02-01',
    });
    expect(check).toMatchObject({ compliant: true, latestLawfulDate: '2026-04-02' });
    const metropolitan = b2b(net(75), '2026-01-15', {
      sector: 'overseasImport',
      customsClearanceDate: '2026-03-01',
      metropolitanAvailabilityDate: '2026-01-20',
    });
    expect(metropolitan).toMatchObject({ compliant: true, latestLawfulDate: '2026-04-11' });
    expect(metropolitan.trace.at(-2)).toMatchObject({
      rule: 'overseasImportStart',
      article: 'C. com. L441-11',
    });
    expect(metropolitan.trace.at(-2)?.values?.startDate).toBe('2026-02-10');
    const late = b2b(net(90), '2026-01-15', {
      sector: 'overseasImport',
      customsClearanceDate: '2026-01-20',
      metropolitanAvailabilityDate: '2026-01-05',
    });
    expect(late.violations[0]).toMatchObject({
      article: 'C. com. L441-11',
      maxDueDate: '2026-03-21',
    });
  });

  it('sector rules that defer to L441-10 I cite the paragraph applied', () => {
    const periodic = b2b({ kind: 'periodic' }, '2026-01-31', {
      sector: 'grapesMustsCirculationBeverages',
    });
    expect(periodic.trace.at(-1)).toMatchObject({
      rule: 'periodicInvoiceCeiling',
      article: 'C. com. L441-10 I al. 4',
    });
    const overseasDefault = b2b({ kind: 'legalDefault' }, '2026-01-15', {
      sector: 'overseasImport',
      deliveryDate: '2026-01-10',
      customsClearanceDate: '2026-01-20',
    });
    expect(overseasDefault.trace.at(-1)).toMatchObject({
      rule: 'legalDefaultTerm',
      article: 'C. com. L441-11; C. com. L441-10 I al. 1',
    });
    expect(overseasDefault.latestLawfulDate).toBe('2026-02-19');
  });

  it('a caller-supplied ceiling needs a sector', () => {
    const error = errorOf(() =>
      b2b(net(60), '2026-01-15', { sectorCap: { from: 'issue', days: 90 } }),
    );
    expect(error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(error.issues[0]).toMatchObject({ path: ['sectorCap'], code: 'sector_required' });
  });
});

describe('checkPaymentTerm — public buyers and consumers', () => {
  it.each([
    ['stateOrLocalAuthority', '2026-03-04', 'CCP R2192-10'],
    ['publicHealthEstablishment', '2026-03-24', 'CCP R2192-11'],
    ['publicCompany', '2026-04-03', 'CCP R2192-11'],
  ] as const)(
    'GC-11: %s, request received 2026-02-02 → at most %s (%s)',
    (category, latest, article) => {
      const check = checkPaymentTerm({
        term: { kind: 'publicBuyer', category },
        issueDate: '2026-01-30',
        receiptDate: '2026-02-02',
        buyer: 'publicBuyer',
      });
      expect(check).toMatchObject({ compliant: true, dueDate: latest, latestLawfulDate: latest });
      expect(check.trace.at(-1)).toMatchObject({ rule: 'publicBuyerCeiling', article });
    },
  );

  it('a public buyer term longer than its category allows', () => {
    const check = checkPaymentTerm({
      term: { kind: 'publicBuyer', category: 'stateOrLocalAuthority', days: 45 },
      issueDate: '2026-01-30',
      receiptDate: '2026-02-02',
      buyer: 'publicBuyer',
    });
    expect(check.violations).toEqual([
      expect.objectContaining({
        rule: 'publicBuyerCeiling',
        article: 'CCP R2192-10',
        maxDueDate: '2026-03-04',
        dueDate: '2026-03-19',
      }),
    ]);
  });

  it('a B2B-style term sold to a public buyer is checked from the receipt of the request', () => {
    const input = {
      term: net(60),
      issueDate: '2026-01-30',
      receiptDate: '2026-02-02',
      buyer: 'publicBuyer',
      publicBuyerCategory: 'publicHealthEstablishment',
      sector: 'transport',
    } as const;
    const check = checkPaymentTerm(input);
    expect(check.violations[0]).toMatchObject({ maxDueDate: '2026-03-24', dueDate: '2026-03-31' });
    expect(check.trace.map((step) => step.rule)).toEqual([
      'netDaysFromIssue',
      'sectorNotApplied',
      'paymentRequestReceipt',
      'publicBuyerCeiling',
    ]);
    expect(errorOf(() => checkPaymentTerm({ ...input, publicBuyerCategory: undefined })).code).toBe(
      'PUBLIC_BUYER_CATEGORY_REQUIRED',
    );
  });

  it('refuses inconsistent public buyer inputs', () => {
    const term: PaymentTerm = { kind: 'publicBuyer', category: 'publicCompany' };
    const business = errorOf(() =>
      checkPaymentTerm({ term, issueDate: '2026-01-30', buyer: 'business' }),
    );
    expect(business.issues[0]).toMatchObject({ path: ['buyer'], code: 'term_buyer_mismatch' });
    const category = errorOf(() =>
      checkPaymentTerm({
        term,
        issueDate: '2026-01-30',
        receiptDate: '2026-02-02',
        buyer: 'publicBuyer',
        publicBuyerCategory: 'stateOrLocalAuthority',
      }),
    );
    expect(category).toMatchObject({ code: 'INVALID_INPUT' });
    expect(category.issues[0]).toMatchObject({
      path: ['publicBuyerCategory'],
      code: 'category_mismatch',
    });
  });

  it('consumers: no statutory ceiling, always compliant', () => {
    const check = checkPaymentTerm({
      term: net(120),
      issueDate: '2026-01-15',
      buyer: 'consumer',
      sector: 'transport',
    });
    expect(check).toMatchObject({
      compliant: true,
      violations: [],
      dueDate: '2026-05-15',
      latestLawfulDate: null,
    });
    expect(check.trace.at(-1)?.rule).toBe('consumerNoCeiling');
  });
});

describe('checkPaymentTerm — bad input', () => {
  const ok = { term: net(30), issueDate: '2026-01-15', buyer: 'business' };

  it.each([
    ['an unknown buyer', { ...ok, buyer: 'company' }, ['buyer'], 'invalid_value'],
    ['no buyer', { term: ok.term, issueDate: ok.issueDate }, ['buyer'], 'invalid_value'],
    ['an unknown sector', { ...ok, sector: 'roadHaulage' }, ['sector'], 'invalid_value'],
    [
      'an unknown term kind',
      { ...ok, term: { kind: '30 jours fin de mois' } },
      ['term', 'kind'],
      'invalid_union',
    ],
    [
      'negative days',
      { ...ok, term: { kind: 'netDays', days: -30, from: 'issue' } },
      ['term', 'days'],
      'too_small',
    ],
    ['a non-existent date', { ...ok, issueDate: '2026-04-31' }, ['issueDate'], 'invalid_date'],
    ['a number as a date', { ...ok, deliveryDate: 46037 }, ['deliveryDate'], 'invalid_type'],
    [
      'a bad sector ceiling',
      { ...ok, sector: 'transport', sectorCap: { from: 'issue', days: -1 } },
      ['sectorCap', 'days'],
      'too_small',
    ],
    [
      'a bad derogation method',
      { ...ok, endOfMonthDerogation: 'EOM_THEN_45' },
      ['endOfMonthDerogation'],
      'invalid_union',
    ],
    ['an unknown field', { ...ok, rate: '12.15' }, [], 'unrecognized_keys'],
  ])('refuses %s', (_name, input, path, code) => {
    const error = errorOf(() => checkPaymentTerm(input as never));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('throws only TpeErrors, whatever the input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (input, options) => {
        try {
          checkPaymentTerm(input as never, options as never);
          return false;
        } catch (error) {
          return isTpeError(error);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkPaymentTerm — properties', () => {
  const date = fc
    .integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2099-12-31') })
    .map((day) => fromEpochDay(day));
  const category = fc.constantFrom<PublicBuyerCategory>(
    'stateOrLocalAuthority',
    'publicHealthEstablishment',
    'publicCompany',
  );
  const caps: Record<PublicBuyerCategory, number> = {
    stateOrLocalAuthority: 30,
    publicHealthEstablishment: 50,
    publicCompany: 60,
  };

  /** Lawful B2B terms, delivery on or before the issue date. */
  const lawfulB2b: fc.Arbitrary<PaymentTerm> = fc.oneof(
    fc.constant({ kind: 'onReceipt' } as const),
    fc.constant({ kind: 'cash' } as const),
    fc.constant({ kind: 'legalDefault' } as const),
    fc.integer({ min: 0, max: 60 }).map((n) => net(n)),
    fc.integer({ min: 0, max: 60 }).map((n) => net(n, 'delivery')),
    fc.integer({ min: 0, max: 45 }).map(methodA),
    fc.integer({ min: 0, max: 45 }).map(methodB),
    fc
      .integer({ min: 1, max: 28 })
      .map((day) => ({ kind: 'endOfMonthThenDayOfNextMonth', day }) as const),
    fc
      .option(fc.integer({ min: 0, max: 45 }), { nil: undefined })
      .map((n) => ({ kind: 'periodic', days: n }) as const),
  );

  it('accepts every due date it computes for a lawful B2B term, and agrees with computeDueDate', () => {
    fc.assert(
      fc.property(date, fc.nat(30), lawfulB2b, (issueDate, before, term) => {
        const deliveryDate = fromEpochDay(toEpochDay(issueDate) - before);
        const check = checkPaymentTerm({ term, issueDate, deliveryDate, buyer: 'business' });
        return (
          check.compliant &&
          check.violations.length === 0 &&
          check.latestLawfulDate !== null &&
          check.dueDate === computeDueDate({ issueDate, deliveryDate, term }).dueDate
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts a public buyer term within its category ceiling', () => {
    fc.assert(
      fc.property(
        date,
        fc.nat(10),
        category,
        fc.nat(60),
        (issueDate, wait, buyerCategory, days) => {
          const term: PaymentTerm = {
            kind: 'publicBuyer',
            category: buyerCategory,
            days: Math.min(days, caps[buyerCategory]),
          };
          const receiptDate = fromEpochDay(toEpochDay(issueDate) + wait);
          return checkPaymentTerm({ term, issueDate, receiptDate, buyer: 'publicBuyer' }).compliant;
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the 60-day and 45-day ceilings are tight: one day more is a violation naming the latest lawful date', () => {
    fc.assert(
      fc.property(date, (issueDate) => {
        const over = checkPaymentTerm({ term: net(61), issueDate, buyer: 'business' });
        const periodic = checkPaymentTerm({
          term: { kind: 'periodic', days: 46 },
          issueDate,
          buyer: 'business',
        });
        const sixty = fromEpochDay(toEpochDay(issueDate) + 60);
        const fortyFive = fromEpochDay(toEpochDay(issueDate) + 45);
        return (
          !over.compliant &&
          over.violations[0]?.maxDueDate === sixty &&
          !periodic.compliant &&
          periodic.violations[0]?.maxDueDate === fortyFive
        );
      }),
      { numRuns: 500 },
    );
  });

  it('with the derogation, the latest lawful date is the later of 60 days and 45 days end of month', () => {
    fc.assert(
      fc.property(date, fc.constantFrom(methodA(45), methodB(45)), (issueDate, term) => {
        const check = checkPaymentTerm({ term, issueDate, buyer: 'business' });
        const sixty = toEpochDay(issueDate) + 60;
        const eom = toEpochDay(check.dueDate);
        return check.latestLawfulDate === fromEpochDay(Math.max(sixty, eom));
      }),
      { numRuns: 500 },
    );
  });
});
