// The input of the plan benchmark, shared by `plan.bench.ts` and by
// `planPeakMemory.mjs`, which measures one plan in a `node` process of its
// own: plain JavaScript, so that both can load it (types in planInput.d.mts).
import { fromEpochDay, toEpochDay } from '@tpe/core';
import { FRENCH_DUNNING_POLICY } from '@tpe/dunning';

/** The number of open invoices. */
export const COUNT = 1_000_000;
/** The number of customers. */
export const CUSTOMERS = 100_000;
/** The day planned. */
export const AS_OF = '2026-05-15';

/** The nominal days after the due date of each level after the due date, then the hand-over. */
const LADDERS = {
  business: [7, 22, 29, 37, 52],
  consumer: [10, 25, 32, 40, 55],
  publicBuyer: [15, 30, 37, 45, 75],
};
/** The index of the first level after the due date in the French policy. */
const FIRST_REGULAR = { business: 1, consumer: 1, publicBuyer: 0 };

/** A deterministic linear congruential generator (no Math.random). */
function lcg(seed) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state;
  };
}

/** Cents as a decimal string. */
export function formatCents(cents) {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/**
 * 1,000,000 open invoices of 100,000 customers (80 % businesses, 15 %
 * consumers, 5 % public buyers, one in ten in Alsace-Moselle; issued over
 * the year before the day planned, seven in ten in its last 60 days, due 30
 * or 45 days after issue, one in five partly paid with its payment listed,
 * 1 % disputed, 1 % promised, 0.5 % excluded) with the French policy and a
 * history of one entry per dunned invoice: its last level, sent on time for
 * most, late or missing for one in four. The day planned gives reminders at
 * every level, hand-overs, waits for the minimum gap, penalties and
 * rendered letters.
 *
 * Also the floor's pre-parsed rows: the customer id, the cents outstanding
 * and the due day of each invoice.
 */
export function planInput() {
  const next = lcg(20260515);
  const asOfDay = toEpochDay(AS_OF);
  const dates = new Map();
  const dateOf = (day) => {
    let text = dates.get(day);
    if (text === undefined) {
      text = fromEpochDay(day);
      dates.set(day, text);
    }
    return text;
  };
  const customers = Array.from({ length: CUSTOMERS }, (_, index) => {
    const draw = index % 20;
    const kind = draw < 16 ? 'business' : draw < 19 ? 'consumer' : 'publicBuyer';
    return {
      id: `CLI-${100_000 + index}`,
      kind,
      name: `Client ${index}`,
      email: `compta${index}@exemple.fr`,
      ...(index % 10 === 3 ? { calendarRegion: 'alsaceMoselle' } : {}),
    };
  });
  const receivables = [];
  const history = [];
  const floorCustomers = [];
  const floorCents = new Float64Array(COUNT);
  const floorDueDays = new Int32Array(COUNT);
  for (let index = 0; index < COUNT; index++) {
    const customer = customers[next() % CUSTOMERS];
    const amount = 1_000 + (next() % 499_000);
    // Open invoices are mostly recent: seven in ten issued in the last 60 days.
    const issueDay = asOfDay - (next() % 10 < 7 ? next() % 60 : 60 + (next() % 305));
    const dueDay = issueDay + (next() % 2 === 0 ? 30 : 45);
    const partlyPaid = next() % 5 === 0;
    const paid = partlyPaid ? 1 + (next() % (amount - 1)) : 0;
    const paidOn = Math.min(issueDay + (next() % 90), asOfDay);
    const flag = next() % 1000;
    const id = `R-${index}`;
    receivables.push({
      id,
      customerId: customer.id,
      number: `F2026-${String(index).padStart(7, '0')}`,
      issueDate: dateOf(issueDay),
      dueDate: dateOf(dueDay),
      amount: formatCents(amount),
      outstanding: formatCents(amount - paid),
      ...(partlyPaid ? { payments: [{ date: dateOf(paidOn), amount: formatCents(paid) }] } : {}),
      ...(flag < 10 ? { disputed: { reason: 'Livraison incomplète', since: dateOf(dueDay) } } : {}),
      ...(flag >= 10 && flag < 20 ? { promiseToPay: { until: dateOf(asOfDay + 10) } } : {}),
      ...(flag >= 20 && flag < 25 ? { excluded: { reason: 'Contentieux' } } : {}),
    });
    floorCustomers.push(customer.id);
    floorCents[index] = amount - paid;
    floorDueDays[index] = dueDay;
    // The last level sent: the highest whose nominal day is past, on time for
    // three in four, a few days late for one in eight, missing for one in eight.
    const ladder = LADDERS[customer.kind];
    let reached = -1;
    while (reached + 1 < ladder.length - 1 && dueDay + ladder[reached + 1] < asOfDay) reached++;
    const handOverDay = dueDay + ladder[ladder.length - 1];
    if (handOverDay < asOfDay) {
      history.push({
        customerId: customer.id,
        receivableIds: [id],
        level: FIRST_REGULAR[customer.kind] + ladder.length - 1,
        channel: 'task',
        sentOn: dateOf(handOverDay),
        kind: 'handOver',
      });
      continue;
    }
    const drift = next() % 8;
    if (reached >= 0 && drift !== 0) {
      history.push({
        customerId: customer.id,
        receivableIds: [id],
        level: FIRST_REGULAR[customer.kind] + reached,
        channel: 'email',
        sentOn: dateOf(Math.min(dueDay + ladder[reached] + (drift === 1 ? 3 : 0), asOfDay - 1)),
      });
    }
  }
  return {
    plan: {
      receivables,
      customers,
      history,
      policy: FRENCH_DUNNING_POLICY,
      asOf: AS_OF,
      creditor: { name: 'Atelier Lumière SARL', iban: 'FR7630006000011234567890189' },
    },
    floor: { asOfDay, customers: floorCustomers, cents: floorCents, dueDays: floorDueDays },
  };
}
