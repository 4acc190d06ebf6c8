/**
 * The French abbreviations printed for the UN/ECE recommendation 20 unit
 * codes met on small businesses' invoices; another code is printed as it is.
 */
const UNIT_LABELS: Readonly<Record<string, string>> = {
  C62: 'u',
  H87: 'pièce',
  EA: 'u',
  XPP: 'u',
  SET: 'lot',
  PR: 'paire',
  HUR: 'h',
  MIN: 'min',
  DAY: 'jour',
  WEE: 'sem.',
  MON: 'mois',
  ANN: 'an',
  KGM: 'kg',
  GRM: 'g',
  TNE: 't',
  LTR: 'l',
  MLT: 'ml',
  MTR: 'm',
  CMT: 'cm',
  MMT: 'mm',
  KMT: 'km',
  MTK: 'm²',
  MTQ: 'm³',
  KWH: 'kWh',
  LS: 'forfait',
};

/** The unit printed in the quantity column for a UN/ECE rec. 20 code. */
export function unitLabel(unitCode: string): string {
  return UNIT_LABELS[unitCode] ?? unitCode;
}
