import { z } from 'zod';

/**
 * How the attached `factur-x.xml` relates to the PDF (`/AFRelationship` of
 * its file specification, PDF/A-3 associated files).
 *
 * - `Data` (the default): the XML holds the data the visual invoice is
 *   made from. Factur-X 1.0 requires it for the MINIMUM and BASIC WL
 *   profiles, whose XML is not a whole invoice, and it is what the
 *   reference Factur-X library of the FNFE-MPE writes for every profile.
 * - `Alternative`: the XML is an equivalent representation of the invoice;
 *   ZUGFeRD 2.1 / Factur-X 1.0.05 use it for BASIC, EN 16931 and EXTENDED,
 *   and some German receivers expect it.
 * - `Source`: the PDF was made from the XML (ZUGFeRD 2.1, a receiver
 *   outside Germany).
 *
 * Which value French platforms prefer for the complete profiles is not
 * settled: `Data` is kept by default, the option stays open.
 *
 * @example
 * ```ts
 * import type { FacturXRelationship } from '@tpe/e-invoicing';
 *
 * const relationship: FacturXRelationship = 'Alternative';
 * ```
 *
 * @see ISO 19005-3 (PDF/A-3) 6.8; ZUGFeRD 2.1.1 Technical Supplement Part A, 2.2.1 and 2.2.2 (= Factur-X 1.0.05 and later)
 * @category Factur-X
 * @since 0.1.0
 */
export type FacturXRelationship = 'Data' | 'Alternative' | 'Source';

/**
 * A zod schema for {@link FacturXRelationship}.
 *
 * @example
 * ```ts
 * import { facturXRelationshipSchema } from '@tpe/e-invoicing';
 *
 * facturXRelationshipSchema.safeParse('Data').success; // true
 * facturXRelationshipSchema.safeParse('Supplement').success; // false
 * ```
 *
 * @category Factur-X
 * @since 0.1.0
 */
export const facturXRelationshipSchema: z.ZodType<FacturXRelationship> = z.enum([
  'Data',
  'Alternative',
  'Source',
]);
