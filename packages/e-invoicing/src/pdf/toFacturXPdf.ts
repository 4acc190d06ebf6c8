import { formatDateFr } from '@tpe/core';
import type { CommercialDocument } from '@tpe/invoicing';
import { PDFDocument, PDFName } from 'pdf-lib';
import { z } from 'zod';
import { FACTUR_X_PROFILES, facturXProfileSchema } from '../cii/FacturXProfile.js';
import { checkProfileCarries } from '../cii/internal/profileScope.js';
import { writeCii } from '../cii/internal/writeCii.js';
import type { ToCiiOptions } from '../cii/toCII.js';
import { invoiceTermsOf } from '../mapping/invoiceTermsOf.js';
import { legalMentionsSchema } from '../mapping/legalMentionsSchema.js';
import { readInvoiceInput } from '../mapping/readInvoiceInput.js';
import { type FacturXRelationship, facturXRelationshipSchema } from './FacturXRelationship.js';
import { documentId } from './internal/documentId.js';
import { FACTUR_X_PRODUCER } from './internal/FacturXMetadata.js';
import { drawInvoice } from './internal/layout/drawInvoice.js';
import { embedInvoiceFonts } from './internal/layout/InvoiceFonts.js';
import { invoiceViewOf } from './internal/layout/invoiceViewOf.js';
import { relationshipFor } from './internal/relationshipFor.js';
import { saveFacturX } from './internal/saveFacturX.js';

/**
 * Options of {@link toFacturXPdf}: those of {@link toCII} (the profile of
 * the attached XML, the payment sentences), the language of the printed
 * invoice and the relationship of the attachment.
 *
 * @category Factur-X
 * @since 0.1.0
 */
export interface ToFacturXPdfOptions extends ToCiiOptions {
  /** The language of the printed invoice: French only, `'fr'` by default. */
  readonly lang?: 'fr' | undefined;
  /** The `/AFRelationship` of `factur-x.xml`; `'Data'` by default. */
  readonly relationship?: FacturXRelationship | undefined;
}

/**
 * A zod schema for {@link ToFacturXPdfOptions}.
 *
 * @example
 * ```ts
 * import { toFacturXPdfOptionsSchema } from '@tpe/e-invoicing';
 *
 * toFacturXPdfOptionsSchema.safeParse({ profile: 'BASIC', lang: 'fr' }).success; // true
 * toFacturXPdfOptionsSchema.safeParse({ lang: 'en' }).success; // false
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export const toFacturXPdfOptionsSchema: z.ZodType<ToFacturXPdfOptions> = z.strictObject({
  profile: facturXProfileSchema.optional(),
  mentions: legalMentionsSchema.optional(),
  lang: z.literal('fr').optional(),
  relationship: facturXRelationshipSchema.optional(),
});

/** What the PDF names as the application that made it. */
const CREATOR = '@tpe/e-invoicing';

