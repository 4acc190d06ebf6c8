import type { VatCategoryCode } from '../model/VatCategory.js';

/**
 * The net amount of one line (EN 16931 BT-131).
 *
 * @category Totals
 * @since 0.1.0
 */
export interface LineNetAmount {
  /** The line id (BT-126). */
  readonly id: string;
  /** `quantity × unitPrice / priceBaseQuantity − allowances + charges`, 2 decimals. */
  readonly netAmount: string;
}

/**
 * One entry of the VAT breakdown (EN 16931 BG-23): a VAT category and rate,
 * its taxable amount and its VAT.
 *
 * @category Totals
 * @since 0.1.0
 */
export interface VatBreakdownEntry {
  /** The VAT category code (BT-118). */
  readonly category: VatCategoryCode;
  /** The rate in percent, in its shortest form (`"20"`, `"5.5"`); `"0"` for category O (BT-119). */
  readonly rate: string;
  /** Σ line net amounts + charges − allowances of this category and rate (BT-116). */
  readonly taxableAmount: string;
  /** `round2(taxableAmount × rate / 100)`, half away from zero (BT-117). */
  readonly vatAmount: string;
  /** The exemption reason of the lines and allowances of this group (BT-120). */
  readonly exemptionReason?: string;
  /** Their VATEX code (BT-121). */
  readonly exemptionCode?: string;
}

/**
 * The totals of a document as EN 16931 defines them (BG-22, BG-23), every
 * amount a decimal string with 2 decimals.
 *
 * **Details**: BT-106 = Σ BT-131 (BR-CO-10); BT-107 = Σ document allowances
 * (BR-CO-11); BT-108 = Σ document charges (BR-CO-12); BT-109 = BT-106 −
 * BT-107 + BT-108 (BR-CO-13); BT-110 = Σ BT-117 (BR-CO-14); BT-112 = BT-109
 * + BT-110 (BR-CO-15); BT-115 = BT-112 − BT-113 + BT-114 (BR-CO-16).
 *
 * @example
 * ```ts
 * import type { DocumentTotals } from '@tpe/invoicing';
 *
 * const totals: DocumentTotals = {
 *   lines: [{ id: '1', netAmount: '100.00' }],
 *   lineNetTotal: '100.00',
 *   allowanceTotal: '0.00',
 *   chargeTotal: '0.00',
 *   taxExclusiveAmount: '100.00',
 *   vatTotal: '20.00',
 *   taxInclusiveAmount: '120.00',
 *   prepaidAmount: '0.00',
 *   roundingAmount: '0.00',
 *   amountDue: '120.00',
 *   vatBreakdown: [{ category: 'S', rate: '20', taxableAmount: '100.00', vatAmount: '20.00' }],
 * };
 * ```
 *
 * @category Totals
 * @since 0.1.0
 */
export interface DocumentTotals {
  /** The net amount of each line, in the document's order (BT-131). */
  readonly lines: readonly LineNetAmount[];
  /** Sum of the line net amounts (BT-106). */
  readonly lineNetTotal: string;
  /** Sum of the document-level allowances (BT-107). */
  readonly allowanceTotal: string;
  /** Sum of the document-level charges (BT-108). */
  readonly chargeTotal: string;
  /** Total without VAT (BT-109). */
  readonly taxExclusiveAmount: string;
  /** Total VAT (BT-110). */
  readonly vatTotal: string;
  /** Total with VAT (BT-112). */
  readonly taxInclusiveAmount: string;
  /** Paid amount: the deposits deducted (BT-113). */
  readonly prepaidAmount: string;
  /** Rounding amount (BT-114). */
  readonly roundingAmount: string;
  /** Amount due for payment (BT-115). */
  readonly amountDue: string;
  /** The VAT breakdown, ordered by category (S, Z, E, AE, K, G, O, L, M) then rate (BG-23). */
  readonly vatBreakdown: readonly VatBreakdownEntry[];
}
