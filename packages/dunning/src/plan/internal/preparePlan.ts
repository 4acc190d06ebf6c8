import * as core from '@tpe/core';
import {
  type DayBase,
  type HalfYearRule,
  type PreparedRateTables,
  prepareRateTables,
  rateTablesSchema,
} from '@tpe/legal-fr';
import { z } from 'zod';
import { dunningCustomerSchema } from '../../input/DunningCustomer.js';
import { dunningHistoryEntrySchema } from '../../input/DunningHistoryEntry.js';
import {
  invalidAt,
  invalidPart,
  unknownCustomer,
  unknownReceivable,
  withIssues,
} from '../../input/internal/inputErrors.js';
import { type ReadCustomer, readCustomer } from '../../input/internal/readCustomer.js';
import {
  dayOf,
  hasOnlyKeys,
  isRecord,
  rememberingDayReader,
} from '../../input/internal/readFields.js';
import { readHistoryEntry } from '../../input/internal/readHistoryEntry.js';
import type { Receivable } from '../../input/Receivable.js';
import { BUILT_IN_DUNNING_TEMPLATES } from '../../messages/builtInDunningTemplate.js';
import { type Creditor, creditorSchema } from '../../messages/Creditor.js';
import { type DunningTemplate, dunningTemplateSchema } from '../../messages/DunningTemplate.js';
import { parseDunningTemplate } from '../../messages/parseDunningTemplate.js';
import type { PlanTerms } from '../../paymentPlans/internal/paymentPlanStanding.js';
import {
  paymentPlanIssues,
  type ReadPaymentPlan,
  readPaymentPlan,
} from '../../paymentPlans/internal/readPaymentPlan.js';
import { paymentPlanSchema } from '../../paymentPlans/PaymentPlan.js';
import { type DunningPolicy, dunningPolicyShapeSchema } from '../../policy/DunningPolicy.js';
import { policyIssues } from '../../policy/internal/policyIssues.js';
import { PLAN_INPUT_LIMITS } from '../PlanDunningInput.js';
import { type CompiledPolicy, type CompiledSegment, compilePolicy } from './compiledPolicy.js';
import type { StateEntry } from './dunningState.js';
import {
  indexReceivableIds,
  NO_RECEIVABLE_IDS,
  type ReceivableIdIndex,
} from './receivableIdIndex.js';
import { type ReceivableRows, readReceivableRows } from './receivableRows.js';

/** Read once: through a CommonJS `require`, each `core.name` read is a getter call. */
const { parseWithSchema, toScaledUnits } = core;

/** A payment plan with its receivables and its terms in day numbers and minor units. */
export interface PreparedPaymentPlan {
  readonly read: ReadPaymentPlan;
  readonly receivables: readonly number[];
  readonly terms: PlanTerms;
}

/** How penalties are computed in a run. */
export interface PenaltySettings {
  readonly tables: PreparedRateTables | undefined;
  readonly halfYearRule: HalfYearRule | undefined;
  readonly dayBase: DayBase | undefined;
}

/** An input checked and read for planning any number of days. */
export interface PreparedPlan {
  readonly rows: ReceivableRows;
  readonly customers: readonly ReadCustomer[];
  readonly customerSegments: readonly CompiledSegment[];
  /** The history, unread: see {@link readHistory}. */
  readonly history: readonly unknown[];
  readonly customerIndex: ReadonlyMap<string, number>;
  /** The position of each receivable id (none when neither the history nor a plan names any). */
  readonly receivableIndex: ReceivableIdIndex;
  readonly plans: readonly PreparedPaymentPlan[];
  /** The plans covering a receivable, by receivable index. */
  readonly plansOfReceivable: ReadonlyMap<number, readonly number[]>;
  readonly policy: CompiledPolicy;
  readonly creditor: Creditor;
  readonly templates: readonly DunningTemplate[] | undefined;
  readonly penalties: PenaltySettings;
  readonly draftPenaltyClaims: boolean;
}

const KEYS = new Set([
  'receivables',
  'customers',
  'history',
  'policy',
  'asOf',
  'creditor',
  'templates',
  'paymentPlans',
  'tables',
  'penalties',
  'draftPenaltyClaims',
]);

