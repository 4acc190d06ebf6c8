import { z } from 'zod';
import { MAX_PAYMENT_TERM_DAYS } from './PaymentTerm.js';

/**
 * The sectors whose payment ceilings depart from the general B2B rule of
 * C. com. L441-10 I (`general`):
 *
 * - `perishableFood`: perishable agricultural and food products, frozen or
 *   deep-frozen meat, deep-frozen fish, ready meals and preserves made from
 *   perishable products (L441-11 II 1°);
 * - `seasonalProduceIntegration`: seasonal fruit and vegetables bought under
 *   integration contracts (C. rur. L326-1 to L326-3), periodic invoice
 *   (unverified reading);
 * - `liveCattle`: live cattle for consumption and derived fresh meat
 *   (L441-11 II 2°);
 * - `exciseAlcoholicBeverages`: alcoholic beverages subject to consumption
 *   excise duties (L441-11 II 3°);
 * - `grapesMustsCirculationBeverages`: grapes and musts for wine-making,
 *   alcoholic beverages subject to circulation duties (L441-11 II 4°);
 * - `transport`: road freight, vehicle rental with or without driver, freight
 *   commission, forwarding, shipping and air-freight agents, freight and
 *   customs brokers (L441-11 II);
 * - `overseasImport`: goods imported into Guadeloupe, Martinique, Guyane,
 *   La Réunion, Mayotte, Saint-Barthélemy, Saint-Martin,
 *   Saint-Pierre-et-Miquelon (L441-11);
 * - `exportUnderVatSuspension`: purchases under VAT suspension (CGI art. 275)
 *   of goods re-delivered as they are outside the EU (L441-12);
 * - `seasonalSector`: sectors with a marked seasonal character (L441-13),
 *   whose ceilings come from sector agreements.
 *
 * @example
 * ```ts
 * import type { PaymentSector } from '@tpe/legal-fr';
 *
 * const haulier: PaymentSector = 'transport';
 * ```
 *
 * @see C. com. L441-11, L441-12, L441-13
 * @category Payment terms
 * @since 0.1.0
 */
export type PaymentSector =
  | 'general'
  | 'perishableFood'
  | 'seasonalProduceIntegration'
  | 'liveCattle'
  | 'exciseAlcoholicBeverages'
  | 'grapesMustsCirculationBeverages'
  | 'transport'
  | 'overseasImport'
  | 'exportUnderVatSuspension'
  | 'seasonalSector';

/**
 * A zod schema for {@link PaymentSector}.
 *
 * @example
 * ```ts
 * import { paymentSectorSchema } from '@tpe/legal-fr';
 *
 * paymentSectorSchema.safeParse('transport').success; // true
 * paymentSectorSchema.safeParse('roadHaulage').success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const paymentSectorSchema: z.ZodType<PaymentSector> = z.enum([
  'general',
  'perishableFood',
  'seasonalProduceIntegration',
  'liveCattle',
  'exciseAlcoholicBeverages',
  'grapesMustsCirculationBeverages',
  'transport',
  'overseasImport',
  'exportUnderVatSuspension',
  'seasonalSector',
]);

/**
 * A sector ceiling: at most `days` calendar days after a starting point —
 * the invoice issue date (`issue`), the delivery (`delivery`), the end of the
 * delivery month (`endOfDeliveryMonth`) or the end of the delivery's
 * "décade", the 10-day period 1–10, 11–20, 21–end of month
 * (`endOfDeliveryDecade`).
 *
 * @example
 * ```ts
 * import type { SectorCap } from '@tpe/legal-fr';
 *
 * const excise: SectorCap = { from: 'endOfDeliveryMonth', days: 30 };
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface SectorCap {
  readonly from: 'issue' | 'delivery' | 'endOfDeliveryMonth' | 'endOfDeliveryDecade';
  /** 0 to {@link MAX_PAYMENT_TERM_DAYS}. */
  readonly days: number;
}

/**
 * A zod schema for {@link SectorCap}.
 *
 * @example
 * ```ts
 * import { sectorCapSchema } from '@tpe/legal-fr';
 *
 * sectorCapSchema.safeParse({ from: 'issue', days: 120 }).success; // true
 * sectorCapSchema.safeParse({ from: 'issue', days: -1 }).success; // false
 * ```
 *
 * @category Payment terms
 * @since 0.1.0
 */
export const sectorCapSchema: z.ZodType<SectorCap> = z.strictObject({
  from: z.enum(['issue', 'delivery', 'endOfDeliveryMonth', 'endOfDeliveryDecade']),
  days: z.int().min(0).max(MAX_PAYMENT_TERM_DAYS),
});

/**
 * How a sector's payment ceiling is set (one row of
 * {@link PAYMENT_SECTOR_RULES}).
 *
 * @category Payment terms
 * @since 0.1.0
 */
