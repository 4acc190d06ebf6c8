import {
  type CustomerKind,
  isValidFrenchVatNumber,
  isValidSiren,
  isValidSiret,
  paymentTermSchema,
  publicBuyerCategorySchema,
} from '@tpe/legal-fr';
import type { z } from 'zod';
import { bySchema, list, object, optional, plainRecord } from '../../internal/fieldReaders.js';
import {
  checkPartyIdentifiers,
  emailSchema,
  NON_NEGATIVE_AMOUNT,
  phoneSchema,
  TEXT_LIMITS,
  vatNumberSchema,
} from '../../internal/fields.js';
import { readOptionalText, readText, refuse } from '../../internal/readShape.js';
import { readCents } from '../../totals/internal/readDecimals.js';
import type { Address } from '../Address.js';
import type { Customer } from '../Customer.js';
import { bankAccountSchema, type Seller } from '../Seller.js';

/**
 * The parties of a document read as `sellerSchema`, `customerSchema` and
 * `addressSchema` read them, without zod (see `fieldReaders`): the same
 * copies.
 */

const NAME = TEXT_LIMITS.name;
const ID = TEXT_LIMITS.id;
const addressLines = list((line) => readText(line, 1, 200), 3, 1);
const vatNumberBySchema = bySchema(vatNumberSchema);
const email = optional(bySchema(emailSchema));
const phone = optional(bySchema(phoneSchema));
const bankAccount = optional(bySchema(bankAccountSchema));
const CUSTOMER_KINDS: ReadonlySet<unknown> = new Set<CustomerKind>([
  'business',
  'consumer',
  'publicBuyer',
]);
const publicBuyer = optional(
  object({
    serviceCode: optional((value) => readText(value, 1, ID)),
    engagementNumber: optional((value) => readText(value, 1, ID)),
    category: optional(bySchema(publicBuyerCategorySchema)),
  }),
);

/** `nonNegativeAmountSchema` of the model, optional: a decimal string, 2 decimals at most, not negative. */
function readShareCapital(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  readCents(value, NON_NEGATIVE_AMOUNT);
  return value as string;
}

/** `vatNumberSchema` of the model, optional: a French number read by its key, another by the schema. */
function readVatNumber(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value === 'string' &&
    value.startsWith('FR') &&
    value.length <= 64 &&
    isValidFrenchVatNumber(value)
  ) {
    return value;
  }
  return vatNumberBySchema(value) as string;
}

/** `customerKindSchema` of `@tpe/legal-fr`. */
function readCustomerKind(value: unknown): CustomerKind {
  if (!CUSTOMER_KINDS.has(value)) refuse();
  return value as CustomerKind;
}

/** `countryCodeSchema` of the model: two capital letters. */
function readCountryCode(value: unknown): string {
  if (typeof value !== 'string' || value.length !== 2) refuse();
  for (let index = 0; index < 2; index++) {
    const code = value.charCodeAt(index);
    if (code < 65 || code > 90) refuse();
  }
  return value;
}

/** An optional identifier of the model (`sirenSchema`, `siretSchema`): at most 64 characters that `isValid` accepts. */
function readIdentifier(value: unknown, isValid: (value: string) => boolean): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > 64 || !isValid(value)) refuse();
  return value;
}

/** `checkPartyIdentifiers` of the model, on a party's copy. */
function checkIdentifiers(party: Readonly<Record<string, unknown>>): void {
  const payload: z.core.ParsePayload<{ siren?: string; siret?: string; vatNumber?: string }> = {
    value: party,
    issues: [],
  };
  checkPartyIdentifiers(payload);
  if (payload.issues.length > 0) refuse();
}

function isAddressKey(key: string): boolean {
  return (
    key === 'lines' ||
    key === 'postalCode' ||
    key === 'city' ||
    key === 'countryCode' ||
    key === 'subdivision'
  );
}

/** `addressSchema`. */
function readAddress(value: unknown): Address {
  const record = plainRecord(value, isAddressKey);
  const copy: Record<string, unknown> = {
    lines: addressLines(record.lines),
    postalCode: readText(record.postalCode, 0, 16),
    city: readText(record.city, 1, 200),
    countryCode: readCountryCode(record.countryCode),
  };
  if ('subdivision' in record) copy.subdivision = readOptionalText(record.subdivision, 1, 200);
  return copy as unknown as Address;
}

function isRegistrationKey(key: string): boolean {
  return key === 'register' || key === 'city';
}

