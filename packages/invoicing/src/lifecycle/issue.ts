import {
  compareDates,
  isoDateSchema,
  parseWithSchema,
  rateSchema,
  TpeError,
  type TpeIssue,
} from '@tpe/core';
import {
  type CheckInvoiceMentionsOptions,
  checkInvoiceMentions,
  type DueDateOptions,
  type LegalMention,
  type LegalMentionsInput,
  type MentionFinding,
  type PreparedRateTables,
  type RateTables,
} from '@tpe/legal-fr';
import { z } from 'zod';
import { type CommercialDocument, commercialDocumentSchema } from '../model/CommercialDocument.js';
import type { Customer } from '../model/Customer.js';
import { takeNumber } from '../numbering/internal/takeNumber.js';
import {
  type NumberedDocumentKind,
  type NumberingSequence,
  numberingSequenceSchema,
} from '../numbering/NumberingSequence.js';
import { REGISTER_GENESIS_HASH, registerHashSchema } from '../register/registerGenesisHash.js';
import { sealDocument } from '../register/sealDocument.js';
import { computeDocumentTotals } from '../totals/computeDocumentTotals.js';
import type { DocumentTotals } from '../totals/DocumentTotals.js';
import { resolveDueDate } from './internal/dueDate.js';
import { freezeInPlace } from './internal/freezeInPlace.js';
import { mentionsInputOf } from './internal/mentionsInput.js';
import { paymentMentions } from './internal/paymentMentions.js';
import { type IssueInput, readIssueInput } from './internal/readIssueInput.js';
import { hasVatOnDebitsOption } from './internal/vatTreatment.js';

/**
 * Options of {@link issue}.
 *
 * @example
 * ```ts
 * import type { IssueOptions } from '@tpe/invoicing';
 *
 * const options: IssueOptions = {
 *   sequence: { seriesId: 'invoices', format: { pattern: 'F{YYYY}-{counter}', padding: 6 }, nextCounter: 1, resetsYearly: true },
 *   asOf: '2026-03-02',
 * };
 * ```
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export interface IssueOptions {
  /** The state of the numbering series the document takes its number from. */
  readonly sequence: NumberingSequence;
  /** The day of issue, `YYYY-MM-DD`: it becomes the issue date. */
  readonly asOf: string;
  /**
   * The `hash` of the last document of the register the document joins;
   * {@link REGISTER_GENESIS_HASH} (the default) for the first.
   */
  readonly previousHash?: string | undefined;
  /**
   * `true` to issue an invoice or credit note even though mandatory mentions
   * are missing or inaccurate; they are then listed in `warnings`. `false` by
   * default.
   */
  readonly force?: boolean | undefined;
  /**
   * The annual late-penalty rate agreed with a professional customer (the
   * conditions of sale) or a consumer, in percent (`"12"`). Without it a
   * professional customer's invoice states the statutory rate (ECB + 10
   * points) and a consumer's none. Not allowed for a public buyer, whose
   * rate is set by decree (ECB + 8 points).
   */
  readonly latePenaltyRate?: string | undefined;
  /**
   * How the statutory late-penalty rate is stated, on the invoice of a
   * professional customer without `latePenaltyRate` and of a public buyer:
   *
   * - `'rate'` (the default): as a figure, the ECB rate of the issue date's
   *   half-year (in force on 1 January or 1 July) + 10 points, + 8 for a
   *   public buyer, from `latePenaltyRate` of `@tpe/legal-fr`. For a
   *   half-year the shipped ECB table does not reach
   *   (`DEFAULT_ECB_RATE_TABLE.validUntil` of `@tpe/legal-fr`, 2026-02-05:
   *   2026 H2 onwards) the issue fails with `RATE_UNKNOWN` until newer
   *   `tables` are given: `{ ecbMainRefinancingRates: table }`, the shipped
   *   table with the later ECB decisions added and `validUntil` moved on
   *   (prepare it once with `prepareRateTables` to issue many invoices).
   * - `'rule'`: by the rule, in the words of C. com. L441-10 II ("taux
   *   d'intérêt appliqué par la Banque centrale européenne à son opération
   *   de refinancement la plus récente majoré de 10 points de pourcentage"),
   *   for a public buyer those of CCP R2192-31 (+ 8 points): no table
   *   needed.
   *
   * The figure is the default because C. com. L441-9 asks the invoice for
   * the rate; a clause that restates the rule is normally read as the legal
   * default, but that reading is *unverified*.
   *
   * @example
   * ```ts
   * import { DEFAULT_ECB_RATE_TABLE } from '@tpe/legal-fr';
   * import type { IssueOptions } from '@tpe/invoicing';
   *
   * const sequence = { seriesId: 'F', format: { pattern: 'F{YY}-{counter}', padding: 4 }, nextCounter: 1, resetsYearly: true };
   * // 2026 H2 by the rule: no table needed.
   * const byRule: IssueOptions = { sequence, asOf: '2026-09-15', statutoryPenaltyMention: 'rule' };
   * // 2026 H2 as a figure: a table confirmed up to 1 July 2026 (no ECB change since 2.15 %).
   * const tables = { ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' } };
   * const byRate: IssueOptions = { sequence, asOf: '2026-09-15', tables };
   * ```
   */
  readonly statutoryPenaltyMention?: 'rate' | 'rule' | undefined;
  /**
   * The escompte for early payment printed: `'none'` (the default for a
   * professional or public customer: "Pas d'escompte pour paiement
   * anticipé") or a rate for payment within a number of days.
   */
  readonly escompte?: LegalMentionsInput['escompte'];
  /**
   * Newer rate tables for the statutory late-penalty rate stated as a figure
   * (see `statutoryPenaltyMention` and `latePenaltyRate` of `@tpe/legal-fr`).
   */
  readonly tables?: RateTables | PreparedRateTables | undefined;
  /** Options of the due date computation (a public buyer's receipt date fallback). */
  readonly dueDateOptions?: DueDateOptions | undefined;
  /**
   * Options of the mention check (`checkInvoiceMentions` of `@tpe/legal-fr`),
   * but `asOf`. `checkAmounts` is `false` by default: the totals are those
   * of {@link computeDocumentTotals}, whose EN 16931 arithmetic (price base
   * quantities, line charges) the check's own does not follow.
   */
  readonly mentionOptions?: Omit<CheckInvoiceMentionsOptions, 'asOf'> | undefined;
}

