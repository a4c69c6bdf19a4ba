import type { Store } from '../store/db.js';

/**
 * "Ontvangers voor" (seed 004, 4.2.2.2): who of the facility hears of answers to one thread.
 * The confirmed standard contacts of the theme, plus contacts added for this thread only, minus
 * the theme's contacts removed from this thread only (they stay standard contacts elsewhere).
 */
export interface Recipient {
  /** The contact's id (`contacts` table; message-only people have one too). */
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  /** A standard contact of this thread's theme. */
  standard: boolean;
  confirmed: boolean;
  /** Added for this thread only. */
  added: boolean;
  /** A standard contact removed from this thread only. */
  removed: boolean;
  /** Whether answers on this thread are mailed to them. */
  notified: boolean;
}

interface Row {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  theme_contact: number;
  confirmed: number;
  mark: number | null;
}

/** Everyone relevant to the thread (notified or not), by name. */
export function threadRecipients(store: Store, thread: { id: number; hco: string; theme: string }): Recipient[] {
  const rows = store.raw
    .prepare(
      `SELECT c.id, c.first_name, c.last_name, c.email,
              (c.standard = 1 AND EXISTS (SELECT 1 FROM contact_themes x WHERE x.contact_id = c.id AND x.theme = @theme)) AS theme_contact,
              (c.confirmed_at IS NOT NULL) AS confirmed,
              r.excluded AS mark
       FROM contacts c LEFT JOIN thread_recipients r ON r.contact_id = c.id AND r.thread_id = @thread
       WHERE c.hco = @hco
         AND (r.contact_id IS NOT NULL
              OR (c.standard = 1 AND EXISTS (SELECT 1 FROM contact_themes x WHERE x.contact_id = c.id AND x.theme = @theme)))
       ORDER BY c.last_name COLLATE NOCASE, c.first_name COLLATE NOCASE, c.id`,
    )
    .all({ theme: thread.theme, thread: thread.id, hco: thread.hco }) as Row[];
  return rows.map((r) => {
    const added = r.mark === 0;
    const removed = r.mark === 1;
    return {
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      standard: r.theme_contact === 1,
      confirmed: r.confirmed === 1,
      added,
      removed,
      // Added people are told even unconfirmed: the facility chose them for this very thread.
      notified: added || (!removed && r.theme_contact === 1 && r.confirmed === 1),
    };
  });
}

/** The addresses to mail for a thread, each once. */
export function notifiedAddresses(recipients: readonly Recipient[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of recipients) {
    if (!r.notified || seen.has(r.email.toLowerCase())) continue;
    seen.add(r.email.toLowerCase());
    out.push(r.email);
  }
  return out;
}

/** Confirmed standard contacts of a theme: who a new thread would notify. */
export function themeContactCount(store: Store, hco: string, theme: string): number {
  return (
    store.raw
      .prepare(
        `SELECT count(*) AS n FROM contacts c JOIN contact_themes x ON x.contact_id = c.id
         WHERE c.hco = ? AND x.theme = ? AND c.standard = 1 AND c.confirmed_at IS NOT NULL`,
      )
      .get(hco, theme) as { n: number }
  ).n;
}
