import type { FacturXProfile } from '../../cii/FacturXProfile.js';
import type { InvoiceFinding } from '../InvoiceFinding.js';
import type { ReadInvoiceOptions } from '../ReadInvoiceOptions.js';
import type { ReceivedInvoice } from '../ReceivedInvoice.js';
import { checkArithmetic } from './checkArithmetic.js';
import { checkContent } from './checkContent.js';
import { checkDecimals } from './checkDecimals.js';
import { checkParties } from './checkParties.js';
import { checkVatRates } from './checkVatRates.js';
import { CREDIT_NOTE_TYPE_CODES } from './creditNoteTypeCodes.js';
import { definedFields } from './definedFields.js';
import { finding } from './finding.js';
import type { InvoiceContent } from './InvoiceContent.js';
import { announces, carriesLines, profileOf } from './profileOf.js';

/** Where an invoice XML was read from. */
export interface InvoiceSource {
  readonly container: 'xml' | 'pdf';
  readonly attachmentName?: string | undefined;
  /** The XMP `fx:ConformanceLevel` of the PDF. */
  readonly conformanceLevel?: string | undefined;
}

/** The profile the PDF's metadata announce, against the XML's. */
function checkConformanceLevel(
  profile: FacturXProfile | undefined,
  conformanceLevel: string | undefined,
): readonly InvoiceFinding[] {
  if (profile === undefined || conformanceLevel === undefined) return [];
  if (announces(conformanceLevel, profile)) return [];
  return [
    finding(
      'PROFILE_MISMATCH',
      ['profile'],
      `The PDF metadata announce the Factur-X profile "${conformanceLevel}", the XML is ${profile}`,
      { declared: conformanceLevel, expected: profile },
    ),
  ];
}

/**
 * The received invoice of what a syntax reader found: its source, profile
 * and kind added, and every check run.
 */
export function receivedInvoice(
  content: InvoiceContent,
  source: InvoiceSource,
  options: ReadInvoiceOptions,
): ReceivedInvoice {
  const profile = profileOf(content.specificationId);
  const findings = [
    ...checkConformanceLevel(profile, source.conformanceLevel),
    ...checkContent(content, profile),
    ...checkParties(content),
    ...checkVatRates(content, {
      territory: options.vatTerritory ?? 'metropolitan',
      table: options.vatRateTable,
    }),
    ...checkDecimals(content),
    ...checkArithmetic(content, carriesLines(profile)),
  ];
  const { syntax, ...rest } = content;
  return definedFields({
    syntax,
    container: source.container,
    attachmentName: source.attachmentName,
    ...rest,
    profile,
    isCreditNote: CREDIT_NOTE_TYPE_CODES.has(content.typeCode),
    findings,
  });
}
