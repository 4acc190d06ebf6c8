import { quantitySchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema } from '../internal/fields.js';

/**
 * A quantity taken from one line of a source document: delivered from an
 * order line, invoiced, received, or credited from an invoice line.
 *
 * @example
 * ```ts
 * import type { LineQuantity } from '@tpe/invoicing';
 *
 * const partial: LineQuantity = { lineId: '2', quantity: '1.5' };
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export interface LineQuantity {
  /** The id of the source line. */
  readonly lineId: string;
  /** The quantity taken, a decimal string with the sign of the line (above zero for an order line). */
  readonly quantity: string;
}

/**
 * A zod schema for {@link LineQuantity}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { lineQuantitySchema } from '@tpe/invoicing';
 *
 * lineQuantitySchema.safeParse({ lineId: '2', quantity: '1.5' }).success; // true
 * lineQuantitySchema.safeParse({ lineId: '2', quantity: 1.5 }).success; // false
 * ```
 *
 * @category Document chain
 * @since 0.1.0
 */
export const lineQuantitySchema: z.ZodType<LineQuantity> = z.strictObject({
  lineId: idSchema,
  quantity: quantitySchema,
});
