/**
 * What the tests of the e-invoice writers share: the paths of the CII
 * elements they look at (for `select` and `texts` of the tests' XML
 * reader) and the error a call throws.
 */

export const ROOT = 'rsm:CrossIndustryInvoice';
export const DOCUMENT = `${ROOT}/rsm:ExchangedDocument`;
export const TRANSACTION = `${ROOT}/rsm:SupplyChainTradeTransaction`;
export const LINES = `${TRANSACTION}/ram:IncludedSupplyChainTradeLineItem`;
export const AGREEMENT = `${TRANSACTION}/ram:ApplicableHeaderTradeAgreement`;
export const SELLER = `${AGREEMENT}/ram:SellerTradeParty`;
export const BUYER = `${AGREEMENT}/ram:BuyerTradeParty`;
export const DELIVERY = `${TRANSACTION}/ram:ApplicableHeaderTradeDelivery`;
export const SETTLEMENT = `${TRANSACTION}/ram:ApplicableHeaderTradeSettlement`;
export const SUMMATION = `${SETTLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
export const BREAKDOWN = `${SETTLEMENT}/ram:ApplicableTradeTax`;
