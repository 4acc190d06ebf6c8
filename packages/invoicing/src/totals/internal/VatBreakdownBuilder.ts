import { DECIMAL_KINDS, formatScaledUnits, toScaledUnits } from '@tpe/core';
import { isVatexCode, TEXT_LIMITS } from '../../internal/fields.js';
import { canonicalRate } from '../../internal/rateKey.js';
import { isRecord, readOptionalText, refuse } from '../../internal/readShape.js';
import {
  addUnits,
  divideUnits,
  multiplyUnits,
  subtractUnits,
  type Units,
} from '../../internal/units.js';
import { VAT_CATEGORY_CODES } from '../../model/VatCategory.js';
import type { VatBreakdownEntry } from '../DocumentTotals.js';
import { decimalsWithin } from './readDecimals.js';

/** Rates are read in millionths of a percent: VAT = cents × units / 10^8. */
const RATE_SCALE = 6;
const VAT_DIVISOR = 100 * 10 ** RATE_SCALE;
/** 10^(RATE_SCALE − decimals) for a rate of 0 … 6 decimals. */
const RATE_FACTORS: readonly number[] = Array.from(
  { length: RATE_SCALE + 1 },
  (_, decimals) => 10 ** (RATE_SCALE - decimals),
);

/** The rank of each category in the breakdown. */
const CATEGORY_RANKS: ReadonlyMap<unknown, number> = new Map(
  VAT_CATEGORY_CODES.map((code, rank) => [code, rank]),
);
/** The rank given to a group once its entry is written: after every category. */
const WRITTEN = VAT_CATEGORY_CODES.length;

/** What has been read before the first VAT: an object, as VATs are. */
const NOTHING_READ = Object.freeze({});

// One group per VAT category and rate, held in one flat array, STRIDE slots
// each, in the order the groups were met.
const CATEGORY = 0;
/** The rank of the category in the breakdown order. */
const RANK = 1;
/** The rate in millionths of a percent (0 for category O). */
const RATE_UNITS = 2;
/** The rate string as first written (`undefined` for category O). */
const RATE_TEXT = 3;
const EXEMPTION_REASON = 4;
const EXEMPTION_CODE = 5;
const TAXABLE_CENTS = 6;
/**
 * The taxable amount already written, when it is one line's net amount:
 * `undefined` before any amount, `null` once it is anything else.
 */
const TAXABLE_TEXT = 7;
const STRIDE = 8;
/** The room made at first: the groups of the four French rates. */
const FIRST_SLOTS = 4 * STRIDE;

/**
 * The VAT breakdown of one document being computed (EN 16931 BG-23). It
 * reads each `LineVat` exactly as `lineVatSchema` accepts it (refusing an
 * exemption other than the one already met for the same category and rate),
 * keeps one group per category and rate, sums the taxable amount (BT-116)
 * of each from line net amounts, charges and allowances, and computes the
 * VAT (BT-117) once per group on that sum.
 *
 * Everything lives in one flat array made once, so that a document costs a
 * handful of allocations, whatever its number of lines.
 */
