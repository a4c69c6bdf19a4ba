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

/**
 * Whether a facility's message on this thread may go out (seed 004, 4.2.2.2: "Van zodra de
 * contactpersoon is toegevoegd kan u het bericht verzenden"): someone is set to hear of the
 * answer, a standard contact of the theme (confirmed or not yet) not taken off this thread, or
 * someone named for this thread. Who is actually mailed is `notified`: confirmation still counts
 * there, so a mistyped address gets nothing until its owner confirms it.
 */
export function contactIsSet(recipients: readonly Recipient[]): boolean {
  return recipients.some((r) => r.added || (r.standard && !r.removed));
}

/** Whether a theme of a facility has a standard contact, confirmed or not: a new message there can go out. */
export function themeHasContact(store: Store, hco: string, theme: string): boolean {
  return (
    store.raw
      .prepare(
        `SELECT 1 FROM contacts c JOIN contact_themes x ON x.contact_id = c.id
         WHERE c.hco = ? AND x.theme = ? AND c.standard = 1 LIMIT 1`,
      )
      .get(hco, theme) !== undefined
  );
}
