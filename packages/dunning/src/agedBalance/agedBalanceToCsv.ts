import { currencyCodeSchema, decimalStringSchema, isoDateSchema, parseWithSchema } from '@tpe/core';
import { z } from 'zod';
import { pushIssues } from '../input/internal/schemaParts.js';
import type { AgedBalance } from './agedBalance.js';

/**
 * Options of {@link agedBalanceToCsv}. The defaults suit Excel in French:
 * `;` between fields, a decimal comma, a byte order mark so that accents
 * show right.
 *
 * @example
 * ```ts
 * import type { AgedBalanceCsvOptions } from '@tpe/dunning';
 *
 * const forOtherTools: AgedBalanceCsvOptions = { separator: ',', decimalComma: false, byteOrderMark: false };
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export interface AgedBalanceCsvOptions {
  /** `;` (default) or `,`. */
  readonly separator?: ';' | ',' | undefined;
  /** Write `1200,50` instead of `1200.50`; by default `true` with `;` and `false` with `,`. */
  readonly decimalComma?: boolean | undefined;
  /** Start with the UTF-8 byte order mark `\uFEFF`, which Excel needs to read accents; `true` by default. */
  readonly byteOrderMark?: boolean | undefined;
}

const signedAmount = decimalStringSchema({ maxDecimals: 3, maxIntegerDigits: 18 });
const count = z.int().min(0);
const amountsShape = {
  buckets: z.array(signedAmount),
  outstanding: signedAmount,
  credits: signedAmount,
  balance: signedAmount,
};

/**
 * A zod schema for an {@link AgedBalance}, such as one read back from JSON.
 * Issue codes beyond zod's: `buckets_length` (a line without one amount per
 * column).
 *
 * @example
 * ```ts
 * import { agedBalance, agedBalanceSchema } from '@tpe/dunning';
 *
 * agedBalanceSchema.safeParse(agedBalance({ receivables: [], asOf: '2026-04-30' })).success; // true
 * agedBalanceSchema.safeParse({ asOf: '2026-04-30' }).success; // false
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export const agedBalanceSchema: z.ZodType<AgedBalance> = z
  .strictObject({
    asOf: isoDateSchema,
    basis: z.enum(['dueDate', 'issueDate']),
    currency: currencyCodeSchema,
    columns: z
      .array(
        z.strictObject({
          key: z.string(),
          label: z.string(),
          fromDays: count.nullable(),
          toDays: count.nullable(),
        }),
      )
      .min(1),
    customers: z.array(
      z.strictObject({
        customerId: z.string(),
        name: z.string().optional(),
        ...amountsShape,
        maxDays: count,
        openReceivables: count,
      }),
    ),
    total: z.strictObject({ ...amountsShape, customers: count, openReceivables: count }),
  })
  .check((context) => {
    const { columns, customers, total } = context.value;
    const lines = [
      ...customers.map((line, index) => ({ line, path: ['customers', index] })),
      {
        line: total,
        path: ['total'],
      },
    ];
    for (const { line, path } of lines) {
      if (line.buckets.length !== columns.length) {
        pushIssues(context, [
          {
            path: [...path, 'buckets'],
            code: 'buckets_length',
            message: `${line.buckets.length} amounts for ${columns.length} columns`,
          },
        ]);
      }
    }
  });

const optionsSchema = z
  .strictObject({
    separator: z.enum([';', ',']).optional(),
    decimalComma: z.boolean().optional(),
    byteOrderMark: z.boolean().optional(),
  })
  .optional();

/** A cell that a spreadsheet would read as a formula: `=`, `+`, `-`, `@`, a tab or a carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes an aged balance as CSV (RFC 4180): a header row, one row per
 * customer in the balance's order, and a `Total` row.
 *
 * **Columns**: `Client` (id), `Nom`, `Devise`, one per column of the balance
 * (`Non échu`, `1 à 30 j`…), `Encours` (the sum of those), `Avoirs et
 * acomptes` (negative), `Solde`, `Retard max (j)` (or `Âge max (j)` by issue
 * date) and `Pièces ouvertes`.
 *
 * **Details**: rows end with CRLF. A field holding the separator, a double
 * quote or a line break is put between double quotes, its quotes doubled.
 * A name or an id starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading `'`, so that a spreadsheet shows it as text instead
 * of running it as a formula (CSV injection). Amounts keep all their digits;
 * with `decimalComma` their point becomes a comma (and with the `,`
 * separator, such amounts are quoted).
 *
 * @param balance - what {@link agedBalance} returned (or its JSON read back)
 * @param options - separator, decimal comma, byte order mark
 * @throws {@link TpeError} `INVALID_INPUT` for a balance {@link agedBalanceSchema}
 *   refuses or bad options
 *
 * @example
 * ```ts
 * import { agedBalance, agedBalanceToCsv } from '@tpe/dunning';
 *
 * const balance = agedBalance({
 *   receivables: [
 *     { id: 'a', customerId: 'c-1', number: 'F1', issueDate: '2026-02-14', dueDate: '2026-03-16', amount: '1200.50', outstanding: '1200.50' },
 *   ],
 *   customers: [{ id: 'c-1', kind: 'business', name: 'Dupont; Fils & "Cie"' }],
 *   asOf: '2026-04-30',
 *   buckets: [30, 60],
 * });
 * const rows = agedBalanceToCsv(balance, { byteOrderMark: false }).split('\r\n');
 * rows[0]; // 'Client;Nom;Devise;Non échu;1 à 30 j;31 à 60 j;Plus de 60 j;Encours;Avoirs et acomptes;Solde;Retard max (j);Pièces ouvertes'
 * rows[1]; // 'c-1;"Dupont; Fils & ""Cie""";EUR;0,00;0,00;1200,50;0,00;1200,50;0,00;1200,50;45;1'
 * rows[2]; // 'Total;;EUR;0,00;0,00;1200,50;0,00;1200,50;0,00;1200,50;;1'
 * rows.length; // 4 (the last row ends with CRLF too)
 * agedBalanceToCsv(balance, { separator: ',', byteOrderMark: false }).split('\r\n')[1];
 * // 'c-1,"Dupont; Fils & ""Cie""",EUR,0.00,0.00,1200.50,0.00,1200.50,0.00,1200.50,45,1'
 * ```
 *
 * @category Aged balance
 * @since 0.1.0
 */