export class VatBreakdownBuilder {
  private readonly groups: unknown[] = new Array(FIRST_SLOTS);
  /** The slots of {@link groups} in use. */
  private size = 0;
  /** The index in {@link groups} of the group of the VAT read last. */
  private current = -1;
  private last: unknown = NOTHING_READ;
  /** The VAT total (BT-110) in cents, once {@link close} has run. */
  vatCents: Units = 0;

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
    // A category and a rate written as for an existing group were accepted
    // with it: only the exemption is left to compare.
    let index = this.findByText(category, rate);
    if (index < 0) index = this.readGroup(category, rate, exemptionReason, exemptionCode);
    const groups = this.groups;
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
    groups[index + TAXABLE_TEXT] =
      groups[index + TAXABLE_TEXT] === undefined && text !== undefined ? text : null;
  }

  /** Subtracts `cents` (an allowance) from the taxable amount of the current group. */
  subtract(cents: Units): void {
    const groups = this.groups;
    const index = this.current;
    groups[index + TAXABLE_CENTS] = subtractUnits(groups[index + TAXABLE_CENTS] as Units, cents);
    groups[index + TAXABLE_TEXT] = null;
  }

  /**
   * The breakdown, ordered by category then rate; leaves the VAT total
   * (BT-110) in {@link vatCents}. Closes the builder.
   */
  close(): VatBreakdownEntry[] {
    const groups = this.groups;
    const size = this.size;
    const entries: VatBreakdownEntry[] = new Array(size / STRIDE);
    let vatCents: Units = 0;
    for (let position = 0; position < entries.length; position++) {
      // The first group not written yet: a document has a handful of groups.
      let index = 0;
      for (let other = STRIDE; other < size; other += STRIDE) {
        if (this.comesBefore(other, index)) index = other;
      }
      groups[index + RANK] = WRITTEN;
      const taxableCents = groups[index + TAXABLE_CENTS] as Units;
      const groupVatCents = divideUnits(
        multiplyUnits(taxableCents, groups[index + RATE_UNITS] as number),
        VAT_DIVISOR,
      );
      vatCents = addUnits(vatCents, groupVatCents);
      entries[position] = this.entry(index, taxableCents, groupVatCents);
    }
    this.vatCents = vatCents;
    return entries;
  }

  /**
   * Reads a VAT that no group has the category and rate text of, and answers
   * the index of its group, made if need be (a rate may be written in several
   * ways: `"20"`, `"20.00"`).
   */
  private readGroup(
    category: unknown,
    rate: unknown,
    exemptionReason: unknown,
    exemptionCode: unknown,
  ): number {
    const rank = CATEGORY_RANKS.get(category);
    if (rank === undefined) refuse();
    readOptionalText(exemptionReason, 1, TEXT_LIMITS.exemptionReason);
    if (exemptionCode !== undefined && !isVatexCode(exemptionCode)) refuse();
    if (
      (exemptionReason !== undefined || exemptionCode !== undefined) &&
      (category === 'S' || category === 'Z' || category === 'L' || category === 'M')
    ) {
      refuse();
    }
    if (rate === undefined ? category !== 'O' : category === 'O') refuse();
    let rateUnits = 0;
    if (rate !== undefined) {
      const decimals = decimalsWithin(rate, DECIMAL_KINDS.rate);
      rateUnits = toScaledUnits(rate as string, decimals) * (RATE_FACTORS[decimals] as number);
    }
    if (
      category === 'S' ? rateUnits === 0 : rateUnits !== 0 && category !== 'L' && category !== 'M'
    ) {
      refuse();
    }
    const groups = this.groups;
    for (let index = 0; index < this.size; index += STRIDE) {
      if (groups[index + RATE_UNITS] === rateUnits && groups[index + CATEGORY] === category) {
        return index;
      }
    }
    const index = this.size;
    this.size += STRIDE;
    groups[index + CATEGORY] = category;
    groups[index + RANK] = rank;
    groups[index + RATE_UNITS] = rateUnits;
    groups[index + RATE_TEXT] = rate;
    groups[index + EXEMPTION_REASON] = exemptionReason;
    groups[index + EXEMPTION_CODE] = exemptionCode;
    groups[index + TAXABLE_CENTS] = 0;
    groups[index + TAXABLE_TEXT] = undefined;
    return index;
  }

  /** The group of `category` whose rate was written `rate`, or -1. */
  private findByText(category: unknown, rate: unknown): number {
    const groups = this.groups;
    for (let index = 0; index < this.size; index += STRIDE) {
      if (groups[index + RATE_TEXT] === rate && groups[index + CATEGORY] === category) return index;
    }
    return -1;
  }

  /** Whether the group at `left` comes before the one at `right` in the breakdown. */
  private comesBefore(left: number, right: number): boolean {
    const groups = this.groups;
    const byRank = (groups[left + RANK] as number) - (groups[right + RANK] as number);
    return (
      byRank < 0 ||
      (byRank === 0 &&
        (groups[left + RATE_UNITS] as number) < (groups[right + RATE_UNITS] as number))
    );
  }

  private entry(index: number, taxableCents: Units, vatCents: Units): VatBreakdownEntry {
    const groups = this.groups;
    const category = groups[index + CATEGORY] as VatBreakdownEntry['category'];
    const rateText = groups[index + RATE_TEXT] as string | undefined;
    const rate = rateText === undefined ? '0' : canonicalRate(rateText);
    const written = groups[index + TAXABLE_TEXT];
    const taxableAmount =
      typeof written === 'string' ? written : formatScaledUnits(taxableCents, 2);
    const vatAmount = formatScaledUnits(vatCents, 2);
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
