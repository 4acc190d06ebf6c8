import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type DunningHistoryEntry, dunningHistoryEntrySchema } from './DunningHistoryEntry.js';
import { readHistoryEntry } from './internal/readHistoryEntry.js';

const entry: DunningHistoryEntry = {
  customerId: 'c-1',
  receivableIds: ['A', 'B'],
  level: 2,
  channel: 'registeredLetter',
  sentOn: '2026-04-22',
  actionId: '2026-04-22/c-1/secondReminder',
  kind: 'reminder',
};

describe('dunningHistoryEntrySchema', () => {
  it('accepts an entry and refuses wrong ones', () => {
    expect(dunningHistoryEntrySchema.parse(entry)).toEqual(entry);
    for (const wrong of [
      { level: -1 },
      { level: 21 },
      { level: 1.5 },
      { receivableIds: [] },
      { channel: 'fax' },
      { sentOn: '22/04/2026' },
      { kind: 'payment' },
      { note: 'x' },
    ]) {
      expect(dunningHistoryEntrySchema.safeParse({ ...entry, ...wrong }).success).toBe(false);
    }
  });

  it('is read as the schema reads it', () => {
    const value = fc.oneof(
      fc.constantFrom(
        undefined,
        null,
        '',
        'c-1',
        0,
        -1,
        2,
        20,
        21,
        2.5,
        'email',
        'task',
        'handOver',
        '2026-04-22',
        '2026-02-30',
        [],
        ['A'],
        [''],
        {},
      ),
      fc.string({ maxLength: 3 }),
    );
    const field = fc.constantFrom(
      'customerId',
      'receivableIds',
      'level',
      'channel',
      'sentOn',
      'actionId',
      'kind',
      'extra',
    );
    fc.assert(
      fc.property(fc.array(fc.record({ field, value }), { maxLength: 3 }), (changes) => {
        const input: Record<string, unknown> = { ...entry };
        for (const { field: key, value: changed } of changes) input[key] = changed;
        expect(readHistoryEntry(input) !== undefined).toBe(
          dunningHistoryEntrySchema.safeParse(input).success,
        );
      }),
    );
  });
});
