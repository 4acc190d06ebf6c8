import { priceSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, nameSchema, textSchema, unitCodeSchema } from '../internal/fields.js';
import { type LineVat, lineVatSchema } from './VatCategory.js';

/**
 * Whether a line is a supply of goods or of a service: it decides the
 * category of the operations printed on the invoice and when VAT becomes
 * chargeable (delivery for goods, payment for services unless VAT on debits).
 *
 * @example
 * ```ts
 * import type { ItemNature } from '@tpe/invoicing';
 *
 * const nature: ItemNature = 'service';
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export type ItemNature = 'goods' | 'service';

/**
 * A zod schema for {@link ItemNature}.
 *
 * @example
 * ```ts
 * import { itemNatureSchema } from '@tpe/invoicing';
 *
 * itemNatureSchema.safeParse('services').success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const itemNatureSchema: z.ZodType<ItemNature> = z.enum(['goods', 'service']);

/**
 * A catalogue item: what is sold (or bought), its unit, its price excluding
 * VAT and its VAT.
 *
 * @example
 * ```ts
 * import type { Item } from '@tpe/invoicing';
 *
 * const item: Item = {
 *   reference: 'CHAISE-01',
 *   label: 'Chaise en chêne',
 *   unitCode: 'C62',
 *   unitPrice: '89.90',
 *   vat: { category: 'S', rate: '20' },
 *   nature: 'goods',
 *   purchaseCost: '41.20',
 * };
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export interface Item {
  /** The caller's reference of the item (BT-155), 1 to 64 characters. */
  readonly reference: string;
  /** Name as printed (BT-153). */
  readonly label: string;
  /** UN/ECE recommendation 20 unit code: `C62` (one), `H87` (piece), `HUR` (hour), `KGM`, `DAY`… (BT-130). */
  readonly unitCode: string;
  /** Unit price excluding VAT, at most 6 decimals, not negative (BT-146). */
  readonly unitPrice: string;
  /** VAT category and rate. */
  readonly vat: LineVat;
  /** Goods or service. */
  readonly nature: ItemNature;
  /** Purchase cost per unit excluding VAT, for the gross margin. */
  readonly purchaseCost?: string | undefined;
  /** Longer description (BT-154). */
  readonly description?: string | undefined;
}

/**
 * A zod schema for {@link Item}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { itemSchema } from '@tpe/invoicing';
 *
 * const item = { reference: 'H-01', label: 'Heure de conseil', unitCode: 'HUR', unitPrice: '80', vat: { category: 'S', rate: '20' }, nature: 'service' };
 * itemSchema.safeParse(item).success; // true
 * itemSchema.safeParse({ ...item, unitPrice: '-80' }).success; // false
 * ```
 *
 * @category Model
 * @since 0.1.0
 */
export const itemSchema: z.ZodType<Item> = z.strictObject({
  reference: idSchema,
  label: nameSchema,
  unitCode: unitCodeSchema,
  unitPrice: priceSchema,
  vat: lineVatSchema,
  nature: itemNatureSchema,
  purchaseCost: priceSchema.optional(),
  description: textSchema.optional(),
});
