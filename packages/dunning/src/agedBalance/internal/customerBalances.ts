import { columnOfDays } from './agingColumns.js';
import type { AgingParts } from './agingParts.js';
import { addUnits, addWide, type WideSums, wideSums } from './wideSums.js';

/**
 * The totals of an aged balance, one slot per customer in the order
 * customers are first met: the columns (`slot × width + column`), the
 * outstanding (the sum of the columns), the credits, the priority score,
 * the most days counted and the number of open receivables.
 */
export interface CustomerBalances {
  readonly width: number;
  readonly ids: readonly string[];
  readonly columns: WideSums;
  readonly outstanding: WideSums;
  readonly credits: WideSums;
  /** Σ days × minor units of the parts counted more than 0 days: a sort key, not an amount. */
  readonly priority: Float64Array;
  readonly maxDays: Float64Array;
  readonly openReceivables: Float64Array;
}

/**
 * Adds the parts up by customer: each invoice part in the column of the
 * days from its day to `asOfDay`, each credit in the credits. Customers get
 * their slots in a first loop, so that the second one adds into arrays of
 * the right size.
 */
export function balancesOf(
  parts: AgingParts,
  asOfDay: number,
  upperBounds: Int32Array,
): CustomerBalances {
  const { customerIds, days, units, credits, opens } = parts;
  const slots = new Map<string, number>();
  const ids: string[] = [];
  const slotOfPart = new Int32Array(parts.length);
  for (let index = 0; index < parts.length; index++) {
    const customerId = customerIds[index] as string;
    let slot = slots.get(customerId);
    if (slot === undefined) {
      slot = ids.length;
      slots.set(customerId, slot);
      ids.push(customerId);
    }
    slotOfPart[index] = slot;
  }
  const width = upperBounds.length + 1;
  const balances: CustomerBalances = {
    width,
    ids,
    columns: wideSums(ids.length * width),
    outstanding: wideSums(ids.length),
    credits: wideSums(ids.length),
    priority: new Float64Array(ids.length),
    maxDays: new Float64Array(ids.length),
    openReceivables: new Float64Array(ids.length),
  };
  const { priority, maxDays, openReceivables } = balances;
  for (let index = 0; index < parts.length; index++) {
    const slot = slotOfPart[index] as number;
    const amount = units[index] as number;
    openReceivables[slot] = (openReceivables[slot] as number) + (opens[index] as number);
    if (credits[index] === 1) {
      addUnits(balances.credits, slot, amount);
      continue;
    }
    const counted = asOfDay - (days[index] as number);
    addUnits(balances.columns, slot * width + columnOfDays(upperBounds, counted), amount);
    addUnits(balances.outstanding, slot, amount);
    if (counted > 0) {
      priority[slot] = (priority[slot] as number) + counted * amount;
      if (counted > (maxDays[slot] as number)) maxDays[slot] = counted;
    }
  }
  return balances;
}

/** The columns, outstanding and credits of all customers added up. */
export function grandTotals(balances: CustomerBalances): {
  readonly columns: WideSums;
  readonly outstanding: WideSums;
  readonly credits: WideSums;
} {
  const { width } = balances;
  const columns = wideSums(width);
  const outstanding = wideSums(1);
  const credits = wideSums(1);
  for (let slot = 0; slot < balances.ids.length; slot++) {
    for (let column = 0; column < width; column++) {
      addWide(columns, column, balances.columns, slot * width + column);
    }
    addWide(outstanding, 0, balances.outstanding, slot);
    addWide(credits, 0, balances.credits, slot);
  }
  return { columns, outstanding, credits };
}
