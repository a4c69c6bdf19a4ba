/**
 * A seeded demo world for the eCalcura tests: seeded once per file into a template home, copied
 * fresh for every test, with helpers to log in and to prove that a refused command changed nothing.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { cleanup, cli, snapshot, tempHome, type CliResult } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { createApi } from '../../src/api/index.js';

export const WZC1 = '710000101';
export const IBW2 = '710000202';

/** The people of DOMAIN.md's demo world, by first name. */
export const PEOPLE = {
  marleen: '59.02.28-006.19',
  jan: '65.04.12-001.62',
  sofie: '68.09.23-002.23',
  tom: '72.01.15-003.96',
  lotte: '74.06.30-004.13',
  pieter: '78.11.02-005.01',
  bram: '85.12.24-007.75',
  koen: '85.07.30-033.28',
  lina: '02.03.10-008.75',
} as const;

/** A valid INSZ that the demo register does not know. */
export const STRANGER = '85.07.30-035.26';

export interface SeededHome {
  /** This test's home. */
  home(): string;
  as(user: string): Promise<void>;
  run(args: string[], opts?: { tty?: boolean; env?: NodeJS.ProcessEnv }): Promise<CliResult>;
  /** Runs a command that must fail with `code` and change nothing in the store; returns its error. */
  refused(args: string[], code: number): Promise<{ code: string; message: string; field?: string }>;
  /** The id of the contract of this person (INSZ as written in PEOPLE) at this facility, started on `start` if given. */
  contractOf(hco: string, insz: string, start?: string): number;
}

export function useSeededHome(): SeededHome {
  let template = '';
  let home = '';
  beforeAll(async () => {
    template = tempHome('eloket-ecalcura-');
    const api = createApi({ home: template, env: { ELOKET_HOME: template, ELOKET_KEYRING: 'off' } });
    await api.dev.seedIfEmpty();
    await api.close();
  });
  afterAll(() => cleanup(template));
  beforeEach(() => {
    home = tempHome('eloket-ecalcura-');
    copyFileSync(join(template, 'eloket.db'), join(home, 'eloket.db'));
    mkdirSync(join(home, 'idp'), { recursive: true });
  });
  afterEach(() => cleanup(home));

  const run = (args: string[], opts: { tty?: boolean; env?: NodeJS.ProcessEnv } = {}) => cli(home, args, opts);
  return {
    home: () => home,
    as: async (user) => {
      await loginAs(home, user);
    },
    run,
    async refused(args, code) {
      const before = snapshot(home);
      const r = await run([...args, '--json']);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(code);
      expect(snapshot(home), `${args.join(' ')} changed the store`).toBe(before);
      return r.error();
    },
    contractOf(hco, insz, start) {
      const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
      try {
        const row = db
          .prepare(`SELECT id FROM contracts WHERE hco = ? AND insz = ? ${start ? 'AND start_date = ?' : ''} ORDER BY id LIMIT 1`)
          .get(hco, insz.replace(/\D/g, ''), ...(start ? [start] : [])) as { id: number } | undefined;
        if (!row) throw new Error(`no contract of ${insz} at ${hco}`);
        return row.id;
      } finally {
        db.close();
      }
    },
  };
}
