/**
 * An api answer as a face shows it: a table for a list, a card for one thing, a line for the
 * rest. Which fields, in which order, per kind of answer: the most telling first. Values are
 * plain data; the faces sanitise them on the way to the terminal.
 */
export type Shown =
  | { kind: 'table'; columns: string[]; rows: (string | number | boolean | null)[][]; total?: number; page?: number; pages?: number }
  | { kind: 'card'; fields: [string, string | number | boolean | null][] }
  | { kind: 'none' };

/** Fields worth a column, most telling first; a result shows those it has. */
const PREFERRED = [
  'sentAt', 'createdAt', 'reference', 'id', 'kind', 'theme', 'direction', 'title', 'sender', 'state', 'status',
  'firstName', 'lastName', 'email', 'phone', 'themes', 'confirmed', 'insz', 'qualification', 'choice', 'fraction',
  'start', 'end', 'contractId', 'quarter', 'hours', 'period', 'complete', 'submitted', 'question', 'assignee',
  'iban', 'hco', 'name', 'type', 'url', 'user', 'roles', 'organisations', 'subject', 'to', 'command', 'intent',
];
const MAX_COLUMNS = 6;

type Scalar = string | number | boolean | null;
const scalar = (v: unknown): Scalar =>
  v === null || v === undefined ? null : Array.isArray(v) ? v.map((x) => (typeof x === 'object' ? JSON.stringify(x) : String(x))).join(', ') : typeof v === 'object' ? JSON.stringify(v) : (v as Scalar);

/** The preferred fields the rows hold as a value or a list (long texts such as a body are not among them). */
function columnsOf(rows: Record<string, unknown>[]): string[] {
  const held = (v: unknown) => Array.isArray(v) || (v !== null && v !== undefined && typeof v !== 'object');
  const present = new Set(rows.flatMap((r) => Object.keys(r).filter((k) => held(r[k]))));
  return PREFERRED.filter((k) => present.has(k)).slice(0, MAX_COLUMNS);
}

export function present(result: unknown): Shown {
  if (result === null || result === undefined) return { kind: 'none' };
  const page = result as { items?: unknown; total?: number; page?: number; pages?: number; messages?: unknown };
  const items = Array.isArray(result) ? result : Array.isArray(page.items) ? page.items : Array.isArray(page.messages) ? page.messages : null;
  if (items) {
    const rows = items.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null);
    const columns = columnsOf(rows);
    return {
      kind: 'table',
      columns,
      rows: rows.map((r) => columns.map((c) => scalar(r[c]))),
      ...(typeof page.total === 'number' ? { total: page.total, page: page.page ?? 1, pages: page.pages ?? 1 } : {}),
    };
  }
  if (typeof result === 'object') {
    let record = result as Record<string, unknown>;
    // `{contact: {...}, mailedTo}`: the thing is the card, what was done with it follows.
    const nested = Object.entries(record).filter(([, v]) => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (nested.length === 1) {
      const [key, inner] = nested[0]!;
      const rest = Object.fromEntries(Object.entries(record).filter(([k, v]) => k !== key && !(Array.isArray(v) && v.length === 0)));
      record = { ...(inner as Record<string, unknown>), ...rest };
    }
    const keys = [...PREFERRED.filter((k) => k in record), ...Object.keys(record).filter((k) => !PREFERRED.includes(k))];
    return { kind: 'card', fields: keys.filter((k) => record[k] !== undefined).map((k) => [k, scalar(record[k])]) };
  }
  return { kind: 'card', fields: [['', scalar(result)]] };
}
