import {
  compareDates,
  decimalStringSchema,
  isoDateSchema,
  priceSchema,
  quantitySchema,
  toScaledBigInt,
} from '@tpe/core';
import { z } from 'zod';
import {
  idSchema,
  LIST_LIMITS,
  NON_NEGATIVE_QUANTITY,
  nameSchema,
  textSchema,
  unitCodeSchema,
} from '../internal/fields.js';
import { type AllowanceCharge, allowanceChargeSchema } from './AllowanceCharge.js';
import { type ItemNature, itemNatureSchema } from './Item.js';
import { type LineVat, lineVatSchema } from './VatCategory.js';

/**
 * One line of a document (EN 16931 BG-25): what, how many, at what net
 * price, with its own allowances and charges and its VAT.
 *
 * **Details**: the line net amount (BT-131) is `quantity × unitPrice /
 * priceBaseQuantity − allowances + charges`, rounded half away from zero to
 * 2 decimals (see `computeDocumentTotals`). `grossPrice` and
 * `priceDiscount` are informative: when given, `unitPrice` must equal
 * `grossPrice − priceDiscount`.
 *
 * **Gotchas**: a negative quantity is accepted only on invoices, deposit
 * invoices, credit notes and supplier invoices, as EN 16931 allows (a
 * return line on an invoice); a credit note states its amounts positive.
 *
 * @example
 * ```ts
 * import type { DocumentLine } from '@tpe/invoicing';
 *
 * const line: DocumentLine = {
 *   id: '1',
 *   itemReference: 'CHAISE-01',
 *   label: 'Chaise en chêne',
 *   quantity: '4',
 *   unitCode: 'C62',
 *   unitPrice: '89.90',
 *   allowances: [{ percent: '5', baseAmount: '359.60', reason: 'Remise quantité' }],
 *   vat: { category: 'S', rate: '20' },
 *   nature: 'goods',
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface DocumentLine {
  /** The line id (BT-126), unique in the document, 1 to 64 characters. */
  readonly id: string;
  /** The catalogue item's reference (BT-155). */
  readonly itemReference?: string | undefined;
  /** Name of the item as printed (BT-153). */
  readonly label: string;
  /** Longer description (BT-154). */
  readonly description?: string | undefined;
  /** Invoiced quantity (BT-129), at most 6 decimals; negative only on invoice kinds. */
  readonly quantity: string;
  /** UN/ECE recommendation 20 unit code (BT-130). */
  readonly unitCode: string;
  /** Net unit price excluding VAT (BT-146), at most 6 decimals, not negative. */
  readonly unitPrice: string;
  /** The quantity the price is for (BT-149), above 0; `"1"` when absent. */
  readonly priceBaseQuantity?: string | undefined;
  /** Gross unit price before the price discount (BT-148). */
  readonly grossPrice?: string | undefined;
  /** Discount per unit deducted from the gross price (BT-147). */
  readonly priceDiscount?: string | undefined;
  /** Line allowances (BG-27), each reducing the line net amount. */
  readonly allowances?: readonly AllowanceCharge[] | undefined;
  /** Line charges (BG-28), each increasing the line net amount. */
  readonly charges?: readonly AllowanceCharge[] | undefined;
  /** VAT category and rate (BT-151, BT-152). */
  readonly vat: LineVat;
  /** Goods or service. */
  readonly nature: ItemNature;
  /** Purchase cost per unit excluding VAT, for the gross margin. */
  readonly purchaseCost?: string | undefined;
  /** The order or delivery line this line comes from. */
  readonly source?:
    | {
        readonly documentId: string;
        readonly lineId: string;
      }
    | undefined;
  /** The period a service line covers (BG-26), both days included. */
  readonly period?:
    | {
        readonly start: string;
        readonly end: string;
      }
    | undefined;
}

const positiveQuantitySchema = decimalStringSchema(NON_NEGATIVE_QUANTITY);

interface PriceFields {
  readonly unitPrice: string;
  readonly priceBaseQuantity?: string | undefined;
  readonly grossPrice?: string | undefined;
  readonly priceDiscount?: string | undefined;
  readonly period?: { readonly start: string; readonly end: string } | undefined;
}

/** The issues of the rules between a line's fields, pushed onto `context`. */
function checkLine(context: z.core.ParsePayload<PriceFields>): void {
  const { unitPrice, priceBaseQuantity, grossPrice, priceDiscount, period } = context.value;
  const push = (path: string, code: string, message: string): void => {
    context.issues.push({
      code: 'custom',
      message,
      input: context.value,
      path: [path],
      params: { code },
    });
  };
  if (priceBaseQuantity !== undefined && toScaledBigInt(priceBaseQuantity, 6) === 0n) {
    push('priceBaseQuantity', 'not_positive', 'The price base quantity must be above 0');
  }
  if (priceDiscount !== undefined && grossPrice === undefined) {
    push('grossPrice', 'gross_price_missing', 'A price discount needs the gross price');
  }
  if (
    grossPrice !== undefined &&
    toScaledBigInt(grossPrice, 6) - toScaledBigInt(priceDiscount ?? '0', 6) !==
      toScaledBigInt(unitPrice, 6)
  ) {
    push(
      'unitPrice',
      'net_price_mismatch',
      `The net price ${unitPrice} is not the gross price ${grossPrice} less the discount ${priceDiscount ?? '0'}`,
    );
  }
  if (period !== undefined && compareDates(period.start, period.end) > 0) {
    push(
      'period',
      'period_reversed',
      `The period ends (${period.end}) before it starts (${period.start})`,
    );
  }
}

/**
 * A zod schema for {@link DocumentLine}: unknown keys refused; the price
 * base quantity above zero (`not_positive`), the net price equal to the
 * gross price less the discount (`net_price_mismatch`,
 * `gross_price_missing`), the period in order (`period_reversed`). Whether
 * a negative quantity is allowed depends on the document kind: see
 * {@link commercialDocumentSchema}.
 *
 * @example
 * ```ts
 * import { documentLineSchema } from '@tpe/invoicing';
 *
 * const line = { id: '1', label: 'Chaise', quantity: '4', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' };
 * documentLineSchema.safeParse(line).success; // true
 * documentLineSchema.safeParse({ ...line, priceBaseQuantity: '0' }).success; // false
 * documentLineSchema.safeParse({ ...line, grossPrice: '100', priceDiscount: '10' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const documentLineSchema: z.ZodType<DocumentLine> = z
  .strictObject({
    id: idSchema,
    itemReference: idSchema.optional(),
    label: nameSchema,
    description: textSchema.optional(),
    quantity: quantitySchema,
    unitCode: unitCodeSchema,
    unitPrice: priceSchema,
    priceBaseQuantity: positiveQuantitySchema.optional(),
    grossPrice: priceSchema.optional(),
    priceDiscount: priceSchema.optional(),
    allowances: z.array(allowanceChargeSchema).max(LIST_LIMITS.lineAllowances).optional(),
    charges: z.array(allowanceChargeSchema).max(LIST_LIMITS.lineAllowances).optional(),
    vat: lineVatSchema,
    nature: itemNatureSchema,
    purchaseCost: priceSchema.optional(),
    source: z.strictObject({ documentId: idSchema, lineId: idSchema }).optional(),
    period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }).optional(),
  })
  .check(checkLine);
