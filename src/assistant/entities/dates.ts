/**
 * Dates as people say them, in Dutch and English: "vandaag", "vorige week", "sinds 1 maart",
 * "last month", "tussen 1/2 en 15/2", "in maart", "01/03/2026", "2026-03-01". Days are calendar
 * days in Brussels; the result is an inclusive range of `yyyy-mm-dd` (either end may be open).
 */
import { fold } from '../text.js';

export interface DayRange {
  from?: string;
  to?: string;
  /** The words that said it, as typed (to leave them out of a search). */
  said: string;
}

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2,
  maart: 3, march: 3, mrt: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};
const MONTH_WORDS = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** Today's calendar day in Brussels. */
export function brusselsToday(now: Date): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const [y, m, d] = parts.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const valid = (y: number, m: number, d: number) => {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** One day written out; a day without a year is the latest one not after today (or, `future`, the next). */
function day(text: string, today: [number, number, number], future: boolean): { y: number; m: number; d: number } | null {
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return check(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/.exec(text);
  if (match) return withYear(Number(match[1]), Number(match[2]), match[3], today, future);
  match = new RegExp(`^(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s+(${MONTH_WORDS})\\.?(?:\\s+(\\d{4}))?$`).exec(text);
  if (match) return withYear(Number(match[1]), MONTHS[match[2]!]!, match[3], today, future);
  match = new RegExp(`^(${MONTH_WORDS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`).exec(text);
  if (match) return withYear(Number(match[2]), MONTHS[match[1]!]!, match[3], today, future);
  return null;
}

function check(y: number, m: number, d: number) {
  return valid(y, m, d) ? { y, m, d } : null;
}

function withYear(d: number, m: number, year: string | undefined, today: [number, number, number], future: boolean) {
  if (year) return check(year.length === 2 ? 2000 + Number(year) : Number(year), m, d);
  const [ty, tm, td] = today;
  const after = m > tm || (m === tm && d > td);
  const y = future ? (after || (m === tm && d === td) ? ty : ty + 1) : after ? ty - 1 : ty;
  return check(y, m, d);
}

const DAY = `(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+(?:${MONTH_WORDS})\\.?(?:\\s+\\d{4})?|(?:${MONTH_WORDS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)`;
const FROM = '(?:sinds|vanaf|van|na|since|from|after|starting|beginnend|start(?:end|ing)?(?:\\s+on)?|ingaand|begin(?:t|nend)?(?:\\s+op)?)';
const TO = '(?:tot(?:\\s+en\\s+met)?|t/m|tem|voor|until|till|to|before|through|einde|eindigt(?:\\s+op)?|ends?(?:\\s+on)?|ending(?:\\s+on)?)';

/**
 * The day range a sentence names, with `now` as today. `future` reads a day without a year as
 * the next one (a contract that starts "1 juli" starts next July), not the last.
 */
export function findDates(sentence: string, now: Date, opts: { future?: boolean } = {}): DayRange | null {
  const text = fold(sentence);
  const today = brusselsToday(now);
  const [y, m, d] = today;
  const future = opts.future ?? false;
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday 0

  const between = new RegExp(`(?:tussen|between|van|from)\\s+${DAY}\\s+(?:en|and|tot|to|till|until|-)\\s+${DAY}`).exec(text);
  if (between) {
    const a = day(between[1]!, today, future);
    const b = day(between[2]!, today, future);
    if (a && b) return { from: iso(a.y, a.m, a.d), to: iso(b.y, b.m, b.d), said: between[0] };
  }
  let range: DayRange | null = null;
  const from = new RegExp(`${FROM}\\s+${DAY}`).exec(text);
  if (from) {
    const a = day(from[1]!, today, future);
    if (a) range = { from: iso(a.y, a.m, a.d), said: from[0] };
  }
  const to = new RegExp(`${TO}\\s+${DAY}`).exec(text);
  if (to) {
    const b = day(to[1]!, today, future);
    if (b) range = { ...range, to: iso(b.y, b.m, b.d), said: [range?.said, to[0]].filter(Boolean).join(' ') };
  }
  if (range) return range;

  const relative: [RegExp, () => [string, string]][] = [
    [/\b(vandaag|today)\b/, () => [iso(y, m, d), iso(y, m, d)]],
    [/\b(gisteren|yesterday)\b/, () => [iso(y, m, d - 1), iso(y, m, d - 1)]],
    [/\b(eergisteren)\b/, () => [iso(y, m, d - 2), iso(y, m, d - 2)]],
    [/\b(deze week|this week)\b/, () => [iso(y, m, d - weekday), iso(y, m, d)]],
    [/\b(vorige week|verleden week|last week|previous week)\b/, () => [iso(y, m, d - weekday - 7), iso(y, m, d - weekday - 1)]],
    [/\b(deze maand|this month)\b/, () => [iso(y, m, 1), iso(y, m, d)]],
    [/\b(vorige maand|verleden maand|last month|previous month)\b/, () => [iso(y, m - 1, 1), iso(y, m - 1, lastDay(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1))]],
    [/\b(dit jaar|this year)\b/, () => [iso(y, 1, 1), iso(y, m, d)]],
    [/\b(vorig jaar|verleden jaar|last year)\b/, () => [iso(y - 1, 1, 1), iso(y - 1, 12, 31)]],
  ];
  for (const [pattern, make] of relative) {
    const hit = pattern.exec(text);
    if (hit) {
      const [a, b] = make();
      return { from: a, to: b, said: hit[0] };
    }
  }
  const lastDays = /\b(?:(?:de |the )?(?:laatste|afgelopen|voorbije|past|last))\s+(\d{1,3})\s+(dagen|days|weken|weeks)\b/.exec(text);
  if (lastDays) {
    const n = Number(lastDays[1]) * (/^w/.test(lastDays[2]!) ? 7 : 1);
    return { from: iso(y, m, d - n + 1), to: iso(y, m, d), said: lastDays[0] };
  }
  const inMonth = new RegExp(`\\b(?:in|uit|of|during|tijdens)\\s+(${MONTH_WORDS})(?:\\s+(\\d{4}))?\\b`).exec(text);
  if (inMonth) {
    const month = MONTHS[inMonth[1]!]!;
    const year = inMonth[2] ? Number(inMonth[2]) : month > m ? y - 1 : y;
    return { from: iso(year, month, 1), to: iso(year, month, lastDay(year, month)), said: inMonth[0] };
  }
  const single = new RegExp(`(?:^|\\s)(?:op|on)\\s+${DAY}`).exec(text) ?? new RegExp(`(?:^|\\s)${DAY}(?=\\s|$|[,.?!])`).exec(text);
  if (single) {
    const a = day(single[1]!, today, future);
    if (a) return { from: iso(a.y, a.m, a.d), to: iso(a.y, a.m, a.d), said: single[0].trim() };
  }
  return null;
}
