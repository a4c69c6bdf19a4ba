import { closeSync, openSync } from 'node:fs';
import type Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { keepPrivate } from '../auth/private-file.js';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';
import { openSqlite } from './sqlite.js';

/** An open store: Kysely for queries, and the raw handle for what Kysely cannot say (FTS5, bulk). */
export interface Store {
  db: Kysely<Database>;
  raw: Sqlite.Database;
  close(): Promise<void>;
}

/**
 * Opens (creating if needed) the SQLite store: WAL so readers never wait for a writer, foreign
 * keys on, a busy timeout so a second process waits instead of failing, migrations on open.
 */
export function openStore(file: string): Store {
  privateFiles(file);
  const raw = openSqlite(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 10000');
  raw.pragma('synchronous = NORMAL');
  migrate(raw);
  // Kysely is made on first use: a command that only reads through `raw` (a list) does not pay
  // for setting it up (some milliseconds of a process that lives a fifth of a second).
  let db: Kysely<Database> | undefined;
  return {
    get db() {
      return (db ??= new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }));
    },
    raw,
    close: async () => {
      // Kysely closes the connection only if it ran a query; whatever it did, it is closed now.
      if (db) await db.destroy();
      if (raw.open) raw.close();
    },
  };
}

/**
 * The database holds INSZ numbers and confirmation tokens: only its owner may read it. It is
 * made 0600 before SQLite opens it, since SQLite gives its `-wal` and `-shm` files the mode of
 * the database; ones an older eloket left open to others are closed.
 */
function privateFiles(file: string): void {
  if (file === ':memory:' || file === '' || file.startsWith('file:')) return;
  closeSync(openSync(file, 'a', 0o600));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) keepPrivate(path);
}

function migrate(raw: Sqlite.Database): void {
  const current = raw.pragma('user_version', { simple: true }) as number;
  if (current === migrations.length) return;
  // IMMEDIATE takes the write lock first, so two processes opening a new store migrate once.
  raw.transaction(() => {
    const version = raw.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`the database ${raw.name} is newer (version ${version}) than this eloket knows (${migrations.length}); update eloket`);
    }
    for (const migration of migrations.slice(version)) raw.exec(migration.sql);
    raw.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
