/**
 * The TUI's entry: `eloket` on a TTY (and `eloket tui`), imported lazily by cli.ts so scripted
 * commands never load Ink or React. Kept free of both itself: it picks the language, then loads
 * the Ink runner, which draws a first frame before the api and the screens are even loaded.
 */
import type { Readable, Writable } from 'node:stream';
import { pickLang } from '../api/i18n/index.js';
import { defaultHomeDir, openHome } from '../api/home.js';
import { settingsLang } from '../config.js';

/** The streams and environment the TUI runs with (the same shape the commands get). */
export interface TuiIo {
  stdout: Writable & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Flags of `eloket tui` (and the global ones it inherits). */
export interface TuiOptions {
  lang?: string;
  plain?: boolean;
  hco?: string;
  /** false with `--no-color`. */
  color?: boolean;
}

/** Runs the TUI until the user leaves; resolves to the exit code. */
export async function startTui(io: TuiIo, options: TuiOptions = {}): Promise<number> {
  const env = io.env;
  // React's development build loads and renders several times slower; a terminal user never
  // needs it. (Set before React is first loaded, which happens just below.)
  process.env.NODE_ENV ??= 'production';
  const lang = pickLang(options.lang, settingsLang(openHome(defaultHomeDir(env))), env);
  const plain = options.plain === true || env.ELOKET_PLAIN === '1' || env.INK_SCREEN_READER === 'true';
  const { runTui } = await import('./run-tui.js');
  return runTui(io, { lang, plain, hco: options.hco, color: options.color });
}
