/**
 * better-sqlite3 connections that Node 24 can live with. better-sqlite3 12 (the line that runs on
 * Node 20) wraps its Database and Statement objects in `node::ObjectWrap`, whose destructor on
 * Node 24 asks for the current environment; when the garbage collector frees one outside any
 * (a background GC task, or the teardown at exit) Node aborts the process ("Assertion failed:
 * (env) != nullptr", exit 134) — in the middle of a login, as seen here. So none of these
 * objects is ever left to the collector: connections are kept, statements are kept once per SQL
 * text and reused (as better-sqlite3 means them to be), and a command ends with `process.exit`
 * (`cli.ts`), which skips the teardown. better-sqlite3 13 has no such objects but needs Node 22;
 * when Node 20 is no longer served, this module can go.
 */
import Sqlite from 'better-sqlite3';

type Prepare = (sql: string, database: unknown, pragmaMode: boolean) => Sqlite.Statement;

const kept: Sqlite.Database[] = [];

/** A connection (options as better-sqlite3's) that is never collected, its statements cached per SQL text. */
export function openSqlite(file: string, options?: Sqlite.Options): Sqlite.Database {
  const db = new Sqlite(file, options);
  kept.push(db);
  // The native connection, behind a symbol of better-sqlite3's: its `prepare` serves
  // `db.prepare`, `db.pragma` and `db.transaction` alike.
  const native = Object.getOwnPropertySymbols(db)
    .map((symbol) => (db as unknown as Record<symbol, { prepare?: Prepare }>)[symbol])
    .find((value) => typeof value?.prepare === 'function');
  if (!native) return db;
  const prepare = native.prepare!.bind(native);
  const statements = new Map<string, Sqlite.Statement>();
  native.prepare = (sql, database, pragmaMode) => {
    const key = `${pragmaMode ? 'p' : 's'}${sql}`;
    let statement = statements.get(key);
    if (!statement) {
      statement = prepare(sql, database, pragmaMode);
      statements.set(key, statement);
    } else if (statement.reader) {
      // `pragma(…, { simple: true })` plucks; whoever asks next gets whole rows again.
      statement.pluck(false);
    }
    return statement;
  };
  return db;
}
