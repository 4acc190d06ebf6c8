import { addDays, deepFreeze } from '@tpe/core';
import { DEFAULT_ECB_RATE_TABLE, type LegalMention } from '@tpe/legal-fr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import type { CommercialDocument } from '../model/CommercialDocument.js';
import type { Customer } from '../model/Customer.js';
import { lineVat } from '../model/lineVat.js';
import type { Seller } from '../model/Seller.js';
import type { NumberingSequence } from '../numbering/NumberingSequence.js';
import { computeDocumentHash } from '../register/computeDocumentHash.js';
import { REGISTER_GENESIS_HASH } from '../register/registerGenesisHash.js';
import { verifyRegister } from '../register/verifyRegister.js';
import { type IssueOptions, issue } from './issue.js';

const NBSP = '\u00a0';
const lyon = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };

const seller: Seller = {
  legalName: 'Atelier Dupont',
  legalForm: 'SARL',
  shareCapital: '10000',
  siren: '732829320',
  vatNumber: 'FR44732829320',
  registration: { register: 'RCS', city: 'Lyon' },
  address: lyon,
  vatRegime: 'normal',
};

const customer: Customer = {
  id: 'c-1',
  kind: 'business',
  name: 'Client SAS',
  countryCode: 'FR',
  siren: '552100554',
  billingAddress: { ...lyon, lines: ['2 place Bellecour'], postalCode: '69002' },
  paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
};

const draft: CommercialDocument = {
  id: 'inv-1',
  kind: 'invoice',
  status: 'draft',
  currency: 'EUR',
  seller,
  customer,
  lines: [
    {
      id: '1',
      label: 'Chaise',
      quantity: '2',
      unitCode: 'C62',
      unitPrice: '50',
      vat: { category: 'S', rate: '20' },
      nature: 'goods',
    },
    {
      id: '2',
      label: 'Pose',
      quantity: '1.5',
      unitCode: 'HUR',
      unitPrice: '40',
      vat: { category: 'S', rate: '10' },
      nature: 'service',
    },
  ],
};

const invoices: NumberingSequence = {
  seriesId: 'invoices',
  documentKinds: ['invoice', 'depositInvoice'],
  format: { pattern: 'F{YYYY}-{counter}', padding: 6 },
  nextCounter: 42,
  lastIssueDate: '2026-02-27',
  resetsYearly: true,
};

const creditNotes: NumberingSequence = {
  seriesId: 'credit-notes',
  documentKinds: ['creditNote'],
  format: { pattern: 'AV{YYYY}-{counter}', padding: 6 },
  nextCounter: 7,
  resetsYearly: true,
};

const options: IssueOptions = { sequence: invoices, asOf: '2026-03-02' };

const B2B_PENALTY = `En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux annuel de 12,15${NBSP}%.`;
const INDEMNITY = `Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement${NBSP}: 40${NBSP}€.`;

