import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve as resolvePath } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { main } from '../../src/commands/program.js';

/** A fresh ELOKET_HOME in the temp folder; remove it with `cleanup`. */
export function tempHome(prefix = 'eloket-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function cleanup(home: string): void {
  rmSync(home, { recursive: true, force: true });
}

/** The environment a command sees for this home: no keyring here, no colour. */
export function envFor(home: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { ELOKET_TOKEN: _drop, ...rest } = process.env;
  return { ...rest, ELOKET_HOME: home, ELOKET_KEYRING: 'off', NO_COLOR: '1', LANG: 'nl_BE.UTF-8', ...extra };
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (throws when it is not). */
  json<T = any>(): T;
  /** stderr's `{"error":...}` document. */
  error(): { code: string; message: string; field?: string };
}

function collector(): { stream: Writable & { isTTY?: boolean }; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

function result(code: number, stdout: string, stderr: string): CliResult {
  return {
    code,
    stdout,
    stderr,
    json: () => JSON.parse(stdout),
    error: () => JSON.parse(stderr.trim().split('\n').pop()!).error,
  };
}

/**
 * Runs the scripted face in this process (the real program, real api, real store), as a script
 * would: stdin and stdout are not terminals unless `tty` says so.
 */
export async function cli(home: string, args: string[], opts: { stdin?: string; tty?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  const out = collector();
  const err = collector();
  out.stream.isTTY = opts.tty ?? false;
  const stdin = Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]) as Readable & { isTTY?: boolean };
  stdin.isTTY = false;
  const code = await main(args, { stdout: out.stream, stderr: err.stream, stdin, env: envFor(home, opts.env) });
  process.exitCode = 0;
  return result(code, out.text(), err.text());
}

/**
 * The built binary the tests run: `dist/cli.js`, built by `npm test` before vitest, or another
 * build named by ELOKET_TEST_CLI (a developer's own `--outdir`, so parallel work never races
 * on dist/).
 */
export const DIST_CLI = process.env.ELOKET_TEST_CLI ? resolvePath(process.env.ELOKET_TEST_CLI) : new URL('../../dist/cli.js', import.meta.url).pathname;

/** Runs the built binary. */
export function bin(home: string, args: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(process.execPath, [DIST_CLI, ...args], {
    env: envFor(home, opts.env),
    input: opts.stdin ?? '',
    encoding: 'utf8',
  });
  return result(r.status ?? 1, r.stdout, r.stderr);
}

/** A stable picture of what a change could touch, to prove that a refused command changed nothing. */
export function snapshot(home: string): string {
  const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    return JSON.stringify(Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()])));
  } finally {
    db.close();
  }
}
