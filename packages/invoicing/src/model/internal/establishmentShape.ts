import {
  countryCodeSchema,
  sirenSchema,
  siretSchema,
  vatNumberSchema,
} from '../../internal/fields.js';

/**
 * The zod shape of where a customer or a supplier is established and how it
 * is identified: country, SIREN, SIRET and VAT number, which
 * `checkPartyIdentifiers` checks together.
 */
export const establishmentShape = {
  countryCode: countryCodeSchema,
  siren: sirenSchema.optional(),
  siret: siretSchema.optional(),
  vatNumber: vatNumberSchema.optional(),
};