export function agedBalanceToCsv(balance: AgedBalance, options?: AgedBalanceCsvOptions): string {
  const read = parseWithSchema(agedBalanceSchema, balance);
  const {
    separator = ';',
    decimalComma = separator === ';',
    byteOrderMark = true,
  } = parseWithSchema(optionsSchema, options) ?? {};
  const amount = (value: string): string =>
    field(decimalComma ? value.replace('.', ',') : value, separator);
  const text = (value: string): string =>
    field(FORMULA_START.test(value) ? `'${value}` : value, separator);
  const currency = text(read.currency);
  const rows: string[] = [
    [
      'Client',
      'Nom',
      'Devise',
      ...read.columns.map((column) => column.label),
      'Encours',
      'Avoirs et acomptes',
      'Solde',
      read.basis === 'dueDate' ? 'Retard max (j)' : 'Âge max (j)',
      'Pièces ouvertes',
    ]
      .map(text)
      .join(separator),
  ];
  for (const line of read.customers) {
    rows.push(
      [
        text(line.customerId),
        text(line.name ?? ''),
        currency,
        ...line.buckets.map(amount),
        amount(line.outstanding),
        amount(line.credits),
        amount(line.balance),
        String(line.maxDays),
        String(line.openReceivables),
      ].join(separator),
    );
  }
  const { total } = read;
  rows.push(
    [
      'Total',
      '',
      currency,
      ...total.buckets.map(amount),
      amount(total.outstanding),
      amount(total.credits),
      amount(total.balance),
      '',
      String(total.openReceivables),
    ].join(separator),
  );
  return `${byteOrderMark ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}

/** A field as RFC 4180 writes it: between double quotes when it must be. */
function field(value: string, separator: string): string {
  return value.includes(separator) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r')
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}
