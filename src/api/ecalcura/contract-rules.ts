/**
 * The rules a contract must meet, in three steps so each runs where it belongs: the input's
 * shape (no I/O), the person (national register and eCad, before any transaction), and the
 * facility's data (inside the transaction that stores it). Contracts entered by hand, edited
 * and imported from RaaS go through the same steps.
 */
import { conflict, notFound, validation } from '../errors.js';
import { formatInsz, requireInsz } from '../identifiers/insz.js';
import { findQualification, requireQualification } from '../identifiers/qualifications.js';
import { echoInput } from '../identifiers/echo-input.js';
import type { Store } from '../store/db.js';
import { requireId } from '../validate.js';
import { entitledFrom } from './age-bands.js';
import { requireDay, showDay } from './days.js';
import { CHOICES, CONTRACT_KINDS, organisationType, type Choice, type Contract, type ContractKind } from './model.js';
import type { Person } from './people.js';
import { periodOf, periodRange } from './reference-periods.js';
import { statement } from './statements.js';

const OVERLAP =
  'SELECT id, start_date, end_date FROM contracts WHERE hco = ? AND insz = ? AND id != ? AND start_date <= ? ORDER BY start_date DESC LIMIT 1';

/** A contract as typed (command flags, a RaaS row): every field still unchecked. */
export interface ContractFields {
  insz?: string;
  kind?: string;
  choice?: string | null;
  qualification?: string | null;
  fraction?: string | number;
  start?: string;
  /** Empty or null: open-ended. */
  end?: string | null;
  replaces?: string | number | null;
  gelijkgesteld?: boolean;
}

/** A contract whose fields have the right shape; what the person and the store say comes next. */
export type ContractDraft = Pick<Contract, 'insz' | 'kind' | 'choice' | 'qualification' | 'fraction' | 'start' | 'end' | 'replaces' | 'gelijkgesteld'>;

const given = (v: string | number | null | undefined): boolean => v !== undefined && v !== null && String(v).trim() !== '';

/** Step one: each field on its own and the fields together, without asking anyone. */
export function checkShape(input: ContractFields): ContractDraft {
  const insz = requireInsz(input.insz ?? '', 'insz');
  const kindText = (input.kind ?? '').trim().toLowerCase();
  if (!kindText) throw validation('kind', 'field.required');
  if (!(CONTRACT_KINDS as readonly string[]).includes(kindText)) {
    throw validation('kind', 'contract.kind_invalid', { value: echoInput(input.kind ?? ''), known: CONTRACT_KINDS.join(', ') });
  }
  const kind = kindText as ContractKind;

  const qualification = kind === 'cra' && !given(input.qualification) ? null : requireQualification(String(input.qualification ?? ''), 'qualification');
  const fraction = requireFraction(input.fraction);
  if (!given(input.start)) throw validation('start', 'field.required');
  const start = requireDay('start', String(input.start));
  const end = given(input.end) ? requireDay('end', String(input.end)) : null;
  if (end !== null && end < start) throw validation('end', 'contract.end_before_start', { start: showDay(start), end: showDay(end) });

  let choice: Choice | null = null;
  if (kind === 'gerechtigde') {
    const text = String(input.choice ?? '').trim().toLowerCase();
    if (!text) throw validation('choice', 'contract.choice_required');
    if (!(CHOICES as readonly string[]).includes(text)) throw validation('choice', 'contract.choice_invalid', { value: echoInput(String(input.choice)) });
    choice = text as Choice;
  } else if (given(input.choice)) {
    throw validation('choice', 'contract.choice_only_gerechtigde', { kind });
  }

  let replaces: number | null = null;
  if (kind === 'vervanger') {
    if (!given(input.replaces)) throw validation('replaces', 'contract.replaces_required');
    replaces = requireId('replaces', input.replaces!);
  } else if (given(input.replaces)) {
    throw validation('replaces', 'contract.replaces_only_vervanger', { kind });
  }

  const gelijkgesteld = input.gelijkgesteld === true;
  if (gelijkgesteld && kind !== 'gerechtigde') throw validation('gelijkgesteld', 'contract.gelijkgesteld_only_gerechtigde', { kind });
  if (kind === 'gerechtigde' && qualification && !qualification.care && !gelijkgesteld) {
    throw validation('qualification', 'contract.not_care', { qualification: qualification.code });
  }

  return { insz, kind, choice, qualification: qualification?.code ?? null, fraction, start, end, replaces, gelijkgesteld };
}

