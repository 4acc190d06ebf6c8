import { formatScaledUnits, TpeError } from '@tpe/core';
import type { CompiledEcbTable, CompiledLegalTable } from '../../rates/internal/compiledTables.js';
import { ecbRowForHalfYear } from '../../rates/internal/compiledTables.js';
import { halfYearLabel, halfYearStartDate } from '../../rates/internal/halfYears.js';
import type { TraceStep } from '../../shared/TraceStep.js';

import type { LatePenaltyRegime } from '../latePenaltyRate.js';

/** The statutory late-payment rate regimes. */
export type PenaltyRegime = LatePenaltyRegime;

/**
 * The first half-year of the rules implemented (2013 H1): the half-year fixing
 * of the B2B reference rate (loi n° 2012-387, applicable from 1 January 2013)
 * and the +8 points of public procurement (décret n° 2013-269). Earlier
 * periods used other margins (+7 points) and are not computed.
 */
export const FIRST_HALF_YEAR_IN_FORCE = 2013 * 2;

export const B2B_ARTICLE = 'C. com. L441-10 II';
export const PUBLIC_ARTICLE = 'CCP R2192-31; décret n° 2013-269';

const MARGIN_POINTS: Readonly<Record<PenaltyRegime, number>> = { b2bDefault: 10, publicBuyer: 8 };

/** The statutory rate of a half-year: ECB rate on its first day + the regime's margin. */
export interface HalfYearPenaltyRate {
  readonly halfYear: number;
  /** Whole number of `10^-scale` percent. */
  readonly units: number;
  readonly scale: number;
  readonly row: number;
}

/** The statutory rate of a regime for a half-year (`RATE_UNKNOWN` past the table). */
export function penaltyRateForHalfYear(
  ecb: CompiledEcbTable,
  regime: PenaltyRegime,
  halfYear: number,
  path: readonly (string | number)[],
): HalfYearPenaltyRate {
  if (halfYear < FIRST_HALF_YEAR_IN_FORCE) throw beforeRulesInForce(regime, halfYear, path);
  const row = ecbRowForHalfYear(ecb, halfYear);
  return {
    halfYear,
    units: (ecb.units[row] as number) + MARGIN_POINTS[regime] * 10 ** ecb.scale,
    scale: ecb.scale,
    row,
  };
}

function beforeRulesInForce(
  regime: PenaltyRegime,
  halfYear: number,
  path: readonly (string | number)[],
): TpeError {
  const message = `The ${regime === 'b2bDefault' ? 'B2B' : 'public procurement'} late-payment rate is computed from 2013-01-01 (half-year fixing and current margins); ${halfYearLabel(halfYear)} is earlier`;
  return new TpeError('INVALID_INPUT', message, {
    issues: [{ path, code: 'before_rules_in_force', message }],
    details: { firstDate: '2013-01-01' },
  });
}

/** The trace step explaining the statutory rate of a half-year. */
export function penaltyRateStep(
  ecb: CompiledEcbTable,
  regime: PenaltyRegime,
  rate: HalfYearPenaltyRate,
  note: string,
): TraceStep {
  const referenceDate = halfYearStartDate(rate.halfYear);
  const ecbRate = formatScaledUnits(ecb.units[rate.row] as number, ecb.scale);
  const since = ecb.table.rows[rate.row]?.effectiveDate ?? '';
  const text = formatScaledUnits(rate.units, rate.scale);
  const margin = String(MARGIN_POINTS[regime]);
  return {
    rule: regime === 'b2bDefault' ? 'b2bDefaultRate' : 'publicBuyerRate',
    article: regime === 'b2bDefault' ? B2B_ARTICLE : PUBLIC_ARTICLE,
    message: `${halfYearLabel(rate.halfYear)}: ECB main refinancing rate in force on ${referenceDate} ${ecbRate} % (since ${since}) + ${margin} points = ${text} %${note}`,
    values: {
      halfYear: halfYearLabel(rate.halfYear),
      referenceDate,
      ecbRate,
      ecbRateSince: since,
      margin,
      rate: text,
    },
  };
}

export const LEGAL_RATE_ARTICLE = 'C. civ. 1231-6; CMF L313-2, D313-1-A';

/** The rate of one half-year, ready for the hot path: units, text and trace steps. */
export interface RateEntry {
  /** Whole number of `10^-scale` percent. */
  readonly units: number;
  readonly text: string;
  /** The step when the rate follows each half-year. */
  readonly step: TraceStep;
  /** The step when the rate is fixed for the whole delay. */
  readonly fixedStep: TraceStep;
}

/** The statutory and legal rates of every half-year the tables cover, computed once per table. */
export interface PenaltyRateIndex {
  readonly ecbScale: number;
  readonly ecbFirstHalfYear: number;
  readonly b2b: readonly RateEntry[];
  readonly publicBuyer: readonly RateEntry[];
  readonly legalScale: number;
  readonly legalFirstHalfYear: number;
  readonly legal: readonly RateEntry[];
}

const FROZEN_NOTE = `, fixed for the whole delay by the half-year of the due date (halfYearRule 'frozenAtDueDate')`;
const PUBLIC_NOTE = ', fixed for the whole delay by the half-year in which interest started to run';

/** Computes the {@link PenaltyRateIndex} of compiled tables. */
export function indexPenaltyRates(
  ecb: CompiledEcbTable,
  legal: CompiledLegalTable,
): PenaltyRateIndex {
  const first = Math.max(ecb.firstHalfYear, FIRST_HALF_YEAR_IN_FORCE);
  const last = ecb.firstHalfYear + ecb.halfYearRows.length - 1;
  const b2b: RateEntry[] = [];
  const publicBuyer: RateEntry[] = [];
  for (let halfYear = first; halfYear <= last; halfYear++) {
    for (const [regime, entries, note] of [
      ['b2bDefault', b2b, FROZEN_NOTE],
      ['publicBuyer', publicBuyer, PUBLIC_NOTE],
    ] as const) {
      const rate = penaltyRateForHalfYear(ecb, regime, halfYear, []);
      entries.push(
        Object.freeze({
          units: rate.units,
          text: formatScaledUnits(rate.units, rate.scale),
          step: freezeStep(penaltyRateStep(ecb, regime, rate, '')),
          fixedStep: freezeStep(penaltyRateStep(ecb, regime, rate, note)),
        }),
      );
    }
  }
  const legalEntries = legal.autres.map((units, offset) => {
    const halfYear = legal.firstHalfYear + offset;
    const text = formatScaledUnits(units, legal.scale);
    const row = legal.table.rows[offset];
    const step = freezeStep({
      rule: 'legalInterestRate',
      article: LEGAL_RATE_ARTICLE,
      message: `${halfYearLabel(halfYear)}: legal interest rate, creditor a professional ("autres"): ${text} %`,
      values: {
        halfYear: halfYearLabel(halfYear),
        from: row?.from ?? '',
        to: row?.to ?? '',
        rate: text,
      },
    });
    return Object.freeze({ units, text, step, fixedStep: step });
  });
  return Object.freeze({
    ecbScale: ecb.scale,
    ecbFirstHalfYear: first,
    b2b: Object.freeze(b2b),
    publicBuyer: Object.freeze(publicBuyer),
    legalScale: legal.scale,
    legalFirstHalfYear: legal.firstHalfYear,
    legal: Object.freeze(legalEntries),
  });
}

function freezeStep(step: TraceStep): TraceStep {
  if (step.values !== undefined) Object.freeze(step.values);
  return Object.freeze(step);
}
