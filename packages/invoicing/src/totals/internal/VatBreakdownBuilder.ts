import { DECIMAL_KINDS, toScaledUnits } from '@tpe/core';
import { isVatexCode, TEXT_LIMITS } from '../../model/internal/fields.js';
import { canonicalRate } from '../../model/internal/rateKey.js';
import {
  addUnits,
  divideUnits,
  multiplyUnits,
  subtractUnits,
  type Units,
} from '../../model/internal/units.js';
import { isVatCategoryCode, VAT_CATEGORY_CODES } from '../../model/VatCategory.js';
import type { VatBreakdownEntry } from '../DocumentTotals.js';
import { formatCents } from './formatCents.js';
import { decimalsWithin } from './readDecimals.js';
import { isRecord, readOptionalText, refuse } from './readShape.js';

/** Rates are read in millionths of a percent: VAT = cents × units / 10^8. */
const RATE_SCALE = 6;
const VAT_DIVISOR = 100 * 10 ** RATE_SCALE;

/** The rank of each category in the breakdown. */
const CATEGORY_RANK: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(VAT_CATEGORY_CODES.map((code, rank) => [code, rank])),
);

/** What has been read before the first VAT. */
const NOTHING_READ: unique symbol = Symbol('nothing read');

// One group per VAT category and rate, held in one flat array, STRIDE slots each.
const CATEGORY = 0;
/** The rate in millionths of a percent (0 for category O). */
const RATE_UNITS = 1;
/** The rate string as first written (`undefined` for category O). */
const RATE_TEXT = 2;
/** The rate in its shortest form (`"0"` for category O). */
const RATE = 3;
const EXEMPTION_REASON = 4;
const EXEMPTION_CODE = 5;
const TAXABLE_CENTS = 6;
/**
 * The taxable amount already written, when the group has one contribution
 * (a line whose net amount was written): `null` before any contribution,
 * `undefined` once it has several.
 */
const TAXABLE_TEXT = 7;
const STRIDE = 8;

/**
 * The VAT breakdown of one document being computed (EN 16931 BG-23). It
 * reads each `LineVat` exactly as `lineVatSchema` accepts it (refusing an
 * exemption other than the one already met for the same category and rate),
 * keeps one group per category and rate, sums the taxable amount (BT-116)
 * of each from line net amounts, charges and allowances, and computes the
 * VAT (BT-117) once per group on that sum.
 *
 * Everything lives in one flat array so that a document costs a handful of
 * allocations, whatever its number of lines.
 */
export class VatBreakdownBuilder {
  private readonly groups: unknown[] = [];
  /** The index in {@link groups} of the group of the VAT read last. */
  private current = -1;
  private last: unknown = NOTHING_READ;

  /** Reads a `LineVat` and makes its group the current one. */
  read(value: unknown): void {
    if (value === this.last) return;
    if (!isRecord(value)) refuse();
    for (const key in value) {
      if (
        key !== 'category' &&
        key !== 'rate' &&
        key !== 'exemptionReason' &&
        key !== 'exemptionCode'
      ) {
        refuse();
      }
    }
    const { category, rate, exemptionReason, exemptionCode } = value;
    if (!isVatCategoryCode(category)) refuse();
    readOptionalText(exemptionReason, 1, TEXT_LIMITS.exemptionReason);
    if (exemptionCode !== undefined && !isVatexCode(exemptionCode)) refuse();
    if (
      (exemptionReason !== undefined || exemptionCode !== undefined) &&
      (category === 'S' || category === 'Z' || category === 'L' || category === 'M')
    ) {
      refuse();
    }
    if (rate === undefined ? category !== 'O' : category === 'O') refuse();
    const groups = this.groups;
    let index = this.findByText(category, rate);
    if (index < 0) {
      let rateUnits = 0;
      if (rate !== undefined) {
        decimalsWithin(rate, DECIMAL_KINDS.rate);
        rateUnits = toScaledUnits(rate as string, RATE_SCALE);
      }
      if (
        category === 'S' ? rateUnits === 0 : rateUnits !== 0 && category !== 'L' && category !== 'M'
      ) {
        refuse();
      }
      index = this.findByUnits(category, rateUnits);
      if (index < 0) {
        index = groups.length;
        const shortest = rate === undefined ? '0' : canonicalRate(rate as string);
        groups.push(category, rateUnits, rate, shortest, exemptionReason, exemptionCode, 0, null);
      }
    }
    if (
      groups[index + EXEMPTION_REASON] !== exemptionReason ||
      groups[index + EXEMPTION_CODE] !== exemptionCode
    ) {
      refuse();
    }
    this.current = index;
    this.last = value;
  }

