/**
 * The TUI's entry: `eloket` on a TTY (and `eloket tui`). Imported lazily by cli.ts, so scripted
 * commands never load Ink or React. Owns the terminal: the alternate screen is entered here and
 * left on every way out (q, Ctrl+C, signals, a crash), so the user's scrollback survives.
 */
import type { Readable, Writable } from 'node:stream';
import { render } from 'ink';
import { createApi } from '../api/index.js';
import { pickLang } from '../api/i18n/index.js';
import { defaultHomeDir, openHome } from '../api/home.js';
import { readSettings } from '../config.js';
import { App } from './app.js';
import { describeError } from './errors.js';
import { pickTheme } from './theme/themes.js';

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

const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';
const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const;
const SIGNAL_NUMBERS: Record<(typeof SIGNALS)[number], number> = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 };

/** Runs the TUI until the user leaves; resolves to the exit code. */
export async function startTui(io: TuiIo, options: TuiOptions = {}): Promise<number> {
  const env = io.env;
  const lang = pickLang(options.lang, readSettings(openHome(defaultHomeDir(env))).lang, env);
  const plain = options.plain === true || env.ELOKET_PLAIN === '1' || env.INK_SCREEN_READER === 'true';
  const api = createApi({ env, lang });
  const stdout = io.stdout as NodeJS.WriteStream;

  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALT);
  };
  stdout.write(ENTER_ALT);

  let exitCode = 0;
  let quit: () => void = () => {};
  const onSignal = (signal: (typeof SIGNALS)[number]) => {
    exitCode = 128 + SIGNAL_NUMBERS[signal];
    quit();
  };
  const onCrash = (error: unknown) => {
    instance.unmount();
    leave();
    io.stderr.write(`eloket: ${describeError(error, lang)}\n`);
    process.exit(1);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', leave);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);

  const instance = render(
    <App environment={{ api, lang, plain, hco: options.hco, theme: pickTheme(env, options.color) }} onQuit={() => quit()} />,
    {
      stdout,
      stdin: io.stdin as NodeJS.ReadStream,
      stderr: io.stderr as NodeJS.WriteStream,
      exitOnCtrlC: false,
      isScreenReaderEnabled: plain,
    },
  );
  quit = () => instance.unmount();

  try {
    await instance.waitUntilExit();
  } catch (error) {
    exitCode = 1;
    leave();
    io.stderr.write(`eloket: ${describeError(error, lang)}\n`);
  } finally {
    leave();
    for (const s of SIGNALS) process.off(s, onSignal);
    process.off('exit', leave);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await api.close().catch(() => {});
  }
  return exitCode;
}
