import { notFound } from '../errors.js';
import type { Store } from '../store/db.js';

/** A contact person of a facility, with the themes whose notifications they receive. */
export interface Contact {
  id: number;
  hco: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  themes: string[];
  /** Confirmed through the link in the confirmation mail; only then notified ("v" in the overview). */
  confirmed: boolean;
  /** A standard contact of its themes (false: added for one message only). */
  standard: boolean;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: number;
  hco: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  standard: number;
  confirmed_at: string | null;
  created_at: string;
  updated_at: string;
  themes: string | null;
}

const toContact = (r: Row): Contact => ({
  id: r.id,
  hco: r.hco,
  firstName: r.first_name,
  lastName: r.last_name,
  email: r.email,
  phone: r.phone,
  themes: r.themes ? r.themes.split(',').sort() : [],
  confirmed: r.confirmed_at !== null,
  standard: r.standard === 1,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface ContactQuery {
  theme?: string;
  confirmed?: boolean;
  /** Keep only contacts with one of these themes, and show only these themes (department). */
  themesIn?: readonly string[];
  id?: number;
  standardOnly?: boolean;
}

/** The contacts of one facility, ordered by name. One query; themes folded in. */
export function queryContacts(store: Store, hco: string, q: ContactQuery = {}): Contact[] {
  const where = ['c.hco = ?'];
  const params: unknown[] = [hco];
  if (q.standardOnly !== false) where.push('c.standard = 1');
  if (q.confirmed) where.push('c.confirmed_at IS NOT NULL');
  if (q.id !== undefined) {
    where.push('c.id = ?');
    params.push(q.id);
  }
  if (q.theme) {
    where.push('EXISTS (SELECT 1 FROM contact_themes x WHERE x.contact_id = c.id AND x.theme = ?)');
    params.push(q.theme);
  }
  let themeFilter = '';
  if (q.themesIn) {
    const marks = q.themesIn.map(() => '?').join(',') || "''";
    where.push(`EXISTS (SELECT 1 FROM contact_themes x WHERE x.contact_id = c.id AND x.theme IN (${marks}))`);
    params.push(...q.themesIn);
    themeFilter = ` AND t.theme IN (${marks})`;
    params.unshift(...q.themesIn);
  }
  const rows = store.raw
    .prepare(
      `SELECT c.*, (SELECT group_concat(t.theme) FROM contact_themes t WHERE t.contact_id = c.id${themeFilter}) AS themes
       FROM contacts c WHERE ${where.join(' AND ')}
       ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id`,
    )
    .all(...params) as Row[];
  return rows.map(toContact);
}

/**
 * One contact of this facility; another facility's contact is simply not found. With
 * `standardOnly: false` also a person added for one message only ("Ontvangers voor").
 */
export function getContact(store: Store, hco: string, id: number, opts: { standardOnly?: boolean } = {}): Contact {
  const [contact] = queryContacts(store, hco, { id, standardOnly: opts.standardOnly });
  if (!contact) throw notFound('contact.not_found', { id });
  return contact;
}

/** The organisation's name, for mails. */
export function organisationName(store: Store, hco: string): string {
  const row = store.raw.prepare('SELECT name FROM organisations WHERE hco = ?').get(hco) as { name: string } | undefined;
  return row?.name ?? hco;
}
