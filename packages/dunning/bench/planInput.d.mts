import type { PlanDunningInput } from '@tpe/dunning';

/** The number of open invoices. */
export declare const COUNT: number;
/** The number of customers. */
export declare const CUSTOMERS: number;
/** The day planned. */
export declare const AS_OF: string;

/** Cents as a decimal string. */
export declare function formatCents(cents: number): string;

/** The floor's pre-parsed rows, one entry per invoice. */
export interface FloorRows {
  readonly asOfDay: number;
  readonly customers: readonly string[];
  readonly cents: Float64Array;
  readonly dueDays: Int32Array;
}

/** The input of the plan benchmark and the floor's rows (see planInput.mjs). */
export declare function planInput(): {
  readonly plan: PlanDunningInput;
  readonly floor: FloorRows;
};
