import type { InvoiceFinding, InvoiceFindingCode } from '../InvoiceFinding.js';
import type { ReceivedAllowanceCharge, ReceivedVat } from '../ReceivedInvoice.js';
import {
  type Exact,
  exactOf,
  formatAmount,
  HUNDRED,
  minus,
  ONE,
  plus,
  roundedToCents,
  sameValue,
  sumOf,
  ZERO,
} from './exactAmount.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';

/** The EN 16931 rule prefix of each VAT category (BR-S-…, BR-IC-…). */
const CATEGORY_RULES: Readonly<Record<string, string>> = {
  S: 'BR-S',
  Z: 'BR-Z',
  E: 'BR-E',
  AE: 'BR-AE',
  K: 'BR-IC',
  G: 'BR-G',
  O: 'BR-O',
  L: 'BR-AF',
  M: 'BR-AG',
};

/** The categories whose breakdown is per rate (BR-S-08, BR-AF-08, BR-AG-08); the others are per category. */
const PER_RATE: ReadonlySet<string> = new Set(['S', 'L', 'M']);

/** A VAT breakdown's key: the category, and the rate for `S`, `L`, `M` (`S 20`, `E`). */
function vatKey(vat: ReceivedVat): string {
  return PER_RATE.has(vat.category) ? `${vat.category} ${vat.rate ?? ''}` : vat.category;
}

/** A VAT category and rate for humans: `category S at 20 %`. */
function vatLabel(vat: ReceivedVat): string {
  return `category ${vat.category}${vat.rate === undefined ? '' : ` at ${vat.rate} %`}`;
}

/** The rule on the taxable amount of a VAT category: `BR-S-08`, `BR-IC-08`… */
function baseRule(vat: ReceivedVat): string {
  return `${CATEGORY_RULES[vat.category] ?? 'BR-S'}-08`;
}

function amountsOf(list: readonly ReceivedAllowanceCharge[]): readonly string[] {
  return list.map((entry) => entry.amount);
}

/** A declared amount and the amount computed from the rest of the invoice. */
interface Comparison {
  readonly code: InvoiceFindingCode;
  readonly rule?: string | undefined;
  readonly path: readonly (string | number)[];
  readonly declared: string | undefined;
  readonly expected: Exact;
  /** What the amount is, for the message: `The VAT total (BT-110)`. */
  readonly what: string;
  readonly severity?: InvoiceFinding['severity'];
}

/** A finding when the declared amount differs from the computed one by anything. */
function compare(into: InvoiceFinding[], comparison: Comparison): void {
  const { code, rule, path, declared, expected, what, severity = 'error' } = comparison;
  if (declared === undefined || sameValue(exactOf(declared), expected)) return;
  const computed = formatAmount(expected);
  into.push(
    finding(
      code,
      path,
      `${what} is ${declared}, but ${computed} is computed${rule === undefined ? '' : ` (${rule})`}`,
      { rule, declared, expected: computed, severity },
    ),
  );
}

/**
 * Each line net amount (BT-131) against quantity × net price ÷ base
 * quantity + charges − allowances: a warning, as no official rule checks it
 * (and several official examples do not follow it).
 */
function checkLines(content: InvoiceContent, into: InvoiceFinding[]): void {
  content.lines.forEach((line, index) => {
    const base = line.baseQuantity === undefined ? ONE : exactOf(line.baseQuantity);
    const product = roundedToCents(exactOf(line.quantity), exactOf(line.netPrice), base);
    if (product === undefined) return;
    const expected = minus(
      plus(product, sumOf(amountsOf(line.charges))),
      sumOf(amountsOf(line.allowances)),
    );
    compare(into, {
      code: 'LINE_NET_AMOUNT_MISMATCH',
      path: ['lines', index, 'netAmount'],
      declared: line.netAmount,
      expected,
      what: `The net amount of line ${line.id} (BT-131)`,
      severity: 'warning',
    });
  });
}

/** The taxable amount of each VAT category and rate: lines + charges − allowances. */
function basesByVat(
  content: InvoiceContent,
  withLines: boolean,
): ReadonlyMap<string, { readonly vat: ReceivedVat; readonly base: Exact }> {
  const bases = new Map<string, { readonly vat: ReceivedVat; readonly base: Exact }>();
  const add = (vat: ReceivedVat | undefined, amount: Exact) => {
    if (vat === undefined) return;
    const key = vatKey(vat);
    bases.set(key, { vat, base: plus(bases.get(key)?.base ?? ZERO, amount) });
  };
  if (withLines) for (const line of content.lines) add(line.vat, exactOf(line.netAmount));
  for (const charge of content.charges) add(charge.vat, exactOf(charge.amount));
  for (const allowance of content.allowances) {
    add(allowance.vat, minus(ZERO, exactOf(allowance.amount)));
  }
  return bases;
}

