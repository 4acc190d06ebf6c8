import { parseWithSchema, rateSchema } from '@tpe/core';
import { type VatCategoryTreatment, vatCategory, vatCategoryTreatmentSchema } from '@tpe/legal-fr';
import { z } from 'zod';
import { type LineVat, rateIssue } from './VatCategory.js';

const lineVatInputSchema = z
  .strictObject({ treatment: vatCategoryTreatmentSchema, rate: rateSchema.optional() })
  .check((context) => {
    const { treatment, rate } = context.value;
    if (treatment !== 'taxable') {
      if (rate !== undefined) {
        context.issues.push({
          code: 'custom',
          message: `A ${treatment} operation takes no rate`,
          input: rate,
          path: ['rate'],
          params: { code: 'rate_not_allowed' },
        });
      }
      return;
    }
    const issue = rateIssue('S', rate);
    if (issue !== undefined) {
      context.issues.push({
        code: 'custom',
        message: issue.message,
        input: rate,
        path: ['rate'],
        params: { code: issue.code },
      });
    }
  });

/**
 * The {@link LineVat} of an operation from its French VAT treatment: the
 * EN 16931 category, the rate, and for an exemption the legal mention and
 * VATEX code of `@tpe/legal-fr` `vatCategory`.
 *
 * **Details**: `taxable` gives category `S` with `rate` (required, above
 * zero); `franchiseEnBase`, `otherExemption` give `E`,
 * `intraCommunitySupplyOfGoods` `K`, `export` `G`, `reverseCharge` `AE`, all
 * at rate `"0"`; `outOfScope` gives `O` without a rate. The exemption reason
 * is the mention to print ("TVA non applicable, art. 293 B du CGI",
 * "Autoliquidation"…) and goes to the VAT breakdown (BT-120, BT-121).
 *
 * **Gotchas**: the rate is not checked against the French rate table; use
 * `isKnownVatRate` of `@tpe/legal-fr` for that. For `otherExemption` the
 * mention is the generic "Exonération de TVA": prefer your own
 * {@link LineVat} naming the precise provision and its `VATEX-EU-132-…` code.
 *
 * @param treatment - how VAT applies (see `vatCategory` of `@tpe/legal-fr`)
 * @param rate - the rate in percent, for `taxable` only (`"20"`, `"5.5"`)
 * @returns a new {@link LineVat}
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown treatment, a
 *   missing or zero rate on a taxable operation (`rate_missing`,
 *   `rate_not_positive`) or a rate on another one (`rate_not_allowed`)
 *
 * @example
 * ```ts
 * import { lineVat } from '@tpe/invoicing';
 *
 * lineVat('taxable', '20'); // { category: 'S', rate: '20' }
 * lineVat('franchiseEnBase'); // { category: 'E', rate: '0', exemptionReason: 'TVA non applicable, art. 293 B du CGI', exemptionCode: 'VATEX-FR-FRANCHISE' }
 * lineVat('reverseCharge'); // { category: 'AE', rate: '0', exemptionReason: 'Autoliquidation', exemptionCode: 'VATEX-EU-AE' }
 * lineVat('outOfScope'); // { category: 'O', exemptionCode: 'VATEX-EU-O' }
 * lineVat('taxable'); // throws TpeError INVALID_INPUT
 * ```
 *
 * @see CGI ann. II art. 242 nonies A 12° and 13°; EN 16931 BT-151, BT-152, BT-120, BT-121
 * @category Model
 * @since 0.1.0
 */
export function lineVat(treatment: VatCategoryTreatment, rate?: string): LineVat {
  parseWithSchema(lineVatInputSchema, rate === undefined ? { treatment } : { treatment, rate });
  const { code, mention, vatexCode } = vatCategory(treatment);
  return {
    category: code,
    ...(code === 'O' ? {} : { rate: rate ?? '0' }),
    ...(mention === null ? {} : { exemptionReason: mention }),
    ...(vatexCode === undefined ? {} : { exemptionCode: vatexCode }),
  };
}
