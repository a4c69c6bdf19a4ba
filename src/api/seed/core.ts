import type { Store } from '../store/db.js';
import { CONTACTS, DEMO_USERS, ORGANISATIONS, TEAMS, THEMES } from './demo-world.js';
import type { SeedOptions, SeedReport } from './types.js';

const TYPES = ['WZC', 'CDV', 'PVT', 'REVA', 'IBW', 'MBE'];
const PLACES = ['Aalst', 'Brugge', 'Genk', 'Hasselt', 'Leuven', 'Mechelen', 'Oostende', 'Roeselare', 'Turnhout', 'Lier'];

/**
 * The facilities, themes, teams, users and contacts. Idempotent: what exists is left alone, so
 * running it again only adds what a larger `--organisations` asks for.
 */
export function seedCore(store: Store, options: SeedOptions, now: Date): SeedReport {
  const at = now.toISOString();
  const raw = store.raw;
  let organisations = 0;
  let contacts = 0;
  raw.transaction(() => {
    const team = raw.prepare('INSERT OR IGNORE INTO teams (code, name_nl, name_en) VALUES (?, ?, ?)');
    for (const t of TEAMS) team.run(t.code, t.name_nl, t.name_en);
    const theme = raw.prepare('INSERT OR IGNORE INTO themes (code, name_nl, name_en, team) VALUES (?, ?, ?, ?)');
    for (const t of THEMES) theme.run(t.code, t.name_nl, t.name_en, t.team);
    const user = raw.prepare(
      'INSERT OR IGNORE INTO users (id, name, email, kind, roles, organisations, teams) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const u of DEMO_USERS) {
      user.run(u.id, u.name, u.email, u.kind, JSON.stringify(u.roles), JSON.stringify(u.organisations), JSON.stringify(u.teams));
    }
    const org = raw.prepare(
      `INSERT OR IGNORE INTO organisations (hco, name, type, phone, email, url, kbo, ecalcura_hco, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const contact = raw.prepare(
      `INSERT INTO contacts (hco, first_name, last_name, email, phone, standard, confirmed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
    );
    const contactTheme = raw.prepare('INSERT INTO contact_themes (contact_id, theme) VALUES (?, ?)');
    const addContacts = (hco: string, list: (typeof CONTACTS)[string]) => {
      for (const [first, last, email, phone, themes, confirmed] of list) {
        const id = contact.run(hco, first, last, email, phone, confirmed ? at : null, at, at).lastInsertRowid;
        for (const t of themes) contactTheme.run(id, t);
        contacts++;
      }
    };
    for (const o of ORGANISATIONS) {
      if (org.run(o.hco, o.name, o.type, o.phone, o.email, o.url, o.kbo, o.ecalcuraAt, at, at).changes) {
        organisations++;
        addContacts(o.hco, CONTACTS[o.hco] ?? []);
      }
    }
    const existing = (raw.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n;
    for (let i = existing; i < (options.organisations ?? 0); i++) {
      const n = i + 1;
      const hco = String(720000000 + n);
      const type = TYPES[n % TYPES.length]!;
      const place = PLACES[n % PLACES.length]!;
      const slug = `voorziening${n}`;
      if (!org.run(hco, `${type} ${place} ${n}`, type, `0${(10 + (n % 80)).toString()} ${String(100000 + n).slice(-6)}`, `info@${slug}.example.be`, null, null, null, at, at).changes) continue;
      organisations++;
      addContacts(hco, [
        ['Contact', `Erkenningen ${n}`, `erkenningen@${slug}.example.be`, null, ['erkenningen'], true],
        ['Contact', `eCalcura ${n}`, `ecalcura@${slug}.example.be`, null, ['ecalcura'], true],
      ]);
    }
  }).immediate();
  return { organisations, contacts };
}
