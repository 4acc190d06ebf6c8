import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { documentAllowanceChargeSchema } from '../AllowanceCharge.js';
import { documentKindSchema } from '../DocumentKind.js';
import { documentLineSchema } from '../DocumentLine.js';
import { idSchema, nonNegativeAmountSchema } from './fields.js';

/** Most lines in one document. */
export const MAX_LINES = 100_000;

/** Most document-level allowances, charges or deducted deposits. */
export const MAX_DOCUMENT_ALLOWANCES = 1000;

/**
 * The fields of a commercial document the totals are computed from, shared
 * by `commercialDocumentSchema` and the input schema of
 * `computeDocumentTotals`.
 */
export const documentContentShape = {
  kind: documentKindSchema,
  currency: currencyCodeSchema,
  lines: z.array(documentLineSchema).max(MAX_LINES),
  allowances: z.array(documentAllowanceChargeSchema).max(MAX_DOCUMENT_ALLOWANCES).optional(),
  charges: z.array(documentAllowanceChargeSchema).max(MAX_DOCUMENT_ALLOWANCES).optional(),
  deductedDeposits: z
    .array(
      z.strictObject({
        documentId: idSchema,
        number: idSchema,
        issueDate: isoDateSchema,
        amount: nonNegativeAmountSchema,
      }),
    )
    .max(MAX_DOCUMENT_ALLOWANCES)
    .optional(),
};
