import type { InvoiceFinding } from '../InvoiceFinding.js';
import type { ReceivedAllowanceCharge, ReceivedTotals } from '../ReceivedInvoice.js';
import { decimalsOf } from './exactAmount.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';

/** The most decimals of an amount (EN 16931 BR-DEC-…). */
const MAX_AMOUNT_DECIMALS = 2;

/** The BR-DEC rule of each document total. */
const TOTAL_RULES: Readonly<Record<keyof ReceivedTotals, string>> = {
  lineNetTotal: 'BR-DEC-09',
  allowanceTotal: 'BR-DEC-10',
  chargeTotal: 'BR-DEC-11',
  taxExclusiveAmount: 'BR-DEC-12',
  vatTotal: 'BR-DEC-13',
  vatTotalInAccountingCurrency: 'BR-DEC-15',
  taxInclusiveAmount: 'BR-DEC-14',
  prepaidAmount: 'BR-DEC-16',
  roundingAmount: 'BR-DEC-17',
  amountDue: 'BR-DEC-18',
};

/** The BR-DEC rules of an allowance's or a charge's amount and base amount. */
interface AmountRules {
  readonly amount: string;
  readonly baseAmount: string;
}

const DOCUMENT_ALLOWANCE: AmountRules = { amount: 'BR-DEC-01', baseAmount: 'BR-DEC-02' };
const DOCUMENT_CHARGE: AmountRules = { amount: 'BR-DEC-05', baseAmount: 'BR-DEC-06' };
const LINE_ALLOWANCE: AmountRules = { amount: 'BR-DEC-24', baseAmount: 'BR-DEC-25' };
const LINE_CHARGE: AmountRules = { amount: 'BR-DEC-27', baseAmount: 'BR-DEC-28' };

/**
 * The amounts of a received invoice written with more than 2 decimals
 * (EN 16931 BR-DEC-01 to BR-DEC-28), each a `TOO_MANY_DECIMALS` finding.
 */
export function checkDecimals(content: InvoiceContent): readonly InvoiceFinding[] {
  const findings: InvoiceFinding[] = [];
  const check = (
    value: string | undefined,
    path: readonly (string | number)[],
    rule: string,
  ): void => {
    if (value === undefined || decimalsOf(value) <= MAX_AMOUNT_DECIMALS) return;
    findings.push(
      finding(
        'TOO_MANY_DECIMALS',
        path,
        `The amount ${value} has more than ${MAX_AMOUNT_DECIMALS} decimals (${rule})`,
        { rule, declared: value },
      ),
    );
  };
  const checkList = (
    list: readonly ReceivedAllowanceCharge[],
    owner: readonly (string | number)[],
    rules: AmountRules,
  ): void => {
    list.forEach((entry, index) => {
      check(entry.amount, [...owner, index, 'amount'], rules.amount);
      check(entry.baseAmount, [...owner, index, 'baseAmount'], rules.baseAmount);
    });
  };
  checkList(content.allowances, ['allowances'], DOCUMENT_ALLOWANCE);
  checkList(content.charges, ['charges'], DOCUMENT_CHARGE);
  content.lines.forEach((line, index) => {
    check(line.netAmount, ['lines', index, 'netAmount'], 'BR-DEC-23');
    checkList(line.allowances, ['lines', index, 'allowances'], LINE_ALLOWANCE);
    checkList(line.charges, ['lines', index, 'charges'], LINE_CHARGE);
  });
  content.vatBreakdown.forEach((entry, index) => {
    check(entry.taxableAmount, ['vatBreakdown', index, 'taxableAmount'], 'BR-DEC-19');
    check(entry.vatAmount, ['vatBreakdown', index, 'vatAmount'], 'BR-DEC-20');
  });
  for (const field of Object.keys(TOTAL_RULES) as (keyof ReceivedTotals)[]) {
    check(content.totals[field], ['totals', field], TOTAL_RULES[field]);
  }
  return findings;
}
