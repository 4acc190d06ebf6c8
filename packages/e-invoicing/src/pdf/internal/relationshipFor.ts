import { TpeError } from '@tpe/core';
import type { FacturXProfile } from '../../cii/FacturXProfile.js';
import type { FacturXRelationship } from '../FacturXRelationship.js';

/**
 * The `/AFRelationship` of the attached XML: `Data` unless another value is
 * asked for; MINIMUM and BASIC WL, whose XML is not a whole invoice, allow
 * `Data` only.
 *
 * @throws {@link TpeError} `INVALID_INPUT` (path `options.relationship`,
 *   issue code `relationship_not_allowed`)
 */
export function relationshipFor(
  profile: FacturXProfile,
  requested: FacturXRelationship | undefined,
): FacturXRelationship {
  if (requested === undefined || requested === 'Data') return 'Data';
  if (profile === 'MINIMUM' || profile === 'BASIC WL') {
    const message = `The ${profile} profile is not a whole invoice: its XML is attached as Data, not ${requested}`;
    throw new TpeError('INVALID_INPUT', message, {
      issues: [{ path: ['options', 'relationship'], code: 'relationship_not_allowed', message }],
      details: { profile, relationship: requested },
    });
  }
  return requested;
}