/**
 * What {@link issue} returns.
 *
 * @example
 * ```ts
 * import type { IssueResult } from '@tpe/invoicing';
 *
 * const numberOf = (result: IssueResult): string | undefined => result.document.number;
 * ```
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export interface IssueResult {
  /** The issued document, deeply frozen: status `issued`, number, issue date, due date, seal. */
  readonly document: CommercialDocument;
  /** The state of the series after this number: store it in place of the former one. */
  readonly sequence: NumberingSequence;
  /** The totals of the document, from {@link computeDocumentTotals}. */
  readonly totals: DocumentTotals;
  /**
   * The payment sentences to print on an invoice or credit note (payment
   * date, escompte, late penalties, 40 € indemnity, VAT-on-debits option),
   * from `legalMentions` of `@tpe/legal-fr`; empty for a delivery note. The
   * VAT exemption mentions are the exemption reasons of the VAT breakdown.
   */
  readonly legalMentions: readonly LegalMention[];
  /** With `force`: the mentions found missing or inaccurate; otherwise empty. */
  readonly warnings: readonly MentionFinding[];
}

const NUMBERED_KINDS: ReadonlySet<string> = new Set<NumberedDocumentKind>([
  'invoice',
  'depositInvoice',
  'creditNote',
  'deliveryNote',
]);

const looseObject = z.custom<object>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'An object',
);

