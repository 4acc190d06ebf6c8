import {
  addMoney,
  decimalStringSchema,
  formatMoney,
  multiplyMoney,
  parseMoney,
  parseWithSchema,
} from '@tpe/core';
import { z } from 'zod';
import { type CustomerKind, customerKindSchema } from '../shared/CustomerKind.js';
import type { TraceStep } from '../shared/TraceStep.js';

/**
 * Input of {@link recoveryIndemnity}.
 *
 * @example
 * ```ts
 * import type { RecoveryIndemnityInput } from '@tpe/legal-fr';
 *
 * const input: RecoveryIndemnityInput = { debtor: 'business', invoicesPaidLate: 2 };
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface RecoveryIndemnityInput {
  /** Who owes the invoices. */
  readonly debtor: CustomerKind;
  /** How many invoices were (or are) paid late: one flat indemnity each. */
  readonly invoicesPaidLate: number;
  /**
   * Whether a safeguard, receivership or liquidation procedure forbids paying
   * the debt at its due date; no indemnity then. `false` by default.
   */
  readonly insolvency?: boolean | undefined;
  /**
   * Recovery costs beyond the flat indemnities, in euros, claimed on proof
   * (commissaire de justice, collection agency…), a decimal string.
   */
  readonly additionalCompensation?: string | undefined;
}

/**
 * The recovery indemnity owed, in euros.
 *
 * @example
 * ```ts
 * import { recoveryIndemnity, type RecoveryIndemnity } from '@tpe/legal-fr';
 *
 * const owed: RecoveryIndemnity = recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 2 });
 * owed.amount; // '80.00'
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export interface RecoveryIndemnity {
  /** Flat indemnities plus additional compensation, e.g. `"80.00"`. */
  readonly amount: string;
  /** 40.00 € per invoice paid late, or `"0.00"`. */
  readonly flatIndemnity: string;
  /** The additional compensation counted, or `"0.00"`. */
  readonly additionalCompensation: string;
  /** Always `"EUR"`: the indemnity is fixed in euros. */
  readonly currency: 'EUR';
  /** Why this amount. */
  readonly trace: readonly TraceStep[];
}

/**
 * A zod schema for {@link RecoveryIndemnityInput}.
 *
 * @example
 * ```ts
 * import { recoveryIndemnityInputSchema } from '@tpe/legal-fr';
 *
 * recoveryIndemnityInputSchema.safeParse({ debtor: 'business', invoicesPaidLate: 2 }).success; // true
 * recoveryIndemnityInputSchema.safeParse({ debtor: 'business', invoicesPaidLate: -1 }).success; // false
 * ```
 *
 * @category Penalties
 * @since 0.1.0
 */
export const recoveryIndemnityInputSchema = z.strictObject({
  debtor: customerKindSchema,
  invoicesPaidLate: z.number().int().min(0),
  insolvency: z.boolean().optional(),
  additionalCompensation: decimalStringSchema({
    maxDecimals: 2,
    maxIntegerDigits: 15,
    allowNegative: false,
  }).optional(),
});

const FLAT_INDEMNITY = '40.00';

/**
 * The flat indemnity for recovery costs owed by a professional or public
 * debtor who pays late: 40 € per invoice paid late, plus additional
 * compensation on proof when the actual costs are higher.
 *
 * **Details**: the indemnity is due by operation of law, without a reminder,
 * once per invoice paid late. It is not due by consumers (the mention must not
 * be printed on B2C invoices), nor when a safeguard, receivership or
 * liquidation procedure forbids paying the debt at its due date (then no
 * additional compensation either). It is compensation, outside the scope of
 * VAT: no VAT is charged on it.
 *
 * @param input - the debtor, the number of invoices paid late, the insolvency
 *   flag and the proven additional costs
 * @returns the amount in euros, its parts and a trace
 * @throws {@link TpeError} `INVALID_INPUT` for an unknown debtor, a negative or
 *   fractional count, or an additional compensation that is not a non-negative
 *   decimal string
 *
 * @example
 * ```ts
 * import { recoveryIndemnity } from '@tpe/legal-fr';
 *
 * recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 1 }).amount; // '40.00'
 * recoveryIndemnity({ debtor: 'publicBuyer', invoicesPaidLate: 3 }).amount; // '120.00'
 * recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 1, additionalCompensation: '150.00' });
 * // { amount: '190.00', flatIndemnity: '40.00', additionalCompensation: '150.00', currency: 'EUR', trace: [...] }
 * recoveryIndemnity({ debtor: 'consumer', invoicesPaidLate: 2 }).amount; // '0.00'
 * recoveryIndemnity({ debtor: 'business', invoicesPaidLate: 1, insolvency: true }).amount; // '0.00'
 * ```
 *
 * @see C. com. L441-10 II and D441-5 (businesses); CCP D2192-35 (public buyers)
 * @category Penalties
 * @since 0.1.0
 */