/** The top level of the input, its lists unread: explains a refusal of {@link readTop}. */
const topSchema = z.strictObject({
  receivables: z.array(z.unknown()).max(PLAN_INPUT_LIMITS.receivables),
  customers: z.array(z.unknown()).max(PLAN_INPUT_LIMITS.customers),
  history: z.array(z.unknown()).max(PLAN_INPUT_LIMITS.history),
  policy: z.unknown(),
  asOf: z.unknown(),
  creditor: z.unknown(),
  templates: z.array(z.unknown()).max(1000).optional(),
  paymentPlans: z.array(z.unknown()).max(PLAN_INPUT_LIMITS.paymentPlans).optional(),
  tables: z.unknown(),
  penalties: z.unknown(),
  draftPenaltyClaims: z.boolean().optional(),
});

const penaltiesSchema = z.strictObject({
  halfYearRule: z.enum(['split', 'frozenAtDueDate']).optional(),
  dayBase: z.enum(['365', 'actual']).optional(),
});

function isList(value: unknown, max: number): value is readonly unknown[] {
  return Array.isArray(value) && value.length <= max;
}

function readTop(input: unknown): Record<string, unknown> {
  if (
    isRecord(input) &&
    hasOnlyKeys(input, KEYS) &&
    isList(input.receivables, PLAN_INPUT_LIMITS.receivables) &&
    isList(input.customers, PLAN_INPUT_LIMITS.customers) &&
    isList(input.history, PLAN_INPUT_LIMITS.history) &&
    (input.templates === undefined || isList(input.templates, 1000)) &&
    (input.paymentPlans === undefined ||
      isList(input.paymentPlans, PLAN_INPUT_LIMITS.paymentPlans)) &&
    (input.draftPenaltyClaims === undefined || typeof input.draftPenaltyClaims === 'boolean')
  ) {
    return input;
  }
  parseWithSchema(topSchema, input);
  throw invalidAt([], 'invalid_input', 'Invalid input');
}

/** Parses a small part with its schema, reporting issues under its key. */
function part<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  key: string,
): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw invalidPart(schema, value, [key]);
}

function readPolicy(value: unknown): DunningPolicy {
  const policy: DunningPolicy = part(dunningPolicyShapeSchema, value, 'policy');
  const issues = policyIssues(policy);
  if (issues !== undefined) {
    throw withIssues(
      'INVALID_POLICY',
      issues.map((issue) => ({ ...issue, path: ['policy', ...issue.path] })),
    );
  }
  return policy;
}

const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_DUNNING_TEMPLATES);

/**
 * Checks that each level's template exists (built in or given) and that the
 * custom ones used are well written, so that no letter fails later.
 */
function checkTemplates(
  policy: DunningPolicy,
  templates: readonly DunningTemplate[] | undefined,
): void {
  const custom = new Map((templates ?? []).map((template) => [template.id, template]));
  const checked = new Set<string>();
  for (const [segment, { levels }] of Object.entries(policy.segments)) {
    levels.forEach((level, index) => {
      const template = custom.get(level.templateId);
      if (template !== undefined) {
        if (!checked.has(template.id)) parseDunningTemplate(template);
        checked.add(template.id);
      } else if (!BUILT_IN.has(level.templateId)) {
        throw withIssues('INVALID_POLICY', [
          {
            path: ['policy', 'segments', segment, 'levels', index, 'templateId'],
            code: 'unknown_template',
            message: `No built-in or given template has the id ${JSON.stringify(level.templateId)}`,
          },
        ]);
      }
    });
  }
}

/**
 * Checks and reads a {@link PlanDunningInput} (the day to plan apart). Big
 * lists go through fast readers; whatever they refuse is explained by its
 * schema.
 *
 * @throws TpeError `INVALID_INPUT`, `INVALID_POLICY`, `UNKNOWN_CUSTOMER`,
 *   `UNKNOWN_RECEIVABLE`, and for a custom template `UNKNOWN_PLACEHOLDER` or
 *   `INVALID_TEMPLATE`
 */
