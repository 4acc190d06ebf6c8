import { deepFreeze } from '@tpe/core';
import type { DunningLevel, DunningPolicy } from './DunningPolicy.js';

/*
 * The levels of the ladders below, written once: the ladders differ only by
 * their first days, the channel of the firm reminder and their last notice.
 */

/** The courtesy email a few days before the due date. */
function courtesyReminder(daysBeforeDue: number): DunningLevel {
  return {
    id: 'preReminder',
    when: { daysAfterDue: -daysBeforeDue },
    channel: 'email',
    templateId: 'preReminder',
    claimsPenalties: false,
  };
}

/** The first, courteous reminder by email, a few days after the due date. */
function firstReminder(daysAfterDue: number): DunningLevel {
  return {
    id: 'firstReminder',
    when: { daysAfterDue },
    channel: 'email',
    templateId: 'courteousReminder',
    claimsPenalties: false,
  };
}

/** The firm reminder, 15 days after the first one, claiming penalties. */
function secondReminder(channel: DunningLevel['channel']): DunningLevel {
  return {
    id: 'secondReminder',
    when: { daysAfterPreviousLevel: 15 },
    channel,
    templateId: 'firmReminder',
    claimsPenalties: true,
  };
}

/** The phone call a week after the firm reminder. */
const PHONE_CALL: DunningLevel = {
  id: 'phoneCall',
  when: { daysAfterPreviousLevel: 7 },
  channel: 'phoneCall',
  templateId: 'firmReminder',
  claimsPenalties: true,
};

/**
 * The registered letter 8 days after the phone call: the formal notice
 * (mise en demeure) of a business or a consumer, the final notice of a
 * public buyer (which is not one).
 */
function lastNotice(kind: 'formalNotice' | 'finalNotice', replyWithinDays: number): DunningLevel {
  return {
    id: kind,
    when: { daysAfterPreviousLevel: 8 },
    channel: 'registeredLetter',
    templateId: kind,
    claimsPenalties: true,
    ...(kind === 'formalNotice' ? { formalNotice: true } : {}),
    replyWithinDays,
  };
}

/**
 * A ready-made policy with one ladder per kind of customer (segments
 * `business`, `consumer`, `publicBuyer`), after the usual French calendars.
 * **These calendars are practice, not law**: no text sets when to remind;
 * adapt them to your customers. Each level is counted from the day the
 * previous one was actually sent, on business days of the customer's
 * region, at least 5 days apart, a customer's receivables grouped.
 *
 * | level | `business` | `consumer` | `publicBuyer` |
 * |---|---|---|---|
 * | courtesy (email) | due − 5 | due − 3 | — |
 * | first reminder, courteous (email) | due + 7 | due + 10 | due + 15 |
 * | second reminder, firm, claims penalties (email; letter for public buyers) | + 15 | + 15 | + 15 |
 * | phone call, claims penalties | + 7 | + 7 | + 7 |
 * | formal notice, registered letter, claims penalties | + 8, pay within 8 days | + 8, pay within 15 days | final notice to the accounting officer, + 8, within 15 days |
 * | hand-over task | + 15: injonction de payer | + 15: injonction de payer | + 30: administrative judge |
 *
 * **Per kind** (the templates' variants follow the customer's kind):
 * - `business`: penalties run from the day after the due date without a
 *   reminder, and 40 € per late invoice is due (C. com. L441-10 II, D441-5);
 *   the firm reminder mentions both.
 * - `consumer`: no indemnity; without a rate in the CGV, legal interest
 *   runs only from the formal notice (C. civ. 1231-6, 1344); claims up to
 *   5,000 € may also go to the simplified small-claims procedure.
 * - `publicBuyer`: moratory interest and the 40 € run automatically
 *   (CCP R2192-31, D2192-35): no formal notice, the file is escalated to the
 *   accounting officer, then to the administrative judge. Check first that
 *   the invoice was made available in Chorus Pro.
 *
 * @example
 * ```ts
 * import { FRENCH_DUNNING_POLICY } from '@tpe/dunning';
 *
 * FRENCH_DUNNING_POLICY.segments.business.levels.map((level) => level.id);
 * // ['preReminder', 'firstReminder', 'secondReminder', 'phoneCall', 'formalNotice']
 * FRENCH_DUNNING_POLICY.segments.publicBuyer.handOver; // { daysAfterLastLevel: 30, to: 'administrativeJudge' }
 * ```
 *
 * @see C. com. L441-10 II, D441-5; C. civ. 1231-6, 1344; CCP R2192-31, D2192-35; C. proc. civ. 1405
 * @category Policy
 * @since 0.1.0
 */
export const FRENCH_DUNNING_POLICY: DunningPolicy = deepFreeze({
  segments: {
    business: {
      levels: [
        courtesyReminder(5),
        firstReminder(7),
        secondReminder('email'),
        PHONE_CALL,
        lastNotice('formalNotice', 8),
      ],
      handOver: { daysAfterLastLevel: 15, to: 'injunctionToPay' },
    },
    consumer: {
      levels: [
        courtesyReminder(3),
        firstReminder(10),
        secondReminder('email'),
        PHONE_CALL,
        lastNotice('formalNotice', 15),
      ],
      handOver: { daysAfterLastLevel: 15, to: 'injunctionToPay' },
    },
    publicBuyer: {
      levels: [
        firstReminder(15),
        secondReminder('letter'),
        PHONE_CALL,
        lastNotice('finalNotice', 15),
      ],
      handOver: { daysAfterLastLevel: 30, to: 'administrativeJudge' },
    },
  },
  businessDaysOnly: true,
  minDaysBetweenMessages: 5,
  groupReceivables: true,
});
