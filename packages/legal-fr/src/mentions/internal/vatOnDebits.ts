/**
 * The statement of the option to pay VAT on debits (due from the e-invoicing
 * reform on invoices of services when the supplier opted) and its legal
 * basis. It is not a VAT treatment, so it has no entry in `vatCategory`: this
 * is the one place for the sentence, written by `legalMentions` and expected
 * by `checkInvoiceMentions`.
 */
export const VAT_ON_DEBITS = Object.freeze({
  mention: "Option pour le paiement de la taxe d'après les débits",
  article: 'CGI ann. II art. 242 nonies A (décret 2022-1299)',
});