/**
 * A zod schema for {@link IssueOptions}. The rate tables, escompte, due date
 * and mention options are checked by the `@tpe/legal-fr` functions that read
 * them.
 *
 * @example
 * ```ts
 * import { issueOptionsSchema } from '@tpe/invoicing';
 *
 * const sequence = { seriesId: 'F', format: { pattern: 'F{YY}-{counter}', padding: 4 }, nextCounter: 1, resetsYearly: true };
 * issueOptionsSchema.safeParse({ sequence, asOf: '2026-03-02' }).success; // true
 * issueOptionsSchema.safeParse({ sequence, asOf: '2026-03-02', force: 'yes' }).success; // false
 * ```
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export const issueOptionsSchema: z.ZodType<IssueOptions> = z.strictObject({
  sequence: numberingSequenceSchema,
  asOf: isoDateSchema,
  previousHash: registerHashSchema.optional(),
  force: z.boolean().optional(),
  latePenaltyRate: rateSchema.optional(),
  statutoryPenaltyMention: z.enum(['rate', 'rule']).optional(),
  escompte: z.union([z.literal('none'), looseObject]).optional(),
  tables: looseObject.optional(),
  dueDateOptions: looseObject.optional(),
  mentionOptions: looseObject.optional(),
}) as z.ZodType<IssueOptions>;

const inputSchema = z.strictObject({
  draft: commercialDocumentSchema,
  options: issueOptionsSchema,
});

/**
 * Issues a draft invoice, deposit invoice, credit note or delivery note: gives
 * it the next number of its series, the issue date, the due date, checks its
 * mandatory mentions, seals it into the register and freezes it.
 *
 * **When to use**: when the document leaves the business (at delivery or on
 * completion of the service, CGI art. 289 I 3). Store the returned document,
 * the returned `sequence` and the new last hash of the register together.
 *
 * **Details**:
 * - Issue date: `asOf`, the day of issue. A draft may carry an issue date
 *   only if it is that day: an invoice is neither backdated nor postdated,
 *   since numbers follow issue dates. A day before the series' last is
 *   refused (`NUMBERING_BACKWARDS`).
 * - Due date (invoices, deposit invoices, credit notes): the draft's own,
 *   else computed by `computeDueDate` of `@tpe/legal-fr` from the draft's
 *   payment term or the customer's (then written on the document), counted
 *   from the issue date and the delivery date (the issue date when none is
 *   given); else none, which the mention check reports for a professional
 *   customer.
 * - Mentions (invoices, deposit invoices, credit notes): the document, its
 *   totals and its payment sentences (`legalMentions` of `@tpe/legal-fr`,
 *   returned in `legalMentions`) are checked by `checkInvoiceMentions`. A
 *   missing or inaccurate mention refuses the issue (`MENTIONS_MISSING`),
 *   unless `force`, which lists them in `warnings`.
 * - A credit note must name the invoice it corrects (`precedingInvoices`):
 *   issued documents are corrected only by credit notes.
 * - The seal: `previousHash` and `hash` (see {@link sealDocument}); the
 *   document is then deeply frozen.
 *
 * **Gotchas**: the function is pure: nothing is issued until the caller
 * stores the results; issuing the same draft twice from the same stored
 * state gives the same number. Quotes, orders and pro formas are not issued
 * (their statuses move by their own transitions). The statutory penalty
 * rate is stated as the figure of the half-year by default: for a half-year
 * beyond the shipped ECB table (2026 H2 onwards) give newer `tables`, an
 * agreed `latePenaltyRate`, or `statutoryPenaltyMention: 'rule'`; else
 * `RATE_UNKNOWN`.
 *
 * @param draft - the document, status `draft`, without number, hash or issue date (or with `asOf` as issue date)
 * @param options - the series, the day, the register's last hash and the options of {@link IssueOptions}
 * @returns the frozen issued document, the next state of the series, the totals, the payment sentences and the warnings
 * @throws {@link TpeError} `INVALID_INPUT` (paths under `draft` or `options`;
 *   issue codes `set_at_issue`, `issue_date_not_as_of`, `customer_required`,
 *   `preceding_invoice_required`, `preceding_invoice_after_issue`,
 *   `not_allowed_for_public_buyer`), `INVALID_TRANSITION` for a kind that
 *   is not issued (`details`: `kind`, `from`, `to`), `NOT_A_DRAFT`,
 *   `SERIES_MISMATCH`, `NUMBERING_BACKWARDS`, `MENTIONS_MISSING` (`issues`:
 *   the mention ids as codes; `details.missing`, `details.invalid`), and the
 *   errors of `computeDueDate` and `latePenaltyRate` (`DELIVERY_DATE_REQUIRED`,
 *   `RATE_UNKNOWN`…)
 *
 * @example
 * ```ts
 * import { issue, type CommercialDocument, type NumberingSequence } from '@tpe/invoicing';
 *
 * const address = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };
 * const draft: CommercialDocument = {
 *   id: 'inv-1',
 *   kind: 'invoice',
 *   status: 'draft',
 *   currency: 'EUR',
 *   seller: {
 *     legalName: 'Atelier Dupont', legalForm: 'SARL', shareCapital: '10000', siren: '732829320',
 *     vatNumber: 'FR44732829320', registration: { register: 'RCS', city: 'Lyon' }, address, vatRegime: 'normal',
 *   },
 *   customer: {
 *     id: 'c-1', kind: 'business', name: 'Client SAS', countryCode: 'FR', siren: '552100554',
 *     billingAddress: { ...address, lines: ['2 place Bellecour'], postalCode: '69002' },
 *     paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
 *   },
 *   lines: [
 *     { id: '1', label: 'Chaise', quantity: '2', unitCode: 'C62', unitPrice: '50', vat: { category: 'S', rate: '20' }, nature: 'goods' },
 *   ],
 * };
 * const sequence: NumberingSequence = {
 *   seriesId: 'invoices', format: { pattern: 'F{YYYY}-{counter}', padding: 6 }, nextCounter: 42, resetsYearly: true,
 * };
 * const issued = issue(draft, { sequence, asOf: '2026-03-02' });
 * issued.document.number; // 'F2026-000042'
 * issued.document.dueDate; // '2026-04-01'
 * issued.totals.taxInclusiveAmount; // '120.00'
 * Object.isFrozen(issued.document); // true
 * issued.sequence.nextCounter; // 43
 * issue(issued.document, { sequence: issued.sequence, asOf: '2026-03-02' }); // throws TpeError NOT_A_DRAFT
 * issue({ ...draft, seller: { ...draft.seller, siren: undefined } }, { sequence, asOf: '2026-03-02' }); // throws TpeError MENTIONS_MISSING
 * ```
 *
 * @see CGI art. 289 I 3 and 5; CGI ann. II art. 242 nonies A; C. com. L441-9, L441-10; CGI art. 286 I 3° bis
 * @category Lifecycle
 * @since 0.1.0
 */