  /**
   * Adds `cents` to the taxable amount of the current group; `text` is
   * `cents` already written, if it was.
   */
  add(cents: Units, text?: string): void {
    const groups = this.groups;
    const index = this.current;
    groups[index + TAXABLE_CENTS] = addUnits(groups[index + TAXABLE_CENTS] as Units, cents);
    groups[index + TAXABLE_TEXT] = groups[index + TAXABLE_TEXT] === null ? text : undefined;
  }

  /** Subtracts `cents` (an allowance) from the taxable amount of the current group. */
  subtract(cents: Units): void {
    const groups = this.groups;
    const index = this.current;
    groups[index + TAXABLE_CENTS] = subtractUnits(groups[index + TAXABLE_CENTS] as Units, cents);
    groups[index + TAXABLE_TEXT] = undefined;
  }

  /**
   * The breakdown, ordered by category then rate, and the VAT total (BT-110)
   * in cents.
   */
  close(): { readonly entries: VatBreakdownEntry[]; readonly vatCents: Units } {
    const groups = this.groups;
    const count = groups.length / STRIDE;
    // The groups' indexes by insertion sort: a document has a handful of groups.
    const order: number[] = new Array(count);
    for (let position = 0; position < count; position++) {
      const index = position * STRIDE;
      let at = position;
      while (at > 0 && this.comesBefore(index, order[at - 1] as number)) {
        order[at] = order[at - 1] as number;
        at--;
      }
      order[at] = index;
    }
    const entries: VatBreakdownEntry[] = new Array(count);
    let vatCents: Units = 0;
    for (let position = 0; position < count; position++) {
      const index = order[position] as number;
      const taxableCents = groups[index + TAXABLE_CENTS] as Units;
      const groupVatCents = divideUnits(
        multiplyUnits(taxableCents, groups[index + RATE_UNITS] as number),
        VAT_DIVISOR,
      );
      vatCents = addUnits(vatCents, groupVatCents);
      entries[position] = this.entry(index, taxableCents, groupVatCents);
    }
    return { entries, vatCents };
  }

  /** The group of `category` whose rate was written `rate`, or -1. */
  private findByText(category: unknown, rate: unknown): number {
    const groups = this.groups;
    for (let index = 0; index < groups.length; index += STRIDE) {
      if (groups[index + RATE_TEXT] === rate && groups[index + CATEGORY] === category) return index;
    }
    return -1;
  }

  /** The group of `category` and `rateUnits`, or -1. */
  private findByUnits(category: unknown, rateUnits: number): number {
    const groups = this.groups;
    for (let index = 0; index < groups.length; index += STRIDE) {
      if (groups[index + RATE_UNITS] === rateUnits && groups[index + CATEGORY] === category) {
        return index;
      }
    }
    return -1;
  }

  private comesBefore(left: number, right: number): boolean {
    const groups = this.groups;
    const byCategory =
      (CATEGORY_RANK[groups[left + CATEGORY] as string] as number) -
      (CATEGORY_RANK[groups[right + CATEGORY] as string] as number);
    return (
      byCategory < 0 ||
      (byCategory === 0 &&
        (groups[left + RATE_UNITS] as number) < (groups[right + RATE_UNITS] as number))
    );
  }

  private entry(index: number, taxableCents: Units, vatCents: Units): VatBreakdownEntry {
    const groups = this.groups;
    const category = groups[index + CATEGORY] as VatBreakdownEntry['category'];
    const rate = groups[index + RATE] as string;
    const written = groups[index + TAXABLE_TEXT];
    const taxableAmount = typeof written === 'string' ? written : formatCents(taxableCents);
    const vatAmount = formatCents(vatCents);
    const exemptionReason = groups[index + EXEMPTION_REASON] as string | undefined;
    const exemptionCode = groups[index + EXEMPTION_CODE] as string | undefined;
    if (exemptionReason === undefined) {
      return exemptionCode === undefined
        ? { category, rate, taxableAmount, vatAmount }
        : { category, rate, taxableAmount, vatAmount, exemptionCode };
    }
    return exemptionCode === undefined
      ? { category, rate, taxableAmount, vatAmount, exemptionReason }
      : { category, rate, taxableAmount, vatAmount, exemptionReason, exemptionCode };
  }
}
