import type { Context } from '../context.js';
import { conflict } from '../errors.js';
import type { Store } from '../store/db.js';
import { seedCore } from './core.js';
import { seedMessages } from './messages.js';
import { seedEcalcura } from './ecalcura.js';
import type { SeedOptions, SeedReport } from './types.js';

export type { SeedOptions, SeedReport } from './types.js';

/**
 * The seeders of the demo world, in order; each module adds its own (messages, eCalcura).
 * Each is idempotent and brings the world up to "at least" what the options ask for.
 */
type Seeder = (store: Store, options: SeedOptions, now: Date, progress: Context['progress']) => SeedReport;
const seeders: Seeder[] = [seedCore, seedMessages, seedEcalcura];

/**
 * Runs every seeder; returns what was added. One write transaction around them all: a seeder
 * looks before it adds ("no threads yet?"), and two processes seeding a fresh home at once —
 * eight first logins together — must not both find it empty and add the demo world twice.
 */
export function seedWorld(store: Store, options: SeedOptions, now: Date, progress: Context['progress'] = () => {}): SeedReport {
  return store.raw
    .transaction(() => {
      const report: SeedReport = {};
      for (const seeder of seeders) {
        for (const [kind, count] of Object.entries(seeder(store, options, now, progress))) report[kind] = (report[kind] ?? 0) + count;
      }
      return report;
    })
    .immediate();
}

/** True when the store has no facility yet: a first start. */
export function isEmpty(store: Store): boolean {
  return !store.raw.prepare('SELECT 1 FROM organisations LIMIT 1').get();
}

/**
 * The demo world into an empty store; whether it was seeded here. A store with data costs one
 * read, no write lock; an empty one is looked at again inside the write transaction, since
 * another process may have seeded it meanwhile.
 */
export function seedIfEmpty(store: Store, now: Date, progress: Context['progress'] = () => {}): boolean {
  if (!isEmpty(store)) return false;
  return store.raw
    .transaction(() => {
      if (!isEmpty(store)) return false;
      seedWorld(store, {}, now, progress);
      return true;
    })
    .immediate();
}

export function createDevApi(ctx: Context) {
  return {
    /** Creates (or tops up) the demo world. Embedded default only: never into a real issuer's data. */
    async seed(options: SeedOptions = {}): Promise<SeedReport> {
      if (!ctx.embedded) throw conflict('seed.not_embedded');
      return seedWorld(ctx.store(), options, ctx.now(), ctx.progress);
    },
    /** The first start of the embedded default: the demo world when the store is empty. */
    async seedIfEmpty(): Promise<boolean> {
      return seedIfEmpty(ctx.store(), ctx.now(), ctx.progress);
    },
  };
}