/** An employment fraction in (0, 1]: `0.8`, `0,8` or `80%`. */
export function requireFraction(input: string | number | undefined): number {
  const text = String(input ?? '').trim();
  if (!text) throw validation('fraction', 'field.required');
  const percent = text.endsWith('%');
  const number = Number((percent ? text.slice(0, -1) : text).trim().replace(',', '.'));
  const value = percent ? number / 100 : number;
  if (!/^[0-9.,]+%?$/.test(text.replace(/\s/g, '')) || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw validation('fraction', 'contract.fraction_invalid', { value: echoInput(text) });
  }
  return Math.round(value * 10_000) / 10_000;
}

/**
 * Step two: what the registers say. A qualification that needs a visum needs it in eCad; a
 * gerechtigde must reach 45 while the contract runs — up to the end of the current reference
 * period (or of the period it starts in, when that is later), since a later birthday gives no
 * right now.
 */
export function checkPerson(draft: ContractDraft, person: Person, today: string): void {
  const qualification = draft.qualification ? findQualification(draft.qualification) : undefined;
  if (qualification?.needsVisum && !person.visums.includes(qualification.code)) {
    throw validation('qualification', 'visum.missing', {
      name: `${person.firstName} ${person.lastName}`,
      insz: formatInsz(person.insz),
      qualification: qualification.code,
    });
  }
  if (draft.kind === 'gerechtigde') {
    const horizon = periodRange(periodOf(draft.start > today ? draft.start : today)).end;
    const lastDay = draft.end !== null && draft.end < horizon ? draft.end : horizon;
    const from = entitledFrom(person.birthDate);
    if (from > lastDay) {
      throw validation('insz', 'contract.under_45', { name: `${person.firstName} ${person.lastName}`, from: showDay(from), last: showDay(lastDay) });
    }
  }
}

/**
 * Step three, inside the transaction: the facility may hold this kind of contract, a vervanger
 * replaces a gerechtigde of the same facility, and one person's contracts at one facility never
 * overlap. Contracts of one person never overlap, so the latest one starting before this one
 * ends is the only one that can.
 */
export function checkInStore(store: Store, hco: string, draft: ContractDraft, self: number | null): void {
  if (draft.kind === 'cra') {
    const type = organisationType(store, hco);
    if (type !== 'WZC') throw validation('kind', 'contract.cra_only_wzc', { type });
  }
  if (draft.replaces !== null) {
    const replaced = statement(store, 'SELECT kind FROM contracts WHERE id = ? AND hco = ?').get(draft.replaces, hco) as { kind: string } | undefined;
    if (!replaced) throw notFound('contract.not_found', { id: draft.replaces });
    if (replaced.kind !== 'gerechtigde' || draft.replaces === self) {
      throw validation('replaces', 'contract.replaces_not_gerechtigde', { id: draft.replaces });
    }
  }
  const before = statement(store, OVERLAP).get(hco, draft.insz, self ?? -1, draft.end ?? '9999-12-31') as
    | { id: number; start_date: string; end_date: string | null }
    | undefined;
  if (before && (before.end_date === null || before.end_date >= draft.start)) {
    throw conflict('contract.overlap', { id: before.id, start: showDay(before.start_date), end: before.end_date ? showDay(before.end_date) : '…' });
  }
}
