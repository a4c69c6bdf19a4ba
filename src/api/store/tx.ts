import type { Kysely } from 'kysely';
import type { Store } from './db.js';
import type { Database } from './schema.js';

const queues = new WeakMap<Store, Promise<unknown>>();

const LOCK_WAIT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Takes the write lock, waiting without blocking the event loop: SQLite's own busy timeout
 * would freeze the process, so another connection of this same process (whose transaction is
 * waiting on an await) could never finish and free the lock.
 */
async function beginImmediate(store: Store): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  const saved = store.raw.pragma('busy_timeout', { simple: true }) as number;
  store.raw.pragma('busy_timeout = 0');
  try {
    for (let wait = 2; ; wait = Math.min(wait * 2, 100)) {
      try {
        store.raw.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() + wait > deadline) throw error;
        await sleep(wait);
      }
    }
  } finally {
    store.raw.pragma(`busy_timeout = ${saved}`);
  }
}

/**
 * Runs `fn` in one write transaction: all of it or none of it, mail in the outbox included.
 * `BEGIN IMMEDIATE` takes the write lock up front, so a second process waits (busy timeout)
 * instead of failing halfway; calls in one process queue behind each other. Inside, use the
 * `db` handed in (the same connection); the raw handle works too.
 */
export async function inTransaction<T>(store: Store, fn: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const previous = queues.get(store) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  queues.set(store, previous.then(() => mine));
  await previous.catch(() => undefined);
  try {
    await beginImmediate(store);
    try {
      const result = await fn(store.db);
      store.raw.exec('COMMIT');
      return result;
    } catch (error) {
      if (store.raw.inTransaction) store.raw.exec('ROLLBACK');
      throw error;
    }
  } finally {
    release();
  }
}
