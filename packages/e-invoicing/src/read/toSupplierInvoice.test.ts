import {
  computeDocumentTotals,
  createSupplierOrder,
  receiveGoods,
  type Seller,
} from '@tpe/invoicing';
import { describe, expect, it } from 'vitest';
import { caughtTpeError } from '../../../../tools/tpeFailure.js';
import { frenchUblInvoice, validatorFile } from './internal/testFiles.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';
import { readInvoice } from './readInvoice.js';
import { readInvoiceXml } from './readInvoiceXml.js';
import { toSupplierInvoice } from './toSupplierInvoice.js';

/** Our business: the buyer of the invoices received. */
const atelier: Seller = {
  legalName: 'Atelier Dupont',
  siren: '383474814',
  vatNumber: 'FR89383474814',
  address: { lines: ['12 rue des Lilas'], postalCode: '69003', city: 'Lyon', countryCode: 'FR' },
  vatRegime: 'normal',
};

describe('toSupplierInvoice', () => {
  it('turns the Factur-X PDF into a supplier invoice whose totals are the ones received', async () => {
    const received = await readInvoice(
      validatorFile('artifacts/factur-x/tests/fixtures/pdf/invoice_EN16931.pdf'),
    );
    const bill = toSupplierInvoice(received, { seller: atelier, id: 'SI-1' });
    expect(bill).toMatchObject({
      id: 'SI-1',
      kind: 'supplierInvoice',
      status: 'received',
      number: 'F20260023',
      issueDate: '2026-01-31',
      currency: 'EUR',
      seller: atelier,
      orderReference: 'PO201925478',
      buyerReference: 'SERVEXEC',
      precedingInvoices: [{ number: 'F20260003', issueDate: '2026-01-01' }],
      supplier: {
        id: 'SIREN:123456782',
        name: 'LE FOURNISSEUR',
        countryCode: 'FR',
        siren: '123456782',
        siret: '12345678200077',
        vatNumber: 'FR11123456782',
        address: {
          lines: ["35 rue d'ici", 'Seller line 2', 'Seller line 3'],
          postalCode: '75018',
          city: 'PARIS',
        },
      },
    });
    expect(bill.lines[1]).toMatchObject({
      id: '2',
      quantity: '3',
      unitPrice: '30',
      priceBaseQuantity: '3',
      vat: { category: 'S', rate: '10' },
      nature: 'goods',
    });
    expect(bill.lines[0]?.vat).toEqual({
      category: 'E',
      rate: '0',
      exemptionReason: 'DEBOURS',
      exemptionCode: 'VATEX-EU-79-C',
    });
    // The model recomputes: line 1: 1 × 60 − 4 + 4 = 60.00; line 2: 3 × 30 ÷ 3 − 5 + 3 = 28.00;
    // line 3: 7.00; 95.00 − 9.00 + 14.00 = 100.00; VAT 2.20 + 2.70 = 4.90.
    const totals = computeDocumentTotals(bill);
    expect([
      totals.lineNetTotal,
      totals.allowanceTotal,
      totals.chargeTotal,
      totals.taxExclusiveAmount,
      totals.vatTotal,
      totals.taxInclusiveAmount,
    ]).toEqual([
      received.totals.lineNetTotal,
      received.totals.allowanceTotal,
      received.totals.chargeTotal,
      received.totals.taxExclusiveAmount,
      received.totals.vatTotal,
      received.totals.taxInclusiveAmount,
    ]);
  });

  it('gives a supplier invoice that matches the supplier order and its goods receipt', () => {
    const supplier = {
      id: 'S-GROSSISTE',
      name: 'Grossiste SA',
      countryCode: 'FR',
      siren: '732829320',
      address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
    };
    const chair = {
      reference: 'REF-1',
      label: 'Chaise',
      unitCode: 'C62',
      unitPrice: '41.50',
      vat: { category: 'S', rate: '20' },
      nature: 'goods',
    } as const;
    const order = createSupplierOrder({
      id: 'PO-1',
      buyer: atelier,
      supplier,
      lines: [{ item: chair, quantity: '12', unitPrice: '41.50' }],
      orderReference: 'PO-2026-007',
    });
    const receipt = receiveGoods(order, [], {
      id: 'GR-1',
      receiptDate: '2026-02-27',
      lines: [{ lineId: order.lines[0]?.id ?? '', quantity: '12' }],
    });
    const received = readInvoiceXml(
      frenchUblInvoice({
        lines: [{ quantity: '12', price: '41.50', amount: '498.00', rate: '20' }],
        breakdown: [{ base: '498.00', vat: '99.60', rate: '20' }],
        totals: { net: '498.00', vat: '99.60', gross: '597.60', due: '597.60' },
      }),
    );
    const bill = toSupplierInvoice(received, { seller: atelier, supplier });
    expect(bill.orderReference).toBe(order.orderReference);
    expect(bill.supplier).toEqual(order.supplier);
    const [billed] = bill.lines;
    const [ordered] = receipt.lines;
    expect([billed?.itemReference, billed?.quantity, billed?.unitPrice]).toEqual([
      ordered?.itemReference,
      ordered?.quantity,
      '41.5',
    ]);
    expect(computeDocumentTotals(bill).amountDue).toBe(received.totals.amountDue);
  });

  it('turns a credit note into a supplier invoice of negative quantities', async () => {
    const received = await readInvoice(
      validatorFile('artifacts/en16931-ubl/examples/ubl-tc434-creditnote1.xml'),
    );
    const bill = toSupplierInvoice(received, { seller: atelier, id: 'SI-2', nature: 'service' });
    expect(bill.supplier).toMatchObject({ id: 'VAT:BE0000000196', vatNumber: 'BE0000000196' });
    expect(bill.lines[0]).toMatchObject({ quantity: '-1', unitPrice: '100.11', nature: 'service' });
    expect(bill.lines[0]?.vat).toEqual({
      category: 'E',
      rate: '0',
      exemptionReason: 'Taxes are not applicable',
    });
    // −1 × 100.11 = −100.11, exempt.
    expect(computeDocumentTotals(bill).taxInclusiveAmount).toBe('-100.11');
  });

  it('swaps the allowances and charges of a credit note so that its totals are negated', async () => {
    const invoice = await readInvoice(
      validatorFile('artifacts/en16931-cii/cii/examples/CII_example5.xml'),
    );
    const credit: ReceivedInvoice = { ...invoice, typeCode: '381', isCreditNote: true };
    const asInvoice = computeDocumentTotals(
      toSupplierInvoice(invoice, { seller: atelier, id: 'A' }),
    );
    const asCredit = computeDocumentTotals(toSupplierInvoice(credit, { seller: atelier, id: 'B' }));
    expect(asInvoice.taxExclusiveAmount).toBe(invoice.totals.taxExclusiveAmount);
    expect(asCredit.taxExclusiveAmount).toBe(`-${invoice.totals.taxExclusiveAmount}`);
    expect(asCredit.vatTotal).toBe(`-${invoice.totals.vatTotal}`);
  });

  it('needs the supplier record when the invoice lacks the seller address', async () => {
    const received = await readInvoice(
      validatorFile('artifacts/factur-x/tests/fixtures/xml/factur-x-minimum.xml'),
    );
    const error = caughtTpeError(() => toSupplierInvoice(received, { seller: atelier }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['supplier', 'address', 'city'] })]),
    );
    const supplier = {
      id: 'S-1',
      name: 'LE FOURNISSEUR',
      countryCode: 'FR',
      address: { lines: ["35 rue d'ici"], postalCode: '75018', city: 'PARIS', countryCode: 'FR' },
    };
    const bill = toSupplierInvoice(received, { seller: atelier, supplier });
    expect([bill.supplier, bill.lines]).toEqual([supplier, []]);
  });

  it('leaves out the identifiers of the seller that the model refuses', () => {
    const received = readInvoiceXml(frenchUblInvoice());
    const wrongSiren: ReceivedInvoice = {
      ...received,
      seller: { ...received.seller, siren: '732829321', email: 'not an e-mail' },
    };
    const bill = toSupplierInvoice(wrongSiren, { seller: atelier, id: 'SI-3' });
    expect(bill.supplier).toEqual({
      id: 'SIREN:732829321',
      name: 'Grossiste SA',
      countryCode: 'FR',
      vatNumber: 'FR44732829320',
      address: { lines: ['5 quai Perrache'], postalCode: '69002', city: 'Lyon', countryCode: 'FR' },
    });
  });

  it('asks for an id when the duplicate key is longer than 64 characters', () => {
    const received = readInvoiceXml(frenchUblInvoice({ number: `FA-${'9'.repeat(40)}` }));
    const error = caughtTpeError(() => toSupplierInvoice(received, { seller: atelier }));
    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [expect.objectContaining({ path: ['options', 'id'], code: 'id_required' })],
    });
    expect(toSupplierInvoice(received, { seller: atelier, id: 'SI-4' }).id).toBe('SI-4');
  });

  it('refuses what the model cannot hold, and arguments of the wrong kind', () => {
    const received = readInvoiceXml(frenchUblInvoice());
    const precise: ReceivedInvoice = {
      ...received,
      lines: received.lines.map((line) => ({ ...line, netPrice: '41.5000001' })),
    };
    const error = caughtTpeError(() => toSupplierInvoice(precise, { seller: atelier, id: 'SI-5' }));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: ['lines', 0, 'unitPrice'] })]),
    );
    expect(caughtTpeError(() => toSupplierInvoice(received, {} as never)).code).toBe(
      'INVALID_INPUT',
    );
    expect(caughtTpeError(() => toSupplierInvoice({} as never, { seller: atelier })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      caughtTpeError(() =>
        toSupplierInvoice(received, { seller: atelier, nature: 'both' } as never),
      ).code,
    ).toBe('INVALID_INPUT');
  });

  it('leaves the received invoice untouched', () => {
    const received = readInvoiceXml(frenchUblInvoice());
    const copy = structuredClone(received);
    toSupplierInvoice(received, { seller: atelier, id: 'SI-6' });
    expect(received).toEqual(copy);
  });
});
