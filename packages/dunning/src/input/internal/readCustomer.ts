import type { CustomerKind, HolidayRegion } from '@tpe/legal-fr';
import type { DunningCustomer } from '../DunningCustomer.js';
import { dayOf, hasOnlyKeys, isReason, isRecord, isTextId } from './readFields.js';

/** An e-mail address as far as a reminder needs: something@domain.tld, no spaces or angle brackets. */
export const EMAIL_PATTERN = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
/** The most characters of a phone number. */
export const MAX_PHONE_LENGTH = 40;
/** The most lines of a postal address. */
export const MAX_ADDRESS_LINES = 8;
/** The most days between two messages a policy or a customer may ask for. */
export const MAX_GAP_DAYS = 365;

/** A {@link DunningCustomer} read for planning; see {@link readCustomer}. */
export interface ReadCustomer {
  readonly source: DunningCustomer;
  readonly kind: CustomerKind;
  readonly segment: string;
  readonly region: HolidayRegion;
  readonly insolvencyDay: number | undefined;
  readonly minGapDays: number | undefined;
  readonly noDunning: boolean;
}

const KEYS = new Set([
  'id',
  'kind',
  'name',
  'segment',
  'language',
  'email',
  'phone',
  'postalAddress',
  'insolvency',
  'calendarRegion',
  'overrides',
]);
const INSOLVENCY_KEYS = new Set(['procedure', 'openedOn']);
const OVERRIDE_KEYS = new Set(['minDaysBetweenMessages', 'noDunning']);
const NO_DUNNING_KEYS = new Set(['reason']);
const REGIONS: ReadonlySet<unknown> = new Set<HolidayRegion>([
  'national',
  'alsaceMoselle',
  'guadeloupe',
  'guyane',
  'martinique',
  'mayotte',
  'reunion',
  'saintBarthelemy',
  'saintMartin',
]);
const PROCEDURES: ReadonlySet<unknown> = new Set(['safeguard', 'receivership', 'liquidation']);

/**
 * Reads a customer, or answers `undefined` when `dunningCustomerSchema`
 * would refuse it (there are no rules between its fields).
 */
export function readCustomer(value: unknown): ReadCustomer | undefined {
  if (!isRecord(value) || !hasOnlyKeys(value, KEYS)) return undefined;
  const { kind, segment, email, phone, postalAddress, insolvency, calendarRegion, overrides } =
    value;
  if (!isTextId(value.id) || !isReason(value.name)) return undefined;
  if (kind !== 'business' && kind !== 'consumer' && kind !== 'publicBuyer') return undefined;
  if (segment !== undefined && !isTextId(segment)) return undefined;
  if (value.language !== undefined && value.language !== 'fr') return undefined;
  if (
    email !== undefined &&
    !(typeof email === 'string' && email.length <= 254 && EMAIL_PATTERN.test(email))
  ) {
    return undefined;
  }
  if (
    phone !== undefined &&
    !(typeof phone === 'string' && phone.length >= 1 && phone.length <= MAX_PHONE_LENGTH)
  ) {
    return undefined;
  }
  if (
    postalAddress !== undefined &&
    !(
      Array.isArray(postalAddress) &&
      postalAddress.length <= MAX_ADDRESS_LINES &&
      postalAddress.every(isReason)
    )
  ) {
    return undefined;
  }
  if (calendarRegion !== undefined && !REGIONS.has(calendarRegion)) return undefined;
  let insolvencyDay: number | undefined;
  if (insolvency !== undefined) {
    if (
      !isRecord(insolvency) ||
      !hasOnlyKeys(insolvency, INSOLVENCY_KEYS) ||
      !PROCEDURES.has(insolvency.procedure)
    ) {
      return undefined;
    }
    insolvencyDay = dayOf(insolvency.openedOn);
    if (Number.isNaN(insolvencyDay)) return undefined;
  }
  let minGapDays: number | undefined;
  let noDunning = false;
  if (overrides !== undefined) {
    if (!isRecord(overrides) || !hasOnlyKeys(overrides, OVERRIDE_KEYS)) return undefined;
    const gap = overrides.minDaysBetweenMessages;
    if (gap !== undefined && !isGapDays(gap)) return undefined;
    minGapDays = gap;
    const never = overrides.noDunning;
    if (never !== undefined) {
      if (!isRecord(never) || !hasOnlyKeys(never, NO_DUNNING_KEYS) || !isReason(never.reason)) {
        return undefined;
      }
      noDunning = true;
    }
  }
  return {
    source: value as unknown as DunningCustomer,
    kind,
    segment: segment ?? kind,
    region: (calendarRegion as HolidayRegion | undefined) ?? 'national',
    insolvencyDay,
    minGapDays,
    noDunning,
  };
}

/** A number of days between messages as the schemas accept it: a whole number from 1 to 365. */
export function isGapDays(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_GAP_DAYS;
}
