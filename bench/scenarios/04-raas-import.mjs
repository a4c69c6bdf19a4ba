// Issue 4: `import raas` of a 100,000-row file in under 20 s, as one process (start-up included).
// The file is generated here: 80,000 contracts of the generated demo population (every tenth a
// vervanger, every fourth a premie-chooser), 20,000 prestaties rows, and on purpose some rows to
// refuse (contracts that ended before 01/07/2021, prestaties of 2023-2024). Then the same file
// again (idempotent: nothing changes), and the reads that run on the result.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compare, freshHome, round, run as eloket } from '../lib.mjs';

export const name = 'import raas (100k rows)';

const ROWS = 100_000;
const CONTRACTS = 80_000;
const BUDGET_MS = 20_000;

// The generated population of src/api/ecalcura/demo-population.ts (populationInsz): BIS numbers
// born 1950-1979, day 1-28, serial 500-997, which the embedded demo registers know.
function populationInsz(index) {
  let rest = index;
  const serial = 500 + (rest % 498);
  rest = Math.floor(rest / 498);
  const day = 1 + (rest % 28);
  rest = Math.floor(rest / 28);
  const m = rest % 24;
  const monthCode = m < 12 ? 21 + m : 41 + (m - 12);
  const year = 1950 + Math.floor(rest / 24);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const base = `${pad(year % 100)}${pad(monthCode)}${pad(day)}${pad(serial, 3)}`;
  return base + pad(97 - (Number(base) % 97));
}

function generate(file) {
  const lines = ['record;id;insz;kind;choice;qualification;fraction;start;end;replaces;quarter;hours'];
  let refusedOnPurpose = 0;
  for (let i = 0; i < CONTRACTS; i++) {
    const insz = populationInsz(i);
    const ended = i % 97 === 0;
    if (ended) refusedOnPurpose++;
    const end = ended ? '31/12/2020' : i % 3 === 0 ? '30/06/2023' : '';
    if (i % 10 === 9) {
      lines.push(`contract;C${i};${insz};vervanger;;maatschappelijk-assistent;0,5;01/01/2022;${end};C${i - 1};;`);
    } else {
      lines.push(`contract;C${i};${insz};gerechtigde;${i % 4 === 1 ? 'premie' : 'vrijstelling'};maatschappelijk-assistent;1;01/0${1 + (i % 9)}/2019;${end};;;`);
    }
  }
  for (let i = 0; lines.length <= ROWS; i++) {
    const contract = 1 + 4 * (i % (CONTRACTS / 4));
    const quarter = i % 50 === 0 ? '2023Q3' : ['2021Q3', '2021Q4', '2022Q1', '2022Q2', '2022Q3', '2022Q4'][i % 6];
    if (quarter === '2023Q3') refusedOnPurpose++;
    lines.push(`prestatie;C${contract};;;;;;;;;${quarter};${100 + (i % 300)}`);
  }
  writeFileSync(file, lines.join('\n') + '\n');
  return { rows: lines.length - 1, refusedOnPurpose };
}

/** A measurement to show, not to pass or fail on. */
function info(row) {
  const { ok: _ok, budget: _budget, ...rest } = row;
  return { ...rest, budget: 'info' };
}

function timed(fn) {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

export async function run({ baseline, log }) {
  const home = freshHome('raas');
  const env = { ELOKET_HOME: home };
  const file = join(home, 'raas-100k.csv');
  const { rows, refusedOnPurpose } = generate(file);
  log(`  home ${home}: ${rows} rows (${refusedOnPurpose} refused on purpose, more follow from them)`);
  eloket(['dev', 'seed'], env);
  eloket(['auth', 'login', '--user', 'wzc-admin'], env);

  const dry = timed(() => JSON.parse(eloket(['import', 'raas', file, '--dry-run', '--json'], env)));
  const first = timed(() => JSON.parse(eloket(['import', 'raas', file, '--json'], env)));
  const again = timed(() => JSON.parse(eloket(['import', 'raas', file, '--json'], env)));
  const summary = (r) => `imported ${r.imported} (${r.contracts} contracts, ${r.prestaties} prestaties), unchanged ${r.unchanged}, rejected ${r.rejected.length}`;
  log(`  dry run ${round(dry.ms)} ms: ${summary(dry.value)}`);
  log(`  import ${round(first.ms)} ms: ${summary(first.value)}`);
  log(`  again ${round(again.ms)} ms: ${summary(again.value)}`);
  const idempotent = again.value.imported === 0 && again.value.unchanged === first.value.imported;

  return [
    { name: `import raas ${rows} rows --dry-run`, medianMs: round(dry.ms), budgetMs: BUDGET_MS, ok: dry.ms <= BUDGET_MS },
    { name: `import raas ${rows} rows`, medianMs: round(first.ms), budgetMs: BUDGET_MS, ok: first.ms <= BUDGET_MS && first.value.imported > 90_000 },
    { name: `import raas ${rows} rows, again (changes nothing)`, medianMs: round(again.ms), budgetMs: BUDGET_MS, ok: again.ms <= BUDGET_MS && idempotent },
    // For information: 80,000 contracts in one facility is far beyond a real one (hundreds).
    info(compare('contracts list --period 2023-2024 --json (80k contracts)', ['contracts', 'list', '--period', '2023-2024', '--json'], env, baseline, 3)),
    info(compare('period status 2023-2024 --json (80k contracts)', ['period', 'status', '2023-2024', '--json'], env, baseline, 3)),
  ];
}
