import type { Kysely } from 'kysely';
import type { Context } from '../context.js';
import { departmentThemes, facilityScope, readScope } from '../access.js';
import { conflict, EloketError, forbidden, notFound, validation } from '../errors.js';
import { queueMail } from '../mail/outbox.js';
import type { Principal } from '../principal.js';
import type { Store } from '../store/db.js';
import type { Database } from '../store/schema.js';
import { inTransaction } from '../store/tx.js';
import { requireThemes } from '../themes.js';
import { requireEmail, requireId, requirePhone, requireText } from '../validate.js';
import { addressMovedMail, changedMail, confirmationMail, removedMail, type Change } from './mails.js';
import { getContact, organisationName, queryContacts, type Contact } from './model.js';
import { hashToken, issueToken } from './tokens.js';

export type { Contact } from './model.js';

/** What a facility user types to add a contact. */
export interface NewContact {
  hco?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  themes?: string[];
}

/** Fields to change; absent fields stay. An empty phone clears it. */
export interface ContactChanges {
  hco?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  themes?: string[];
}

/** The outcome of a change: the contact as stored, who was mailed, and what changed. */
export interface ContactResult {
  contact: Contact;
  mailedTo: string[];
  changes: Change[];
}

/** A new contact's fields, checked: what `insertContact` stores. */
export interface CheckedContact {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  themes: string[];
}

/** Checks what was typed for a new contact (before any transaction), naming the wrong field. */
export function checkNewContact(store: Store, input: NewContact): CheckedContact {
  const firstName = requireText('first', input.firstName, 100);
  const lastName = requireText('last', input.lastName, 100);
  const email = requireEmail('email', input.email);
  const phone = input.phone === undefined || input.phone.trim() === '' ? null : requirePhone('phone', input.phone);
  if (!input.themes || input.themes.length === 0) throw validation('theme', 'theme.required');
  const themes = requireThemes(store, 'theme', input.themes);
  return { firstName, lastName, email, phone, themes };
}

/**
 * Step one of two, inside the caller's transaction: the contact is stored unconfirmed and the
 * confirmation mail is queued. Also used when a message adds a standard contact ("Ontvangers voor").
 */
