import { DECIMAL_KINDS, decimalStringSchema, priceSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, textSchema } from '../internal/fields.js';
import { type Item, itemSchema } from '../model/Item.js';

/**
 * A catalogue item and the quantity wanted: one line of a new quote or
 * supplier order.
 *
 * @example
 * ```ts
 * import type { ItemQuantity } from '@tpe/invoicing';
 *
 * const chairs: ItemQuantity = {
 *   item: { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' },
 *   quantity: '4',
 * };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface ItemQuantity {
  /** The catalogue item: label, unit, price, VAT, nature are copied to the line. */
  readonly item: Item;
  /** The quantity, above zero, at most 6 decimals. */
  readonly quantity: string;
  /** The line id (BT-126); the line's position from `"1"` when absent. */
  readonly lineId?: string | undefined;
  /**
   * The unit price excluding VAT when it is not the item's: a negotiated
   * price on a quote, the supplier's price on a supplier order (which
   * otherwise takes the item's `purchaseCost`).
   */
  readonly unitPrice?: string | undefined;
  /** A description replacing the item's (BT-154). */
  readonly description?: string | undefined;
}

const positiveQuantitySchema = decimalStringSchema({
  ...DECIMAL_KINDS.quantity,
  allowNegative: false,
}).check((context) => {
  if (/^[0.]+$/.test(context.value)) {
    context.issues.push({
      code: 'custom',
      message: 'The quantity must be above zero',
      input: context.value,
      params: { code: 'quantity_not_positive' },
    });
  }
});

/**
 * A zod schema for {@link ItemQuantity}: unknown keys refused, the quantity
 * above zero (issue code `quantity_not_positive`).
 *
 * @example
 * ```ts
 * import { itemQuantitySchema } from '@tpe/invoicing';
 *
 * const item = { reference: 'CH-01', label: 'Chaise', unitCode: 'C62', unitPrice: '89.90', vat: { category: 'S', rate: '20' }, nature: 'goods' };
 * itemQuantitySchema.safeParse({ item, quantity: '4' }).success; // true
 * itemQuantitySchema.safeParse({ item, quantity: '0' }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const itemQuantitySchema: z.ZodType<ItemQuantity> = z.strictObject({
  item: itemSchema,
  quantity: positiveQuantitySchema,
  lineId: idSchema.optional(),
  unitPrice: priceSchema.optional(),
  description: textSchema.optional(),
});
