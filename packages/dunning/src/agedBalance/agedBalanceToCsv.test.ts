import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tpeFailure } from '../../../../tools/tpeFailure.js';
import type { Receivable } from '../input/Receivable.js';
import { type AgedBalance, agedBalance } from './agedBalance.js';
import { type AgedBalanceCsvOptions, agedBalanceToCsv } from './agedBalanceToCsv.js';

const receivables: Receivable[] = [
  {
    id: 'a',
    customerId: 'c-1',
    number: 'F1',
    issueDate: '2026-03-01',
    dueDate: '2026-03-31',
    amount: '1234.56',
    outstanding: '1234.56',
  },
  {
    id: 'b',
    customerId: 'c-2',
    number: 'F2',
    issueDate: '2026-04-15',
    dueDate: '2026-05-15',
    amount: '80.00',
    outstanding: '80.00',
  },
  {
    id: 'c',
    customerId: 'c-2',
    number: 'A1',
    kind: 'creditNote',
    issueDate: '2026-04-20',
    dueDate: '2026-04-20',
    amount: '100.00',
    outstanding: '100.00',
  },
];
const balance = agedBalance({
  receivables,
  asOf: '2026-04-30',
  buckets: [30],
  customers: [
    { id: 'c-1', kind: 'business', name: 'Martin\net Fils' },
    { id: 'c-2', kind: 'business', name: '=HYPERLINK("http://x")' },
  ],
});

