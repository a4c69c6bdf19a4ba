import { describe, expect, it } from 'vitest';
import { dayEnd, dayStart } from '../../src/api/messages/dates.js';
import { isEloketError } from '../../src/api/errors.js';

describe('date filters as calendar days in Brussels', () => {
  it('start a winter day at 23:00 UTC the day before', () => {
    expect(dayStart('since', '2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(dayEnd('until', '2026-01-15')).toBe('2026-01-15T23:00:00.000Z');
  });

  it('start a summer day at 22:00 UTC the day before', () => {
    expect(dayStart('since', '2026-07-01')).toBe('2026-06-30T22:00:00.000Z');
  });

  it('end the day the clocks go forward after 23 hours', () => {
    expect(dayStart('since', '2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(dayEnd('until', '2026-03-29')).toBe('2026-03-29T22:00:00.000Z');
  });

  it('read dd/mm/yyyy as Dutch users write it, and full ISO times as given', () => {
    expect(dayStart('since', '1/3/2026')).toBe(dayStart('since', '2026-03-01'));
    expect(dayStart('since', '2026-03-01T10:00:00Z')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('refuses days that do not exist, naming the field', () => {
    for (const value of ['2026-02-30', '31/04/2026', 'gisteren', '2026-13-01']) {
      try {
        dayStart('since', value);
        expect.unreachable(value);
      } catch (error) {
        expect(isEloketError(error) && error.field).toBe('since');
      }
    }
  });
});
