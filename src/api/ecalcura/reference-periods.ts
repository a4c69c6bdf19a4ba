/**
 * Reference periods (1 July – 30 June, `2023-2024`) and their quarters (`2023Q3` … `2024Q2`).
 * Dates are `yyyy-mm-dd` strings: they compare as text and carry no time zone to go wrong.
 */
import { validation } from '../errors.js';
import { echoInput } from '../identifiers/echo-input.js';

/** A closed range of days; `end` null means open-ended. */
export interface DateRange {
  start: string;
  end: string | null;
}

/** eCalcura's first reference period (seeds 001, 003): earlier ones were settled in RaaS. */
export const FIRST_ECALCURA_PERIOD = '2023-2024';
/** Its first day: what lies wholly before it belongs to periods settled in RaaS. */
export const FIRST_ECALCURA_DAY = '2023-07-01';

/** Whether a period (`2022-2023`) was settled in RaaS, so eCalcura takes no entries for it. */
export const settledInRaas = (period: string): boolean => period < FIRST_ECALCURA_PERIOD;

const PERIOD = /^\s*(\d{4})\s*[-/]\s*(\d{4})\s*$/;
const QUARTER = /^\s*(\d{4})\s*-?\s*[Qq]\s*([1-4])\s*$/;

/** `2023-2024` from what was typed, or a validation error on `field`. */
export function requirePeriod(input: string, field = 'period'): string {
  const m = PERIOD.exec(input);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw validation(field, 'period.invalid', { value: echoInput(input) });
  return `${m[1]}-${m[2]}`;
}

/** `2024Q1` from what was typed (`2024q1`, `2024-Q1`), or a validation error on `field`. */
export function requireQuarter(input: string, field = 'quarter'): string {
  const m = QUARTER.exec(input);
  if (!m) throw validation(field, 'quarter.invalid', { value: echoInput(input) });
  return `${m[1]}Q${m[2]}`;
}

export function periodRange(period: string): { start: string; end: string } {
  const first = Number(period.slice(0, 4));
  return { start: `${first}-07-01`, end: `${first + 1}-06-30` };
}

/** The four quarters of a period, in order. */
export function quartersOf(period: string): string[] {
  const first = Number(period.slice(0, 4));
  return [`${first}Q3`, `${first}Q4`, `${first + 1}Q1`, `${first + 1}Q2`];
}

export function quarterRange(quarter: string): { start: string; end: string } {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(5));
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(daysInMonth(year, endMonth))}` };
}

export function periodOfQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  return Number(quarter.slice(5)) >= 3 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** The period a day falls in. */
export function periodOf(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

export function nextPeriod(period: string): string {
  const first = Number(period.slice(0, 4)) + 1;
  return `${first}-${first + 1}`;
}

/** Periods from `from` up to and including `to`. */
export function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

/** Whether two ranges share at least one day. */
export function overlaps(a: DateRange, b: DateRange): boolean {
  return (a.end === null || a.end >= b.start) && (b.end === null || b.end >= a.start);
}

/** The days of `a` inside `b`, or null when they share none. */
export function clip(a: DateRange, b: { start: string; end: string }): { start: string; end: string } | null {
  if (!overlaps(a, b)) return null;
  return { start: a.start > b.start ? a.start : b.start, end: a.end === null || a.end > b.end ? b.end : a.end };
}

/** Days from `start` to `end`, both included. */
export function daysIn(range: { start: string; end: string }): number {
  return Math.round((Date.parse(range.end) - Date.parse(range.start)) / 86_400_000) + 1;
}

/** Today in Brussels as `yyyy-mm-dd`: a contract day is a Belgian calendar day. */
export function brusselsDay(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const pad = (n: number): string => String(n).padStart(2, '0');
