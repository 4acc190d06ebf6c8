import { describe, expect, it } from 'vitest';
import { DEFAULT_E_INVOICING_TIMELINE } from './defaultEInvoicingTimeline.js';
import { eInvoicingObligations } from './eInvoicingObligations.js';
import type { EInvoicingTimeline } from './eInvoicingTimelineSchema.js';

const flags = (companySize: 'large' | 'intermediate' | 'sme' | 'micro', date: string) => {
  const result = eInvoicingObligations({ companySize, date });
  return [result.mustReceive, result.mustIssue, result.mustEReport];
};

describe('eInvoicingObligations', () => {
  it.each(['large', 'intermediate'] as const)(
    '%s: everything from 2026-09-01 (section 6.1)',
    (size) => {
      expect(flags(size, '2026-08-31')).toEqual([false, false, false]);
      expect(flags(size, '2026-09-01')).toEqual([true, true, true]);
      expect(flags(size, '2027-09-01')).toEqual([true, true, true]);
      expect(eInvoicingObligations({ companySize: size, date: '2026-01-01' }).dates).toEqual({
        receive: '2026-09-01',
        issue: '2026-09-01',
        eReport: '2026-09-01',
      });
    },
  );

  it.each(['sme', 'micro'] as const)(
    '%s: reception from 2026-09-01, issuing and e-reporting from 2027-09-01',
    (size) => {
      expect(flags(size, '2026-08-31')).toEqual([false, false, false]);
      expect(flags(size, '2026-09-01')).toEqual([true, false, false]);
      expect(flags(size, '2027-08-31')).toEqual([true, false, false]);
      expect(flags(size, '2027-09-01')).toEqual([true, true, true]);
      expect(eInvoicingObligations({ companySize: size, date: '2026-01-01' }).dates).toEqual({
        receive: '2026-09-01',
        issue: '2027-09-01',
        eReport: '2027-09-01',
      });
    },
  );

  it('explains each answer with its article', () => {
    const result = eInvoicingObligations({ companySize: 'sme', date: '2027-03-15' });
    expect(result.trace.map((step) => [step.rule, step.article, step.values?.applies])).toEqual([
      ['eInvoicingScope', 'CGI art. 289 bis', undefined],
      ['eInvoicingReception', 'CGI art. 289 bis', 'true'],
      ['eInvoicingIssuance', 'CGI art. 289 bis', 'false'],
      ['eReporting', 'CGI art. 290 and 290 A', 'false'],
    ]);
    expect(result.trace[2]?.message).toBe(
      'Issuing e-invoices: required from 2027-09-01 for a petite et moyenne entreprise (PME); not yet required on 2027-03-15',
    );
  });

  it('follows a caller-supplied timeline (a postponement)', () => {
    const postponed: EInvoicingTimeline = {
      ...DEFAULT_E_INVOICING_TIMELINE,
      sizes: DEFAULT_E_INVOICING_TIMELINE.sizes.map((row) =>
        row.companySize === 'micro'
          ? { ...row, issueFrom: '2028-09-01', eReportFrom: '2028-09-01' }
          : row,
      ),
    };
    const result = eInvoicingObligations({
      companySize: 'micro',
      date: '2027-09-01',
      table: postponed,
    });
    expect([result.mustReceive, result.mustIssue, result.mustEReport]).toEqual([
      true,
      false,
      false,
    ]);
    expect(result.dates.issue).toBe('2028-09-01');
  });

  it('refuses bad input', () => {
    const bad: readonly [unknown, readonly (string | number)[]][] = [
      [{ companySize: 'PME', date: '2026-09-01' }, ['companySize']],
      [{ companySize: 'sme', date: '2026-09-31' }, ['date']],
      [{ companySize: 'sme', date: new Date(0) }, ['date']],
      [
        {
          companySize: 'sme',
          date: '2026-09-01',
          table: {
            ...DEFAULT_E_INVOICING_TIMELINE,
            sizes: DEFAULT_E_INVOICING_TIMELINE.sizes.slice(1),
          },
        },
        ['table', 'sizes'],
      ],
    ];
    for (const [input, path] of bad) {
      expect(() => eInvoicingObligations(input as never)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
    expect(() => eInvoicingObligations(undefined as never)).toThrowError(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('refuses a timeline listing a size twice', () => {
    const sizes = DEFAULT_E_INVOICING_TIMELINE.sizes;
    expect(() =>
      eInvoicingObligations({
        companySize: 'sme',
        date: '2026-09-01',
        table: { ...DEFAULT_E_INVOICING_TIMELINE, sizes: [...sizes, sizes[0]!] },
      }),
    ).toThrowError(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['table', 'sizes', 4, 'companySize'],
            code: 'duplicate_company_size',
          }),
        ],
      }),
    );
  });
});
