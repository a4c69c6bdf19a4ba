import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { createApi, type EloketApi } from '../api/index.js';
import { decodeUtf8, readStreamBounded, type BoundedRead } from '../api/bounded-read.js';
import { EloketError, exitCodes, isEloketError } from '../api/errors.js';
import { pickLang, text, type Lang, type MessageKey } from '../api/i18n/index.js';
import type { Progress } from '../api/context.js';
import { settingsLang } from '../config.js';
import { defaultHomeDir, openHome } from '../api/home.js';
import { sanitizeLine } from '../api/text.js';
import { formatJson, formatRecord, formatTable, type Cell, type Column, type Mode } from './output.js';

/** The streams and environment a command runs with; tests pass their own. */
export interface Io {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The global flags of COMMANDS.md. */
export interface GlobalOptions {
  json?: boolean;
  lang?: string;
  hco?: string;
  debug?: boolean;
  color?: boolean;
}

/** A list page as every `--json` list prints it. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

/** What a command's action gets: the api for the caller, and the ways to print. */
export interface CommandContext {
  api: EloketApi;
  io: Io;
  lang: Lang;
  mode: Mode;
  color: boolean;
  /** `--hco` as given, for users of several facilities and for the department. */
  hco: string | undefined;
  t(key: MessageKey, params?: Record<string, string | number>): string;
  json(value: unknown): void;
  table<T>(rows: readonly T[], columns: readonly Column<T>[], json?: () => unknown): void;
  page<T>(page: Page<T>, columns: readonly Column<T>[], json?: (item: T) => unknown): void;
  record(fields: readonly [{ nl: string; en: string }, Cell, Column<unknown>['kind']?][], json: unknown): void;
  /** A line for people on stdout (not in `--json`, where `json` carries the answer). */
  say(line: string): void;
  /** Progress, warnings and hints: stderr, so stdout stays data. */
  note(line: string): void;
  /** Asks before a change; without a TTY it needs `--yes` or fails with a usage error. */
  confirm(question: string, yes: boolean | undefined): Promise<void>;
  /**
   * Reads stdin as UTF-8 text (for `--body -`, `--question -`, `--with-token`), stopping at
   * `limit` bytes: past it, or not UTF-8, a validation error naming `field` (exit 3).
   */
  readStdin(opts: BoundedRead): Promise<string>;
}

export function globalsOf(command: Command): GlobalOptions {
  return command.optsWithGlobals() as GlobalOptions;
}

function modeOf(globals: GlobalOptions, io: Io): Mode {
  if (globals.json) return 'json';
  return io.stdout.isTTY ? 'tty' : 'plain';
}

function colorOf(globals: GlobalOptions, io: Io): boolean {
  return globals.color !== false && !io.env.NO_COLOR && Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

export function languageOf(globals: GlobalOptions, io: Io): Lang {
  const home = openHome(defaultHomeDir(io.env));
  return pickLang(globals.lang, settingsLang(home), io.env);
}

/** A progress bar on a TTY's stderr; nothing when piped. */
function progressReporter(io: Io): ((p: Progress) => void) | undefined {
  if (!io.stderr.isTTY) return undefined;
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.done < p.total && now - last < 80) return;
    last = now;
    const width = 30;
    const filled = p.total ? Math.round((p.done / p.total) * width) : width;
    io.stderr.write(`\r${p.task} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}`);
    if (p.done >= p.total) io.stderr.write('\n');
  };
}

/**
 * Wraps a command's action: opens the api for the caller, runs, prints errors the way COMMANDS.md
 * says (exit code, `{"error":...}` with `--json`), and always closes the store.
 */
export function action<A extends unknown[]>(io: Io, fn: (c: CommandContext, ...args: A) => Promise<void>) {
  return async (...args: unknown[]): Promise<void> => {
    const command = args[args.length - 1] as Command;
    const globals = globalsOf(command);
    const lang = languageOf(globals, io);
    const mode = modeOf(globals, io);
    const api = createApi({ env: io.env, lang, onProgress: progressReporter(io) });
    const c = commandContext(api, io, globals, lang, mode);
    try {
      await fn(c, ...(args.slice(0, -1) as A));
    } catch (error) {
      process.exitCode = reportError(error, io, globals, lang);
    } finally {
      const delivery = await api.close();
      // The change stands, but a mail it promised has not gone out: say so, never silently.
      const undelivered = delivery ? delivery.retrying + delivery.failed : 0;
      if (undelivered > 0) {
        io.stderr.write(text(lang, 'mail.not_delivered_yet', { count: undelivered, error: sanitizeLine(delivery?.lastError ?? '-') }) + '\n');
      }
    }
  };
}