export function recoveryIndemnity(input: RecoveryIndemnityInput): RecoveryIndemnity {
  const parsed = parseWithSchema(recoveryIndemnityInputSchema, input);
  const article = parsed.debtor === 'publicBuyer' ? 'CCP D2192-35' : 'C. com. L441-10 II, D441-5';
  const zero = '0.00';
  if (parsed.debtor === 'consumer') {
    return none(parsed.additionalCompensation, {
      rule: 'recoveryIndemnity',
      article: 'C. com. L441-10 II',
      message:
        'No flat recovery indemnity: it applies to professional debtors only, not to consumers',
      values: { debtor: parsed.debtor, indemnity: zero },
    });
  }
  if (parsed.insolvency === true) {
    return none(parsed.additionalCompensation, {
      rule: 'recoveryIndemnity',
      article,
      message:
        'No flat recovery indemnity: a safeguard, receivership or liquidation procedure forbids paying the debt at its due date',
      values: { debtor: parsed.debtor, insolvency: 'true', indemnity: zero },
    });
  }
  const flat = multiplyMoney(parseMoney(FLAT_INDEMNITY), String(parsed.invoicesPaidLate));
  const trace: TraceStep[] = [
    {
      rule: 'recoveryIndemnity',
      article,
      message: `Flat recovery indemnity: ${FLAT_INDEMNITY} € × ${parsed.invoicesPaidLate} invoice(s) paid late = ${formatMoney(flat)} € (no VAT)`,
      values: {
        debtor: parsed.debtor,
        invoicesPaidLate: String(parsed.invoicesPaidLate),
        indemnity: formatMoney(flat),
      },
    },
  ];
  let additional = parseMoney(zero);
  if (parsed.additionalCompensation !== undefined) {
    if (parsed.invoicesPaidLate > 0) {
      additional = parseMoney(parsed.additionalCompensation);
      trace.push({
        rule: 'additionalCompensation',
        article,
        message: `Additional compensation claimed on proof of recovery costs above the flat indemnity: ${formatMoney(additional)} €`,
        values: { additionalCompensation: formatMoney(additional), onProof: 'true' },
      });
    } else {
      trace.push({
        rule: 'additionalCompensation',
        article,
        message: 'No additional compensation: no invoice was paid late',
        values: { additionalCompensation: zero },
      });
    }
  }
  return {
    amount: formatMoney(addMoney(flat, additional)),
    flatIndemnity: formatMoney(flat),
    additionalCompensation: formatMoney(additional),
    currency: 'EUR',
    trace,
  };
}

function none(additional: string | undefined, step: TraceStep): RecoveryIndemnity {
  const trace: TraceStep[] = [step];
  if (additional !== undefined) {
    trace.push({
      rule: 'additionalCompensation',
      ...(step.article === undefined ? {} : { article: step.article }),
      message:
        'Additional compensation not counted: it completes the flat indemnity, which is not due',
      values: { additionalCompensation: '0.00', claimed: formatMoney(parseMoney(additional)) },
    });
  }
  return {
    amount: '0.00',
    flatIndemnity: '0.00',
    additionalCompensation: '0.00',
    currency: 'EUR',
    trace,
  };
}
