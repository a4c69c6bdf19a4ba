/** What `eloket dev seed` may be asked for: at least this many of each, in total. */
export interface SeedOptions {
  organisations?: number;
  messages?: number;
  contracts?: number;
}

/** What one seeder added, by kind (shown to the user, and in `--json`). */
export type SeedReport = Record<string, number>;