describe('issue — an invoice to a professional customer', () => {
  const result = issue(draft, options);

  it('numbers, dates and seals the document', () => {
    const { document } = result;
    expect(document).toEqual({
      ...draft,
      status: 'issued',
      number: 'F2026-000042',
      issueDate: '2026-03-02',
      // netDays 30 from 2026-03-02: 29 days of March left + 1 = 2026-04-01
      dueDate: '2026-04-01',
      paymentTerm: { kind: 'netDays', days: 30, from: 'issue' },
      previousHash: REGISTER_GENESIS_HASH,
      hash: computeDocumentHash(document),
    });
    expect(document.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('returns the next state of the series', () => {
    expect(result.sequence).toEqual({ ...invoices, nextCounter: 43, lastIssueDate: '2026-03-02' });
  });

  it('returns the totals: 2 × 50 at 20 %, 1.5 × 40 at 10 %', () => {
    // 100.00 × 20 % = 20.00; 60.00 × 10 % = 6.00; 160.00 + 26.00 = 186.00
    expect(result.totals).toMatchObject({
      taxExclusiveAmount: '160.00',
      vatTotal: '26.00',
      taxInclusiveAmount: '186.00',
      amountDue: '186.00',
    });
  });

  it('writes the payment sentences: due date, no escompte, statutory rate 2026 H1 (2.15 + 10), 40 €', () => {
    expect(result.legalMentions.map((mention) => [mention.id, mention.text])).toEqual([
      ['paymentDate', `Date d'échéance${NBSP}: 01/04/2026`],
      ['escompteConditions', "Pas d'escompte pour paiement anticipé"],
      ['latePenaltyRate', B2B_PENALTY],
      ['recoveryIndemnity', INDEMNITY],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('freezes the document deeply', () => {
    expect(Object.isFrozen(result.document)).toBe(true);
    expect(Object.isFrozen(result.document.lines[0])).toBe(true);
    expect(Object.isFrozen(result.document.customer?.billingAddress.lines)).toBe(true);
    expect(() => {
      (result.document as { number?: string }).number = 'F2026-000001';
    }).toThrow(TypeError);
  });

  it('chains the next document after it into a register that verifies', () => {
    const second = issue(
      { ...draft, id: 'inv-2' },
      { sequence: result.sequence, asOf: '2026-03-03', previousHash: result.document.hash },
    );
    expect(second.document.number).toBe('F2026-000043');
    expect(second.document.previousHash).toBe(result.document.hash);
    expect(verifyRegister([result.document, second.document])).toEqual({
      valid: true,
      findings: [],
    });
    const edited = { ...second.document, dueDate: '2026-06-30' };
    expect(verifyRegister([result.document, edited]).findings).toEqual([
      expect.objectContaining({ kind: 'edited', index: 1, number: 'F2026-000043' }),
    ]);
  });

  it('does not change its inputs', () => {
    const frozenDraft = deepFreeze(structuredClone(draft));
    const frozenOptions = deepFreeze(structuredClone(options));
    issue(frozenDraft, frozenOptions);
    expect(frozenDraft).toEqual(draft);
    expect(frozenOptions).toEqual(options);
  });

  it('gives the same document for the same inputs', () => {
    expect(issue(draft, options)).toEqual(result);
  });
});

describe('issue — dates', () => {
  it("keeps a due date the draft states, without writing the customer's term", () => {
    const issued = issue({ ...draft, dueDate: '2026-03-20' }, options).document;
    expect(issued.dueDate).toBe('2026-03-20');
    expect(issued.paymentTerm).toBeUndefined();
  });

  it("prefers the draft's payment term to the customer's", () => {
    const term = { kind: 'plusDaysThenEndOfMonth', days: 45 } as const;
    const issued = issue({ ...draft, paymentTerm: term }, options).document;
    // 2026-03-02 + 45 days = 2026-04-16, end of month → 2026-04-30
    expect(issued.dueDate).toBe('2026-04-30');
    expect(issued.paymentTerm).toEqual(term);
  });

  it('counts a term from delivery from the delivery date, or from the issue date without one', () => {
    const legal = { ...draft, paymentTerm: { kind: 'legalDefault' } } as const;
    // 2026-02-25 + 30 days = 2026-03-27 (February has 28 days)
    expect(issue({ ...legal, deliveryDate: '2026-02-25' }, options).document.dueDate).toBe(
      '2026-03-27',
    );
    // 2026-03-02 + 30 days = 2026-04-01
    expect(issue(legal, options).document.dueDate).toBe('2026-04-01');
  });

  it('accepts a draft dated the day of issue, refuses one dated another day', () => {
    expect(issue({ ...draft, issueDate: '2026-03-02' }, options).document.issueDate).toBe(
      '2026-03-02',
    );
    const error = caughtTpeError(() => issue({ ...draft, issueDate: '2026-03-01' }, options));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]).toMatchObject({
      path: ['draft', 'issueDate'],
      code: 'issue_date_not_as_of',
    });
  });

  it('refuses a day before the last of the series', () => {
    const error = caughtTpeError(() => issue(draft, { ...options, asOf: '2026-02-26' }));
    expect(error.code).toBe('NUMBERING_BACKWARDS');
    expect(error.issues[0]).toMatchObject({ path: ['options', 'asOf'] });
    expect(error.details).toEqual({
      seriesId: 'invoices',
      issueDate: '2026-02-26',
      lastIssueDate: '2026-02-27',
    });
  });

  it('restarts the counter in a new year', () => {
    const january = issue(draft, {
      ...options,
      asOf: '2027-01-04',
      latePenaltyRate: '12',
      mentionOptions: { reformMentionsFrom: '2027-09-01' },
    });
    expect(january.document.number).toBe('F2027-000001');
  });
});

describe('issue — other documents', () => {
  const invoice = issue(draft, options).document;
  const creditDraft: CommercialDocument = {
    ...draft,
    id: 'av-1',
    kind: 'creditNote',
    lines: [{ ...(draft.lines[0] as CommercialDocument['lines'][number]), quantity: '1' }],
    precedingInvoices: [{ number: invoice.number ?? '', issueDate: '2026-03-02' }],
    links: [{ documentId: 'inv-1', relation: 'credits' }],
  };

  it('issues a credit note from its own series, naming its invoice', () => {
    const credit = issue(creditDraft, {
      sequence: creditNotes,
      asOf: '2026-03-05',
      previousHash: invoice.hash,
    });
    expect(credit.document).toMatchObject({
      kind: 'creditNote',
      status: 'issued',
      number: 'AV2026-000007',
      precedingInvoices: [{ number: 'F2026-000042', issueDate: '2026-03-02' }],
      previousHash: invoice.hash,
    });
    // 1 × 50.00 at 20 %: 60.00
    expect(credit.totals.taxInclusiveAmount).toBe('60.00');
    expect(verifyRegister([invoice, credit.document]).valid).toBe(true);
  });

  it('refuses a credit note that names no invoice, or one issued after it', () => {
    const { precedingInvoices: _none, ...withoutInvoice } = creditDraft;
    const missing = caughtTpeError(() =>
      issue(withoutInvoice, { sequence: creditNotes, asOf: '2026-03-05' }),
    );
    expect(missing.issues[0]).toMatchObject({
      path: ['draft', 'precedingInvoices'],
      code: 'preceding_invoice_required',
    });
    const later = caughtTpeError(() =>
      issue(creditDraft, { sequence: creditNotes, asOf: '2026-03-01' }),
    );
    expect(later.issues[0]).toMatchObject({
      path: ['draft', 'precedingInvoices', 0, 'issueDate'],
      code: 'preceding_invoice_after_issue',
    });
  });

  it('issues a deposit invoice from the invoice series', () => {
    const deposit = issue({ ...draft, id: 'dep-1', kind: 'depositInvoice' }, options);
    expect(deposit.document).toMatchObject({ kind: 'depositInvoice', number: 'F2026-000042' });
  });

  it('numbers a delivery note, with no due date and no payment sentence', () => {
    const delivery = issue(
      { ...draft, id: 'bl-1', kind: 'deliveryNote' },
      {
        sequence: {
          ...creditNotes,
          seriesId: 'deliveries',
          documentKinds: ['deliveryNote'],
          format: { pattern: 'BL{YY}-{counter}', padding: 5 },
        },
        asOf: '2026-03-02',
      },
    );
    expect(delivery.document.number).toBe('BL26-00007');
    expect(delivery.document.dueDate).toBeUndefined();
    expect(delivery.legalMentions).toEqual([]);
  });

  it.each([
    ['quote', 'draft'],
    ['salesOrder', 'confirmed'],
    ['proForma', 'draft'],
    ['supplierInvoice', 'received'],
  ] as const)('refuses to issue a %s: INVALID_TRANSITION', (kind, status) => {
    const error = caughtTpeError(() => issue({ ...draft, kind, status }, options));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.details).toEqual({ kind, from: status, to: 'issued' });
  });

  it('refuses an issued or cancelled document: NOT_A_DRAFT', () => {
    expect(caughtTpeError(() => issue(invoice, options)).code).toBe('NOT_A_DRAFT');
    expect(caughtTpeError(() => issue({ ...draft, status: 'cancelled' }, options)).details).toEqual(
      {
        id: 'inv-1',
        kind: 'invoice',
        status: 'cancelled',
      },
    );
  });

  it.each(['number', 'hash', 'previousHash'] as const)('refuses a draft with a %s', (field) => {
    const error = caughtTpeError(() => issue({ ...draft, [field]: 'X' }, options));
    expect(error.issues[0]).toMatchObject({ path: ['draft', field], code: 'set_at_issue' });
  });

  it('refuses a document without a customer', () => {
    const { customer: _none, ...anonymous } = draft;
    expect(caughtTpeError(() => issue(anonymous, options)).issues[0]).toMatchObject({
      path: ['draft', 'customer'],
      code: 'customer_required',
    });
  });
});

describe('issue — series', () => {
  it('refuses a series kept for other kinds: SERIES_MISMATCH', () => {
    const error = caughtTpeError(() => issue(draft, { sequence: creditNotes, asOf: '2026-03-02' }));
    expect(error.code).toBe('SERIES_MISMATCH');
    expect(error.details).toEqual({ seriesId: 'credit-notes', kind: 'invoice' });
  });

  it("refuses another establishment's series, accepts its own and a common one", () => {
    const paris: NumberingSequence = { ...invoices, establishmentId: 'paris' };
    const fromLyon = { ...draft, seller: { ...seller, establishmentId: 'lyon' } };
    expect(caughtTpeError(() => issue(fromLyon, { ...options, sequence: paris })).details).toEqual({
      seriesId: 'invoices',
      kind: 'invoice',
      establishmentId: 'lyon',
    });
    const fromParis = { ...draft, seller: { ...seller, establishmentId: 'paris' } };
    expect(issue(fromParis, { ...options, sequence: paris }).document.number).toBe('F2026-000042');
    expect(issue(fromLyon, options).document.number).toBe('F2026-000042');
  });
});

describe('issue — mandatory mentions', () => {
  const noSiren = { ...draft, seller: { ...seller, siren: undefined } };

  it('refuses missing mentions: MENTIONS_MISSING with the mention ids', () => {
    const error = caughtTpeError(() => issue(noSiren, options));
    expect(error.code).toBe('MENTIONS_MISSING');
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['sellerSiren', ['seller', 'siren']],
    ]);
    expect(error.details).toEqual({ missing: ['sellerSiren'], invalid: [] });
  });

  it('issues with force, listing them as warnings', () => {
    const forced = issue(noSiren, { ...options, force: true });
    expect(forced.document.status).toBe('issued');
    expect(forced.warnings.map((finding) => finding.mention)).toEqual(['sellerSiren']);
  });

  it('reports an inaccurate mention too: a due date before the issue date', () => {
    const error = caughtTpeError(() => issue({ ...draft, dueDate: '2026-03-01' }, options));
    expect(error.details).toEqual({ missing: [], invalid: ['paymentDate'] });
  });

  it('reports a missing payment date for a professional customer without a term', () => {
    const noTerm = { ...draft, customer: { ...customer, paymentTerm: undefined } };
    const error = caughtTpeError(() => issue(noTerm, options));
    expect(error.details).toEqual({ missing: ['paymentDate'], invalid: [] });
    const forced = issue(noTerm, { ...options, force: true });
    expect(forced.legalMentions.map((mention) => mention.id)).toEqual([
      'escompteConditions',
      'latePenaltyRate',
      'recoveryIndemnity',
    ]);
  });

  it('writes no penalty nor indemnity for a consumer, and needs no due date', () => {
    const consumer: Customer = {
      id: 'c-2',
      kind: 'consumer',
      name: 'Marie Martin',
      countryCode: 'FR',
      billingAddress: lyon,
    };
    const result = issue({ ...draft, customer: consumer }, options);
    expect(result.document.dueDate).toBeUndefined();
    expect(result.legalMentions).toEqual([]);
  });

  it('states an agreed late-penalty rate and an escompte', () => {
    const result = issue(draft, {
      ...options,
      latePenaltyRate: '9.5',
      escompte: { rate: '2', withinDays: 10 },
    });
    expect(result.legalMentions.map((mention) => mention.text)).toEqual([
      `Date d'échéance${NBSP}: 01/04/2026`,
      `Escompte de 2${NBSP}% pour paiement dans les 10 jours suivant la date de facture.`,
      `En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux annuel de 9,5${NBSP}%.`,
      INDEMNITY,
    ]);
  });

  it("states a public buyer's moratory interest at ECB + 8 points, and refuses an agreed rate", () => {
    const publicBuyer: Customer = {
      ...customer,
      kind: 'publicBuyer',
      paymentTerm: { kind: 'publicBuyer', category: 'stateOrLocalAuthority' },
    };
    const result = issue({ ...draft, customer: publicBuyer }, options);
    // 2.15 + 8 = 10.15
    expect(
      result.legalMentions.find((mention) => mention.id === 'latePenaltyRate')?.text,
    ).toContain(`10,15${NBSP}%`);
    expect(
      caughtTpeError(() =>
        issue({ ...draft, customer: publicBuyer }, { ...options, latePenaltyRate: '12' }),
      ).issues[0],
    ).toMatchObject({ path: ['options', 'latePenaltyRate'], code: 'not_allowed_for_public_buyer' });
  });

  it('accepts a seller under the franchise en base with its mention on the lines', () => {
    const franchise = {
      ...draft,
      seller: { ...seller, vatNumber: undefined, vatRegime: 'franchiseEnBase' as const },
      lines: draft.lines.map((line) => ({ ...line, vat: lineVat('franchiseEnBase') })),
    };
    const result = issue(franchise, options);
    expect(result.totals.vatTotal).toBe('0.00');
    const bare = {
      ...franchise,
      lines: draft.lines.map((line) => ({ ...line, vat: { category: 'E' as const, rate: '0' } })),
    };
    expect(caughtTpeError(() => issue(bare, options)).details).toMatchObject({
      missing: expect.arrayContaining(['vatFranchiseMention']),
    });
  });

  it('needs the buyer VAT number under reverse charge', () => {
    const reverse = {
      ...draft,
      lines: draft.lines.map((line) => ({ ...line, vat: lineVat('reverseCharge') })),
    };
    expect(caughtTpeError(() => issue(reverse, options)).details).toEqual({
      missing: ['buyerVatNumber'],
      invalid: [],
    });
    const withNumber = { ...reverse, customer: { ...customer, vatNumber: 'FR96552100554' } };
    expect(issue(withNumber, options).warnings).toEqual([]);
  });

  it('states the option for VAT on debits on an invoice of services', () => {
    const debits = { ...draft, seller: { ...seller, vatOnDebits: true } };
    expect(issue(debits, options).legalMentions.at(-1)?.text).toBe(
      "Option pour le paiement de la taxe d'après les débits",
    );
  });

  it('checks the reform mentions from 2026-09-01: the buyer SIREN', () => {
    const autumn = { ...options, asOf: '2026-09-15', latePenaltyRate: '12' };
    expect(issue(draft, autumn).warnings).toEqual([]);
    const noBuyerSiren = { ...draft, customer: { ...customer, siren: undefined } };
    expect(caughtTpeError(() => issue(noBuyerSiren, autumn)).details).toEqual({
      missing: ['buyerSiren'],
      invalid: [],
    });
    // The shipped ECB table stops before 2026-07-01: the statutory rate is unknown.
    expect(caughtTpeError(() => issue(draft, { ...options, asOf: '2026-09-15' })).code).toBe(
      'RATE_UNKNOWN',
    );
  });
});

describe('issue — the statutory late-penalty rate, as a figure or by its rule', () => {
  const autumn = { ...options, asOf: '2026-09-15' };
  const publicBuyer: Customer = {
    ...customer,
    kind: 'publicBuyer',
    paymentTerm: { kind: 'publicBuyer', category: 'stateOrLocalAuthority' },
  };
  const penaltyOf = (result: ReturnType<typeof issue>): LegalMention | undefined =>
    result.legalMentions.find((mention) => mention.id === 'latePenaltyRate');

  it('states the figure by default, and needs a table reaching the half-year', () => {
    expect(penaltyOf(issue(draft, options))?.text).toBe(B2B_PENALTY);
    expect(caughtTpeError(() => issue(draft, autumn)).code).toBe('RATE_UNKNOWN');
    expect(
      caughtTpeError(() => issue(draft, { ...autumn, statutoryPenaltyMention: 'rate' })).code,
    ).toBe('RATE_UNKNOWN');
    // A table confirmed up to 1 July 2026, the ECB rate unchanged: 2.15 + 10 = 12.15 %.
    const tables = {
      ecbMainRefinancingRates: { ...DEFAULT_ECB_RATE_TABLE, validUntil: '2026-07-01' },
    };
    const result = issue(draft, { ...autumn, tables });
    expect(penaltyOf(result)?.text).toBe(B2B_PENALTY);
    expect(result.warnings).toEqual([]);
  });

  it('states the rule of L441-10 II between businesses, without any table', () => {
    const result = issue(draft, { ...autumn, statutoryPenaltyMention: 'rule' });
    expect(penaltyOf(result)).toEqual({
      id: 'latePenaltyRate',
      text: "En cas de retard de paiement, des pénalités sont exigibles dès le jour suivant la date de paiement figurant sur la facture, sans qu'un rappel soit nécessaire, au taux d'intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente majoré de 10 points de pourcentage.",
      article: 'C. com. L441-9 I; L441-10 II',
      verbatim: false,
    });
    // The mention check reads the clause as stating the rate.
    expect(result.warnings).toEqual([]);
    expect(result.legalMentions.map((mention) => mention.id)).toEqual([
      'paymentDate',
      'escompteConditions',
      'latePenaltyRate',
      'recoveryIndemnity',
    ]);
  });

  it("states a public buyer's moratory interest by the rule of R2192-31, + 8 points", () => {
    const result = issue(
      { ...draft, customer: publicBuyer },
      { ...autumn, statutoryPenaltyMention: 'rule' },
    );
    expect(penaltyOf(result)).toEqual({
      id: 'latePenaltyRate',
      text: "En cas de retard de paiement, des intérêts moratoires sont dus de plein droit, sans qu'une demande soit nécessaire, au taux d'intérêt appliqué par la Banque centrale européenne à ses opérations principales de refinancement les plus récentes, en vigueur au premier jour du semestre de l'année civile au cours duquel les intérêts moratoires ont commencé à courir, majoré de 8 points de pourcentage.",
      article: 'C. com. L441-9 I; CCP R2192-31',
      verbatim: false,
    });
    expect(result.warnings).toEqual([]);
  });

  it('keeps an agreed rate as a figure, and writes nothing for a consumer', () => {
    const agreed = issue(draft, {
      ...autumn,
      statutoryPenaltyMention: 'rule',
      latePenaltyRate: '15',
    });
    expect(penaltyOf(agreed)?.text).toContain(`au taux annuel de 15${NBSP}%.`);
    const consumer: Customer = {
      id: 'c-2',
      kind: 'consumer',
      name: 'Marie Martin',
      countryCode: 'FR',
      billingAddress: lyon,
    };
    const result = issue(
      { ...draft, customer: consumer },
      { ...autumn, statutoryPenaltyMention: 'rule' },
    );
    expect(result.legalMentions).toEqual([]);
  });

  it('changes nothing else of the document', () => {
    const byRule = issue(draft, { ...options, statutoryPenaltyMention: 'rule' });
    const byRate = issue(draft, options);
    expect(byRule.document).toEqual(byRate.document);
    expect(byRule.legalMentions.filter((mention) => mention.id !== 'latePenaltyRate')).toEqual(
      byRate.legalMentions.filter((mention) => mention.id !== 'latePenaltyRate'),
    );
  });

  it('refuses another way of stating it', () => {
    const error = caughtTpeError(() =>
      issue(draft, { ...options, statutoryPenaltyMention: 'figure' as 'rate' }),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.path).toEqual(['options', 'statutoryPenaltyMention']);
  });
});

describe('issue — the input read quickly or by the schemas', () => {
  /** An address the schemas read, but not the quick reading: not a plain object. */
  class PostalAddress {
    readonly lines = ['12 rue des Lilas'];
    readonly postalCode = '69003';
    readonly city = 'Lyon';
    readonly countryCode = 'FR';
  }

  it('gives the same result either way, to the order of the keys', () => {
    const quick = issue(draft, options);
    const bySchema = issue(
      { ...draft, seller: { ...seller, address: new PostalAddress() } },
      options,
    );
    expect(bySchema).toEqual(quick);
    expect(JSON.stringify(bySchema.document)).toBe(JSON.stringify(quick.document));
    expect(JSON.stringify(bySchema.sequence)).toBe(JSON.stringify(quick.sequence));
  });

  it('writes the keys in the order of the schemas, whatever their order in the draft', () => {
    const { document } = issue(
      {
        lines: draft.lines,
        customer,
        seller,
        currency: 'EUR',
        status: 'draft',
        kind: 'invoice',
        id: 'inv-1',
      },
      options,
    );
    expect(Object.keys(document)).toEqual([
      'id',
      'status',
      'seller',
      'customer',
      'kind',
      'currency',
      'lines',
      'number',
      'issueDate',
      'dueDate',
      'paymentTerm',
      'previousHash',
      'hash',
    ]);
    // The seller gives its VAT number before its registration; the schema, after.
    expect(Object.keys(document.seller)).toEqual([
      'legalName',
      'legalForm',
      'shareCapital',
      'siren',
      'registration',
      'vatNumber',
      'address',
      'vatRegime',
    ]);
  });

  it('freezes its own copy, neither the draft nor the series', () => {
    const sequence = structuredClone(invoices);
    const open = structuredClone(draft);
    const result = issue(open, { ...options, sequence });
    expect(Object.isFrozen(result.document.seller.address.lines)).toBe(true);
    expect(Object.isFrozen(open.seller.address.lines)).toBe(false);
    expect(Object.isFrozen(open.lines[0])).toBe(false);
    expect(result.document.lines[0]).not.toBe(open.lines[0]);
    expect(result.sequence.format).not.toBe(sequence.format);
  });
});

describe('issue — bad input', () => {
  it.each([
    ['no options', draft, null, ['options']],
    ['a bad day', draft, { ...options, asOf: '2026-02-30' }, ['options', 'asOf']],
    [
      'a bad previous hash',
      draft,
      { ...options, previousHash: 'abc' },
      ['options', 'previousHash'],
    ],
    ['force as text', draft, { ...options, force: 'yes' }, ['options', 'force']],
    ['an unknown option', draft, { ...options, sequnce: invoices }, ['options']],
    [
      'a bad sequence',
      draft,
      { ...options, sequence: { ...invoices, nextCounter: 0 } },
      ['options', 'sequence', 'nextCounter'],
    ],
    ['no draft', null, options, ['draft']],
    ['a draft with an unknown field', { ...draft, total: '186.00' }, options, ['draft']],
    [
      'a negative price',
      { ...draft, lines: [{ ...(draft.lines[0] as object), unitPrice: '-1' }] },
      options,
      ['draft', 'lines', 0, 'unitPrice'],
    ],
  ])('refuses %s with INVALID_INPUT', (_name, document, settings, path) => {
    const error = caughtTpeError(() =>
      issue(document as CommercialDocument, settings as IssueOptions),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.path).toEqual(path);
  });
});

describe('issue — properties', () => {
  it('any sequence of issues yields a gapless chronological series and a register that verifies', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: -5, max: 20 }), fc.constantFrom('invoice', 'creditNote')),
          {
            minLength: 1,
            maxLength: 5,
          },
        ),
        (steps) => {
          const series: Record<string, NumberingSequence> = {
            invoice: { ...invoices, nextCounter: 1, lastIssueDate: undefined },
            creditNote: { ...creditNotes, nextCounter: 1 },
          };
          const register: CommercialDocument[] = [];
          let day = '2026-01-10';
          for (const [move, kind] of steps) {
            const asOf = addDays(day, move);
            const base =
              kind === 'invoice'
                ? draft
                : {
                    ...draft,
                    kind,
                    precedingInvoices: [{ number: 'F2026-000001', issueDate: '2026-01-02' }],
                  };
            const sequence = series[kind] as NumberingSequence;
            const previousHash = register.at(-1)?.hash ?? REGISTER_GENESIS_HASH;
            if (sequence.lastIssueDate !== undefined && asOf < sequence.lastIssueDate) {
              expect(caughtTpeError(() => issue(base, { sequence, asOf, previousHash })).code).toBe(
                'NUMBERING_BACKWARDS',
              );
              continue;
            }
            const result = issue(
              { ...base, id: `d-${register.length}` },
              { sequence, asOf, previousHash },
            );
            series[kind] = result.sequence;
            register.push(result.document);
            day = asOf > day ? asOf : day;
          }
          expect(verifyRegister(register).valid).toBe(true);
          for (const [kind, prefix] of [
            ['invoice', 'F'],
            ['creditNote', 'AV'],
          ] as const) {
            const own = register.filter((document) => document.kind === kind);
            expect(own.map((document) => document.number)).toEqual(
              own.map((_document, index) => `${prefix}2026-${String(index + 1).padStart(6, '0')}`),
            );
            const dates = own.map((document) => document.issueDate ?? '');
            expect([...dates].sort()).toEqual(dates);
          }
        },
      ),
    );
  });
});
