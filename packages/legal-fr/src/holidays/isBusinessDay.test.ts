import { describe, expect, it } from 'vitest';
import { isBusinessDay } from './isBusinessDay.js';

describe('isBusinessDay', () => {
  it('counts Monday to Friday (jours ouvrés) by default', () => {
    expect(isBusinessDay('2026-05-04')).toBe(true); // Monday
    expect(isBusinessDay('2026-05-07')).toBe(true); // Thursday
    expect(isBusinessDay('2026-05-09')).toBe(false); // Saturday
    expect(isBusinessDay('2026-05-10')).toBe(false); // Sunday
  });

  it('excludes public holidays', () => {
    expect(isBusinessDay('2026-05-08')).toBe(false); // Friday, Victoire 1945
    expect(isBusinessDay('2026-05-14')).toBe(false); // Ascension
    expect(isBusinessDay('2026-05-25')).toBe(false); // Whit Monday
  });

  it('counts Saturdays as business days with mondayToSaturday (jours ouvrables), holidays still excluded', () => {
    const ouvrables = { businessWeek: 'mondayToSaturday' } as const;
    expect(isBusinessDay('2026-05-09', ouvrables)).toBe(true);
    expect(isBusinessDay('2026-05-10', ouvrables)).toBe(false);
    expect(isBusinessDay('2026-08-15', ouvrables)).toBe(false); // Saturday and Assomption
    expect(isBusinessDay('2026-08-22', ouvrables)).toBe(true);
  });

  it('applies the region', () => {
    expect(isBusinessDay('2026-04-03')).toBe(true);
    expect(isBusinessDay('2026-04-03', { region: 'alsaceMoselle' })).toBe(false);
    expect(isBusinessDay('2026-05-22', { region: 'martinique' })).toBe(false);
  });

  it('applies closed days', () => {
    expect(isBusinessDay('2026-12-24', { closedDays: ['2026-12-24', '2026-12-31'] })).toBe(false);
    expect(isBusinessDay('2026-12-23', { closedDays: ['2026-12-24', '2026-12-31'] })).toBe(true);
  });

  it.each([
    ['2026-02-29', ['date']],
    ['2200-01-01', ['date']],
    ['', ['date']],
  ])('refuses the date %j', (date, path) => {
    expect(() => isBusinessDay(date)).toThrowError(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        issues: [expect.objectContaining({ path })],
      }),
    );
  });

  it('refuses bad options', () => {
    const bad: readonly [unknown, readonly (string | number)[]][] = [
      [{ businessWeek: 'mondayToSunday' }, ['options', 'businessWeek']],
      [{ closedDays: ['2026-13-01'] }, ['options', 'closedDays', 0]],
      [{ closedDays: '2026-12-24' }, ['options', 'closedDays']],
      [{ saturday: true }, ['options']],
    ];
    for (const [options, path] of bad) {
      expect(() => isBusinessDay('2026-05-07', options as never)).toThrowError(
        expect.objectContaining({
          code: 'INVALID_INPUT',
          issues: [expect.objectContaining({ path })],
        }),
      );
    }
  });
});
