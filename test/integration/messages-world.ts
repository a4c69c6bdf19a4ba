/**
 * The demo world for the Berichtenmodule tests: seeded once into a template home (database,
 * attachment contents, development provider keys), copied for every test so each starts from
 * the same world, and read back directly where a test must prove what was (not) stored.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { createApi } from '../../src/api/index.js';
import { cleanup, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';

export const WZC1 = '710000101';
export const IBW2 = '710000202';

export const apiEnv = (home: string) => ({ ...process.env, ELOKET_HOME: home, ELOKET_KEYRING: 'off', ELOKET_TOKEN: undefined });

/** A seeded home with the provider's keys made, to copy from. */
export async function seedTemplate(): Promise<string> {
  const template = tempHome('eloket-messages-');
  const api = createApi({ home: template, env: apiEnv(template) });
  await api.dev.seedIfEmpty();
  await api.close();
  await loginAs(template, 'wzc-admin');
  // Everything into the main file, so a copy of it is the whole world.
  const db = openSqlite(join(template, 'eloket.db'));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return template;
}

/** A copy of the template: its own database, attachments and keys. */
export function copyWorld(template: string): string {
  const home = tempHome('eloket-messages-');
  for (const name of ['eloket.db', 'attachments', 'idp']) {
    if (existsSync(join(template, name))) cpSync(join(template, name), join(home, name), { recursive: true });
  }
  mkdirSync(join(home, 'idp'), { recursive: true });
  return home;
}

export { cleanup };

/**
 * The world seeded once for a file and copied fresh for each of its tests; `onHome` gets every
 * copy's folder (the tests keep it in their own `home`).
 */
export function worldPerTest(onHome: (home: string) => void): void {
  let template: string;
  let home: string;
  beforeAll(async () => {
    template = await seedTemplate();
  });
  afterAll(() => cleanup(template));
  beforeEach(() => {
    home = copyWorld(template);
    onHome(home);
  });
  afterEach(() => cleanup(home));
}

/**
 * The world seeded and copied once for a whole file, whose tests share it (in order); `onHome`
 * gets the copy's folder. Setup a file registers after this runs after it.
 */
export function worldPerFile(onHome: (home: string) => void): void {
  let template: string;
  let home: string;
  beforeAll(async () => {
    template = await seedTemplate();
    home = copyWorld(template);
    onHome(home);
  });
  afterAll(() => {
    cleanup(home);
    cleanup(template);
  });
}

/** Reads the home's database directly (read-only), for facts no command shows. */
export function query<T = Record<string, unknown>>(home: string, sql: string, ...params: unknown[]): T[] {
  const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The reference of the demo thread with this title. */
export function referenceOf(home: string, title: string): string {
  const [row] = query<{ reference: string }>(home, 'SELECT reference FROM threads WHERE title = ?', title);
  if (!row) throw new Error(`no demo thread "${title}"`);
  return row.reference;
}

/** Every mail in the outbox, oldest first. */
export function outbox(home: string): { to: string[]; subject: string; body: string; hco: string | null; theme: string | null }[] {
  return query<{ recipients: string; subject: string; body: string; hco: string | null; theme: string | null }>(
    home,
    'SELECT recipients, subject, body, hco, theme FROM outbox ORDER BY id',
  ).map((r) => ({ to: JSON.parse(r.recipients) as string[], subject: r.subject, body: r.body, hco: r.hco, theme: r.theme }));
}

/** Every stored attachment content (file names under the home's attachments folder). */
export function storedBlobs(home: string): string[] {
  const dir = join(home, 'attachments');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort();
}
