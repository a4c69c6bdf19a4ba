// Issue 2: `eloket contacts list --json` (logged in) within 3× `node -e 0`.
import { compare, freshHome, run as eloket } from '../lib.mjs';

export const name = 'contacts list (logged in, demo world)';

export async function run({ baseline, log }) {
  const home = freshHome('contacts');
  const env = { ELOKET_HOME: home };
  log(`  home ${home}: demo world, logged in as wzc-admin through the development provider`);
  eloket(['dev', 'seed'], env);
  eloket(['auth', 'login', '--user', 'wzc-admin'], env);
  return [compare('contacts list --json', ['contacts', 'list', '--json'], env, baseline, 3)];
}
