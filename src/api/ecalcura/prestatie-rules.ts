/**
 * Which contracts report prestaties for which quarter, and how many hours a quarter can hold:
 * a full-time week (parameters.ts) × the weeks the contract ran in the quarter × its fraction.
 */
import { validation } from '../errors.js';
import { echoInput } from '../identifiers/echo-input.js';
import { showDay } from './days.js';
import { needsPrestaties, type Contract } from './model.js';
import { ENTITLEMENT_PARAMETERS } from './parameters.js';
import { clip, daysIn, quarterRange } from './reference-periods.js';

type Shape = Pick<Contract, 'id' | 'kind' | 'choice' | 'fraction' | 'start' | 'end'>;

/** The most hours this contract can have performed in the quarter, or null when it did not run then. */
export function maxHours(contract: Shape, quarter: string): number | null {
  const days = clip(contract, quarterRange(quarter));
  if (!days) return null;
  return Math.floor(((ENTITLEMENT_PARAMETERS.fullTimeHoursPerWeek * daysIn(days)) / 7) * contract.fraction * 100) / 100;
}

/** Hours as typed: a number ≥ 0 with at most two decimals (`120`, `120,5`). */
export function requireHours(input: string | number | undefined): number {
  const text = String(input ?? '').trim().replace(',', '.');
  if (!text) throw validation('hours', 'field.required');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) throw validation('hours', 'prestatie.hours_invalid', { value: echoInput(String(input)) });
  return Number(text);
}

/** Refuses prestaties for a contract that reports none, or for a quarter it did not run in, or too many hours. */
export function checkPrestatie(contract: Shape, quarter: string, hours: number): number {
  if (!needsPrestaties(contract)) throw validation('contract', 'prestatie.not_needed', { id: contract.id, kind: contract.kind, choice: contract.choice ?? '-' });
  const max = maxHours(contract, quarter);
  if (max === null) throw validation('quarter', 'prestatie.not_active', { id: contract.id, quarter, start: showDay(contract.start), end: contract.end ? showDay(contract.end) : '…' });
  if (hours > max) throw validation('hours', 'prestatie.too_many', { hours, max, quarter, fraction: contract.fraction });
  return max;
}
