/**
 * The open amounts of an aged balance as read from the receivables, one
 * part per invoice (per instalment for an invoice paid in instalments) or
 * per credit, in columns: the customer, the day the days are counted from,
 * the minor units, whether it is a credit, whether it is the first part of
 * its receivable. Reading every receivable first and adding the parts up in
 * a second, tight loop keeps the customer look-ups of that loop fast.
 */
export interface AgingParts {
  length: number;
  customerIds: string[];
  days: Int32Array;
  units: Float64Array;
  /** 1 for a credit (credit note, unallocated payment), 0 for an invoice part. */
  credits: Uint8Array;
  /** 1 for the first part of a receivable: it counts one open receivable. */
  opens: Uint8Array;
}

/** Empty parts with room for `capacity` of them. */
export function agingParts(capacity: number): AgingParts {
  const room = Math.max(capacity, 16);
  return {
    length: 0,
    customerIds: [],
    days: new Int32Array(room),
    units: new Float64Array(room),
    credits: new Uint8Array(room),
    opens: new Uint8Array(room),
  };
}

/** Appends a part. */
export function addAgingPart(
  parts: AgingParts,
  customerId: string,
  day: number,
  units: number,
  credit: boolean,
  opens: boolean,
): void {
  const index = parts.length;
  if (index === parts.units.length) grow(parts, index * 2);
  parts.customerIds.push(customerId);
  parts.days[index] = day;
  parts.units[index] = units;
  parts.credits[index] = credit ? 1 : 0;
  parts.opens[index] = opens ? 1 : 0;
  parts.length = index + 1;
}

function grow(parts: AgingParts, capacity: number): void {
  const days = new Int32Array(capacity);
  const units = new Float64Array(capacity);
  const credits = new Uint8Array(capacity);
  const opens = new Uint8Array(capacity);
  days.set(parts.days);
  units.set(parts.units);
  credits.set(parts.credits);
  opens.set(parts.opens);
  parts.days = days;
  parts.units = units;
  parts.credits = credits;
  parts.opens = opens;
}
