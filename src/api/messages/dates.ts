import { validation } from '../errors.js';

/**
 * Dates as people type them in filters (`2026-03-01`, `01/03/2026`, or a full ISO time), read
 * as calendar days in Brussels: `--since` from the start of its day, `--until` to the end.
 */
export function dayStart(field: string, value: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const at = new Date(trimmed);
    if (Number.isNaN(at.getTime())) throw validation(field, 'message.date_invalid', { value: trimmed });
    return at.toISOString();
  }
  const [y, m, d] = calendarDay(field, trimmed);
  return brusselsMidnight(y, m, d).toISOString();
}

/** The first instant after the given day (or the given time itself, for a full ISO time). */
export function dayEnd(field: string, value: string): string {
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T/.test(trimmed)) {
    const at = new Date(trimmed);
    if (Number.isNaN(at.getTime())) throw validation(field, 'message.date_invalid', { value: trimmed });
    return new Date(at.getTime() + 1).toISOString();
  }
  const [y, m, d] = calendarDay(field, trimmed);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return brusselsMidnight(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()).toISOString();
}

function calendarDay(field: string, value: string): [number, number, number] {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const dutch = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : dutch ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])] : [0, 0, 0];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (!y || check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    throw validation(field, 'message.date_invalid', { value });
  }
  return [y, m, d];
}

/** Brussels' offset from UTC at an instant, in ms (one hour in winter, two in summer). */
function offsetAt(ms: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Brussels',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - ms;
}

export function brusselsMidnight(y: number, m: number, d: number): Date {
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetAt(guess);
  return new Date(guess - offsetAt(first));
}
