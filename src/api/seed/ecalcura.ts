/**
 * eCalcura in the demo world: contracts of the DOMAIN.md people at WZC 1 and IBW 2 with some
 * prestaties, the period 2023-2024 open. WZC 1 still lacks the prestaties of 2024Q2 (so "Mijn
 * taken" shows them); IBW 2 is complete. `--contracts N` adds contracts of the generated
 * population (one person each, spread over all facilities but CVKs) until there are N in all.
 */
import type { Context } from '../context.js';
import type { Store } from '../store/db.js';
import { DEMO_PEOPLE } from '../gateway/registers/demo-people.js';
import { populationInsz, populationPerson, POPULATION_SIZE } from '../ecalcura/demo-population.js';
import { IBW2, WZC1 } from './demo-world.js';
import type { SeedOptions, SeedReport } from './types.js';

interface DemoContract {
  key: string;
  insz: string;
  kind: 'gerechtigde' | 'vervanger';
  choice: 'premie' | 'vrijstelling' | null;
  qualification: string;
  fraction: number;
  start: string;
  end: string | null;
  replaces?: string;
  gelijkgesteld?: boolean;
  prestaties?: Record<string, number>;
}

const DEMO_CONTRACTS: Record<string, DemoContract[]> = {
  [WZC1]: [
    { key: 'marleen', insz: '59022800619', kind: 'gerechtigde', choice: 'vrijstelling', qualification: 'verpleegkundige', fraction: 0.8, start: '2015-09-01', end: null },
    { key: 'jan', insz: '65041200162', kind: 'gerechtigde', choice: 'premie', qualification: 'verpleegkundige', fraction: 1, start: '2010-01-01', end: '2024-06-30', prestaties: { '2023Q3': 480, '2023Q4': 470, '2024Q1': 455 } },
    { key: 'sofie', insz: '68092300223', kind: 'gerechtigde', choice: 'vrijstelling', qualification: 'zorgkundige', fraction: 0.75, start: '2012-03-01', end: null },
    { key: 'bram', insz: '85122400775', kind: 'vervanger', choice: null, qualification: 'verpleegkundige', fraction: 0.2, start: '2023-07-01', end: '2024-06-30', replaces: 'marleen', prestaties: { '2023Q3': 95, '2023Q4': 98, '2024Q1': 96 } },
  ],
  [IBW2]: [
    { key: 'tom', insz: '72011500396', kind: 'gerechtigde', choice: 'premie', qualification: 'kinesitherapeut', fraction: 0.5, start: '2019-02-01', end: '2024-06-30', prestaties: { '2023Q3': 240, '2023Q4': 245, '2024Q1': 235, '2024Q2': 238 } },
    { key: 'lotte', insz: '74063000413', kind: 'gerechtigde', choice: 'vrijstelling', qualification: 'administratief', fraction: 0.6, start: '2018-05-01', end: null, gelijkgesteld: true },
    { key: 'koen', insz: '85073003328', kind: 'vervanger', choice: null, qualification: 'zorgkundige', fraction: 0.4, start: '2023-10-01', end: '2024-06-30', replaces: 'lotte', prestaties: { '2023Q4': 190, '2024Q1': 192, '2024Q2': 190 } },
  ],
};

const OPEN_PERIOD = '2023-2024';
const FRACTIONS = [1, 0.8, 0.75, 0.5];

export function seedEcalcura(store: Store, options: SeedOptions, now: Date, progress: Context['progress']): SeedReport {
  const raw = store.raw;
  const at = now.toISOString();
  let contracts = 0;
  let prestaties = 0;
  raw.transaction(() => {
    const person = raw.prepare('INSERT OR IGNORE INTO employees (insz, first_name, last_name, birth_date, looked_up_at) VALUES (?, ?, ?, ?, ?)');
    const contract = raw.prepare(
      `INSERT INTO contracts (hco, insz, kind, choice, qualification, fraction, start_date, end_date, replaces, gelijkgesteld, source, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'seed', ?, ?)`,
    );
    const prestatie = raw.prepare("INSERT INTO prestaties (contract_id, quarter, hours, source, updated_at) VALUES (?, ?, ?, 'seed', ?)");
    const period = raw.prepare("INSERT OR IGNORE INTO reference_periods (hco, period, state) VALUES (?, ?, 'open')");
    const organisationExists = raw.prepare('SELECT 1 FROM organisations WHERE hco = ?');
    const hasContracts = raw.prepare('SELECT 1 FROM contracts WHERE hco = ? LIMIT 1');

    for (const [hco, list] of Object.entries(DEMO_CONTRACTS)) {
      if (!organisationExists.get(hco) || hasContracts.get(hco)) continue;
      period.run(hco, OPEN_PERIOD);
      const ids = new Map<string, number>();
      for (const c of list) {
        const p = DEMO_PEOPLE.find((d) => d.insz === c.insz)!;
        person.run(p.insz, p.firstName, p.lastName, p.birthDate, at);
        const replaces = c.replaces ? ids.get(c.replaces)! : null;
        const id = Number(contract.run(hco, c.insz, c.kind, c.choice, c.qualification, c.fraction, c.start, c.end, replaces, c.gelijkgesteld ? 1 : 0, at, at).lastInsertRowid);
        ids.set(c.key, id);
        contracts++;
        for (const [quarter, hours] of Object.entries(c.prestaties ?? {})) {
          prestatie.run(id, quarter, hours, at);
          prestaties++;
        }
      }
    }

    const wanted = Math.min(options.contracts ?? 0, POPULATION_SIZE);
    const existing = (raw.prepare('SELECT count(*) AS n FROM contracts').get() as { n: number }).n;
    if (wanted <= existing) return;
    const demo = DEMO_PEOPLE.map((p) => `'${p.insz}'`).join(',');
    let next = (raw.prepare(`SELECT count(*) AS n FROM contracts WHERE source = 'seed' AND insz NOT IN (${demo})`).get() as { n: number }).n;
    // Not at a CVK: its personnel data is entered at its WZC (seed 002).
    const facilities = (raw.prepare('SELECT hco FROM organisations WHERE ecalcura_hco IS NULL ORDER BY hco').all() as { hco: string }[]).map((o) => o.hco);
    const toAdd = wanted - existing;
    for (let i = 0; i < toAdd; i++, next++) {
      const p = populationPerson(populationInsz(next))!;
      person.run(p.insz, p.firstName, p.lastName, p.birthDate, at);
      const qualification = p.visums[0] ?? 'maatschappelijk-assistent';
      const start = `${2005 + (next % 18)}-${String(1 + (next % 12)).padStart(2, '0')}-01`;
      contract.run(facilities[next % facilities.length], p.insz, 'gerechtigde', next % 2 ? 'premie' : 'vrijstelling', qualification, FRACTIONS[next % FRACTIONS.length], start, null, null, 0, at, at);
      contracts++;
      if ((i + 1) % 10_000 === 0) progress({ task: 'contracts', done: i + 1, total: toAdd });
    }
    progress({ task: 'contracts', done: toAdd, total: toAdd });
  }).immediate();
  return { contracts, prestaties };
}
