import type { CommercialDocument } from '../../model/CommercialDocument.js';
import { readDocument } from '../../model/internal/readDocument.js';
import { safeComputeDocumentTotals } from '../../totals/computeDocumentTotals.js';
import type { DocumentTotals } from '../../totals/DocumentTotals.js';
import type { IssueOptions } from '../issue.js';
import { readIssueOptions } from './readIssueOptions.js';

/** The input of `issue` as its schema outputs it, and the draft's totals. */
export interface IssueInput {
  readonly document: CommercialDocument;
  readonly settings: IssueOptions;
  readonly totals: DocumentTotals;
}

/**
 * The input of `issue` read without zod, for the frequent valid case: the
 * draft's content by `computeDocumentTotals` (which gives the totals), the
 * rest of the draft and the options by readers that output the copies the
 * schemas output. `undefined` for anything they do not accept: the schema
 * then explains, or accepts what the readers did not expect.
 */
export function readIssueInput(draft: unknown, options: unknown): IssueInput | undefined {
  const totals = safeComputeDocumentTotals(draft as CommercialDocument);
  if (!totals.ok) return undefined;
  try {
    return {
      document: readDocument(draft),
      settings: readIssueOptions(options),
      totals: totals.value,
    };
  } catch {
    return undefined;
  }
}