/** The VAT breakdown: each base against its lines (BR-x-08), each VAT amount against base × rate (BR-CO-17). */
function checkVatBreakdown(
  content: InvoiceContent,
  withLines: boolean,
  into: InvoiceFinding[],
): void {
  const bases = basesByVat(content, withLines);
  const declared = new Set<string>();
  content.vatBreakdown.forEach((entry, index) => {
    declared.add(vatKey(entry));
    if (withLines) {
      compare(into, {
        code: 'VAT_BASE_MISMATCH',
        rule: baseRule(entry),
        path: ['vatBreakdown', index, 'taxableAmount'],
        declared: entry.taxableAmount,
        expected: bases.get(vatKey(entry))?.base ?? ZERO,
        what: `The taxable amount of VAT ${vatLabel(entry)} (BT-116)`,
      });
    }
    const vat =
      entry.rate === undefined
        ? ZERO
        : (roundedToCents(exactOf(entry.taxableAmount), exactOf(entry.rate), HUNDRED) ?? ZERO);
    compare(into, {
      code: 'VAT_AMOUNT_MISMATCH',
      rule: 'BR-CO-17',
      path: ['vatBreakdown', index, 'vatAmount'],
      declared: entry.vatAmount,
      expected: vat,
      what: `The VAT amount of ${vatLabel(entry)} (BT-117)`,
    });
  });
  if (!withLines) return;
  for (const [key, { vat, base }] of bases) {
    if (declared.has(key)) continue;
    const expected = formatAmount(base);
    into.push(
      finding(
        'VAT_BREAKDOWN_MISSING',
        ['vatBreakdown'],
        `No VAT breakdown for ${vatLabel(vat)}, whose taxable amount is ${expected} (${baseRule(vat)})`,
        { rule: baseRule(vat), expected },
      ),
    );
  }
}

/** The document totals against their parts (BR-CO-10 to BR-CO-16). */
function checkTotals(content: InvoiceContent, withLines: boolean, into: InvoiceFinding[]): void {
  const { totals } = content;
  const lineSum = withLines
    ? sumOf(content.lines.map((line) => line.netAmount))
    : totals.lineNetTotal === undefined
      ? undefined
      : exactOf(totals.lineNetTotal);
  const amount = (value: string | undefined) => (value === undefined ? ZERO : exactOf(value));
  if (withLines) {
    compare(into, {
      code: 'LINE_NET_TOTAL_MISMATCH',
      rule: 'BR-CO-10',
      path: ['totals', 'lineNetTotal'],
      declared: totals.lineNetTotal,
      expected: lineSum ?? ZERO,
      what: 'The sum of line net amounts (BT-106)',
    });
  }
  compare(into, {
    code: 'ALLOWANCE_TOTAL_MISMATCH',
    rule: 'BR-CO-11',
    path: ['totals', 'allowanceTotal'],
    declared: totals.allowanceTotal,
    expected: sumOf(amountsOf(content.allowances)),
    what: 'The sum of document allowances (BT-107)',
  });
  compare(into, {
    code: 'CHARGE_TOTAL_MISMATCH',
    rule: 'BR-CO-12',
    path: ['totals', 'chargeTotal'],
    declared: totals.chargeTotal,
    expected: sumOf(amountsOf(content.charges)),
    what: 'The sum of document charges (BT-108)',
  });
  if (lineSum !== undefined) {
    compare(into, {
      code: 'TAX_EXCLUSIVE_TOTAL_MISMATCH',
      rule: 'BR-CO-13',
      path: ['totals', 'taxExclusiveAmount'],
      declared: totals.taxExclusiveAmount,
      expected: plus(minus(lineSum, amount(totals.allowanceTotal)), amount(totals.chargeTotal)),
      what: 'The total without VAT (BT-109)',
    });
  }
  if (content.vatBreakdown.length > 0) {
    compare(into, {
      code: 'VAT_TOTAL_MISMATCH',
      rule: 'BR-CO-14',
      path: ['totals', 'vatTotal'],
      declared: totals.vatTotal,
      expected: sumOf(content.vatBreakdown.map((entry) => entry.vatAmount)),
      what: 'The VAT total (BT-110)',
    });
  }
  compare(into, {
    code: 'TAX_INCLUSIVE_TOTAL_MISMATCH',
    rule: 'BR-CO-15',
    path: ['totals', 'taxInclusiveAmount'],
    declared: totals.taxInclusiveAmount,
    expected: plus(exactOf(totals.taxExclusiveAmount), amount(totals.vatTotal)),
    what: 'The total with VAT (BT-112)',
  });
  compare(into, {
    code: 'AMOUNT_DUE_MISMATCH',
    rule: 'BR-CO-16',
    path: ['totals', 'amountDue'],
    declared: totals.amountDue,
    expected: plus(
      minus(exactOf(totals.taxInclusiveAmount), amount(totals.prepaidAmount)),
      amount(totals.roundingAmount),
    ),
    what: 'The amount due (BT-115)',
  });
}

/**
 * Re-checks the arithmetic of a received invoice with exact decimals: every
 * line net amount, the VAT breakdown (bases and amounts) and the document
 * totals (BR-CO-10 to BR-CO-17). A difference of one cent is a finding; the
 * one-unit tolerance of the official schematron is not applied.
 *
 * @param withLines - whether the profile carries lines (not MINIMUM nor BASIC WL)
 */
export function checkArithmetic(
  content: InvoiceContent,
  withLines: boolean,
): readonly InvoiceFinding[] {
  const findings: InvoiceFinding[] = [];
  if (withLines) checkLines(content, findings);
  checkVatBreakdown(content, withLines, findings);
  checkTotals(content, withLines, findings);
  return findings;
}
