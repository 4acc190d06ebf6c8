import {
  type VatRateTable,
  type VatTerritory,
  vatRateTableSchema,
  vatTerritorySchema,
} from '@tpe/legal-fr';
import { z } from 'zod';

/**
 * Options of {@link readInvoice} and {@link readInvoiceXml}.
 *
 * @example
 * ```ts
 * import type { ReadInvoiceOptions } from '@tpe/e-invoicing';
 *
 * const options: ReadInvoiceOptions = { maxXmlBytes: 2_000_000, vatTerritory: 'reunion' };
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export interface ReadInvoiceOptions {
  /**
   * The largest invoice XML read, in bytes (characters for a string), alone
   * or attached to a PDF; 16 MiB by default.
   */
  readonly maxXmlBytes?: number | undefined;
  /** The largest PDF read, in bytes; 64 MiB by default. */
  readonly maxPdfBytes?: number | undefined;
  /**
   * Where the rates of a seller charging French VAT are checked:
   * `metropolitan` by default (see `isKnownVatRate` of `@tpe/legal-fr`).
   */
  readonly vatTerritory?: VatTerritory | undefined;
  /** A VAT rate table replacing the one of `@tpe/legal-fr`. */
  readonly vatRateTable?: VatRateTable | undefined;
}

/** The default largest XML: 16 MiB. */
export const DEFAULT_MAX_XML_BYTES = 16 * 1024 * 1024;

/** The default largest PDF: 64 MiB. */
export const DEFAULT_MAX_PDF_BYTES = 64 * 1024 * 1024;

const byteLimitSchema = z
  .number()
  .int()
  .positive()
  .max(2 ** 31);

/**
 * A zod schema for {@link ReadInvoiceOptions}; unknown keys are refused.
 *
 * @example
 * ```ts
 * import { readInvoiceOptionsSchema } from '@tpe/e-invoicing';
 *
 * readInvoiceOptionsSchema.safeParse({ maxPdfBytes: 10_000_000 }).success; // true
 * readInvoiceOptionsSchema.safeParse({ maxPdfBytes: -1 }).success; // false
 * ```
 *
 * @category Reading
 * @since 0.1.0
 */
export const readInvoiceOptionsSchema: z.ZodType<ReadInvoiceOptions> = z.strictObject({
  maxXmlBytes: byteLimitSchema.optional(),
  maxPdfBytes: byteLimitSchema.optional(),
  vatTerritory: vatTerritorySchema.optional(),
  vatRateTable: vatRateTableSchema.optional(),
});
