/**
 * What the printed invoice shows, as text already written the French way:
 * the page layout draws it and decides nothing about its content.
 */
export interface InvoiceView {
  /** `Facture`, `Avoir` or `Facture d'acompte`. */
  readonly title: string;
  /** The invoice number (BT-1), on every page. */
  readonly number: string;
  /** Dates and references beside the title: issue, due and delivery dates, order… */
  readonly facts: readonly LabelledValue[];
  /** The invoices referred to: the one a credit note corrects, the deposits deducted. */
  readonly references: readonly string[];
  readonly seller: PartyView;
  readonly billTo: PartyView;
  /** The delivery address, when elsewhere than the billing address. */
  readonly shipTo: PartyView | undefined;
  readonly lines: readonly LineView[];
  /** Whether any line has an item reference: the reference column is shown. */
  readonly showsReferences: boolean;
  /** The document-level allowances and charges. */
  readonly adjustments: readonly AdjustmentView[];
  /** The VAT breakdown, one row per category and rate. */
  readonly vat: readonly VatRowView[];
  /** The totals, the amount due last. */
  readonly totals: readonly TotalRowView[];
  /** How to pay: due date, means, account. */
  readonly payment: readonly string[];
  /** The legal sentences: escompte, late-payment penalties, 40 € indemnity, VAT on debits. */
  readonly mentions: readonly string[];
  /** The free notes of the document. */
  readonly notes: readonly string[];
  /** The seller's legal identification, at the foot of every page. */
  readonly footer: string;
}

/** A label and its value (`Échéance` — `01/04/2026`). */
export interface LabelledValue {
  readonly label: string;
  readonly value: string;
}

/** A party block: a heading, the name, then address and identifiers line by line. */
export interface PartyView {
  readonly heading: string;
  readonly name: string;
  readonly lines: readonly string[];
}

/** One invoice line as printed. */
export interface LineView {
  readonly reference: string;
  readonly label: string;
  /** Description, gross price and discount, period, line allowances and charges. */
  readonly details: readonly string[];
  readonly quantity: string;
  readonly unit: string;
  readonly unitPrice: string;
  readonly vat: string;
  readonly amount: string;
}

/** A document-level allowance or charge as printed. */
export interface AdjustmentView {
  readonly label: string;
  readonly vat: string;
  readonly amount: string;
}

/** A row of the VAT breakdown, with the exemption reason of its category. */
export interface VatRowView {
  readonly label: string;
  readonly base: string;
  readonly vat: string;
  readonly reason: string | undefined;
}

/** A row of the totals; the last one (the amount due) is emphasised. */
export interface TotalRowView {
  readonly label: string;
  readonly amount: string;
  /** Printed in bold: the total including VAT. */
  readonly strong: boolean;
}
