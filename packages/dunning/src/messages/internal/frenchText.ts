import { formatDateFr, formatMoneyFr, parseDecimal, parseMoney } from '@tpe/core';

/** The no-break space (U+00A0) French puts before `:`, `;`, `?`, `!` and after `n°`. */
export const NBSP = '\u00a0';

/**
 * Puts the French no-break spaces into a text written with plain spaces:
 * before `:`, `;`, `?`, `!`, `%` and `€`, and after `n°`. For the texts of the
 * library, never for text from the input.
 */
export function withFrenchSpacing(text: string): string {
  return text.replace(/ ([:;?!%€])/g, `${NBSP}$1`).replace(/n° /g, `n°${NBSP}`);
}

/** A list the French way: `A`, `A et B`, `A, B et C`. */
export function joinFr(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} et ${items.at(-1) ?? ''}`;
}

/** An amount of the message's currency written the French way: `1 200,00 €`. */
export function moneyFr(amount: string, currency: string): string {
  return formatMoneyFr(parseMoney(amount, currency));
}

/** `16/03/2026`, as in a table of invoices. */
export function shortDateFr(date: string): string {
  return formatDateFr(date);
}

/** `16 mars 2026`, as in the sentences of a letter. */
export function longDateFr(date: string): string {
  return formatDateFr(date, { style: 'long' });
}

/** A percent string without trailing zeros and with a decimal comma: `"12.150"` → `12,15 %`. */
export function percentFr(rate: string): string {
  return `${parseDecimal(rate).toFixed().replace('.', ',')}${NBSP}%`;
}
