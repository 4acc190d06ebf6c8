import {
  type CommercialDocument,
  type Customer,
  type DocumentLine,
  type IssueOptions,
  issue,
  lineVat,
  type Seller,
} from '@tpe/invoicing';
import type { LegalMention } from '@tpe/legal-fr';

/**
 * Documents of the `@tpe/invoicing` model covering every case the e-invoice
 * writers map, issued by `issue` (number, due date, payment sentences,
 * mention check), for the tests and the official validators.
 */

const lyon = { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' };

/** A company under the normal VAT regime, with everything a seller may state. */
export const companySeller: Seller = {
  legalName: 'Atelier Dupont',
  tradeName: 'Dupont Mobilier',
  legalForm: 'SARL',
  legalStatus: 'company',
  shareCapital: '10000',
  siren: '732829320',
  siret: '73282932000017',
  registration: { register: 'RCS', city: 'Lyon' },
  vatNumber: 'FR44732829320',
  address: { ...lyon, lines: ['12 rue des Lilas', 'Bâtiment B'] },
  email: 'facturation@dupont-mobilier.fr',
  phone: '04 78 00 00 00',
  bankAccount: {
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPP',
    accountName: 'Atelier Dupont',
  },
  vatRegime: 'normal',
};

/** A company seller without contacts, account name or BIC: what the BASIC profile carries. */
export const plainSeller: Seller = {
  legalName: 'Dupont Services',
  legalForm: 'SAS',
  shareCapital: '5000',
  registration: { register: 'RCS', city: 'Lyon' },
  siren: '383474814',
  vatNumber: 'FR89383474814',
  address: lyon,
  bankAccount: { iban: 'FR7630006000011234567890189' },
  vatRegime: 'normal',
};

/** A craftsman micro-entrepreneur under the franchise en base: no VAT number. */
export const franchiseSeller: Seller = {
  legalName: 'Jeanne Martin',
  legalForm: 'EI',
  legalStatus: 'individualEntrepreneur',
  registration: { register: 'RM', city: 'Lyon' },
  siren: '443061841',
  address: { lines: ['5 rue Mercière'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'franchiseEnBase',
};

/** A French business customer with SIREN, SIRET and VAT number, delivered elsewhere. */
export const businessCustomer: Customer = {
  id: 'C-001',
  kind: 'business',
  name: 'Client SAS',
  countryCode: 'FR',
  siren: '552100554',
  siret: '55210055400013',
  vatNumber: 'FR96552100554',
  billingAddress: {
    lines: ['2 place Bellecour'],
    postalCode: '69002',
    city: 'Lyon',
    countryCode: 'FR',
  },
  deliveryAddress: {
    lines: ['ZI des Échets', 'Quai 4'],
    postalCode: '01700',
    city: 'Miribel',
    countryCode: 'FR',
  },
  email: 'compta@client-sas.fr',
};

/** A French business customer with only its SIREN and VAT number. */
export const plainCustomer: Customer = {
  id: 'C-002',
  kind: 'business',
  name: 'Boulangerie Petit',
  countryCode: 'FR',
  siren: '542065479',
  vatNumber: 'FR82542065479',
  billingAddress: {
    lines: ['8 rue Victor Hugo'],
    postalCode: '69002',
    city: 'Lyon',
    countryCode: 'FR',
  },
};

/** A German business customer: an intra-EU supply. */
export const germanCustomer: Customer = {
  id: 'C-DE-01',
  kind: 'business',
  name: 'Möbelhaus Schmidt GmbH',
  countryCode: 'DE',
  vatNumber: 'DE123456789',
  billingAddress: {
    lines: ['Hauptstraße 1'],
    postalCode: '10115',
    city: 'Berlin',
    countryCode: 'DE',
  },
  email: 'rechnung@schmidt.de',
};

const swissCustomer: Customer = {
  id: 'C-CH-01',
  kind: 'business',
  name: 'Meubles Favre SA',
  countryCode: 'CH',
  billingAddress: {
    lines: ['Rue du Rhône 10'],
    postalCode: '1204',
    city: 'Genève',
    countryCode: 'CH',
  },
  email: 'factures@favre.ch',
};

/** A French public buyer, with its service code and engagement number. */
export const publicBuyer: Customer = {
  id: 'C-PUB-01',
  kind: 'publicBuyer',
  name: 'Direction interministérielle du numérique',
  countryCode: 'FR',
  siren: '130025265',
  siret: '13002526500013',
  billingAddress: {
    lines: ['20 avenue de Ségur'],
    postalCode: '75007',
    city: 'Paris',
    countryCode: 'FR',
  },
  publicBuyer: {
    serviceCode: 'SERV-NUM-01',
    engagementNumber: 'EJ-2026-000123',
    category: 'stateOrLocalAuthority',
  },
};

/** A consumer in France. */
export const consumer: Customer = {
  id: 'C-100',
  kind: 'consumer',
  name: 'Paul Bernard',
  countryCode: 'FR',
  billingAddress: {
    lines: ['3 impasse des Roses'],
    postalCode: '69100',
    city: 'Villeurbanne',
    countryCode: 'FR',
  },
  email: 'paul.bernard@example.fr',
};

const chair: DocumentLine = {
  id: '1',
  itemReference: 'CHAISE-01',
  label: 'Chaise en chêne',
  description: 'Chaise en chêne massif, assise paillée',
  quantity: '4',
  unitCode: 'C62',
  unitPrice: '89.90',
  grossPrice: '99.90',
  priceDiscount: '10.00',
  allowances: [{ percent: '5', baseAmount: '359.60', reason: 'Remise quantité', reasonCode: '95' }],
  vat: { category: 'S', rate: '20' },
  nature: 'goods',
};

const books: DocumentLine = {
  id: '2',
  label: 'Livre « Le bois »',
  quantity: '3',
  unitCode: 'C62',
  unitPrice: '24.50',
  vat: { category: 'S', rate: '5.5' },
  nature: 'goods',
};

const varnish: DocumentLine = {
  id: '3',
  label: 'Vernis (litre)',
  quantity: '2.500000',
  unitCode: 'LTR',
  unitPrice: '18.333333',
  priceBaseQuantity: '1',
  charges: [{ amount: '4.00', reason: 'Conditionnement' }],
  vat: { category: 'S', rate: '10' },
  nature: 'goods',
};

const assembly: DocumentLine = {
  id: '10',
  label: 'Montage sur site',
  quantity: '6',
  unitCode: 'HUR',
  unitPrice: '55',
  vat: { category: 'S', rate: '20' },
  nature: 'service',
  period: { start: '2026-02-16', end: '2026-02-20' },
};

const base = {
  currency: 'EUR',
  status: 'draft',
  issueDate: '2026-03-02',
  dueDate: '2026-04-01',
} as const;

/** One issued document and how to write it. */
export interface SampleInvoice {
  /** A file name without extension. */
  readonly name: string;
  readonly document: CommercialDocument;
  /** The payment sentences `issue` returned; none when the writers are to write their own. */
  readonly mentions?: readonly LegalMention[];
  /** A French invoice between businesses: the French reform rules apply. */
  readonly frenchB2b: boolean;
}

/** How a sample draft is issued. */
interface SampleDraft {
  readonly name: string;
  readonly frenchB2b: boolean;
  readonly draft: CommercialDocument;
  /** The number pattern and counter of its series, e.g. `F{YYYY}-{counter}` and 101 → F2026-000101. */
  readonly series: {
    readonly pattern: string;
    readonly padding?: number;
    readonly counter: number;
  };
  /** Options of `issue` beyond the series and the day. */
  readonly options?: Partial<IssueOptions>;
  /** `false` to let the writers write the payment sentences themselves. */
  readonly passMentions?: boolean;
}

function issued(sample: SampleDraft): SampleInvoice {
  const { draft, series } = sample;
  const result = issue(draft, {
    sequence: {
      seriesId: series.pattern,
      format: { pattern: series.pattern, padding: series.padding ?? 6 },
      nextCounter: series.counter,
      resetsYearly: true,
    },
    asOf: draft.issueDate ?? '',
    ...sample.options,
  });
  return {
    name: sample.name,
    frenchB2b: sample.frenchB2b,
    document: result.document,
    ...(sample.passMentions === false ? {} : { mentions: result.legalMentions }),
  };
}

const invoices = { pattern: 'F{YYYY}-{counter}' };

const drafts: readonly SampleDraft[] = [
  {
    name: 'invoice-goods-multirate',
    frenchB2b: true,
    series: { ...invoices, counter: 101 },
    draft: {
      ...base,
      id: 'inv-1',
      kind: 'invoice',
      seller: companySeller,
      customer: businessCustomer,
      orderReference: 'PO-7781',
      deliveryDate: '2026-02-27',
      lines: [chair, books, varnish],
      allowances: [
        {
          amount: '10.00',
          reason: 'Remise fidélité',
          reasonCode: '95',
          vat: { category: 'S', rate: '20' },
        },
      ],
      charges: [
        {
          amount: '15.00',
          reason: 'Frais de port',
          reasonCode: 'FC',
          vat: { category: 'S', rate: '20' },
        },
      ],
      notes: ['Merci de votre confiance.'],
    },
  },
  {
    name: 'invoice-services-vat-on-debits',
    frenchB2b: true,
    series: { ...invoices, counter: 102 },
    draft: {
      ...base,
      id: 'inv-2',
      kind: 'invoice',
      seller: { ...companySeller, vatOnDebits: true },
      customer: plainCustomer,
      lines: [assembly],
    },
  },
  {
    name: 'invoice-mixed-agreed-terms',
    frenchB2b: true,
    options: { latePenaltyRate: '12', escompte: { rate: '2', withinDays: 10 } },
    series: { ...invoices, counter: 103 },
    draft: {
      ...base,
      id: 'inv-3',
      kind: 'invoice',
      seller: companySeller,
      customer: businessCustomer,
      deliveryDate: '2026-02-20',
      lines: [chair, assembly],
    },
  },
  {
    name: 'credit-note',
    frenchB2b: true,
    series: { pattern: 'AV{YYYY}-{counter}', counter: 7 },
    draft: {
      ...base,
      id: 'cn-1',
      kind: 'creditNote',
      issueDate: '2026-03-10',
      dueDate: '2026-03-10',
      seller: companySeller,
      customer: businessCustomer,
      precedingInvoices: [{ number: 'F2026-000101', issueDate: '2026-03-02' }],
      links: [{ documentId: 'inv-1', relation: 'credits' }],
      lines: [{ ...chair, id: '1', quantity: '1', allowances: [] }],
    },
  },
  {
    name: 'deposit-invoice',
    passMentions: false,
    frenchB2b: true,
    series: { ...invoices, counter: 90 },
    draft: {
      ...base,
      id: 'dep-1',
      kind: 'depositInvoice',
      issueDate: '2026-02-02',
      dueDate: '2026-02-02',
      seller: companySeller,
      customer: businessCustomer,
      orderReference: 'PO-7781',
      lines: [
        {
          id: '1',
          label: 'Acompte de 30 % sur la commande PO-7781',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '300.00',
          vat: { category: 'S', rate: '20' },
          nature: 'goods',
        },
      ],
    },
  },
  {
    name: 'final-invoice-after-deposit',
    frenchB2b: true,
    series: { ...invoices, counter: 104 },
    draft: {
      ...base,
      id: 'inv-4',
      kind: 'invoice',
      seller: companySeller,
      customer: businessCustomer,
      orderReference: 'PO-7781',
      deliveryDate: '2026-02-27',
      lines: [
        { ...chair, allowances: [] },
        { ...assembly, id: '2' },
      ],
      deductedDeposits: [
        { documentId: 'dep-1', number: 'F2026-000090', issueDate: '2026-02-02', amount: '360.00' },
      ],
      links: [{ documentId: 'dep-1', relation: 'deducts' }],
    },
  },
  {
    name: 'franchise-en-base',
    frenchB2b: true,
    series: { pattern: 'JM-{YYYY}-{counter}', padding: 3, counter: 14 },
    draft: {
      ...base,
      id: 'inv-5',
      kind: 'invoice',
      seller: franchiseSeller,
      customer: plainCustomer,
      lines: [
        {
          id: '1',
          label: "Restauration d'une commode",
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '450',
          vat: lineVat('franchiseEnBase'),
          nature: 'service',
        },
      ],
    },
  },
  {
    name: 'reverse-charge-subcontracting',
    frenchB2b: true,
    series: { ...invoices, counter: 105 },
    draft: {
      ...base,
      id: 'inv-6',
      kind: 'invoice',
      seller: companySeller,
      customer: plainCustomer,
      lines: [
        {
          ...assembly,
          id: '1',
          label: 'Pose de menuiseries (sous-traitance BTP)',
          vat: lineVat('reverseCharge'),
        },
      ],
    },
  },
  {
    name: 'public-buyer',
    passMentions: false,
    frenchB2b: true,
    series: { ...invoices, counter: 106 },
    draft: {
      ...base,
      id: 'inv-7',
      kind: 'invoice',
      seller: companySeller,
      customer: publicBuyer,
      lines: [{ ...chair, allowances: [] }],
    },
  },
  {
    name: 'out-of-scope-indemnity',
    frenchB2b: true,
    series: { ...invoices, counter: 107 },
    draft: {
      ...base,
      id: 'inv-8',
      kind: 'invoice',
      seller: companySeller,
      customer: plainCustomer,
      lines: [
        {
          id: '1',
          label: 'Indemnité forfaitaire pour frais de recouvrement (facture F2025-000950)',
          quantity: '1',
          unitCode: 'C62',
          unitPrice: '40',
          vat: lineVat('outOfScope'),
          nature: 'service',
        },
      ],
    },
  },
  {
    name: 'intra-eu-supply',
    frenchB2b: false,
    series: { ...invoices, counter: 108 },
    draft: {
      ...base,
      id: 'inv-9',
      kind: 'invoice',
      seller: companySeller,
      customer: germanCustomer,
      deliveryDate: '2026-02-25',
      lines: [{ ...chair, vat: lineVat('intraCommunitySupplyOfGoods') }],
    },
  },
  {
    name: 'export',
    frenchB2b: false,
    series: { ...invoices, counter: 109 },
    draft: {
      ...base,
      id: 'inv-10',
      kind: 'invoice',
      seller: companySeller,
      customer: swissCustomer,
      deliveryDate: '2026-02-25',
      lines: [{ ...books, vat: lineVat('export') }],
    },
  },
  {
    name: 'consumer',
    frenchB2b: false,
    series: { ...invoices, counter: 110 },
    draft: {
      ...base,
      id: 'inv-11',
      kind: 'invoice',
      seller: companySeller,
      customer: consumer,
      lines: [books, { ...assembly, id: '3', period: undefined }],
    },
  },
];

/** The documents written with the EN 16931 profile (and in UBL). */
export const sampleInvoices: readonly SampleInvoice[] = drafts.map(issued);

/** A plain invoice the BASIC, BASIC WL and MINIMUM profiles carry whole. */
export const plainInvoice: CommercialDocument = issued({
  name: 'plain',
  frenchB2b: true,
  series: { ...invoices, counter: 120 },
  draft: {
    ...base,
    id: 'inv-20',
    kind: 'invoice',
    seller: plainSeller,
    customer: plainCustomer,
    lines: [
      { ...books, id: '1' },
      { ...assembly, id: '2', period: undefined },
    ],
    allowances: [
      { percent: '2', baseAmount: '330.00', reason: 'Remise', vat: { category: 'S', rate: '20' } },
    ],
  },
}).document;

/** The options to write a sample with: its payment sentences, when not the default ones. */
export function writerOptionsOf(sample: SampleInvoice): {
  readonly mentions?: readonly LegalMention[];
} {
  return sample.mentions === undefined ? {} : { mentions: sample.mentions };
}

/** The sample of that name. */
export function sampleNamed(name: string): SampleInvoice {
  const found = sampleInvoices.find((entry) => entry.name === name);
  if (found === undefined) throw new Error(`No sample invoice named ${name}`);
  return found;
}
