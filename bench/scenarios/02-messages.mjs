// Issue 3: `messages list` on 100,000 messages over 500 facilities, each within 3× `node -e 0`.
// Measured as a department case handler (team eCalcura): the heaviest realistic reader, who sees
// the messages of a theme across every facility (about half the world), so page 50, the
// reference filter and the text search all run on tens of thousands of rows. A facility user
// sees a few hundred; one row shows that too.
import { compare, freshHome, round, run as eloket } from '../lib.mjs';

export const name = 'messages list (100k messages, 500 facilities)';

const SEED_BUDGET_MS = 60_000;

export async function run({ baseline, log }) {
  const home = freshHome('messages');
  const env = { ELOKET_HOME: home };
  log(`  home ${home}: dev seed --messages 100000 --organisations 500`);
  const start = process.hrtime.bigint();
  eloket(['dev', 'seed', '--messages', '100000', '--organisations', '500'], env);
  const seedMs = Number(process.hrtime.bigint() - start) / 1e6;
  log(`  seeded in ${round(seedMs / 1000)} s; logged in as handler-ecalcura`);

  eloket(['auth', 'login', '--user', 'handler-ecalcura'], env);
  const page = JSON.parse(eloket(['messages', 'list', '--json', '--page', '20'], env));
  const reference = page.items[0].reference;
  const word = 'vervanger';
  const hits = JSON.parse(eloket(['messages', 'list', '--search', word, '--json'], env)).total;
  log(`  ${page.total} received messages in view; --ref ${reference}; --search ${word}: ${hits} hits`);

  const rows = [
    { name: 'dev seed --messages 100000 --organisations 500', medianMs: round(seedMs), budgetMs: SEED_BUDGET_MS, ok: seedMs <= SEED_BUDGET_MS },
    compare('messages list --ref R --json', ['messages', 'list', '--ref', reference.toLowerCase(), '--json'], env, baseline, 3),
    compare(`messages list --search ${word} --json`, ['messages', 'list', '--search', word, '--json'], env, baseline, 3),
    compare('messages list --page 50 --json', ['messages', 'list', '--page', '50', '--json'], env, baseline, 3),
    // The TUI pages in blocks of 50: a deep block skips 24,950 entries of the box index.
    compare('messages list --page 500 --limit 50 --json', ['messages', 'list', '--page', '500', '--limit', '50', '--json'], env, baseline, 3),
  ];

  eloket(['auth', 'login', '--user', 'wzc-admin'], env);
  rows.push(compare('messages list --box all --json (facility)', ['messages', 'list', '--box', 'all', '--json'], env, baseline, 3));
  return rows;
}
