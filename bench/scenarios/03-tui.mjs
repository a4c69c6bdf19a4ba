// Issue 5: the TUI on the 100,000-message world, in a real pseudo-terminal (util-linux `script`).
// - first frame: process start to the first frame on the terminal (the shell's first line, drawn
//   before the api loads; the full Home with its data is reported next to it), against a bare Ink hello world
//   bundled here the way scripts/build.mjs bundles eloket and started the same way (production
//   React, Ink loaded by a dynamic import), measured in the same run: ≤ 400 ms and ≤ 1.3×;
// - key to frame while scrolling (↓ and PgDn through the Berichten list) and while filtering
//   (typing a title filter): p95 ≤ 50 ms;
// - peak RSS (VmHWM) of the TUI process after all that: ≤ 200 MB.
// As a case handler of team Erkenningen, who sees that theme's messages of every facility.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CLI, freshHome, round, run as eloket } from '../lib.mjs';

export const name = 'TUI (100k messages): first frame, key to frame, RSS';

const ROOT = new URL('../../', import.meta.url).pathname;
const RUNS = 11;
const KEY = { down: '\u001b[B', pageDown: '\u001b[6~', tab: '\t', slash: '/' };
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][A-Z0-9]|\u001b[=>]/g;

/** A bare Ink hello world, bundled with the options of scripts/build.mjs and started like eloket's TUI. */
async function buildHello() {
  const dir = mkdtempSync(join(tmpdir(), 'eloket-bench-hello-'));
  writeFileSync(join(dir, 'hello.mjs'), "process.env.NODE_ENV ??= 'production';\nawait import('./hello-app.mjs');\n");
  writeFileSync(
    join(dir, 'hello-app.mjs'),
    [
      "import React from 'react';",
      "import { render, Text, useApp, useInput } from 'ink';",
      'function Hello() {',
      '  const { exit } = useApp();',
      "  useInput((input) => { if (input === 'q') exit(); });",
      "  return React.createElement(Text, null, 'hello, world');",
      '}',
      'render(React.createElement(Hello));',
    ].join('\n'),
  );
  await build({
    entryPoints: { hello: join(dir, 'hello.mjs') },
    outdir: join(dir, 'out'),
    nodePaths: [join(ROOT, 'node_modules')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    jsx: 'automatic',
    banner: { js: "import { createRequire as __eloketRequire } from 'node:module'; const require = __eloketRequire(import.meta.url);" },
    alias: { 'react-devtools-core': join(ROOT, 'scripts/empty.mjs') },
  });
  return join(dir, 'out', 'hello.js');
}

/** A program in a pseudo-terminal of 100×30; its output arrives as it is written. */
class Pty {
  constructor(args, env) {
    const { CI: _ci, ...rest } = process.env;
    const command = `stty cols 100 rows 30; exec ${[process.execPath, ...args].map((a) => `'${a}'`).join(' ')}`;
    this.started = process.hrtime.bigint();
    this.child = spawn('script', ['-qfec', command, '/dev/null'], { env: { ...rest, TERM: 'xterm-256color', ELOKET_KEYRING: 'off', ...env }, stdio: ['pipe', 'pipe', 'ignore'] });
    this.text = '';
    this.waiters = [];
    this.child.stdout.on('data', (chunk) => {
      const at = process.hrtime.bigint();
      this.text += chunk.toString('utf8');
      for (const w of [...this.waiters]) w(at);
    });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** ms since start when the plain text first contains `marker`. */
  firstSeen(marker, timeoutMs = 20_000) {
    return new Promise((resolve, reject) => {
      const check = (at) => {
        if (!this.text.replace(ANSI, '').includes(marker)) return;
        this.waiters = this.waiters.filter((w) => w !== check);
        clearTimeout(timer);
        resolve(Number(at - this.started) / 1e6);
      };
      const timer = setTimeout(() => reject(new Error(`no "${marker}" within ${timeoutMs} ms:\n${this.text.replace(ANSI, '').slice(-2000)}`)), timeoutMs);
      this.waiters.push(check);
      check(process.hrtime.bigint());
    });
  }

  /** Writes a key; resolves with the ms until the terminal got the next output. */
  key(bytes, timeoutMs = 5_000) {
    return new Promise((resolve, reject) => {
      const sent = process.hrtime.bigint();
      const next = (at) => {
        this.waiters = this.waiters.filter((w) => w !== next);
        clearTimeout(timer);
        resolve(Number(at - sent) / 1e6);
      };
      const timer = setTimeout(() => reject(new Error(`no frame after a key within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push(next);
      this.child.stdin.write(bytes);
    });
  }

  /** The TUI's own process: `script` runs it through `sh -c … exec`, so it is script's child. */
  peakRssMb() {
    const pid = spawnSync('ps', ['-o', 'pid=', '--ppid', String(this.child.pid)], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
    const status = readFileSync(`/proc/${pid.trim()}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) / 1024;
  }

  async quit() {
    this.child.stdin.write('q');
    const code = await Promise.race([this.exited, new Promise((r) => setTimeout(() => r('timeout'), 15_000))]);
    if (code === 'timeout') this.child.kill('SIGKILL');
    return code;
  }
}

const pause = (ms) => new Promise((r) => setTimeout(r, ms));
const stats = (times) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] };
};

/** Keys one at a time, each after the previous frame and a pause longer than Ink's 30 fps throttle. */
async function keyTimes(pty, keys) {
  const times = [];
  for (const k of keys) {
    times.push(await pty.key(k));
    await pause(60);
  }
  return times;
}

export async function run({ log }) {
  const home = freshHome('tui');
  const env = { ELOKET_HOME: home };
  log(`  home ${home}: dev seed --messages 100000 --organisations 500; logged in as handler-erkenningen`);
  eloket(['dev', 'seed', '--messages', '100000', '--organisations', '500'], env);
  eloket(['auth', 'login', '--user', 'handler-erkenningen'], env);
  const inView = JSON.parse(eloket(['messages', 'list', '--json', '--limit', '1'], env)).total;
  const hello = await buildHello();

  // First frame: eloket and the hello world alternately, after one warm-up run of each.
  const eloketTimes = [];
  const homeTimes = [];
  const helloTimes = [];
  for (let i = 0; i <= RUNS; i++) {
    const e = new Pty([CLI], env);
    const te = await e.firstSeen('eloket ·');
    const home = await e.firstSeen('Laatst ontvangen berichten');
    await e.quit();
    const h = new Pty([hello], {});
    const th = await h.firstSeen('hello, world');
    await h.quit();
    if (i > 0) {
      eloketTimes.push(te);
      homeTimes.push(home);
      helloTimes.push(th);
    }
  }
  const first = stats(eloketTimes);
  const bare = stats(helloTimes);
  const ratio = first.median / bare.median;
  const full = stats(homeTimes);
  log(`  first frame: eloket median ${round(first.median)} ms, Ink hello world ${round(bare.median)} ms (×${round(ratio, 2)}); Home with its data: ${round(full.median)} ms`);

  // Key to frame in one session: scroll the list row by row and page by page, then filter.
  const pty = new Pty([CLI], env);
  await pty.firstSeen('Laatst ontvangen berichten');
  await pty.key('2');
  await pty.firstSeen('pagina 1 van');
  await pause(300);
  const scrolling = [...(await keyTimes(pty, Array(60).fill(KEY.down))), ...(await keyTimes(pty, Array(40).fill(KEY.pageDown)))];
  await pty.key(KEY.slash);
  await pause(100);
  await keyTimes(pty, [KEY.tab, KEY.tab]);
  const filtering = await keyTimes(pty, [...'verslag infectie'.replace(' ', '')]);
  await pause(500);
  const rssMb = pty.peakRssMb();
  // Esc closes the filter bar (where q is a letter); then q quits.
  pty.child.stdin.write('\u001b');
  await pause(200);
  const exit = await pty.quit();
  const scroll = stats(scrolling);
  const filter = stats(filtering);
  log(`  ${inView} received messages in view; scrolling p95 ${round(scroll.p95)} ms, filtering p95 ${round(filter.p95)} ms, peak RSS ${round(rssMb)} MB, exit ${exit}`);

  return [
    { name: 'tui first frame (vs bare Ink hello world)', medianMs: round(first.median), p95Ms: round(first.p95), baselineMs: round(bare.median), ratio: round(ratio, 2), budget: 1.3, budgetMs: 400, homeMs: round(full.median), ok: ratio <= 1.3 && first.median <= 400 },
    { name: 'tui key to frame, scrolling (↓, PgDn)', medianMs: round(scroll.median), p95Ms: round(scroll.p95), keys: scrolling.length, budgetMs: 50, ok: scroll.p95 <= 50 },
    { name: 'tui key to frame, filtering (typing a title)', medianMs: round(filter.median), p95Ms: round(filter.p95), keys: filtering.length, budgetMs: 50, ok: filter.p95 <= 50 },
    { name: 'tui peak RSS', rssMb: round(rssMb), budgetMb: 200, ok: rssMb <= 200 && exit === 0 },
  ];
}
