import type { FacturXProfile } from '../../cii/FacturXProfile.js';

/**
 * The document information of a Factur-X PDF, written twice with the same
 * values, as PDF/A requires: in the Info dictionary and in the XMP metadata
 * of the catalog (`dc:title` ↔ `/Title`, `xmp:CreateDate` ↔
 * `/CreationDate`, `pdf:Producer` ↔ `/Producer`…).
 */
export interface FacturXMetadata {
  /** The Factur-X profile of the attached XML: its `fx:ConformanceLevel`. */
  readonly profile: FacturXProfile;
  readonly title: string;
  readonly author: string | undefined;
  readonly subject: string | undefined;
  /** The keywords as one text, as the Info dictionary holds them. */
  readonly keywords: string | undefined;
  /** The application that made the original document (`xmp:CreatorTool`). */
  readonly creator: string | undefined;
  /** The application that wrote the PDF (`pdf:Producer`). */
  readonly producer: string;
  readonly creationDate: Date;
  readonly modificationDate: Date;
}

/** What the PDF says it is made by. */
export const FACTUR_X_PRODUCER = '@tpe/e-invoicing with pdf-lib';