export interface PaymentSectorRule {
  /** The legal reference. */
  readonly article: string;
  /** The goods or activities concerned. */
  readonly description: string;
  /**
   * The ceiling: a {@link SectorCap}; `generalRule` (60 days from issue or
   * 45 days end of month, 45 days for a periodic invoice);
   * `generalRuleFromCustomsClearance` (the same, counted from customs
   * clearance); `suppliedByCaller` (no ceiling known: pass `sectorCap`).
   */
  readonly ceiling:
    | SectorCap
    | 'generalRule'
    | 'generalRuleFromCustomsClearance'
    | 'suppliedByCaller';
  /** The ceiling of a periodic invoice when it differs. */
  readonly periodicCeiling?: SectorCap;
  /** False when the reference could not confirm the rule: replace it with `sectorCap` once checked. */
  readonly verified: boolean;
}

/**
 * The payment ceiling of each {@link PaymentSector}, as applied by
 * {@link checkPaymentTerm} to a business buyer. A caller-supplied
 * `sectorCap` replaces the ceiling of the sector checked (an
 * interprofessional agreement made compulsory, an L441-13 agreement, or a
 * checked reading of an unverified row).
 *
 * **Gotchas**: `seasonalProduceIntegration` is unverified (wording
 * reconstructed from the overseas adaptation articles); `seasonalSector` has
 * no ceiling here (sector-specific agreements, unverified list); for
 * `exportUnderVatSuspension` the 90 days must be stipulated expressly and are
 * not available to large companies.
 *
 * @example
 * ```ts
 * import { PAYMENT_SECTOR_RULES } from '@tpe/legal-fr';
 *
 * PAYMENT_SECTOR_RULES.liveCattle.ceiling; // { from: 'delivery', days: 20 }
 * PAYMENT_SECTOR_RULES.perishableFood.periodicCeiling; // { from: 'endOfDeliveryDecade', days: 30 }
 * ```
 *
 * @see C. com. L441-10 I, L441-11 II, L441-12, L441-13
 * @category Payment terms
 * @since 0.1.0
 */
export const PAYMENT_SECTOR_RULES: Readonly<Record<PaymentSector, PaymentSectorRule>> = deepFreeze({
  general: {
    article: 'C. com. L441-10 I',
    description: 'Any sale between professionals without a sector rule',
    ceiling: 'generalRule',
    verified: true,
  },
  perishableFood: {
    article: 'C. com. L441-11 II 1°',
    description:
      'Perishable agricultural and food products; frozen or deep-frozen meat, deep-frozen fish, ready meals and preserves made from perishable products',
    ceiling: { from: 'delivery', days: 30 },
    periodicCeiling: { from: 'endOfDeliveryDecade', days: 30 },
    verified: true,
  },
  seasonalProduceIntegration: {
    article: 'C. com. L441-11 II; C. rur. L326-1 to L326-3',
    description:
      'Seasonal fruit and vegetables bought under integration contracts, periodic invoice',
    ceiling: { from: 'endOfDeliveryMonth', days: 30 },
    verified: false,
  },
  liveCattle: {
    article: 'C. com. L441-11 II 2°',
    description: 'Live cattle for consumption and derived fresh meat',
    ceiling: { from: 'delivery', days: 20 },
    verified: true,
  },
  exciseAlcoholicBeverages: {
    article: 'C. com. L441-11 II 3°',
    description: 'Alcoholic beverages subject to consumption excise duties',
    ceiling: { from: 'endOfDeliveryMonth', days: 30 },
    verified: true,
  },
  grapesMustsCirculationBeverages: {
    article: 'C. com. L441-11 II 4°',
    description:
      'Grapes and musts for wine-making; alcoholic beverages subject to circulation duties (unless a compulsory interprofessional agreement provides otherwise)',
    ceiling: 'generalRule',
    verified: true,
  },
  transport: {
    article: 'C. com. L441-11 II',
    description:
      'Road freight transport, vehicle rental with or without driver, freight commission, forwarding, shipping and air-freight agents, freight and customs brokers',
    ceiling: { from: 'issue', days: 30 },
    verified: true,
  },
  overseasImport: {
    article: 'C. com. L441-11',
    description:
      'Goods imported into Guadeloupe, Martinique, Guyane, La Réunion, Mayotte, Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon',
    ceiling: 'generalRuleFromCustomsClearance',
    verified: true,
  },
  exportUnderVatSuspension: {
    article: 'C. com. L441-12',
    description:
      'Purchases under VAT suspension (CGI art. 275) of goods re-delivered as they are outside the EU; not for large companies',
    ceiling: { from: 'issue', days: 90 },
    verified: true,
  },
  seasonalSector: {
    article: 'C. com. L441-13',
    description:
      'Sectors with a marked seasonal character, under agreements capped at their 2013 terms',
    ceiling: 'suppliedByCaller',
    verified: false,
  },
});

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}
