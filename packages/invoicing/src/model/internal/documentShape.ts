import { currencyCodeSchema, isoDateSchema } from '@tpe/core';
import { z } from 'zod';
import { idSchema, LIST_LIMITS, nonNegativeAmountSchema } from '../../internal/fields.js';
import { documentAllowanceChargeSchema } from '../AllowanceCharge.js';
import { documentKindSchema } from '../DocumentKind.js';
import { documentLineSchema } from '../DocumentLine.js';

/**
 * The fields of a commercial document the totals are computed from, shared
 * by `commercialDocumentSchema` and the input schema of
 * `computeDocumentTotals`.
 */
export const documentContentShape = {
  kind: documentKindSchema,
  currency: currencyCodeSchema,
  lines: z.array(documentLineSchema).max(LIST_LIMITS.lines),
  allowances: z.array(documentAllowanceChargeSchema).max(LIST_LIMITS.documentAllowances).optional(),
  charges: z.array(documentAllowanceChargeSchema).max(LIST_LIMITS.documentAllowances).optional(),
  deductedDeposits: z
    .array(
      z.strictObject({
        documentId: idSchema,
        number: idSchema,
        issueDate: isoDateSchema,
        amount: nonNegativeAmountSchema,
      }),
    )
    .max(LIST_LIMITS.documentAllowances)
    .optional(),
};
