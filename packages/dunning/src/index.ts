/**
 * `@tpe/dunning`: an embeddable payment-reminder engine for French
 * receivables — policies per kind of customer, a deterministic and idempotent
 * plan of actions, late-payment penalties and the 40 € indemnity where the
 * law allows, courteous then firm letters, and aged balances. It knows
 * nothing of any document model: feed it plain receivables.
 *
 * @packageDocumentation
 */

export {
  type AgedBalanceBasis,
  type AgedBalanceInput,
  type AgedBalanceSortBy,
  agedBalanceInputSchema,
  DEFAULT_AGED_BALANCE_BUCKETS,
} from './agedBalance/AgedBalanceInput.js';
export {
  type AgedBalance,
  type AgedBalanceColumn,
  type AgedBalanceCustomer,
  type AgedBalanceTotal,
  agedBalance,
} from './agedBalance/agedBalance.js';
export {
  type AgedBalanceCsvOptions,
  agedBalanceSchema,
  agedBalanceToCsv,
} from './agedBalance/agedBalanceToCsv.js';
export {
  type DaysSalesOutstanding,
  type DaysSalesOutstandingInput,
  type DsoMethod,
  daysSalesOutstanding,
  daysSalesOutstandingInputSchema,
} from './dso/daysSalesOutstanding.js';
export { DUNNING_ERROR_CODES, type DunningErrorCode } from './errors.js';
export { type Amount, dunningAmountSchema } from './input/Amount.js';
export { type DunningChannel, dunningChannelSchema } from './input/DunningChannel.js';
export {
  type CustomerInsolvency,
  type DunningCustomer,
  type DunningCustomerOverrides,
  dunningCustomerSchema,
} from './input/DunningCustomer.js';
export {
  type DunningHistoryEntry,
  type DunningHistoryKind,
  dunningHistoryEntrySchema,
} from './input/DunningHistoryEntry.js';
export {
  type PromiseToPay,
  type Receivable,
  type ReceivableDispute,
  type ReceivableInstalment,
  type ReceivableKind,
  type ReceivablePayment,
  receivableSchema,
} from './input/Receivable.js';
export {
  BUILT_IN_DUNNING_TEMPLATES,
  type BuiltInDunningTemplateId,
  builtInDunningTemplate,
} from './messages/builtInDunningTemplate.js';
export { type Creditor, creditorSchema } from './messages/Creditor.js';
export {
  type DunningMessageInput,
  type DunningMessageReceivable,
  type DunningMessageTotals,
  dunningMessageInputSchema,
} from './messages/DunningMessageInput.js';
export { type DunningTemplate, dunningTemplateSchema } from './messages/DunningTemplate.js';
export {
  DUNNING_TEMPLATE_PLACEHOLDERS,
  type DunningTemplatePlaceholder,
} from './messages/dunningTemplatePlaceholders.js';
export { parseDunningTemplate } from './messages/parseDunningTemplate.js';
export { type DunningMessage, renderDunningMessage } from './messages/renderDunningMessage.js';
export {
  type AgreePaymentPlanInput,
  agreePaymentPlan,
  agreePaymentPlanInputSchema,
} from './paymentPlans/agreePaymentPlan.js';
export { type PaymentPlan, paymentPlanSchema } from './paymentPlans/PaymentPlan.js';
export type {
  DraftPenaltyClaim,
  DunningAction,
  DunningActionAmounts,
  DunningActionReceivable,
  DunningPlan,
  DunningSkip,
  DunningSkipReason,
  DunningTask,
} from './plan/DunningAction.js';
export {
  type DunningForecast,
  type ForecastDunningInput,
  type ForecastRange,
  forecastDunning,
} from './plan/forecastDunning.js';
export {
  type DunningPenaltyOptions,
  type PlanDunningInput,
  planDunningInputSchema,
} from './plan/PlanDunningInput.js';
export { planDunning } from './plan/planDunning.js';
export { type RecordActionOptions, recordAction } from './plan/recordAction.js';
export {
  type DunningHandOver,
  type DunningHandOverTarget,
  type DunningLevel,
  type DunningLevelTiming,
  type DunningPolicy,
  type DunningSegmentPolicy,
  dunningPolicySchema,
} from './policy/DunningPolicy.js';
export { FRENCH_DUNNING_POLICY } from './policy/frenchDunningPolicy.js';
export { parseDunningPolicy } from './policy/parseDunningPolicy.js';
