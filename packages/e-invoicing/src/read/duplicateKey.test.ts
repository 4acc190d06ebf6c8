import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKey } from './duplicateKey.js';
import { FRENCH_SELLER, frenchUblInvoice, validatorFile } from './internal/testFiles.js';
import type { ReceivedInvoice } from './ReceivedInvoice.js';
import { readInvoice } from './readInvoice.js';
import { readInvoiceXml } from './readInvoiceXml.js';

const seller = { name: 'Grossiste SA', identifiers: [] } as const;

function invoiceOf(parts: Partial<ReceivedInvoice>): ReceivedInvoice {
  return { number: 'FA-1', issueDate: '2026-03-02', seller, ...parts } as ReceivedInvoice;
}

describe('duplicateKey', () => {
  it('gives the same key to the same invoice in CII and in UBL', async () => {
    const cii = await readInvoice(
      validatorFile('artifacts/en16931-cii/cii/examples/CII_example4.xml'),
    );
    const ubl = await readInvoice(
      validatorFile('artifacts/en16931-ubl/examples/ubl-tc434-example4.xml'),
    );
    expect(duplicateKey(cii)).toBe('VAT:DK16356706|TOSL110|2013-04-10');
    expect(duplicateKey(ubl)).toBe(duplicateKey(cii));
  });

  it('gives the same key to a Factur-X PDF and to its XML', async () => {
    const pdf = await readInvoice(
      validatorFile('artifacts/factur-x/tests/fixtures/pdf/invoice_EN16931.pdf'),
    );
    const xml = await readInvoice(
      validatorFile('artifacts/factur-x/tests/fixtures/xml/factur-x-en16931.xml'),
    );
    expect(duplicateKey(pdf)).toBe('SIREN:123456782|F20260023|2026-01-31');
    expect(duplicateKey(xml)).toBe(duplicateKey(pdf));
  });

  it('names the seller by its SIREN, even when only its French VAT number gives it', () => {
    const withSiren = readInvoiceXml(frenchUblInvoice());
    const vatOnly = readInvoiceXml(
      frenchUblInvoice({
        sellerParty: FRENCH_SELLER.replace(' schemeID="0002">732829320<', '>X<'),
      }),
    );
    expect(vatOnly.seller.siren).toBeUndefined();
    expect(duplicateKey(withSiren)).toBe('SIREN:732829320|FA-2026-0042|2026-03-02');
    expect(duplicateKey(vatOnly)).toBe(duplicateKey(withSiren));
  });

  it('falls back on the VAT number, an identifier with its scheme, then the name', () => {
    expect(duplicateKey(invoiceOf({ seller: { ...seller, vatNumber: 'DE123456789' } }))).toBe(
      'VAT:DE123456789|FA-1|2026-03-02',
    );
    expect(
      duplicateKey(
        invoiceOf({
          seller: { ...seller, identifiers: [{ id: '5790 0004 36101', scheme: '0088' }] },
        }),
      ),
    ).toBe('ID:0088:5790000436101|FA-1|2026-03-02');
    expect(duplicateKey(invoiceOf({ seller: { ...seller, name: '  Grossiste\tSA ' } }))).toBe(
      'NAME:grossiste sa|FA-1|2026-03-02',
    );
  });

  it('escapes the separator inside a part', () => {
    expect(duplicateKey(invoiceOf({ number: 'A|B%C' }))).toBe(
      'NAME:grossiste sa|A%7CB%25C|2026-03-02',
    );
  });

  it('ignores the case and the white space of the number', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9-]{1,12}$/),
        fc.array(fc.nat(), { maxLength: 4 }),
        (number, cuts) => {
          const spaced = cuts.reduce(
            (text, cut) =>
              `${text.slice(0, cut % (text.length + 1))} ${text.slice(cut % (text.length + 1))}`,
            number.toLowerCase(),
          );
          expect(duplicateKey(invoiceOf({ number: spaced }))).toBe(
            duplicateKey(invoiceOf({ number: number.toUpperCase() })),
          );
        },
      ),
    );
  });

  it('refuses an invoice without number, date or seller', () => {
    for (const invoice of [
      invoiceOf({ number: '' }),
      invoiceOf({ issueDate: '2026-02-30' }),
      { number: 'FA-1', issueDate: '2026-03-02' },
      undefined,
    ]) {
      expect(() => duplicateKey(invoice as ReceivedInvoice)).toThrowError(
        expect.objectContaining({ code: 'INVALID_INPUT' }),
      );
    }
  });
});
