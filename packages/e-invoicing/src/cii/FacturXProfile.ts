import { z } from 'zod';

/**
 * A Factur-X 1.0 profile (the same as ZUGFeRD 2): how much of an invoice
 * its CII XML carries.
 *
 * - `MINIMUM`: the header and the totals; not an invoice in France (the PDF
 *   remains the invoice).
 * - `BASIC WL`: MINIMUM with the parties, notes, payment data, document
 *   allowances and charges and the VAT breakdown, without lines.
 * - `BASIC`: BASIC WL with simple lines; EN 16931 compliant.
 * - `EN16931`: the whole EN 16931 core; the default.
 * - `EXTENDED`: EN 16931 and the Factur-X extensions.
 *
 * @example
 * ```ts
 * import type { FacturXProfile } from '@tpe/e-invoicing';
 *
 * const profile: FacturXProfile = 'EN16931';
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export type FacturXProfile = 'MINIMUM' | 'BASIC WL' | 'BASIC' | 'EN16931' | 'EXTENDED';

/**
 * How a {@link FacturXProfile} is named in the files.
 *
 * @category Factur-X
 * @since 0.1.0
 */
export interface FacturXProfileNames {
  /** The specification identifier written in the XML (BT-24, `GuidelineSpecifiedDocumentContextParameter/ID`). */
  readonly guidelineId: string;
  /** The `fx:ConformanceLevel` of the PDF's XMP metadata. */
  readonly conformanceLevel: string;
}

/**
 * The names of each {@link FacturXProfile}: its specification identifier
 * (BT-24) as the Factur-X 1.0.9 schematrons expect it, and the XMP
 * conformance level of a Factur-X PDF.
 *
 * @example
 * ```ts
 * import { FACTUR_X_PROFILES } from '@tpe/e-invoicing';
 *
 * FACTUR_X_PROFILES.EN16931.guidelineId; // 'urn:cen.eu:en16931:2017'
 * FACTUR_X_PROFILES.BASIC.guidelineId; // 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic'
 * FACTUR_X_PROFILES['BASIC WL'].conformanceLevel; // 'BASIC WL'
 * ```
 *
 * @see Factur-X 1.0.9 (FNFE-MPE / FeRD), code list 1 of each profile
 * @category Factur-X
 * @since 0.1.0
 */
export const FACTUR_X_PROFILES: Readonly<Record<FacturXProfile, FacturXProfileNames>> =
  Object.freeze({
    MINIMUM: Object.freeze({
      guidelineId: 'urn:factur-x.eu:1p0:minimum',
      conformanceLevel: 'MINIMUM',
    }),
    'BASIC WL': Object.freeze({
      guidelineId: 'urn:factur-x.eu:1p0:basicwl',
      conformanceLevel: 'BASIC WL',
    }),
    BASIC: Object.freeze({
      guidelineId: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic',
      conformanceLevel: 'BASIC',
    }),
    EN16931: Object.freeze({
      guidelineId: 'urn:cen.eu:en16931:2017',
      conformanceLevel: 'EN 16931',
    }),
    EXTENDED: Object.freeze({
      guidelineId: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended',
      conformanceLevel: 'EXTENDED',
    }),
  });

/**
 * A zod schema for {@link FacturXProfile}.
 *
 * @example
 * ```ts
 * import { facturXProfileSchema } from '@tpe/e-invoicing';
 *
 * facturXProfileSchema.safeParse('BASIC WL').success; // true
 * facturXProfileSchema.safeParse('COMFORT').success; // false
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export const facturXProfileSchema: z.ZodType<FacturXProfile> = z.enum([
  'MINIMUM',
  'BASIC WL',
  'BASIC',
  'EN16931',
  'EXTENDED',
]);