function readRegistration(value: unknown): Seller['registration'] {
  if (value === undefined) return undefined;
  const record = plainRecord(value, isRegistrationKey);
  const register = record.register;
  if (register !== 'RCS' && register !== 'RM') refuse();
  const copy: Record<string, unknown> = { register };
  if ('city' in record) copy.city = readOptionalText(record.city, 1, 200);
  return copy as unknown as Seller['registration'];
}

function isSellerKey(key: string): boolean {
  switch (key) {
    case 'legalName':
    case 'tradeName':
    case 'legalForm':
    case 'legalStatus':
    case 'shareCapital':
    case 'siren':
    case 'siret':
    case 'registration':
    case 'vatNumber':
    case 'address':
    case 'email':
    case 'phone':
    case 'bankAccount':
    case 'vatRegime':
    case 'vatOnDebits':
    case 'establishmentId':
      return true;
    default:
      return false;
  }
}

/** `sellerSchema`. */
export function readSeller(value: unknown): Seller {
  const record = plainRecord(value, isSellerKey);
  const copy: Record<string, unknown> = { legalName: readText(record.legalName, 1, NAME) };
  if ('tradeName' in record) copy.tradeName = readOptionalText(record.tradeName, 1, NAME);
  if ('legalForm' in record) copy.legalForm = readOptionalText(record.legalForm, 1, 100);
  if ('legalStatus' in record) {
    const status = record.legalStatus;
    if (status !== undefined && status !== 'company' && status !== 'individualEntrepreneur') {
      refuse();
    }
    copy.legalStatus = status;
  }
  if ('shareCapital' in record) copy.shareCapital = readShareCapital(record.shareCapital);
  if ('siren' in record) copy.siren = readIdentifier(record.siren, isValidSiren);
  if ('siret' in record) copy.siret = readIdentifier(record.siret, isValidSiret);
  if ('registration' in record) copy.registration = readRegistration(record.registration);
  if ('vatNumber' in record) copy.vatNumber = readVatNumber(record.vatNumber);
  copy.address = readAddress(record.address);
  if ('email' in record) copy.email = email(record.email);
  if ('phone' in record) copy.phone = phone(record.phone);
  if ('bankAccount' in record) copy.bankAccount = bankAccount(record.bankAccount);
  const regime = record.vatRegime;
  if (regime !== 'normal' && regime !== 'franchiseEnBase') refuse();
  copy.vatRegime = regime;
  if ('vatOnDebits' in record) {
    const option = record.vatOnDebits;
    if (option !== undefined && typeof option !== 'boolean') refuse();
    copy.vatOnDebits = option;
  }
  if ('establishmentId' in record) {
    copy.establishmentId = readOptionalText(record.establishmentId, 1, ID);
  }
  checkIdentifiers(copy);
  return copy as unknown as Seller;
}

function isCustomerKey(key: string): boolean {
  switch (key) {
    case 'id':
    case 'kind':
    case 'name':
    case 'countryCode':
    case 'siren':
    case 'siret':
    case 'vatNumber':
    case 'billingAddress':
    case 'deliveryAddress':
    case 'paymentTerm':
    case 'dunningSegment':
    case 'email':
    case 'publicBuyer':
      return true;
    default:
      return false;
  }
}

/** `paymentTermSchema` of `@tpe/legal-fr`, optional: its copy. */
export const readOptionalPaymentTerm = optional(bySchema(paymentTermSchema));

/** `customerSchema`. */
export function readCustomer(value: unknown): Customer {
  const record = plainRecord(value, isCustomerKey);
  const copy: Record<string, unknown> = {
    id: readText(record.id, 1, ID),
    kind: readCustomerKind(record.kind),
    name: readText(record.name, 1, NAME),
    countryCode: readCountryCode(record.countryCode),
  };
  if ('siren' in record) copy.siren = readIdentifier(record.siren, isValidSiren);
  if ('siret' in record) copy.siret = readIdentifier(record.siret, isValidSiret);
  if ('vatNumber' in record) copy.vatNumber = readVatNumber(record.vatNumber);
  copy.billingAddress = readAddress(record.billingAddress);
  if ('deliveryAddress' in record) {
    copy.deliveryAddress =
      record.deliveryAddress === undefined ? undefined : readAddress(record.deliveryAddress);
  }
  if ('paymentTerm' in record) copy.paymentTerm = readOptionalPaymentTerm(record.paymentTerm);
  if ('dunningSegment' in record) {
    copy.dunningSegment = readOptionalText(record.dunningSegment, 1, ID);
  }
  if ('email' in record) copy.email = email(record.email);
  if ('publicBuyer' in record) copy.publicBuyer = publicBuyer(record.publicBuyer);
  checkIdentifiers(copy);
  return copy as unknown as Customer;
}
