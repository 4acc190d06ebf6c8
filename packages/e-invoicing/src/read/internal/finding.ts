import type { InvoiceFinding, InvoiceFindingCode } from '../InvoiceFinding.js';
import { definedFields } from './definedFields.js';

/** The optional parts of a finding. */
interface FindingFacts {
  readonly rule?: string | undefined;
  readonly severity?: InvoiceFinding['severity'] | undefined;
  readonly declared?: string | undefined;
  readonly expected?: string | undefined;
}

/** A finding; an `error` unless `facts.severity` says otherwise. */
export function finding(
  code: InvoiceFindingCode,
  path: readonly (string | number)[],
  message: string,
  facts: FindingFacts = {},
): InvoiceFinding {
  return definedFields({
    code,
    rule: facts.rule,
    path,
    message,
    severity: facts.severity ?? 'error',
    declared: facts.declared,
    expected: facts.expected,
  });
}
