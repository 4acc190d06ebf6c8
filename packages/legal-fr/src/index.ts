/**
 * `@tpe/legal-fr`: French commercial law as code — payment terms, late-payment
 * penalties and the 40 € recovery indemnity, rate tables, invoice mentions,
 * identifiers, VAT and business days — each result explained by the article
 * it applies.
 *
 * @packageDocumentation
 */

export { LEGAL_FR_ERROR_CODES, type LegalFrErrorCode } from './errors.js';
export { addBusinessDays, addBusinessDaysInputSchema } from './holidays/addBusinessDays.js';
export { easterSunday } from './holidays/easterSunday.js';
export {
  frenchPublicHolidays,
  frenchPublicHolidaysInputSchema,
} from './holidays/frenchPublicHolidays.js';
export {
  type BusinessDayOptions,
  type BusinessWeek,
  businessDayOptionsSchema,
  HOLIDAY_YEARS,
  type HolidayOptions,
  type HolidayRegion,
  holidayOptionsSchema,
  holidayRegionSchema,
} from './holidays/holidayOptions.js';
export { businessDayInputSchema, isBusinessDay } from './holidays/isBusinessDay.js';
export { isPublicHoliday, isPublicHolidayInputSchema } from './holidays/isPublicHoliday.js';
export { nextBusinessDay } from './holidays/nextBusinessDay.js';
export type { PublicHoliday, PublicHolidayKey } from './holidays/PublicHoliday.js';
export {
  type FormatIbanOptions,
  formatIban,
  formatIbanOptionsSchema,
} from './identifiers/formatIban.js';
export { frenchVatNumber } from './identifiers/frenchVatNumber.js';
export { isValidBic, parseBic } from './identifiers/isValidBic.js';
export {
  isValidFrenchVatNumber,
  parseFrenchVatNumber,
} from './identifiers/isValidFrenchVatNumber.js';
export { isValidIban, parseIban } from './identifiers/isValidIban.js';
export { isValidSiren, parseSiren } from './identifiers/isValidSiren.js';
export { isValidSiret, parseSiret } from './identifiers/isValidSiret.js';
export { identifierTextSchema, normalizeIdentifier } from './identifiers/normalizeIdentifier.js';
export {
  type LimitationEnd,
  type LimitationEndDateInput,
  limitationEndDate,
  limitationEndDateInputSchema,
  type PublicBuyerLimitation,
} from './limitation/limitationEndDate.js';
export {
  type CheckInvoiceMentionsOptions,
  checkInvoiceMentions,
  type InvoiceMentionsCheck,
  type MentionFinding,
} from './mentions/checkInvoiceMentions.js';
export {
  type InvoiceAllowance,
  type InvoiceBuyer,
  type InvoiceForMentions,
  type InvoiceLineForMentions,
  type InvoiceSeller,
  type InvoiceTotalsForMentions,
  invoiceForMentionsSchema,
  type OperationCategory,
  type PrintedAddress,
} from './mentions/InvoiceForMentions.js';
export { INVOICE_MENTION_IDS, type InvoiceMentionId } from './mentions/invoiceMentionIds.js';
export {
  type LegalMention,
  type LegalMentionsInput,
  legalMentions,
  legalMentionsInputSchema,
} from './mentions/legalMentions.js';
export {
  type CheckContractualPenaltyRateInput,
  type ContractualPenaltyRateCheck,
  checkContractualPenaltyRate,
  checkContractualPenaltyRateInputSchema,
} from './penalties/checkContractualPenaltyRate.js';
export {
  type ComputeLatePenaltyInput,
  computeLatePenalty,
  computeLatePenaltyInputSchema,
  type DayBase,
  type HalfYearRule,
  type LatePenalty,
  type LatePenaltyPeriod,
  type PartialPayment,
} from './penalties/computeLatePenalty.js';
export {
  type LatePenaltyRate,
  type LatePenaltyRateInput,
  type LatePenaltyRegime,
  latePenaltyRate,
  latePenaltyRateInputSchema,
} from './penalties/latePenaltyRate.js';
export {
  type RecoveryIndemnity,
  type RecoveryIndemnityInput,
  recoveryIndemnity,
  recoveryIndemnityInputSchema,
} from './penalties/recoveryIndemnity.js';
export {
  DEFAULT_ECB_RATE_TABLE,
  DEFAULT_LEGAL_INTEREST_RATE_TABLE,
} from './rates/defaultRateTables.js';
export {
  type EcbMainRefinancingRate,
  type EcbMainRefinancingRateOptions,
  ecbMainRefinancingRate,
} from './rates/ecbMainRefinancingRate.js';
export {
  type EcbRateRow,
  type EcbRateTable,
  ecbRateTableSchema,
} from './rates/ecbRateTableSchema.js';
export {
  type LegalInterestRate,
  type LegalInterestRateOptions,
  type LegalRateCreditor,
  legalInterestRate,
} from './rates/legalInterestRate.js';
export {
  type LegalInterestRateRow,
  type LegalInterestRateTable,
  legalInterestRateTableSchema,
} from './rates/legalInterestRateTableSchema.js';
export {
  type PreparedRateTables,
  prepareRateTables,
  type RateTables,
  rateTablesSchema,
} from './rates/prepareRateTables.js';
export { DEFAULT_E_INVOICING_TIMELINE } from './reform/defaultEInvoicingTimeline.js';
export {
  type EInvoicingObligations,
  type EInvoicingObligationsInput,
  eInvoicingObligations,
  eInvoicingObligationsInputSchema,
} from './reform/eInvoicingObligations.js';
export {
  type CompanySize,
  companySizeSchema,
  type EInvoicingSizeDates,
  type EInvoicingTimeline,
  eInvoicingTimelineSchema,
} from './reform/eInvoicingTimelineSchema.js';
export { type CustomerKind, customerKindSchema } from './shared/CustomerKind.js';
export type { TraceStep } from './shared/TraceStep.js';
export {
  type CheckPaymentTermInput,
  checkPaymentTerm,
  checkPaymentTermInputSchema,
  type PaymentTermCheck,
  type PaymentTermViolation,
} from './terms/checkPaymentTerm.js';
export {
  type ComputeDueDateInput,
  computeDueDate,
  computeDueDateInputSchema,
  type DueDateOptions,
  type DueDateResult,
  dueDateOptionsSchema,
  type ReceiptDateFallback,
} from './terms/computeDueDate.js';
export {
  PAYMENT_SECTOR_RULES,
  type PaymentSector,
  type PaymentSectorRule,
  paymentSectorSchema,
  type SectorCap,
  sectorCapSchema,
} from './terms/PaymentSector.js';
export {
  type CashTerm,
  type EndOfMonthMethod,
  type EndOfMonthThenDayOfNextMonthTerm,
  type EndOfMonthThenPlusDaysTerm,
  endOfMonthMethodSchema,
  type LegalDefaultTerm,
  MAX_PAYMENT_TERM_DAYS,
  type NetDaysTerm,
  type OnReceiptTerm,
  type PaymentTerm,
  type PaymentTermKind,
  type PeriodicTerm,
  type PlusDaysThenEndOfMonthTerm,
  PUBLIC_BUYER_MAX_PAYMENT_DAYS,
  type PublicBuyerCategory,
  type PublicBuyerTerm,
  paymentTermSchema,
  publicBuyerCategorySchema,
} from './terms/PaymentTerm.js';
export { DEFAULT_VAT_RATE_TABLE } from './vat/defaultVatRateTable.js';
export {
  type IsKnownVatRateInput,
  isKnownVatRate,
  isKnownVatRateInputSchema,
} from './vat/isKnownVatRate.js';
export {
  type VatCategory,
  type VatCategoryCode,
  type VatCategoryTreatment,
  vatCategory,
  vatCategoryTreatmentSchema,
} from './vat/vatCategory.js';
export { type VatRateInput, vatRate, vatRateInputSchema } from './vat/vatRate.js';
export {
  type VatRates,
  type VatRatesInput,
  vatRates,
  vatRatesInputSchema,
} from './vat/vatRates.js';
export {
  type VatRate,
  type VatRateKind,
  type VatRateTable,
  type VatTerritory,
  type VatTerritoryEntry,
  vatRateKindSchema,
  vatRateTableSchema,
  vatTerritorySchema,
} from './vat/vatRateTableSchema.js';