function commandContext(api: EloketApi, io: Io, globals: GlobalOptions, lang: Lang, mode: Mode): CommandContext {
  const color = colorOf(globals, io);
  const out = (s: string) => io.stdout.write(s);
  const tableMode = mode === 'json' ? 'plain' : mode;
  return {
    api,
    io,
    lang,
    mode,
    color,
    hco: globals.hco,
    t: (key, params) => text(lang, key, params),
    json: (value) => out(formatJson(value)),
    table(rows, columns, json) {
      if (mode === 'json') return this.json(json ? json() : rows);
      out(formatTable(rows, columns, tableMode, lang, color));
    },
    page(page, columns, json) {
      if (mode === 'json') return this.json({ ...page, items: json ? page.items.map(json) : page.items });
      out(formatTable(page.items, columns, tableMode, lang, color));
      if (mode === 'tty' && page.pages > 1) {
        io.stderr.write(
          lang === 'nl'
            ? `pagina ${page.page} van ${page.pages} (${page.total} in totaal) — volgende: --page ${Math.min(page.page + 1, page.pages)}\n`
            : `page ${page.page} of ${page.pages} (${page.total} in all) — next: --page ${Math.min(page.page + 1, page.pages)}\n`,
        );
      }
    },
    record(fields, json) {
      if (mode === 'json') return this.json(json);
      out(formatRecord(fields, tableMode, lang));
    },
    say: (line) => {
      if (mode !== 'json') out(line + '\n');
    },
    note: (line) => {
      io.stderr.write(line + '\n');
    },
    async confirm(question, yes) {
      if (yes) return;
      if (!io.stdin.isTTY || !io.stderr.isTTY) throw new EloketError('usage', 'confirm.needed', { field: 'yes' });
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: io.stdin, output: io.stderr });
      try {
        const answer = (await rl.question(`${question} [${lang === 'nl' ? 'j/N' : 'y/N'}] `)).trim().toLowerCase();
        if (!['j', 'ja', 'y', 'yes'].includes(answer)) {
          throw new EloketError('usage', 'confirm.needed', { field: 'yes' });
        }
      } finally {
        rl.close();
      }
    },
    async readStdin(opts) {
      const bytes = await readStreamBounded(io.stdin, opts);
      return decodeUtf8(bytes, opts.field, lang === 'nl' ? 'standaardinvoer' : 'standard input');
    },
  };
}

/** Prints an error as COMMANDS.md says and returns the exit code. */
export function reportError(error: unknown, io: Io, globals: GlobalOptions, lang: Lang): number {
  if (isEloketError(error)) {
    // Messages may quote what was typed or received: never let that steer the terminal.
    const message = sanitizeLine(error.text(lang));
    if (globals.json) {
      const body: Record<string, string> = { code: error.code, message };
      if (error.field) body.field = error.field;
      io.stderr.write(formatJson({ error: body }, { line: true }));
    } else {
      io.stderr.write(`${lang === 'nl' ? 'fout' : 'error'}: ${message}\n`);
    }
    if (globals.debug && error.cause) io.stderr.write(`${String((error.cause as Error).stack ?? error.cause)}\n`);
    return exitCodes[error.code];
  }
  const reason = sanitizeLine(error instanceof Error ? error.message : String(error));
  if (globals.json) {
    io.stderr.write(formatJson({ error: { code: 'internal', message: text(lang, 'internal', { reason }) } }, { line: true }));
  } else {
    io.stderr.write(`${lang === 'nl' ? 'fout' : 'error'}: ${text(lang, 'internal', { reason })}\n`);
  }
  if (globals.debug && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  else io.stderr.write(lang === 'nl' ? '(meer details met --debug)\n' : '(more detail with --debug)\n');
  return 1;
}

/** Help text lines: `$ eloket ...` examples, as every command shows under --help. */
export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** Parses a positive whole number flag, naming the field when it is wrong. */
export function wholeNumber(field: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new EloketError('validation', 'limit.invalid', { field, params: { field, min, max } });
    }
    return n;
  };
}

/** For repeatable flags (`--theme a --theme b`). */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];