export function issue(draft: CommercialDocument, options: IssueOptions): IssueResult {
  const { document, settings, totals } =
    readIssueInput(draft, options) ?? parseIssueInput(draft, options);
  const { asOf, sequence } = settings;
  checkIssuable(document, asOf);
  const customer = document.customer as Customer;
  if (settings.latePenaltyRate !== undefined && customer.kind === 'publicBuyer') {
    refuse(
      ['options', 'latePenaltyRate'],
      'not_allowed_for_public_buyer',
      "A public buyer's late-payment rate is set by decree (ECB + 8 points)",
    );
  }
  checkSeries(document, sequence);
  const taken = takeNumber(sequence, asOf, {
    issueDate: ['options', 'asOf'],
    sequence: ['options', 'sequence'],
  });
  const invoiceLike = document.kind !== 'deliveryNote';
  const payment = invoiceLike ? resolveDueDate(document, asOf, settings.dueDateOptions) : undefined;
  const issued: { -readonly [Key in keyof CommercialDocument]: CommercialDocument[Key] } = {
    ...document,
    status: 'issued',
    number: taken.number,
    issueDate: asOf,
  };
  if (payment?.dueDate !== undefined) issued.dueDate = payment.dueDate;
  if (payment?.paymentTerm !== undefined) issued.paymentTerm = payment.paymentTerm;
  const sentences = invoiceLike
    ? paymentMentions({
        customerKind: customer.kind,
        issueDate: asOf,
        dueDate: issued.dueDate,
        contractualRate: settings.latePenaltyRate,
        statutoryMention: settings.statutoryPenaltyMention ?? 'rate',
        escompte: settings.escompte,
        vatOnDebits:
          hasVatOnDebitsOption(document.seller) &&
          document.lines.some((line) => line.nature === 'service'),
        tables: settings.tables,
      })
    : [];
  const warnings = invoiceLike ? checkMentions(issued, customer, totals, sentences, settings) : [];
  const sealed = sealDocument(issued, settings.previousHash ?? REGISTER_GENESIS_HASH);
  return {
    // Every object of the document is a copy made by this call: frozen in place.
    document: freezeInPlace(sealed) as CommercialDocument,
    sequence: taken.sequence,
    totals,
    legalMentions: sentences,
    warnings,
  };
}

/** The input read by its schema, when the quick reading refused it: throws `INVALID_INPUT`. */
function parseIssueInput(draft: unknown, options: unknown): IssueInput {
  const parsed = parseWithSchema(inputSchema, { draft, options });
  return {
    document: parsed.draft,
    settings: parsed.options,
    totals: computeDocumentTotals(parsed.draft),
  };
}