export function preparePlan(input: unknown): PreparedPlan {
  const top = readTop(input);
  const policyInput = readPolicy(top.policy);
  const policy = compilePolicy(policyInput);
  const creditor = part(creditorSchema, top.creditor, 'creditor');
  const templates =
    top.templates === undefined
      ? undefined
      : part(z.array(dunningTemplateSchema), top.templates, 'templates');
  const tables =
    top.tables === undefined
      ? undefined
      : prepareRateTables(part(rateTablesSchema, top.tables, 'tables'));
  const penaltyOptions =
    top.penalties === undefined ? {} : part(penaltiesSchema, top.penalties, 'penalties');

  checkTemplates(policyInput, templates);
  const customers = readCustomers(top.customers as readonly unknown[]);
  const customerIndex = new Map<string, number>();
  const customerSegments: CompiledSegment[] = [];
  customers.forEach((customer, index) => {
    const id = customer.source.id;
    if (customerIndex.has(id))
      throw invalidAt(
        ['customers', index, 'id'],
        'duplicate_id',
        `Two customers have the id ${JSON.stringify(id)}`,
      );
    customerIndex.set(id, index);
    const segment = policy.segments.get(customer.segment);
    if (segment === undefined) {
      throw withIssues('INVALID_POLICY', [
        {
          path: ['customers', index, 'segment'],
          code: 'unknown_segment',
          message: `The policy has no segment ${JSON.stringify(customer.segment)}`,
        },
      ]);
    }
    customerSegments.push(segment);
  });

  const rows = readReceivableRows(
    top.receivables as readonly unknown[],
    customerIndex,
    customers.length,
  );
  const history = top.history as readonly unknown[];
  const planInput = (top.paymentPlans as readonly unknown[] | undefined) ?? [];
  const receivableIndex = receivableIndexOf(rows, history.length + planInput.length > 0);
  const { plans, plansOfReceivable } = readPlans(planInput, customerIndex, receivableIndex, rows);
  return {
    rows,
    customers,
    customerSegments,
    history,
    customerIndex,
    receivableIndex,
    plans,
    plansOfReceivable,
    policy,
    creditor,
    templates,
    penalties: {
      tables,
      halfYearRule: penaltyOptions.halfYearRule,
      dayBase: penaltyOptions.dayBase,
    },
    draftPenaltyClaims: top.draftPenaltyClaims === true,
  };
}

/** The day to plan, checked. */
export function readAsOf(value: unknown, path: readonly (string | number)[]): number {
  const day = dayOf(value);
  if (Number.isNaN(day)) throw invalidPart(core.isoDateSchema, value, path);
  return day;
}

function readCustomers(list: readonly unknown[]): ReadCustomer[] {
  const customers: ReadCustomer[] = new Array(list.length);
  for (let index = 0; index < list.length; index++) {
    const customer = readCustomer(list[index]);
    if (customer === undefined)
      throw invalidPart(dunningCustomerSchema, list[index], ['customers', index]);
    customers[index] = customer;
  }
  return customers;
}

/** The position of each receivable id, checking they are unique (not built when nothing refers to them). */
function receivableIndexOf(rows: ReceivableRows, needed: boolean): ReceivableIdIndex {
  if (!needed) return NO_RECEIVABLE_IDS;
  const index = indexReceivableIds(rows.sources);
  if (typeof index !== 'number') return index;
  const id = (rows.sources[index] as Receivable).id;
  throw invalidAt(
    ['receivables', index, 'id'],
    'duplicate_id',
    `Two receivables have the id ${JSON.stringify(id)}`,
  );
}

/**
 * Reads and checks the history of a prepared input, handing each entry of
 * a known customer to `use` in input order. Entries about receivables not
 * in the input are kept for their customer (the last message) but name none.
 * The entry handed over is filled again for the next one: copy it to keep it.
 */
