/**
 * `@tpe/core`: the kernel every `@tpe` package shares — exact money on
 * dinero.js, decimals on decimal.js, explicit rounding, lossless allocation,
 * calendar dates, zod schemas for decimal strings, dates and currencies, and
 * one error type.
 *
 * @packageDocumentation
 */

export { allocateMoney } from './allocation/allocateMoney.js';
export type { Ratio } from './allocation/ratios.js';
export { splitMoney } from './allocation/splitMoney.js';
export { allocateAmountColumn } from './batch/allocateAmountColumn.js';
export type { AmountColumn, DecimalColumn } from './batch/columns.js';
export { type MultiplyColumnsOptions, multiplyColumns } from './batch/multiplyColumns.js';
export { parseAmountColumn } from './batch/parseAmountColumn.js';
export { parseDecimalColumn } from './batch/parseDecimalColumn.js';
export { amountAt, formatAmountColumn } from './batch/readAmountColumn.js';
export { sumAmountColumn } from './batch/sumAmountColumn.js';
export { addDays } from './calendar/addDays.js';
export { addMonths, addYears } from './calendar/addMonths.js';
export { compareDates } from './calendar/compareDates.js';
export { dayOfWeek } from './calendar/dayOfWeek.js';
export { daysBetween } from './calendar/daysBetween.js';
export { endOfMonth, startOfMonth } from './calendar/endOfMonth.js';
export { fromEpochDay, toEpochDay } from './calendar/epochDay.js';
export { formatDateFr } from './calendar/formatDateFr.js';
export { type HalfYear, halfYearOf } from './calendar/halfYearOf.js';
export { type IsoDate, isIsoDate, parseIsoDate, safeParseIsoDate } from './calendar/IsoDate.js';
export { todayIn } from './calendar/todayIn.js';
export { Decimal } from './decimal/Decimal.js';
export { DECIMAL_KINDS, type DecimalOptions } from './decimal/DecimalOptions.js';
export { parseDecimal, safeParseDecimal } from './decimal/parseDecimal.js';
export { CORE_ERROR_CODES, type CoreErrorCode } from './errors/coreErrorCodes.js';
export { isTpeError, TpeError, type TpeErrorOptions, type TpeIssue } from './errors/TpeError.js';
export { addMoney } from './money/addMoney.js';
export { compareMoney, equalsMoney } from './money/compareMoney.js';
export { type Currency, currency, isCurrencyCode } from './money/currency.js';
export { formatMoney } from './money/formatMoney.js';
export { formatMoneyFr } from './money/formatMoneyFr.js';
export type { Money } from './money/Money.js';
export { moneyFromMinorUnits } from './money/moneyFromMinorUnits.js';
export { isNegativeMoney, isZeroMoney, signOfMoney } from './money/moneySign.js';
export { moneyToDecimal } from './money/moneyToDecimal.js';
export { type MultiplyMoneyOptions, multiplyMoney } from './money/multiplyMoney.js';
export { negateMoney } from './money/negateMoney.js';
export { type ParseMoneyOptions, parseMoney, safeParseMoney } from './money/parseMoney.js';
export { roundMoney } from './money/roundMoney.js';
export { subtractMoney } from './money/subtractMoney.js';
export { sumMoney } from './money/sumMoney.js';
export { zeroMoney } from './money/zeroMoney.js';
export { type DeepReadonly, deepFreeze } from './objects/deepFreeze.js';
export { attempt, type Err, err, type Ok, ok, type Result, unwrap } from './result/Result.js';
export {
  DEFAULT_ROUNDING_MODE,
  ROUNDING_MODES,
  type RoundingMode,
} from './rounding/RoundingMode.js';
export { assertScale, roundDecimal } from './rounding/roundDecimal.js';
export { divideRounded } from './scaled/divideRounded.js';
export { formatScaledUnits } from './scaled/formatScaledUnits.js';
export { scaleOfDecimal } from './scaled/scaleOfDecimal.js';
export { toScaledBigInt } from './scaled/toScaledBigInt.js';
export { toScaledUnits } from './scaled/toScaledUnits.js';
export { currencyCodeSchema } from './schemas/currencyCodeSchema.js';
export {
  amountSchema,
  decimalStringSchema,
  priceSchema,
  quantitySchema,
  rateSchema,
} from './schemas/decimalSchemas.js';
export { isoDateSchema } from './schemas/isoDateSchema.js';
export { parseWithSchema, safeParseWithSchema } from './schemas/parseWithSchema.js';
