import { describe, expect, it } from 'vitest';
import { invoiceTermsOf } from '../../../mapping/invoiceTermsOf.js';
import { sampleNamed } from '../../../validation/sampleInvoices.js';
import { invoiceViewOf } from './invoiceViewOf.js';

function viewOf(name: string) {
  const sample = sampleNamed(name);
  return invoiceViewOf(invoiceTermsOf(sample.document, sample.mentions), sample.document);
}

/** French figures as `Intl` writes them, with a plain space where it puts a narrow one. */
function plain(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, ' ');
}

describe('invoiceViewOf', () => {
  it('lists the dates, order and category beside the title, in print order', () => {
    const view = viewOf('invoice-goods-multirate');
    expect([view.title, view.number]).toEqual(['Facture', 'F2026-000101']);
    expect(view.facts).toEqual([
      { label: "Date d'émission", value: '02/03/2026' },
      { label: 'Date de livraison', value: '27/02/2026' },
      { label: 'Échéance', value: '01/04/2026' },
      { label: 'Commande n°', value: 'PO-7781' },
      { label: 'Opération', value: 'Livraison de biens' },
    ]);
    expect(view.showsReferences).toBe(true);
  });

  it('totals the multi-rate invoice as computeDocumentTotals does, the amount due last', () => {
    const rows = viewOf('invoice-goods-multirate').totals.map((row) => [
      row.label,
      plain(row.amount),
      row.strong,
    ]);
    // 464.95 − 10.00 + 15.00 = 469.95; VAT 4.04 + 4.98 + 69.32 = 78.34; 469.95 + 78.34 = 548.29.
    expect(rows).toEqual([
      ['Total HT des lignes', '464,95 €', false],
      ['Remises', '−10,00 €', false],
      ['Frais', '+15,00 €', false],
      ['Total HT', '469,95 €', false],
      ['Total TVA', '78,34 €', false],
      ['Total TTC', '548,29 €', true],
      ['Net à payer', '548,29 €', false],
    ]);
  });

  it('shows the exemption reason under its category, not when it only repeats it', () => {
    expect(viewOf('franchise-en-base').vat).toEqual([
      {
        label: 'Exonération',
        base: '450,00\u00a0€',
        vat: '0,00\u00a0€',
        reason: 'TVA non applicable, art. 293 B du CGI',
      },
    ]);
    expect(
      viewOf('reverse-charge-subcontracting').vat.map((row) => [row.label, row.reason]),
    ).toEqual([['Autoliquidation', undefined]]);
  });

  it('puts the payment sentences apart from the free notes, in the order of the e-invoice notes', () => {
    const view = viewOf('invoice-goods-multirate');
    expect(view.notes).toEqual(['Merci de votre confiance.']);
    expect(view.mentions.map((mention) => mention.slice(0, 30))).toEqual([
      "Pas d'escompte pour paiement a",
      'En cas de retard de paiement, ',
      'Indemnité forfaitaire pour fra',
    ]);
    expect(view.payment.map(plain)).toEqual([
      "Date d'échéance : 01/04/2026",
      'Règlement par virement SEPA : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP',
      'Titulaire du compte : Atelier Dupont',
      'Référence à rappeler : F2026-000101',
    ]);
  });

  it('gives a credit note no payment means and its corrected invoice', () => {
    const view = viewOf('credit-note');
    expect(view.title).toBe('Avoir');
    expect(view.references).toEqual([
      'Avoir se rapportant à la facture n° F2026-000101 du 02/03/2026',
    ]);
    expect(view.payment.map(plain)).toEqual(["Date d'échéance : 10/03/2026"]);
    expect(view.totals.at(-1)?.label).toBe("Montant de l'avoir");
  });

  it('names a public buyer’s references by their names', () => {
    const view = viewOf('public-buyer');
    expect(view.facts.filter((fact) => fact.label !== "Date d'émission")).toEqual([
      { label: 'Échéance', value: '01/04/2026' },
      { label: "N° d'engagement", value: 'EJ-2026-000123' },
      { label: 'Code service', value: 'SERV-NUM-01' },
      { label: 'Opération', value: 'Livraison de biens' },
    ]);
  });
});
