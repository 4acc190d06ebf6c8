import { isCurrencyCode } from '@tpe/core';
import type { FacturXProfile } from '../../cii/FacturXProfile.js';
import type { InvoiceFinding } from '../InvoiceFinding.js';
import { CREDIT_NOTE_TYPE_CODES } from './creditNoteTypeCodes.js';
import { exactOf } from './exactAmount.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { carriesLines, isKnownSpecification } from './profileOf.js';

/**
 * The content rules of a received invoice beyond its arithmetic: its
 * profile, lines and VAT breakdown present, currency, due date.
 */
export function checkContent(
  content: InvoiceContent,
  profile: FacturXProfile | undefined,
): readonly InvoiceFinding[] {
  const findings: InvoiceFinding[] = [];
  if (!carriesLines(profile)) {
    findings.push(
      finding(
        'PROFILE_WITHOUT_LINES',
        ['profile'],
        `The Factur-X ${profile} profile carries no lines: it is not an invoice in France, the PDF is`,
        { severity: 'warning', declared: content.specificationId },
      ),
    );
  } else if (content.lines.length === 0) {
    findings.push(
      finding('NO_LINES', ['lines'], 'The invoice has no line (BR-16)', { rule: 'BR-16' }),
    );
  }
  if (!isKnownSpecification(content.specificationId)) {
    findings.push(
      finding(
        'UNKNOWN_PROFILE',
        ['specificationId'],
        content.specificationId === undefined
          ? 'The invoice does not name its specification (BT-24)'
          : `The specification identifier (BT-24) "${content.specificationId}" names no EN 16931 profile`,
        { severity: 'warning', declared: content.specificationId },
      ),
    );
  }
  if (profile !== 'MINIMUM' && content.vatBreakdown.length === 0) {
    findings.push(
      finding('NO_VAT_BREAKDOWN', ['vatBreakdown'], 'The invoice has no VAT breakdown (BR-CO-18)', {
        rule: 'BR-CO-18',
      }),
    );
  }
  if (!isCurrencyCode(content.currency)) {
    findings.push(
      finding(
        'UNKNOWN_CURRENCY',
        ['currency'],
        `The currency "${content.currency}" is not an ISO 4217 code (BR-CL-04)`,
        { rule: 'BR-CL-04', declared: content.currency },
      ),
    );
  }
  if (
    profile !== 'MINIMUM' &&
    !CREDIT_NOTE_TYPE_CODES.has(content.typeCode) &&
    content.dueDate === undefined &&
    content.paymentTerms === undefined &&
    exactOf(content.totals.amountDue).units > 0n
  ) {
    findings.push(
      finding(
        'PAYMENT_DUE_DATE_MISSING',
        ['dueDate'],
        'An amount is due but the invoice gives neither a due date (BT-9) nor payment terms (BT-20) (BR-CO-25)',
        { rule: 'BR-CO-25' },
      ),
    );
  }
  return findings;
}
