import type { TpeIssue } from '@tpe/core';
import type { AllowanceCharge, CommercialDocument, LineVat, VatCategoryCode } from '@tpe/invoicing';

/** The categories whose VAT breakdown needs an exemption reason or code (BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10). */
const EXEMPT: ReadonlySet<VatCategoryCode> = new Set<VatCategoryCode>(['E', 'AE', 'K', 'G', 'O']);

function issue(path: readonly (string | number)[], code: string, message: string): TpeIssue {
  return { path: ['invoice', ...path], code, message };
}

/**
 * What an e-invoice needs that the `@tpe/invoicing` model leaves optional,
 * as issues (paths from `invoice`):
 *
 * - the number, issue date and customer of an issued document (`required`);
 * - at least one line (`required`, EN 16931 BG-25);
 * - a reason or a reason code on every allowance and charge (`reason_required`,
 *   BR-33, BR-38, BR-42, BR-44);
 * - an exemption reason or code for categories E, AE, K, G and O, given on
 *   the first line, allowance or charge of the category (`exemption_reason_required`,
 *   BR-E-10…), since it becomes the reason of its VAT breakdown;
 * - the delivery date of an intra-EU supply (`required`, BR-IC-11: the
 *   delivery date or the invoicing period, which the model does not hold).
 */
export function invoiceIssues(document: CommercialDocument): readonly TpeIssue[] {
  const issues: TpeIssue[] = [];
  for (const field of ['number', 'issueDate', 'customer'] as const) {
    if (document[field] === undefined) {
      issues.push(
        issue([field], 'required', `An e-invoice needs the document's ${field}: issue it first`),
      );
    }
  }
  if (document.lines.length === 0) {
    issues.push(
      issue(['lines'], 'required', 'An e-invoice has at least one line (EN 16931 BG-25)'),
    );
  }
  const checkReasons = (
    entries: readonly AllowanceCharge[] | undefined,
    path: readonly (string | number)[],
  ): void => {
    entries?.forEach((entry, index) => {
      if (entry.reason === undefined && entry.reasonCode === undefined) {
        issues.push(
          issue(
            [...path, index, 'reason'],
            'reason_required',
            'An allowance or charge of an e-invoice needs a reason or a reason code (EN 16931 BR-33, BR-38, BR-42, BR-44)',
          ),
        );
      }
    });
  };
  const firstOfCategory = new Map<VatCategoryCode, readonly (string | number)[]>();
  const exemptionGiven = new Set<VatCategoryCode>();
  const noteVat = (vat: LineVat, path: readonly (string | number)[]): void => {
    if (!EXEMPT.has(vat.category)) return;
    if (!firstOfCategory.has(vat.category)) firstOfCategory.set(vat.category, path);
    if (vat.exemptionReason !== undefined || vat.exemptionCode !== undefined) {
      exemptionGiven.add(vat.category);
    }
  };
  document.lines.forEach((line, index) => {
    checkReasons(line.allowances, ['lines', index, 'allowances']);
    checkReasons(line.charges, ['lines', index, 'charges']);
    noteVat(line.vat, ['lines', index, 'vat']);
  });
  checkReasons(document.allowances, ['allowances']);
  checkReasons(document.charges, ['charges']);
  document.allowances?.forEach((entry, index) => {
    noteVat(entry.vat, ['allowances', index, 'vat']);
  });
  document.charges?.forEach((entry, index) => {
    noteVat(entry.vat, ['charges', index, 'vat']);
  });
  if (firstOfCategory.has('K') && document.deliveryDate === undefined) {
    issues.push(
      issue(
        ['deliveryDate'],
        'required',
        'An intra-EU supply states its delivery date (EN 16931 BR-IC-11)',
      ),
    );
  }
  for (const [category, path] of firstOfCategory) {
    if (!exemptionGiven.has(category)) {
      issues.push(
        issue(
          [...path, 'exemptionReason'],
          'exemption_reason_required',
          `VAT category ${category} needs an exemption reason or a VATEX code (EN 16931 BR-${category === 'K' ? 'IC' : category}-10): build the VAT with lineVat`,
        ),
      );
    }
  }
  return issues;
}
