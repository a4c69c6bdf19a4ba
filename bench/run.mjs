// Runs every benchmark scenario in bench/scenarios/ and prints one table (and bench/results.json).
// Needs a build: `npm run build && npm run bench`. Each scenario exports `name` and
// `async function run({ baseline, log })` returning rows from lib.mjs `compare` (or its own).
import { readdirSync, writeFileSync } from 'node:fs';
import { timeNode, round } from './lib.mjs';

const only = process.argv[2];
const log = (line) => process.stderr.write(line + '\n');
const baselineTimes = timeNode(['-e', '0'], {}, 21);
const baseline = { median: baselineTimes.median };
log(`node -e 0: median ${round(baseline.median)} ms`);

const rows = [];
const files = readdirSync(new URL('./scenarios/', import.meta.url)).filter((f) => f.endsWith('.mjs')).sort();
for (const file of files) {
  const scenario = await import(new URL(`./scenarios/${file}`, import.meta.url));
  if (only && !file.includes(only)) continue;
  log(`— ${scenario.name}`);
  for (const row of await scenario.run({ baseline, log })) {
    rows.push(row);
    log(`  ${row.name}: ${JSON.stringify(row)}`);
  }
}
console.table(rows);
writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), node: process.version, baselineMs: round(baseline.median), rows }, null, 2) + '\n');
process.exitCode = rows.every((r) => r.ok !== false) ? 0 : 1;
