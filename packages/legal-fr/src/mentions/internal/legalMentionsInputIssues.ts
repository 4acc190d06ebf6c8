import type { TpeIssue } from '@tpe/core';
import type { LatePenaltyRegime } from '../../penalties/latePenaltyRate.js';
import type { CustomerKind } from '../../shared/CustomerKind.js';
import type { LegalMentionsInput } from '../legalMentions.js';

/** The statutory late-penalty regime of each kind of customer (none for a consumer). */
const STATUTORY_REGIMES: Readonly<Record<CustomerKind, LatePenaltyRegime | undefined>> = {
  business: 'b2bDefault',
  publicBuyer: 'publicBuyer',
  consumer: undefined,
};

/**
 * The rules between the fields of a `legalMentions` input (its shape already
 * read): a due date or payment on receipt, the payment date and late-penalty
 * rate of a professional or public invoice, a statutory rule that is the
 * customer's, the text of an "other" exemption, the franchise en base.
 * Answers `undefined` when they all hold; used by `legalMentionsInputSchema`
 * and by the fast path of `legalMentions`.
 */
export function legalMentionsInputIssues(input: LegalMentionsInput): TpeIssue[] | undefined {
  const { customerKind, dueDate, paymentOnReceipt, latePenaltyRate, vatTreatment } = input;
  const franchise = input.franchiseEnBase === true || vatTreatment === 'franchiseEnBase';
  const rule = input.statutoryPenaltyRule;
  const consumer = customerKind === 'consumer';
  const issues: TpeIssue[] = [];
  const issue = (path: string, code: string, message: string): void => {
    issues.push({ path: [path], code, message });
  };
  if (dueDate !== undefined && paymentOnReceipt === true) {
    issue(
      'paymentOnReceipt',
      'conflicting_fields',
      'Give a due date or payment on receipt, not both',
    );
  }
  if (!consumer) {
    if (dueDate === undefined && paymentOnReceipt !== true) {
      issue('dueDate', 'required', 'A professional or public invoice must state the payment date');
    }
    if (latePenaltyRate === undefined && rule === undefined) {
      issue(
        'latePenaltyRate',
        'required',
        'A professional or public invoice must state the late-penalty rate',
      );
    }
  }
  if (rule !== undefined && latePenaltyRate !== undefined) {
    issue(
      'statutoryPenaltyRule',
      'conflicting_fields',
      'Give a late-penalty rate or the statutory rule, not both',
    );
  } else if (rule !== undefined && rule !== STATUTORY_REGIMES[customerKind]) {
    issue(
      'statutoryPenaltyRule',
      'conflicting_fields',
      consumer
        ? 'No statutory late-penalty rate applies to a consumer: give a contractual rate, if any'
        : `The statutory rule of a ${customerKind} is ${STATUTORY_REGIMES[customerKind]}, not ${rule}`,
    );
  }
  if (vatTreatment === 'otherExemption' && input.otherExemptionText === undefined) {
    issue('otherExemptionText', 'required', 'Give the exemption reference to print');
  }
  if (input.franchiseEnBase === false && vatTreatment === 'franchiseEnBase') {
    issue(
      'vatTreatment',
      'conflicting_fields',
      'The VAT treatment says franchise en base but franchiseEnBase is false',
    );
  }
  if (franchise && input.vatOnDebitsOption === true) {
    issue(
      'vatOnDebitsOption',
      'conflicting_fields',
      'A seller under the franchise en base charges no VAT',
    );
  }
  return issues.length === 0 ? undefined : issues;
}
