import { MAX_PAYMENT_TERM_DAYS, type PaymentTerm } from '../PaymentTerm.js';

/**
 * A quick structural test of a payment term, without zod: true only for a
 * shape `paymentTermSchema` accepts. Anything it refuses goes through the
 * schema, which accepts it or says why not; it may refuse more than the
 * schema (inherited keys, exotic objects), never less.
 */
export function isPaymentTermShape(value: unknown): value is PaymentTerm {
  if (typeof value !== 'object' || value === null) return false;
  const term = value as Record<string, unknown>;
  switch (term.kind) {
    case 'onReceipt':
    case 'cash':
    case 'legalDefault':
      return onlyKeys(term, 'kind', 'kind', 'kind');
    case 'netDays':
      return (
        isTermDays(term.days) &&
        (term.from === 'issue' || term.from === 'delivery') &&
        onlyKeys(term, 'kind', 'days', 'from')
      );
    case 'plusDaysThenEndOfMonth':
    case 'endOfMonthThenPlusDays':
      return isTermDays(term.days) && onlyKeys(term, 'kind', 'days', 'days');
    case 'endOfMonthThenDayOfNextMonth': {
      const day = term.day;
      return (
        Number.isInteger(day) &&
        (day as number) >= 1 &&
        (day as number) <= 31 &&
        onlyKeys(term, 'kind', 'day', 'day')
      );
    }
    case 'periodic':
      return (
        (term.days === undefined || isTermDays(term.days)) && onlyKeys(term, 'kind', 'days', 'days')
      );
    case 'publicBuyer': {
      const category = term.category;
      return (
        (category === 'stateOrLocalAuthority' ||
          category === 'publicHealthEstablishment' ||
          category === 'publicCompany') &&
        (term.days === undefined || isTermDays(term.days)) &&
        onlyKeys(term, 'kind', 'category', 'days')
      );
    }
    default:
      return false;
  }
}

function isTermDays(days: unknown): boolean {
  return (
    Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_PAYMENT_TERM_DAYS
  );
}

/** True when every enumerable key of `value` is one of the three names. */
export function onlyKeys(value: object, first: string, second: string, third: string): boolean {
  for (const key in value) {
    if (key !== first && key !== second && key !== third) return false;
  }
  return true;
}