describe('agedBalanceToCsv', () => {
  it('writes for Excel in French by default: byte order mark, semicolons, decimal commas, CRLF', () => {
    // c-1: 1234.56, 30 days late (1–30). c-2: 80.00 not due, 100.00 of credit: 80 − 100 = −20.
    expect(agedBalanceToCsv(balance)).toBe(
      '\uFEFFClient;Nom;Devise;Non échu;1 à 30 j;Plus de 30 j;Encours;Avoirs et acomptes;Solde;Retard max (j);Pièces ouvertes\r\n' +
        'c-1;"Martin\net Fils";EUR;0,00;1234,56;0,00;1234,56;0,00;1234,56;30;1\r\n' +
        `c-2;"'=HYPERLINK(""http://x"")";EUR;80,00;0,00;0,00;80,00;-100,00;-20,00;0;2\r\n` +
        'Total;;EUR;80,00;1234,56;0,00;1314,56;-100,00;1214,56;;3\r\n',
    );
  });

  it('writes points with commas, and quotes amounts written with a comma between commas', () => {
    const lines = (options: AgedBalanceCsvOptions) =>
      agedBalanceToCsv(balance, { byteOrderMark: false, ...options }).split('\r\n');
    expect(lines({ separator: ',' })[1]).toBe(
      'c-1,"Martin\net Fils",EUR,0.00,1234.56,0.00,1234.56,0.00,1234.56,30,1',
    );
    expect(lines({ separator: ',', decimalComma: true })[3]).toBe(
      'Total,,EUR,"80,00","1234,56","0,00","1314,56","-100,00","1214,56",,3',
    );
    expect(lines({ decimalComma: false })[3]).toBe(
      'Total;;EUR;80.00;1234.56;0.00;1314.56;-100.00;1214.56;;3',
    );
  });

  it('keeps ids starting like a formula from running', () => {
    const csv = agedBalanceToCsv(
      agedBalance({
        receivables: [{ ...(receivables[0] as Receivable), customerId: '-2+3' }],
        asOf: '2026-04-30',
      }),
      { byteOrderMark: false },
    );
    expect(csv.split('\r\n')[1]?.startsWith("'-2+3;;EUR;")).toBe(true);
  });

  it('names the days column after the basis and writes an empty balance', () => {
    const empty = agedBalance({ receivables: [], asOf: '2026-04-30', basis: 'issueDate' });
    expect(agedBalanceToCsv(empty, { byteOrderMark: false })).toBe(
      'Client;Nom;Devise;0 à 30 j;31 à 60 j;61 à 90 j;Plus de 90 j;Encours;Avoirs et acomptes;Solde;Âge max (j);Pièces ouvertes\r\n' +
        'Total;;EUR;0,00;0,00;0,00;0,00;0,00;0,00;0,00;;0\r\n',
    );
  });

  it('writes the same from the balance read back from JSON, and does not change it', () => {
    const copy = structuredClone(balance);
    const fromJson = JSON.parse(JSON.stringify(balance)) as AgedBalance;
    expect(agedBalanceToCsv(fromJson)).toBe(agedBalanceToCsv(balance));
    expect(balance).toEqual(copy);
  });

  it('has one row per customer plus the header and the total, each with the same fields', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            customer: fc.string({ minLength: 1, maxLength: 8 }),
            name: fc.string({ minLength: 1, maxLength: 12 }),
            days: fc.integer({ min: 0, max: 200 }),
            cents: fc.integer({ min: 1, max: 10_000_000 }),
          }),
          { maxLength: 10 },
        ),
        fc.constantFrom<';' | ','>(';', ','),
        (rows, separator) => {
          const customers = [...new Map(rows.map((row) => [row.customer, row.name]))].map(
            ([id, name]) => ({ id, kind: 'business' as const, name }),
          );
          const result = agedBalance({
            receivables: rows.map((row, index) => ({
              id: String(index),
              customerId: row.customer,
              number: 'F',
              issueDate: '2025-01-01',
              dueDate: `2025-${String(1 + (row.days % 12)).padStart(2, '0')}-15`,
              amount: `${Math.floor(row.cents / 100)}.${String(row.cents % 100).padStart(2, '0')}`,
              outstanding: `${Math.floor(row.cents / 100)}.${String(row.cents % 100).padStart(2, '0')}`,
            })),
            asOf: '2026-01-01',
            customers,
          });
          const csv = agedBalanceToCsv(result, { separator, byteOrderMark: false });
          const records = parseCsv(csv, separator);
          expect(records).toHaveLength(result.customers.length + 2);
          for (const record of records) expect(record).toHaveLength(result.columns.length + 8);
          result.customers.forEach((line, index) => {
            const record = records[index + 1] as string[];
            expect(record.slice(0, 2)).toEqual([asText(line.customerId), asText(line.name ?? '')]);
          });
        },
      ),
    );
  });

  it('refuses what is not an aged balance, and bad options, with INVALID_INPUT', () => {
    expect(
      tpeFailure(() => agedBalanceToCsv({ asOf: '2026-04-30' } as unknown as AgedBalance)),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const short = { ...balance, total: { ...balance.total, buckets: ['0.00'] } };
    expect(tpeFailure(() => agedBalanceToCsv(short))).toMatchObject({
      code: 'INVALID_INPUT',
      paths: ['total.buckets'],
    });
    const badAmount = { ...balance, total: { ...balance.total, outstanding: '1,314.56' } };
    expect(tpeFailure(() => agedBalanceToCsv(badAmount)).paths).toEqual(['total.outstanding']);
    expect(
      tpeFailure(() =>
        agedBalanceToCsv(balance, { separator: '\t' } as unknown as AgedBalanceCsvOptions),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', paths: ['separator'] });
    expect(
      tpeFailure(() =>
        agedBalanceToCsv(balance, { bom: true } as unknown as AgedBalanceCsvOptions),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

/** A text as a spreadsheet must show it: with a `'` before what would start a formula. */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Reads CSV as RFC 4180 describes it (the reader of the test, not of the library). */
function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let value = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        value += '"';
        index++;
      } else if (character === '"') quoted = false;
      else value += character;
    } else if (character === '"') quoted = true;
    else if (character === separator) {
      record.push(value);
      value = '';
    } else if (character === '\r' && text[index + 1] === '\n') {
      record.push(value);
      records.push(record);
      record = [];
      value = '';
      index++;
    } else value += character;
  }
  return records;
}
