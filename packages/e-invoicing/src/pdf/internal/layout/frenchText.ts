import { formatMoneyFr, parseMoney, scaleOfDecimal } from '@tpe/core';

/**
 * The figures of a printed French invoice, written from the exact decimal
 * strings of the e-invoice terms (never a float): amounts as
 * `formatMoneyFr` of `@tpe/core` writes them (`1 234,56 €`, a narrow
 * no-break space between thousands), quantities and rates with a decimal
 * comma, dates `JJ/MM/AAAA`.
 */

/** The thousands separator of French figures, as `Intl` writes it. */
const THOUSANDS = '\u202f';

/** An amount of money with its currency: `1 234,56 €`. */
export function formatAmount(amount: string, currency: string): string {
  return formatMoneyFr(parseMoney(amount, currency));
}

/** A signed adjustment: `−10,00 €` for an allowance, `+15,00 €` for a charge. */
export function formatAdjustment(amount: string, currency: string, sign: '-' | '+'): string {
  return `${sign === '-' ? '\u2212' : '+'}${formatAmount(amount, currency)}`;
}

/** A unit price, with as many decimals as it has and at least two: `18,333333 €`. */
export function formatPrice(price: string, currency: string): string {
  const scale = Math.max(2, scaleOfDecimal(price));
  return formatMoneyFr(parseMoney(price, currency, { scale }));
}

/** A quantity or a rate in its shortest form with a decimal comma: `2,5`, `1 200`. */
export function formatDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [whole = '', fraction] = (negative ? value.slice(1) : value).split('.');
  let grouped = '';
  for (let end = whole.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped =
      grouped === '' ? whole.slice(start, end) : `${whole.slice(start, end)}${THOUSANDS}${grouped}`;
  }
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** A VAT or allowance rate in percent: `5,5 %`. */
export function formatPercent(rate: string): string {
  return `${formatDecimal(rate)}\u00a0%`;
}

/** A SIREN in groups of three digits (`732 829 320`), a SIRET with its establishment number apart. */
export function formatCompanyId(id: string): string {
  if (!/^\d{9}(\d{5})?$/.test(id)) return id;
  const siren = `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)}`;
  return id.length === 9 ? siren : `${siren} ${id.slice(9)}`;
}

const countryNames = new Intl.DisplayNames(['fr'], { type: 'region' });

/** The French name of a country (`Allemagne` for `DE`), the code itself when unknown. */
export function countryName(countryCode: string): string {
  return countryNames.of(countryCode) ?? countryCode;
}
