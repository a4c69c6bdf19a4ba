/**
 * `eloket import raas` as the built binary on a real terminal (a pseudo-terminal from
 * util-linux `script`): the progress bar on stderr, and a process killed (SIGKILL) in the middle
 * of the import, which must leave nothing half-imported. `npm test` builds dist/ first;
 * ELOKET_TEST_CLI points at another build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { populationInsz } from '../../src/api/ecalcura/demo-population.js';
import { bin, cleanup, DIST_CLI, envFor, tempHome } from '../helpers/cli.js';

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasScript) console.warn('test/e2e/raas-import.test.ts skipped: util-linux `script` is not installed, and this test needs a pseudo-terminal');

const CONTRACTS = 40_000;
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** A RaaS export of `CONTRACTS` gerechtigden of the generated population, and a prestatie for every fourth. */
function exportFile(home: string): string {
  const lines = ['record;id;insz;kind;choice;qualification;fraction;start;end;replaces;quarter;hours'];
  for (let i = 0; i < CONTRACTS; i++) {
    lines.push(`contract;C${i};${populationInsz(i)};gerechtigde;${i % 4 === 0 ? 'premie' : 'vrijstelling'};maatschappelijk-assistent;1;01/01/2019;;;;`);
  }
  for (let i = 0; i < CONTRACTS; i += 4) lines.push(`prestatie;C${i};;;;;;;;;2022Q1;100`);
  const file = join(home, 'raas-export.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

function count(home: string, table: 'contracts' | 'prestaties'): number {
  const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

interface Terminal {
  /** Everything the terminal showed so far, carriage returns as they came. */
  screen(): string;
  /** The pid of the eloket process itself (the shell execs into node). */
  pid(): number;
  done: Promise<number>;
}

/** Runs the binary with stdin, stdout and stderr on a pseudo-terminal. */
function onTerminal(home: string, args: string[]): Terminal {
  const pidFile = join(home, `eloket-${Date.now()}.pid`);
  const command = `echo $$ > ${quote(pidFile)}; exec ${quote(process.execPath)} ${quote(DIST_CLI)} ${args.map(quote).join(' ')}`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env: envFor(home), stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return {
    screen: () => out,
    pid: () => Number(readFileSync(pidFile, 'utf8').trim()),
    done: new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)))),
  };
}

async function waitFor(check: () => boolean, what: string, term: Terminal, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`no ${what} within ${timeoutMs} ms; terminal:\n${term.screen().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The highest row count the RaaS bar showed. */
function rowsShown(screen: string): number {
  return Math.max(0, ...[...screen.matchAll(/RaaS \[[#.]+\] (\d+)\/\d+/g)].map((m) => Number(m[1])));
}

describe.skipIf(!hasScript)('import raas on a terminal', () => {
  let home: string;
  let file: string;
  let seeded: number;
  let seededPrestaties: number;
  beforeAll(() => {
    home = tempHome('eloket-raas-e2e-');
    const login = bin(home, ['auth', 'login', '--user', 'wzc-admin']);
    expect(login.code, login.stderr).toBe(0);
    file = exportFile(home);
    seeded = count(home, 'contracts');
    seededPrestaties = count(home, 'prestaties');
  });
  afterAll(() => cleanup(home));

  it('leaves nothing half-imported when the process is killed in the middle', async () => {
    const term = onTerminal(home, ['import', 'raas', file]);
    // The bar counts rows as they are applied inside the one transaction: kill it well before the end.
    await waitFor(() => rowsShown(term.screen()) >= CONTRACTS / 4, 'progress past a quarter of the rows', term);
    expect(rowsShown(term.screen())).toBeLessThan(CONTRACTS);
    process.kill(term.pid(), 'SIGKILL');
    await term.done;
    expect(term.screen()).not.toContain('overgenomen');

    expect(count(home, 'contracts')).toBe(seeded);
    expect(count(home, 'prestaties')).toBe(seededPrestaties);
    const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((db.prepare("SELECT count(*) AS n FROM contracts WHERE source = 'raas'").get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }
  });

  it('shows first the register lookups, then the rows on a progress bar, then the report', async () => {
    const term = onTerminal(home, ['import', 'raas', file]);
    expect(await term.done).toBe(0);
    const screen = term.screen();
    expect(screen).toContain(`Rijksregister/eCad [##############################] ${CONTRACTS}/${CONTRACTS}`);
    const total = CONTRACTS + CONTRACTS / 4;
    expect(screen).toContain(`RaaS [##############################] ${total}/${total}`);
    expect(screen.indexOf('Rijksregister/eCad [')).toBeLessThan(screen.indexOf('RaaS ['));
    expect(screen).toContain(`${total} rijen: ${total} overgenomen (${CONTRACTS} contracten, ${CONTRACTS / 4} prestaties), 0 al aanwezig, 0 niet overgenomen.`);
    expect(count(home, 'contracts')).toBe(seeded + CONTRACTS);
    expect(count(home, 'prestaties')).toBe(seededPrestaties + CONTRACTS / 4);
  });

  it('prints no bar when stderr is no terminal', () => {
    const r = bin(home, ['import', 'raas', file, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('RaaS [');
    expect(r.stdout).toContain('Proefdraai');
  });
});

describe('import raas of an endless file', () => {
  let home: string;
  beforeAll(() => {
    home = tempHome('eloket-raas-e2e-');
    const login = bin(home, ['auth', 'login', '--user', 'wzc-admin']);
    expect(login.code, login.stderr).toBe(0);
  });
  afterAll(() => cleanup(home));

  it('stops reading /dev/zero at the limit and exits 3 within a second, naming the file field', () => {
    const started = Date.now();
    const r = bin(home, ['import', 'raas', '/dev/zero', '--json']);
    const took = Date.now() - started;
    expect(r.code, r.stderr).toBe(3);
    expect(r.error()).toEqual({ code: 'validation', field: 'file', message: 'file is te groot (max. 32 MiB)' });
    expect(took).toBeLessThan(1000);
  });
});