export function readHistory(prepared: PreparedPlan, use: (entry: StateEntry) => void): void {
  const { history, customerIndex, receivableIndex, rows } = prepared;
  const days = rememberingDayReader();
  const known: number[] = [];
  const entry: { -readonly [Key in keyof StateEntry]: StateEntry[Key] } = {
    kind: 'reminder',
    level: 0,
    channel: 'email',
    day: 0,
    customer: 0,
    receivables: known,
  };
  for (let index = 0; index < history.length; index++) {
    const read = readHistoryEntry(history[index], days);
    if (read === undefined) {
      throw invalidPart(dunningHistoryEntrySchema, history[index], ['history', index]);
    }
    known.length = 0;
    const ids = read.source.receivableIds;
    const customer = customerIndex.get(read.source.customerId);
    for (let position = 0; position < ids.length; position++) {
      const receivable = receivableIndex.positionOf(ids[position] as string);
      if (receivable < 0) continue;
      if (customer === undefined) {
        throw unknownCustomer(read.source.customerId, ['history', index, 'customerId']);
      }
      if (rows.customer[receivable] !== customer) {
        throw invalidAt(
          ['history', index, 'receivableIds', position],
          'customer_mismatch',
          `Receivable ${JSON.stringify(ids[position])} is not of customer ${JSON.stringify(read.source.customerId)}`,
        );
      }
      known.push(receivable);
    }
    if (customer === undefined) continue;
    entry.kind = read.kind;
    entry.level = read.source.level;
    entry.channel = read.source.channel;
    entry.day = read.day;
    entry.customer = customer;
    use(entry);
  }
}

function readPlans(
  list: readonly unknown[],
  customerIndex: ReadonlyMap<string, number>,
  receivableIndex: ReceivableIdIndex,
  rows: ReceivableRows,
): { plans: PreparedPaymentPlan[]; plansOfReceivable: Map<number, number[]> } {
  const plans: PreparedPaymentPlan[] = [];
  const plansOfReceivable = new Map<number, number[]>();
  list.forEach((value, index) => {
    const read = readPaymentPlan(value);
    if (read === undefined || paymentPlanIssues(read) !== undefined) {
      throw invalidPart(paymentPlanSchema, value, ['paymentPlans', index]);
    }
    const customer = customerIndex.get(read.source.customerId);
    if (customer === undefined)
      throw unknownCustomer(read.source.customerId, ['paymentPlans', index, 'customerId']);
    const covered = read.source.receivableIds.map((id, position) => {
      const receivable = receivableIndex.positionOf(id);
      const path = ['paymentPlans', index, 'receivableIds', position];
      if (receivable < 0) throw unknownReceivable(id, path);
      if (rows.customer[receivable] !== customer) {
        throw invalidAt(
          path,
          'customer_mismatch',
          `Receivable ${JSON.stringify(id)} is not of customer ${JSON.stringify(read.source.customerId)}`,
        );
      }
      return receivable;
    });
    const currencyIndex = rows.currency[covered[0] as number] as number;
    if (covered.some((receivable) => rows.currency[receivable] !== currencyIndex)) {
      throw invalidAt(
        ['paymentPlans', index, 'receivableIds'],
        'currency_mismatch',
        'The receivables of a plan share one currency',
      );
    }
    const exponent = rows.exponents[currencyIndex] as number;
    const instalmentUnits = read.instalments.map((instalment, position) => {
      try {
        return toScaledUnits(instalment.amount, exponent);
      } catch {
        throw invalidAt(
          ['paymentPlans', index, 'instalments', position, 'amount'],
          'too_many_decimals',
          `${rows.currencies[currencyIndex]} amounts have ${exponent} decimal(s)`,
        );
      }
    });
    const planIndex = plans.length;
    plans.push({
      read,
      receivables: covered,
      terms: {
        agreedDay: read.agreedDay,
        cancelledDay: read.cancelledDay,
        graceDays: read.graceDays,
        instalmentDays: read.instalments.map((instalment) => instalment.day),
        instalmentUnits,
        total: instalmentUnits.reduce((sum, units) => sum + units, 0),
      },
    });
    for (const receivable of covered) {
      const known = plansOfReceivable.get(receivable);
      if (known === undefined) plansOfReceivable.set(receivable, [planIndex]);
      else known.push(planIndex);
    }
  });
  return { plans, plansOfReceivable };
}
