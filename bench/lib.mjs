// Shared measuring for bench/: process start-up to exit, compared with a bare `node -e 0`
// measured in the same run, so the ratio means the same on any machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// ELOKET_BENCH_CLI measures another build (e.g. .build/<name>/cli.js) without touching dist/.
export const CLI = process.env.ELOKET_BENCH_CLI ? resolve(process.env.ELOKET_BENCH_CLI) : new URL('../dist/cli.js', import.meta.url).pathname;

/** A fresh ELOKET_HOME under bench/.work (kept out of git), or the one given. */
export function freshHome(name) {
  return mkdtempSync(join(process.env.BENCH_TMP ?? tmpdir(), `eloket-bench-${name}-`));
}

export function run(args, env = {}, { input } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, ELOKET_KEYRING: 'off', NO_COLOR: '1', ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`eloket ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return result.stdout;
}

function timeOnce(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ELOKET_KEYRING: 'off', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return ms;
}

function stats(times) {
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)] };
}

/** Median and p95 wall time (ms) of `node <args>` over n runs, after one warm-up. */
export function timeNode(args, env = {}, n = 15) {
  const times = [];
  for (let i = 0; i <= n; i++) {
    const ms = timeOnce(args, env);
    if (i > 0) times.push(ms);
  }
  return stats(times);
}

/**
 * Times an eloket command against `node -e 0` and returns a report row. The two take turns, run
 * by run, so both see the same machine: on a shared machine whose load drifts over a minute, a
 * baseline taken once at the start says more about that moment than about the command.
 * `baseline` (the run's own `node -e 0`) is reported as `runBaselineMs`.
 */
export function compare(name, args, env, baseline, budget = 3, n = 21) {
  const bare = [];
  const times = [];
  for (let i = 0; i <= n; i++) {
    const b = timeOnce(['-e', '0'], {});
    const t = timeOnce([CLI, ...args], env);
    if (i > 0) {
      bare.push(b);
      times.push(t);
    }
  }
  const base = stats(bare);
  const t = stats(times);
  const ratio = t.median / base.median;
  return { name, medianMs: round(t.median), p95Ms: round(t.p95), baselineMs: round(base.median), runBaselineMs: round(baseline.median), ratio: round(ratio, 2), budget, ok: ratio <= budget };
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