/**
 * Writes an invoice, deposit invoice or credit note as a Factur-X PDF: a
 * PDF/A-3B file showing the invoice in French, with its CII XML attached as
 * `factur-x.xml` — one file that is both the legal invoice and the
 * e-invoice.
 *
 * **When to use**: to send an issued invoice to a customer who reads PDFs
 * and may book them automatically; the XML is exactly {@link toCII} of the
 * same invoice and options, the printed figures are the same terms.
 *
 * **Details**:
 * - The page (A4) shows every mention French law asks for: the seller
 *   (name, legal form and share capital, SIREN and SIRET, trade register,
 *   VAT number, address), the customer (SIREN, VAT number, billing address
 *   and the delivery address when elsewhere), the title (Facture, Avoir
 *   with the invoice it corrects, Facture d'acompte), number, issue, delivery
 *   and due dates, the category of the operations, each line (reference,
 *   designation, quantity, unit, unit price excluding VAT, VAT rate, net
 *   amount, line allowances and charges), the document allowances and
 *   charges, the VAT breakdown per category and rate with the exemption
 *   reasons, the totals (excluding VAT, VAT, including VAT, paid, due), the
 *   payment details (due date, IBAN and BIC, reference) and the payment
 *   sentences (escompte, late-payment penalty rate, 40 € indemnity, VAT on
 *   debits). Long invoices continue on further pages with the header row
 *   of the lines repeated; each page shows the number and `Page i/n`.
 * - PDF/A-3B: fonts embedded (Inter, subset, SIL Open Font License, shipped
 *   in the package: nothing is read from the disk), sRGB output intent, XMP
 *   metadata with the Factur-X extension schema (`fx:ConformanceLevel` of
 *   the profile), `/AF` and `EmbeddedFiles` pointing at the XML, MIME type
 *   `text/xml`, language `fr-FR`, no encryption, no JavaScript, no
 *   transparency.
 * - Deterministic: the dates of the file are the issue date, the trailer
 *   `/ID` is derived from the XML (SHA-256 by Web Crypto): the same invoice
 *   gives the same bytes.
 *
 * **Gotchas**: the MINIMUM and BASIC WL profiles attach an XML without
 * lines, so the PDF stays the invoice; their attachment can only be `Data`.
 * Characters the embedded font lacks (beyond Latin) print as their base
 * letter or `?`. The PDF/A conformance is checked by structure in the
 * tests (`qpdf`, `pdfinfo`, the official XML rules), not by veraPDF.
 *
 * @param invoice - an issued invoice, deposit invoice or credit note (number, issue date and customer set)
 * @param options - the profile, the payment sentences, the language, the relationship
 * @returns a promise of the PDF bytes
 * @throws {@link TpeError} (as a rejection) those of {@link toCII}, and
 *   `INVALID_INPUT` (`options.relationship`, issue code
 *   `relationship_not_allowed`) for a relationship other than `Data` with
 *   MINIMUM or BASIC WL
 *
 * @example
 * ```ts
 * import { readInvoice, toFacturXPdf } from '@tpe/e-invoicing';
 * import type { CommercialDocument } from '@tpe/invoicing';
 *
 * async function sendable(invoice: CommercialDocument): Promise<Uint8Array> {
 *   const pdf = await toFacturXPdf(invoice, { profile: 'EN16931' });
 *   const back = await readInvoice(pdf); // what the customer's software reads
 *   if (back.findings.some((finding) => finding.severity === 'error')) throw new Error('Not clean');
 *   return pdf;
 * }
 * ```
 *
 * @see CGI ann. II art. 242 nonies A; C. com. L441-9, L441-10; ISO 19005-3 (PDF/A-3); Factur-X 1.0.07 (FNFE-MPE / FeRD)
 * @category Factur-X
 * @since 0.1.0
 */
export async function toFacturXPdf(
  invoice: CommercialDocument,
  options?: ToFacturXPdfOptions,
): Promise<Uint8Array> {
  const input = readInvoiceInput(invoice, options, toFacturXPdfOptionsSchema);
  const profile = input.options?.profile ?? 'EN16931';
  const relationship = relationshipFor(profile, input.options?.relationship);
  const terms = invoiceTermsOf(input.invoice, input.options?.mentions);
  checkProfileCarries(terms, profile);
  const xml = new TextEncoder().encode(writeCii(terms, profile));
  const view = invoiceViewOf(terms, input.invoice);

  const document = await PDFDocument.create({ updateMetadata: false });
  drawInvoice(document, await embedInvoiceFonts(document), view);
  document.setLanguage('fr-FR');
  document.catalog.set(PDFName.of('MarkInfo'), document.context.obj({ Marked: false }));

  const date = new Date(`${terms.issueDate}T00:00:00Z`);
  const id = await documentId(xml);
  return saveFacturX(document, {
    xml,
    relationship,
    id: [id, id],
    metadata: {
      profile,
      title: `${view.title} ${terms.number}`,
      author: terms.seller.name,
      subject: `${view.title} n° ${terms.number} du ${formatDateFr(terms.issueDate)}, de ${terms.seller.name} à ${terms.buyer.name}`,
      keywords: `Factur-X, ${FACTUR_X_PROFILES[profile].conformanceLevel}, ${view.title}, ${terms.number}`,
      creator: CREATOR,
      producer: FACTUR_X_PRODUCER,
      creationDate: date,
      modificationDate: date,
    },
  });
}
