import type { TpeIssue } from '@tpe/core';
import type { z } from 'zod';
import { canonicalRate } from '../../internal/rateKey.js';
import type { DocumentAllowanceCharge } from '../AllowanceCharge.js';
import { type DocumentKind, INVOICE_KINDS } from '../DocumentKind.js';
import type { DocumentLine } from '../DocumentLine.js';
import type { LineVat } from '../VatCategory.js';

/** The parts of a document the rules between lines read. */
export interface DocumentContent {
  readonly kind: DocumentKind;
  readonly lines: readonly DocumentLine[];
  readonly allowances?: readonly DocumentAllowanceCharge[] | undefined;
  readonly charges?: readonly DocumentAllowanceCharge[] | undefined;
}

function issue(path: readonly (string | number)[], code: string, message: string): TpeIssue {
  return { path, code, message };
}

/**
 * The rules between the lines and allowances of a document: line ids unique
 * (`duplicate_line_id`), negative quantities only on invoice kinds
 * (`negative_quantity_not_allowed`), one exemption reason and code per VAT
 * category and rate (`conflicting_exemption`), since the VAT breakdown has
 * one per category and rate.
 */
function documentContentIssues(content: DocumentContent): TpeIssue[] {
  const issues: TpeIssue[] = [];
  const ids = new Set<string>();
  const negativeAllowed = INVOICE_KINDS.has(content.kind);
  const exemptions = new Map<string, LineVat>();
  const checkExemption = (vat: LineVat, path: readonly (string | number)[]): void => {
    const key = `${vat.category} ${vat.rate === undefined ? '' : canonicalRate(vat.rate)}`;
    const first = exemptions.get(key);
    if (first === undefined) {
      exemptions.set(key, vat);
    } else if (
      first.exemptionReason !== vat.exemptionReason ||
      first.exemptionCode !== vat.exemptionCode
    ) {
      issues.push(
        issue(
          [...path, 'vat'],
          'conflicting_exemption',
          `Another line or allowance of category ${vat.category} at this rate has another exemption reason or code`,
        ),
      );
    }
  };
  content.lines.forEach((line, index) => {
    if (ids.has(line.id)) {
      issues.push(
        issue(['lines', index, 'id'], 'duplicate_line_id', `Line id ${line.id} is used twice`),
      );
    }
    ids.add(line.id);
    if (!negativeAllowed && line.quantity.startsWith('-')) {
      issues.push(
        issue(
          ['lines', index, 'quantity'],
          'negative_quantity_not_allowed',
          `A ${content.kind} cannot have a negative quantity`,
        ),
      );
    }
    checkExemption(line.vat, ['lines', index]);
  });
  content.allowances?.forEach((allowance, index) => {
    checkExemption(allowance.vat, ['allowances', index]);
  });
  content.charges?.forEach((charge, index) => {
    checkExemption(charge.vat, ['charges', index]);
  });
  return issues;
}

/** {@link documentContentIssues} as a zod check. */
export function checkDocumentContent(context: z.core.ParsePayload<DocumentContent>): void {
  for (const found of documentContentIssues(context.value)) {
    context.issues.push({
      code: 'custom',
      message: found.message,
      input: context.value,
      path: [...found.path],
      params: { code: found.code },
    });
  }
}
