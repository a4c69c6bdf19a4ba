import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, cleanup } from '../helpers/cli.js';

/**
 * `ELOKET_HOME` holds INSZ numbers, confirmation tokens, keys and login tokens: nobody but its
 * user may read anything in it, even when the folder was there before eloket, open to others.
 * Checked with the built binary, since a process's umask and its files are what is tested.
 */
let home: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'eloket-modes-'));
  chmodSync(home, 0o755);
});
afterEach(() => cleanup(home));

/** Every file and folder under `dir` (the folder itself too) whose mode lets others in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  const visit = (path: string) => {
    const st = lstatSync(path);
    if (st.isSymbolicLink()) return;
    if ((st.mode & 0o077) !== 0) found.push(`${path.slice(home.length) || '/'} ${(st.mode & 0o777).toString(8)}`);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
  };
  visit(dir);
  return found;
}

function run(args: string[]): void {
  const r = bin(home, args);
  expect(r.code, r.stderr).toBe(0);
}

describe('the files of a home', () => {
  it('are all private after a login, a change that mails and a message, in a home that was 0755', () => {
    run(['auth', 'login', '--user', 'wzc-admin']);
    run(['contacts', 'add', '--first', 'Nele', '--last', 'Goris', '--email', 'nele.goris@delinde.example.be', '--theme', 'ecalcura']);
    run(['messages', 'list']);
    run(['config', 'set', 'mail-from', 'e-loket@wzc-demo.be']);
    expect(existsSync(join(home, 'mailbox', '1.eml'))).toBe(true);
    expect(readdirSync(join(home, 'idp')).length).toBeGreaterThan(0);
    expect(readdirSync(join(home, 'attachments')).length).toBeGreaterThan(0);
    expect(lstatSync(home).mode & 0o777).toBe(0o700);
    expect(openToOthers(home)).toEqual([]);
  });

  it('are made private when an older eloket left them readable, the database with its -wal and -shm too', () => {
    run(['auth', 'login', '--user', 'wzc-admin']);
    run(['contacts', 'add', '--first', 'Nele', '--last', 'Goris', '--email', 'nele.goris@delinde.example.be', '--theme', 'ecalcura']);
    // As an older eloket left them: the database 0644, folders 0755, the mailbox readable.
    const old = process.umask(0o022);
    const reader = openSqlite(join(home, 'eloket.db'));
    try {
      chmodSync(join(home, 'eloket.db'), 0o644);
      reader.pragma('journal_mode = WAL');
      reader.prepare('SELECT count(*) FROM contacts').get();
      chmodSync(join(home, 'eloket.db-wal'), 0o644);
      chmodSync(join(home, 'eloket.db-shm'), 0o644);
      for (const dir of ['mailbox', 'attachments', 'idp']) chmodSync(join(home, dir), 0o755);
      chmodSync(join(home, 'mailbox', '1.eml'), 0o644);
      const blobDir = join(home, 'attachments', readdirSync(join(home, 'attachments'))[0]!);
      chmodSync(blobDir, 0o755);
      chmodSync(join(blobDir, readdirSync(blobDir)[0]!), 0o644);
      chmodSync(home, 0o755);
      expect(openToOthers(home).length).toBeGreaterThanOrEqual(9);

      run(['contacts', 'list']);
      // The reader still holds the database open, so its -wal and -shm are still there.
      expect(existsSync(join(home, 'eloket.db-wal'))).toBe(true);
      expect(openToOthers(home)).toEqual([]);
    } finally {
      reader.close();
      process.umask(old);
    }
  });

  it('leave what is not eloket\'s alone when ELOKET_HOME names a folder that holds more', () => {
    const old = process.umask(0o022);
    try {
      writeFileSync(join(home, 'notities.txt'), 'van iemand anders\n', { mode: 0o644 });
      mkdirSync(join(home, 'gedeeld'), { mode: 0o755 });
    } finally {
      process.umask(old);
    }
    run(['auth', 'login', '--user', 'wzc-admin']);
    expect(lstatSync(home).mode & 0o777).toBe(0o700);
    expect(lstatSync(join(home, 'notities.txt')).mode & 0o777).toBe(0o644);
    expect(lstatSync(join(home, 'gedeeld')).mode & 0o777).toBe(0o755);
    expect(openToOthers(home).sort()).toEqual(['/gedeeld 755', '/notities.txt 644']);
  });
});