/** Refuses what cannot be issued: a kind without a number, a non-draft, fields set only at issue. */
function checkIssuable(document: CommercialDocument, asOf: string): void {
  const { kind, status } = document;
  if (!NUMBERED_KINDS.has(kind)) {
    throw new TpeError('INVALID_TRANSITION', `A ${kind} is not issued with a number`, {
      details: { kind, from: status, to: 'issued' },
    });
  }
  if (status !== 'draft') {
    throw new TpeError('NOT_A_DRAFT', `Only a draft is issued; this ${kind} is ${status}`, {
      details: { id: document.id, kind, status },
    });
  }
  for (const field of ['number', 'hash', 'previousHash'] as const) {
    if (document[field] !== undefined) {
      refuse(['draft', field], 'set_at_issue', `A draft has no ${field}: it is set at issue`);
    }
  }
  if (document.issueDate !== undefined && document.issueDate !== asOf) {
    refuse(
      ['draft', 'issueDate'],
      'issue_date_not_as_of',
      `The draft is dated ${document.issueDate} but issued on ${asOf}: an invoice is dated the day it is issued`,
    );
  }
  if (document.customer === undefined) {
    refuse(['draft', 'customer'], 'customer_required', 'The document must name its customer');
  }
  if (kind === 'creditNote') {
    const preceding = document.precedingInvoices ?? [];
    if (preceding.length === 0) {
      refuse(
        ['draft', 'precedingInvoices'],
        'preceding_invoice_required',
        'A credit note must name the invoice it corrects (number and date)',
      );
    }
    preceding.forEach((invoice, index) => {
      if (compareDates(invoice.issueDate, asOf) > 0) {
        refuse(
          ['draft', 'precedingInvoices', index, 'issueDate'],
          'preceding_invoice_after_issue',
          `The invoice ${invoice.number} is dated after the credit note (${asOf})`,
        );
      }
    });
  }
}

/** Refuses a series kept for other kinds of documents or another establishment. */
function checkSeries(document: CommercialDocument, sequence: NumberingSequence): void {
  const kinds = sequence.documentKinds;
  const establishment = sequence.establishmentId;
  const kindOk = kinds === undefined || kinds.includes(document.kind as NumberedDocumentKind);
  const establishmentOk =
    establishment === undefined || establishment === document.seller.establishmentId;
  if (kindOk && establishmentOk) return;
  const message = kindOk
    ? `Series "${sequence.seriesId}" numbers the documents of establishment "${establishment}", not of "${document.seller.establishmentId ?? '(none)'}"`
    : `Series "${sequence.seriesId}" numbers ${kinds?.join(', ')}, not a ${document.kind}`;
  throw new TpeError('SERIES_MISMATCH', message, {
    issues: [
      {
        path: kindOk
          ? ['options', 'sequence', 'establishmentId']
          : ['options', 'sequence', 'documentKinds'],
        code: 'series_mismatch',
        message,
      },
    ],
    details: {
      seriesId: sequence.seriesId,
      kind: document.kind,
      ...(document.seller.establishmentId === undefined
        ? {}
        : { establishmentId: document.seller.establishmentId }),
    },
  });
}

/** Checks the mentions; refuses the issue when one is missing or inaccurate, unless forced. */
function checkMentions(
  document: CommercialDocument,
  customer: Customer,
  totals: DocumentTotals,
  sentences: readonly LegalMention[],
  settings: IssueOptions,
): readonly MentionFinding[] {
  const check = checkInvoiceMentions(mentionsInputOf(document, customer, totals, sentences), {
    checkAmounts: false,
    ...settings.mentionOptions,
    asOf: settings.asOf,
  });
  const findings = [...check.missing, ...check.invalid];
  if (findings.length === 0 || settings.force === true) return findings;
  const issues: TpeIssue[] = findings.map((finding) => ({
    path: finding.path,
    code: finding.mention,
    message: finding.message,
  }));
  throw new TpeError(
    'MENTIONS_MISSING',
    `Mandatory mentions missing or inaccurate: ${[...new Set(findings.map((finding) => finding.mention))].join(', ')}`,
    {
      issues,
      details: {
        missing: check.missing.map((finding) => finding.mention),
        invalid: check.invalid.map((finding) => finding.mention),
      },
    },
  );
}

function refuse(path: readonly (string | number)[], code: string, message: string): never {
  throw new TpeError('INVALID_INPUT', message, { issues: [{ path, code, message }] });
}
