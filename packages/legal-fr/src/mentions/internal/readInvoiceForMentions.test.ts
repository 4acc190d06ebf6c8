import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvoiceMentions } from '../checkInvoiceMentions.js';
import { invoiceForMentionsSchema } from '../InvoiceForMentions.js';
import { checkOptionsSchema, readCheckOptions } from './readCheckOptions.js';
import { readInvoiceForMentions } from './readInvoiceForMentions.js';

/** A valid value most of the time, else missing or of a wrong kind. */
function field<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 100, arbitrary: valid },
    { weight: 10, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.integer(),
        fc.string({ maxLength: 4 }),
        fc.constant(null),
        fc.boolean(),
        fc.constant([]),
      ),
    },
  );
}

/** One of the valid values mostly, sometimes one of the invalid ones. */
function pick(valid: readonly string[], invalid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 100, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...invalid) },
  );
}

const date = pick(['2026-03-02', '2026-09-15', '2024-02-29'], ['2026-02-30', '26-03-02']);
const amount = pick(
  ['100.00', '-12.5', '0', '999999999999999.99', '20.00'],
  ['1.234', '1e3', '', '1000000000000000'],
);
const price = pick(['50', '12.345678', '0.5', '999999999999999.999999'], ['1.2345678', '-1']);
const quantity = pick(['2', '-1', '0.000001', '999999999999'], ['1.0000001', 'x']);
const rate = pick(['20', '5.5', '0', '20.00', '9999.999999'], ['-20', '12345', '2.1234567']);
const text = (maxLength: number) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.string({ maxLength: 8 }) },
    { weight: 1, arbitrary: fc.constant('x'.repeat(maxLength + 1)) },
  );
const identifier = pick(['732829320', 'FR44732829320', ' 732 829 320 '], ['9'.repeat(65)]);
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) =>
  fc.record(model, { requiredKeys: [] });

const line = fc.oneof(
  {
    weight: 40,
    arbitrary: record({
      label: field(text(2000)),
      quantity: field(quantity),
      unitPriceExclVat: field(price),
      vatRate: field(rate),
      nature: field(pick(['goods', 'service'], ['services'])),
      discount: field(amount),
      extra: fc.constant(1),
    }),
  },
  { weight: 1, arbitrary: fc.constant('line') },
);
const invoice = record({
  documentType: field(pick(['invoice', 'creditNote', 'correctiveInvoice'], ['note'])),
  number: field(identifier),
  issueDate: field(date),
  originalInvoice: field(record({ number: field(identifier), issueDate: field(date) })),
  purchaseOrderNumber: field(identifier),
  purchaseOrderIssued: field(fc.boolean()),
  seller: fc.oneof(
    {
      weight: 40,
      arbitrary: record({
        legalName: field(text(2000)),
        legalForm: field(text(2000)),
        legalStatus: field(pick(['company', 'individualEntrepreneur'], ['EI'])),
        shareCapital: field(pick(['10000', '1.5'], ['-1', '1.555'])),
        variableCapital: field(fc.boolean()),
        siren: field(identifier),
        siret: field(identifier),
        registration: field(
          record({
            register: field(pick(['RCS', 'RM'], ['RCSX'])),
            city: field(text(2000)),
          }),
        ),
        registrationNotRequired: field(fc.boolean()),
        vatNumber: field(identifier),
        address: field(text(2000)),
        franchiseEnBase: field(fc.boolean()),
        vatOnDebitsOption: field(fc.boolean()),
      }),
    },
    { weight: 1, arbitrary: fc.constant(undefined) },
  ),
  buyer: fc.oneof(
    {
      weight: 40,
      arbitrary: record({
        name: field(text(2000)),
        kind: pick(['business', 'consumer', 'publicBuyer'], ['company']),
        countryCode: field(pick(['FR', 'DE'], ['fr', 'FRA'])),
        address: field(text(2000)),
        siren: field(identifier),
        vatNumber: field(identifier),
        deliveryAddress: field(text(2000)),
        deliveredElsewhere: field(fc.boolean()),
      }),
    },
    { weight: 1, arbitrary: fc.constant([]) },
  ),
  operationDate: field(date),
  operationCategory: field(pick(['goods', 'services', 'mixed'], ['service'])),
  lines: field(fc.array(line, { maxLength: 3 })),
  allowances: field(
    fc.array(record({ label: field(text(2000)), amount: field(amount), vatRate: field(rate) }), {
      maxLength: 2,
    }),
  ),
  totals: field(
    record({
      totalExclVat: field(amount),
      vatBreakdown: field(
        fc.array(
          record({ rate: field(rate), taxableAmount: field(amount), vatAmount: field(amount) }),
          { maxLength: 2 },
        ),
      ),
      totalVat: field(amount),
      totalInclVat: field(amount),
    }),
  ),
  dueDate: field(date),
  paymentOnReceipt: field(fc.boolean()),
  penaltyRateText: field(text(2000)),
  recoveryIndemnityText: field(text(2000)),
  escompteText: field(text(2000)),
  vatTreatment: field(
    pick(['taxable', 'franchiseEnBase', 'reverseCharge', 'otherExemption', 'export'], ['exempt']),
  ),
  vatMentions: field(fc.array(text(2000), { maxLength: 2 })),
  unknownKey: fc.constant(1),
});

const options = record({
  asOf: field(date),
  reformMentionsFrom: field(date),
  capBase: field(pick(['totalInclVat', 'totalExclVat'], ['total'])),
  capRounding: field(pick(['down', 'halfEven', 'ceiling'], ['halfAway'])),
  requireNoEscompteStatement: field(fc.boolean()),
  individualEntrepreneurMention: field(fc.boolean()),
  paymentMentionsForConsumers: field(fc.boolean()),
  smallInvoiceExemptionTolerance: field(fc.boolean()),
  checkAmounts: field(fc.boolean()),
  unknownKey: fc.constant(1),
});

describe('the fast readers of checkInvoiceMentions', () => {
  it('accept exactly the invoices the schema accepts, and check them as the schema reads them', () => {
    fc.assert(
      fc.property(invoice, (input) => {
        const parsed = invoiceForMentionsSchema.safeParse(input);
        const read = readInvoiceForMentions(input);
        expect(read !== undefined).toBe(parsed.success);
        if (read === undefined || !parsed.success) return;
        // Same findings, fine and trace from the invoice as given and as the schema outputs it.
        const settings = { asOf: '2026-09-15', checkAmounts: true };
        expect(checkInvoiceMentions(read, settings)).toEqual(
          checkInvoiceMentions(parsed.data, settings),
        );
      }),
    );
  });

  it('accept exactly the options the schema accepts', () => {
    fc.assert(
      fc.property(options, (input) => {
        const read = readCheckOptions(input);
        const parsed = checkOptionsSchema.safeParse(input);
        expect(read !== undefined).toBe(parsed.success);
        if (read !== undefined && parsed.success) expect(read).toEqual(parsed.data);
      }),
    );
  });
});
