import { readSettings, type Settings } from '../config.js';
import { openHome, defaultHomeDir, type Home } from './home.js';
import type { Lang } from './i18n/index.js';
import type { Principal } from './principal.js';
import { openStore, type Store } from './store/db.js';
import { seedIfEmpty } from './seed/index.js';

/** How a face opens the api. Everything has a default that fits the embedded mode. */
export interface ApiOptions {
  /** The eloket home folder; default `ELOKET_HOME` or the platform's data folder. */
  home?: string;
  env?: NodeJS.ProcessEnv;
  /** The clock; tests move it. */
  now?: () => Date;
  lang?: Lang;
  /** Called with progress of long work (seeding, imports, dispatch). */
  onProgress?: (progress: Progress) => void;
}

/** Progress of long work, for a bar on a TTY. */
export interface Progress {
  task: string;
  done: number;
  total: number;
}

/** What every api module gets: the home, settings, the store (opened on first use), the caller. */
export interface Context {
  home: Home;
  settings: Settings;
  env: NodeJS.ProcessEnv;
  lang: Lang;
  now(): Date;
  store(): Store;
  /** The verified caller; throws `unauthenticated` when there is none. Cached per api. */
  principal(): Promise<Principal>;
  /** Forgets the cached caller, after a login or logout in the same process. */
  resetPrincipal(): void;
  progress(progress: Progress): void;
  /** Whether the embedded development identity provider stands in for eHealth. */
  embedded: boolean;
  /** Set when this api queued mail; closing the api then delivers what is due. */
  mailQueued: boolean;
  close(): Promise<void>;
}

export function createContext(
  options: ApiOptions,
  resolvePrincipal: (ctx: Context) => Promise<Principal>,
): Context {
  const env = options.env ?? process.env;
  const home = openHome(options.home ?? defaultHomeDir(env));
  // A damaged settings file fails what needs the settings, with its own error, but leaves
  // `eloket config set` able to write the file anew.
  let settings: Settings | undefined;
  let settingsError: unknown;
  try {
    settings = readSettings(home);
  } catch (error) {
    settingsError = error;
  }
  const loaded = (): Settings => {
    if (settingsError) throw settingsError;
    return settings!;
  };
  let store: Store | undefined;
  let principal: Promise<Principal> | undefined;
  const ctx: Context = {
    home,
    get settings() {
      return loaded();
    },
    env,
    lang: options.lang ?? 'nl',
    now: options.now ?? (() => new Date()),
    store: () => {
      if (store) return store;
      const { issuer } = loaded();
      store = openStore(home.database);
      // First start of the embedded default: the demo world, so there is something to see.
      if (!issuer) seedIfEmpty(store, ctx.now(), ctx.progress);
      return store;
    },
    principal: () => {
      principal ??= resolvePrincipal(ctx);
      // A failed resolution is not cached: a later login in the same process must be seen.
      principal.catch(() => (principal = undefined));
      return principal;
    },
    resetPrincipal: () => {
      principal = undefined;
    },
    progress: (p) => options.onProgress?.(p),
    get embedded() {
      return !loaded().issuer;
    },
    mailQueued: false,
    close: async () => {
      await store?.close();
      store = undefined;
    },
  };
  return ctx;
}
