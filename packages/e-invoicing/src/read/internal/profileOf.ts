import { FACTUR_X_PROFILES, type FacturXProfile } from '../../cii/FacturXProfile.js';

/** The ZUGFeRD 2 specification identifiers (BT-24) of the profiles it shares with Factur-X. */
const ZUGFERD_PROFILES: readonly (readonly [string, FacturXProfile])[] = [
  ['urn:zugferd.de:2p0:minimum', 'MINIMUM'],
  ['urn:zugferd.de:2p0:basicwl', 'BASIC WL'],
  ['urn:cen.eu:en16931:2017#compliant#urn:zugferd.de:2p0:basic', 'BASIC'],
  ['urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p0:extended', 'EXTENDED'],
];

/** The profile of each Factur-X and ZUGFeRD 2 specification identifier. */
const PROFILES: ReadonlyMap<string, FacturXProfile> = new Map([
  ...Object.entries(FACTUR_X_PROFILES).map(
    ([profile, names]) => [names.guidelineId, profile as FacturXProfile] as const,
  ),
  ...ZUGFERD_PROFILES,
]);

/** The other XMP conformance levels met for the EN 16931 profile (ZUGFeRD 2.0 called it COMFORT). */
const EN16931_LEVELS: readonly string[] = ['EN16931', 'COMFORT'];

/** The prefix of every EN 16931 specification identifier, CIUS and extensions included. */
const EN16931 = 'urn:cen.eu:en16931:2017';

/** The Factur-X profile a specification identifier (BT-24) names. */
export function profileOf(specificationId: string | undefined): FacturXProfile | undefined {
  return specificationId === undefined ? undefined : PROFILES.get(specificationId);
}

/** Whether a specification identifier names EN 16931 or a profile of it: Factur-X, a CIUS (XRechnung, Peppol), an extension. */
export function isKnownSpecification(specificationId: string | undefined): boolean {
  return (
    specificationId !== undefined &&
    (PROFILES.has(specificationId) || specificationId.startsWith(EN16931))
  );
}

/** Whether a profile carries invoice lines: all but MINIMUM and BASIC WL. */
export function carriesLines(profile: FacturXProfile | undefined): boolean {
  return profile !== 'MINIMUM' && profile !== 'BASIC WL';
}

/** Whether an XMP `fx:ConformanceLevel` announces the profile. */
export function announces(conformanceLevel: string, profile: FacturXProfile): boolean {
  const level = conformanceLevel.trim().toUpperCase();
  return (
    level === FACTUR_X_PROFILES[profile].conformanceLevel ||
    (profile === 'EN16931' && EN16931_LEVELS.includes(level))
  );
}