export async function insertContact(ctx: Context, db: Kysely<Database>, hco: string, c: CheckedContact): Promise<Contact> {
  const store = ctx.store();
  const existing = store.raw
    .prepare('SELECT id FROM contacts WHERE hco = ? AND standard = 1 AND email = ? COLLATE NOCASE')
    .get(hco, c.email) as { id: number } | undefined;
  if (existing) throw conflict('contact.duplicate_email', { email: c.email, id: existing.id });
  const at = ctx.now().toISOString();
  const { id } = await db
    .insertInto('contacts')
    .values({ hco, first_name: c.firstName, last_name: c.lastName, email: c.email, phone: c.phone, standard: 1, confirmed_at: null, created_at: at, updated_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('contact_themes').values(c.themes.map((theme) => ({ contact_id: id, theme }))).execute();
  const token = await issueToken(db, id, c.email, ctx.now());
  await queueMail(ctx, db, confirmationMail(hco, organisationName(store, hco), c, c.themes, token));
  return getContact(store, hco, id);
}

/** Changes are for the facility's own users; the department reads and changes nothing. */
function changeScope(principal: Principal, hco?: string): string {
  if (principal.kind === 'department') throw forbidden('access.read_only');
  return facilityScope(principal, hco);
}

export function createContactsApi(ctx: Context) {
  return {
    /**
     * The overview of a facility's contacts; `confirmed` gives the per-theme view's people.
     * Department users read any facility (`hco`) but only contacts and themes of their team.
     */
    async list(opts: { hco?: string; theme?: string; confirmed?: boolean } = {}): Promise<Contact[]> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = readScope(store, principal, opts.hco);
      const theme = opts.theme ? requireThemes(store, 'theme', [opts.theme])[0] : undefined;
      let themesIn: string[] | undefined;
      if (principal.kind === 'department') {
        themesIn = departmentThemes(store, principal);
        if (theme && !themesIn.includes(theme)) throw forbidden('access.theme_not_in_team', { theme });
      }
      return queryContacts(store, hco, { theme, confirmed: opts.confirmed, themesIn });
    },

    /** "Contactpersonen per thema": each theme with its confirmed contacts. */
    async byTheme(opts: { hco?: string } = {}): Promise<{ theme: string; contacts: Contact[] }[]> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = readScope(store, principal, opts.hco);
      const visible = principal.kind === 'department' ? departmentThemes(store, principal) : undefined;
      const themes = (store.raw.prepare('SELECT code FROM themes ORDER BY code').all() as { code: string }[])
        .map((t) => t.code)
        .filter((t) => !visible || visible.includes(t));
      const confirmed = queryContacts(store, hco, { confirmed: true });
      return themes.map((theme) => ({ theme, contacts: confirmed.filter((c) => c.themes.includes(theme)) }));
    },

    async show(id: number | string, opts: { hco?: string } = {}): Promise<Contact> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = readScope(store, principal, opts.hco);
      const contactId = requireId('id', id);
      if (principal.kind === 'department') {
        const [c] = queryContacts(store, hco, { id: contactId, themesIn: departmentThemes(store, principal) });
        if (!c) throw notFound('contact.not_found', { id: contactId });
        return c;
      }
      // The facility also sees the people it added for one message only ("Ontvangers voor").
      return getContact(store, hco, contactId, { standardOnly: false });
    },

    /**
     * Step one of two: the contact is stored unconfirmed and a confirmation mail with a link
     * (and the `eloket contacts confirm` line) goes to the address.
     */
    async add(input: NewContact): Promise<ContactResult> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = changeScope(principal, input.hco);
      const checked = checkNewContact(store, input);
      return inTransaction(store, async (db) => {
        const contact = await insertContact(ctx, db, hco, checked);
        return { contact, mailedTo: [checked.email], changes: [] };
      });
    },

    /**
     * Changes a contact and mails what changed. A new e-mail address makes the contact
     * unconfirmed: a confirmation mail goes to the new address, an information mail to the old.
     * A person added for one message only ("Ontvangers voor", seed 4.2.2.2) is edited here too:
     * name, e-mail and phone; they need no confirmation (they hear of that thread only), so a new
     * address gets the list of changes, and so does the old one. Themes they have none; making
     * them a theme's contact is `contacts add` (through its confirmation).
     */
    async edit(id: number | string, input: ContactChanges): Promise<ContactResult> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = changeScope(principal, input.hco);
      const contactId = requireId('id', id);
      const next = {
        firstName: input.firstName === undefined ? undefined : requireText('first', input.firstName, 100),
        lastName: input.lastName === undefined ? undefined : requireText('last', input.lastName, 100),
        email: input.email === undefined ? undefined : requireEmail('email', input.email),
        phone: input.phone === undefined ? undefined : input.phone.trim() === '' ? null : requirePhone('phone', input.phone),
        themes: input.themes === undefined ? undefined : input.themes.length === 0 ? [] : requireThemes(store, 'theme', input.themes),
      };
      const noThemes = next.themes !== undefined && next.themes.length === 0;
      if (Object.values(next).every((v) => v === undefined)) throw new EloketError('usage', 'nothing.to_change');
      return inTransaction(store, async (db) => {
        const before = getContact(store, hco, contactId, { standardOnly: false });
        const messageOnly = !before.standard;
        if (messageOnly) {
          // No themes is what they have; asking for themes is another step (`contacts add`).
          if (next.themes !== undefined && next.themes.length > 0) throw conflict('contact.message_only_themes', { id: contactId });
          next.themes = undefined;
        } else if (noThemes) {
          throw validation('theme', 'theme.required');
        }
        const changes: Change[] = [];
        const note = (label: string, from: string | null, to: string | null) => {
          if ((from ?? '') !== (to ?? '')) changes.push({ label, from: from ?? '', to: to ?? '' });
        };
        if (next.firstName !== undefined) note('Voornaam', before.firstName, next.firstName);
        if (next.lastName !== undefined) note('Naam', before.lastName, next.lastName);
        if (next.email !== undefined && next.email.toLowerCase() !== before.email.toLowerCase()) note('E-mailadres', before.email, next.email);
        if (next.phone !== undefined) note('Telefoon', before.phone, next.phone);
        if (next.themes !== undefined) note("Thema's", before.themes.join(', '), [...next.themes].sort().join(', '));
        if (changes.length === 0) return { contact: before, mailedTo: [], changes };

        const emailChanged = changes.some((c) => c.label === 'E-mailadres');
        if (emailChanged) {
          // A standard contact's address is unique among standard contacts; a person for one
          // message takes no address the facility already has (adding them would reuse it).
          const duplicate = store.raw
            .prepare(`SELECT id FROM contacts WHERE hco = ? ${messageOnly ? '' : 'AND standard = 1'} AND email = ? COLLATE NOCASE AND id <> ?`)
            .get(hco, next.email, contactId) as { id: number } | undefined;
          if (duplicate) throw conflict('contact.duplicate_email', { email: next.email!, id: duplicate.id });
        }
        const at = ctx.now().toISOString();
        await db
          .updateTable('contacts')
          .set({
            first_name: next.firstName ?? before.firstName,
            last_name: next.lastName ?? before.lastName,
            email: emailChanged ? next.email! : before.email,
            phone: next.phone === undefined ? before.phone : next.phone,
            updated_at: at,
            // Only a new address needs confirming again; other changes keep the confirmation.
            ...(emailChanged && !messageOnly ? { confirmed_at: null } : {}),
          })
          .where('id', '=', contactId)
          .execute();
        if (next.themes !== undefined) {
          await db.deleteFrom('contact_themes').where('contact_id', '=', contactId).execute();
          await db.insertInto('contact_themes').values(next.themes.map((theme) => ({ contact_id: contactId, theme }))).execute();
        }
        const after = getContact(store, hco, contactId, { standardOnly: false });
        const facility = organisationName(store, hco);
        const mailedTo: string[] = [];
        if (emailChanged && messageOnly) {
          await queueMail(ctx, db, changedMail(hco, facility, after.email, after, changes));
          await queueMail(ctx, db, changedMail(hco, facility, before.email, after, changes));
          mailedTo.push(after.email, before.email);
        } else if (emailChanged) {
          const token = await issueToken(db, contactId, after.email, ctx.now());
          await queueMail(ctx, db, confirmationMail(hco, facility, after, after.themes, token));
          await queueMail(ctx, db, addressMovedMail(hco, facility, before.email, after, changes));
          mailedTo.push(after.email, before.email);
        } else {
          await queueMail(ctx, db, changedMail(hco, facility, after.email, after, changes));
          mailedTo.push(after.email);
        }
        return { contact: after, mailedTo, changes };
      });
    },

    /** Removes a contact (the face asks first) and tells the person by mail. */
    async remove(id: number | string, opts: { hco?: string } = {}): Promise<ContactResult> {
      const principal = await ctx.principal();
      const store = ctx.store();
      const hco = changeScope(principal, opts.hco);
      const contactId = requireId('id', id);
      return inTransaction(store, async (db) => {
        const before = getContact(store, hco, contactId);
        await db.deleteFrom('contacts').where('id', '=', contactId).execute();
        await queueMail(ctx, db, removedMail(hco, organisationName(store, hco), before, before.themes));
        return { contact: before, mailedTo: [before.email], changes: [] };
      });
    },

    /**
     * Step two: the person confirms with the token from their mail. No login: the token is
     * the proof, valid once, for the address it was sent to, for a limited time.
     */
    async confirm(token: string): Promise<Contact> {
      const store = ctx.store();
      const value = (token ?? '').trim();
      if (!value) throw validation('token', 'field.required');
      return inTransaction(store, async (db) => {
        const row = store.raw
          .prepare(
            `SELECT t.contact_id, t.email, t.expires_at, t.used_at, c.hco, c.email AS current_email
             FROM contact_tokens t JOIN contacts c ON c.id = t.contact_id WHERE t.token_hash = ?`,
          )
          .get(hashToken(value)) as
          | { contact_id: number; email: string; expires_at: string; used_at: string | null; hco: string; current_email: string }
          | undefined;
        if (!row || row.used_at || row.email.toLowerCase() !== row.current_email.toLowerCase()) {
          throw new EloketError('not_found', 'contact.token_invalid', { field: 'token' });
        }
        const now = ctx.now();
        if (new Date(row.expires_at) <= now) throw conflict('contact.token_expired');
        const at = now.toISOString();
        await db.updateTable('contact_tokens').set({ used_at: at }).where('token_hash', '=', hashToken(value)).execute();
        await db.updateTable('contacts').set({ confirmed_at: at, updated_at: at }).where('id', '=', row.contact_id).execute();
        return getContact(store, row.hco, row.contact_id);
      });
    },
  };
}
