/**
 * `@tpe/invoicing`: the sales and purchase document chain of a French small
 * business — quotes, orders, delivery notes, invoices, credit notes, deposits
 * and payments — with one EN 16931 computation of totals used by every
 * output, gapless numbering and a hash-chained register of issued documents.
 *
 * @packageDocumentation
 */

export { acceptQuote } from './chain/acceptQuote.js';
export { confirmOrder } from './chain/confirmOrder.js';
export {
  type CreateQuoteInput,
  createQuote,
  createQuoteInputSchema,
} from './chain/createQuote.js';
export {
  type CreateSupplierOrderInput,
  createSupplierOrder,
  createSupplierOrderInputSchema,
} from './chain/createSupplierOrder.js';
export {
  type CreditNoteOptions,
  creditNoteFor,
  creditNoteOptionsSchema,
} from './chain/creditNoteFor.js';
export { deductDeposits } from './chain/deductDeposits.js';
export {
  type DeliverOrderOptions,
  deliverOrder,
  deliverOrderOptionsSchema,
} from './chain/deliverOrder.js';
export {
  type DepositInvoiceOptions,
  depositInvoice,
  depositInvoiceOptionsSchema,
} from './chain/depositInvoice.js';
export { expireQuote } from './chain/expireQuote.js';
export { type ItemQuantity, itemQuantitySchema } from './chain/ItemQuantity.js';
export {
  type InvoiceFromDeliveriesOptions,
  invoiceFromDeliveries,
  invoiceFromDeliveriesOptionsSchema,
} from './chain/invoiceFromDeliveries.js';
export {
  type InvoiceFromOrderOptions,
  invoiceFromOrder,
  invoiceFromOrderOptionsSchema,
} from './chain/invoiceFromOrder.js';
export type { LineProgress } from './chain/LineProgress.js';
export { type LineQuantity, lineQuantitySchema } from './chain/LineQuantity.js';
export type { OpenLine } from './chain/OpenLine.js';
export {
  type OrderFromQuoteOptions,
  orderFromQuote,
  orderFromQuoteOptionsSchema,
} from './chain/orderFromQuote.js';
export { ordersInProgress } from './chain/ordersInProgress.js';
export {
  type ProFormaFromQuoteOptions,
  proFormaFromQuote,
  proFormaFromQuoteOptionsSchema,
} from './chain/proFormaFromQuote.js';
export { quoteStatusAsOf } from './chain/quoteStatusAsOf.js';
export {
  type ReceiveGoodsOptions,
  receiveGoods,
  receiveGoodsOptionsSchema,
} from './chain/receiveGoods.js';
export { refuseQuote } from './chain/refuseQuote.js';
export { remainingToDeliver } from './chain/remainingToDeliver.js';
export { remainingToInvoice } from './chain/remainingToInvoice.js';
export { remainingToReceive } from './chain/remainingToReceive.js';
export { sendQuote } from './chain/sendQuote.js';
export {
  type LineProgressPercent,
  type SituationInvoiceOptions,
  situationInvoice,
  situationInvoiceOptionsSchema,
} from './chain/situationInvoice.js';
export {
  type SupplierInvoiceFromReceiptsOptions,
  supplierInvoiceFromReceipts,
  supplierInvoiceFromReceiptsOptionsSchema,
} from './chain/supplierInvoiceFromReceipts.js';
export { toDeliver } from './chain/toDeliver.js';
export { toInvoice } from './chain/toInvoice.js';
export { toReceive } from './chain/toReceive.js';
export {
  type EarlyPaymentDiscount,
  type EarlyPaymentDiscountOptions,
  type EarlyPaymentDiscountShare,
  type EarlyPaymentTerms,
  earlyPaymentDiscount,
} from './discount/earlyPaymentDiscount.js';
export { INVOICING_ERROR_CODES, type InvoicingErrorCode } from './errors.js';
export {
  type IssueOptions,
  type IssueResult,
  issue,
  issueOptionsSchema,
} from './lifecycle/issue.js';
export { type Address, addressSchema } from './model/Address.js';
export {
  type AllowanceCharge,
  allowanceChargeSchema,
  type DocumentAllowanceCharge,
  documentAllowanceChargeSchema,
} from './model/AllowanceCharge.js';
export {
  type CommercialDocument,
  commercialDocumentSchema,
  type DeductedDeposit,
  type DocumentLink,
  type DocumentRelation,
  type PrecedingInvoice,
} from './model/CommercialDocument.js';
export { type Customer, customerSchema } from './model/Customer.js';
export { DOCUMENT_KINDS, type DocumentKind, documentKindSchema } from './model/DocumentKind.js';
export { type DocumentLine, documentLineSchema } from './model/DocumentLine.js';
export {
  type DeliveryStatus,
  DOCUMENT_STATUSES,
  type DocumentStatus,
  documentStatusSchema,
  type InvoiceStatus,
  type OrderStatus,
  type ProFormaStatus,
  type QuoteStatus,
  type SupplierInvoiceStatus,
} from './model/DocumentStatus.js';
export { type Item, type ItemNature, itemNatureSchema, itemSchema } from './model/Item.js';
export { lineVat } from './model/lineVat.js';
export { resolveAllowanceChargeAmount } from './model/resolveAllowanceChargeAmount.js';
export { type BankAccount, bankAccountSchema, type Seller, sellerSchema } from './model/Seller.js';
export { type Supplier, supplierSchema } from './model/Supplier.js';
export { safeParseCommercialDocument } from './model/safeParseCommercialDocument.js';
export {
  type LineVat,
  lineVatSchema,
  VAT_CATEGORY_CODES,
  type VatCategoryCode,
  vatCategoryCodeSchema,
} from './model/VatCategory.js';
export {
  type NumberedDocumentKind,
  type NumberFormat,
  type NumberingSequence,
  numberFormatSchema,
  numberingSequenceSchema,
} from './numbering/NumberingSequence.js';
export { type NumberAllocation, nextDocumentNumber } from './numbering/nextDocumentNumber.js';
export {
  type Allocation,
  allocationSchema,
  type SettlementSource,
  settlementSourceSchema,
} from './payments/Allocation.js';
export {
  type AllocationInstruction,
  allocationInstructionSchema,
} from './payments/AllocationInstruction.js';
export type { AllocationResult } from './payments/AllocationResult.js';
export { allocateCreditNote } from './payments/allocateCreditNote.js';
export { allocatePayment } from './payments/allocatePayment.js';
export {
  type CustomerBalance,
  type CustomerBalanceOptions,
  customerBalanceAsOf,
} from './payments/customerBalanceAsOf.js';
export { type IssuedCreditNote, issuedCreditNoteSchema } from './payments/IssuedCreditNote.js';
export {
  type InvoicePaymentStatus,
  type InvoiceStatusAsOf,
  invoiceStatusAsOf,
} from './payments/invoiceStatusAsOf.js';
export { type PayableInvoice, payableInvoiceSchema } from './payments/PayableInvoice.js';
export {
  PAYMENT_METHODS,
  type Payment,
  type PaymentMethod,
  paymentMethodSchema,
  paymentSchema,
} from './payments/Payment.js';
export { type Refund, refundSchema } from './payments/Refund.js';
export { type RefundRequest, type RefundResult, refundCredit } from './payments/refundCredit.js';
export { type SettlementHistory, settlementHistorySchema } from './payments/SettlementHistory.js';
export { toIssuedCreditNote } from './payments/toIssuedCreditNote.js';
export { toPayableInvoice } from './payments/toPayableInvoice.js';
export { canonicalJson } from './register/canonicalJson.js';
export { computeDocumentHash } from './register/computeDocumentHash.js';
export { REGISTER_GENESIS_HASH } from './register/registerGenesisHash.js';
export { type RegisterSeal, sealDocument } from './register/sealDocument.js';
export {
  type RegisterFinding,
  type RegisterFindingKind,
  type RegisterVerification,
  type VerifyRegisterOptions,
  verifyRegister,
} from './register/verifyRegister.js';
export {
  type BillingSchedule,
  type BillingScheduleOptions,
  type BillingScheduleSource,
  billingSchedule,
  type InstalmentPlan,
  type ScheduledInstalment,
} from './schedule/billingSchedule.js';
export {
  averagePaymentDelay,
  type PaymentDelay,
  type PaymentDelayOptions,
} from './statistics/averagePaymentDelay.js';
export {
  type DaysSalesOutstanding,
  type DaysSalesOutstandingOptions,
  daysSalesOutstanding,
} from './statistics/daysSalesOutstanding.js';
export type { PeriodGranularity } from './statistics/internal/periodKey.js';
export {
  type QuoteConversion,
  type QuoteConversionOptions,
  quoteConversionRate,
} from './statistics/quoteConversionRate.js';
export {
  type RevenueAndMargin,
  type RevenueAndMarginOptions,
  revenueAndMargin,
  type SalesFigures,
  type SalesGroup,
} from './statistics/revenueAndMargin.js';
export {
  type ComputeDocumentTotalsOptions,
  computeDocumentTotals,
  computeDocumentTotalsOptionsSchema,
  type DocumentTotalsInput,
  documentTotalsInputSchema,
  safeComputeDocumentTotals,
} from './totals/computeDocumentTotals.js';
export type { DocumentTotals, LineNetAmount, VatBreakdownEntry } from './totals/DocumentTotals.js';
