import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../src/api/store/sqlite.js';
import { cleanup, DIST_CLI, envFor, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';

/**
 * The built binary as a script runs it: separate processes, stdin and files for text and
 * attachments, bytes out exactly as they went in. `ELOKET_TEST_CLI` points at another build.
 */
const CLI = DIST_CLI;

let home: string;
let folder: string;

function eloket(args: string[], opts: { stdin?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { env: envFor(home), input: opts.stdin ?? '', cwd: opts.cwd ?? folder, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8'), json: () => JSON.parse(r.stdout.toString('utf8')) };
}

beforeAll(() => {
  home = tempHome();
  folder = mkdtempSync(join(tmpdir(), 'eloket-e2e-work-'));
});
afterAll(() => {
  cleanup(home);
  rmSync(folder, { recursive: true, force: true });
});

describe('messages through the binary', () => {
  it('has something to show on first start', async () => {
    expect(eloket(['messages', 'list']).code).toBe(4);
    await loginAs(home, 'wzc-admin');
    const list = eloket(['messages', 'list', '--box', 'all', '--json']);
    expect(list.code, list.stderr).toBe(0);
    const page = list.json();
    expect(page.total).toBeGreaterThanOrEqual(5);
    expect(page.items.some((m: { read: boolean; direction: string }) => m.direction === 'in' && !m.read)).toBe(true);
    expect(page.items.some((m: { attachments: unknown[] }) => m.attachments.length > 0)).toBe(true);
  });

  it('sends text from stdin with an attachment from the working folder, and returns the same bytes', async () => {
    await loginAs(home, 'ibw-admin');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256))]);
    writeFileSync(join(folder, 'scan.png'), png);
    const sent = eloket(['messages', 'send', '--theme', 'ecalcura', '--title', 'Scan', '--body', '-', '--attach', 'scan.png', '--json'], { stdin: 'Zie scan.\n' });
    expect(sent.code, sent.stderr).toBe(0);
    const message = sent.json();
    expect(message).toMatchObject({ body: 'Zie scan.', attachments: [{ name: 'scan.png', size: png.length, sha256: createHash('sha256').update(png).digest('hex') }] });
    await loginAs(home, 'handler-ecalcura');
    const out = eloket(['messages', 'attachment', String(message.id), 'scan.png', '--out', '-']);
    expect(out.code, out.stderr).toBe(0);
    expect(Buffer.compare(out.stdout, png)).toBe(0);
    const thread = eloket(['messages', 'show', message.reference.toLowerCase(), '--json']);
    expect(thread.json().messages).toHaveLength(1);
  });

  it('attaches a file outside the working folder, by an absolute path or ~/', async () => {
    await loginAs(home, 'ibw-admin');
    const user = mkdtempSync(join(tmpdir(), 'eloket-e2e-home-'));
    try {
      mkdirSync(join(user, 'Documenten'));
      writeFileSync(join(user, 'Documenten', 'verslag.txt'), 'Verslag\n');
      const r = spawnSync(process.execPath, [CLI, 'messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', '~/Documenten/verslag.txt', '--attach', join(user, 'Documenten', 'verslag.txt'), '--json'], {
        env: envFor(home, { HOME: user }),
        cwd: folder,
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).attachments.map((a: { name: string }) => a.name)).toEqual(['verslag.txt', 'verslag (2).txt']);
    } finally {
      rmSync(user, { recursive: true, force: true });
    }
  });

  it('refuses input that never ends within a second, naming the field (exit 3)', async () => {
    await loginAs(home, 'ibw-admin');
    const send = ['messages', 'send', '--theme', 'ecalcura', '--title', 'x'];
    const cases: [string[], 'zero' | 'none', string][] = [
      [[...send, '--body-file', '/dev/zero'], 'none', 'body-file'],
      [[...send, '--body', '-'], 'zero', 'body'],
      [['helpdesk', 'ask', '--email', 'an.claes@debrug.example.be', '--question', '-'], 'zero', 'question'],
      [[...send, '--body', 'y', '--attach', '/dev/zero'], 'none', 'attach'],
    ];
    for (const [args, stdin, field] of cases) {
      const zero = openSync('/dev/zero', 'r');
      try {
        const started = Date.now();
        const r = spawnSync(process.execPath, [CLI, ...args, '--json'], { env: envFor(home), cwd: folder, stdio: [stdin === 'zero' ? zero : 'ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 10_000 });
        const took = Date.now() - started;
        expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(3);
        expect(JSON.parse(r.stderr.trim()).error.field).toBe(field);
        expect(took, args.join(' ')).toBeLessThan(1000);
      } finally {
        closeSync(zero);
      }
    }
  });

  it('refuses a body on standard input that is not UTF-8 (exit 3)', async () => {
    await loginAs(home, 'ibw-admin');
    const r = spawnSync(process.execPath, [CLI, 'messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', '-', '--json'], {
      env: envFor(home),
      cwd: folder,
      input: Buffer.from('Het caf\xe9\n', 'latin1'),
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stderr.trim()).error).toMatchObject({ field: 'body', message: expect.stringContaining('UTF-8') });
  });

  it('seeds a benchmark world over 500 facilities when many messages are asked', () => {
    const seeded = eloket(['dev', 'seed', '--messages', '6000', '--json']);
    expect(seeded.code, seeded.stderr).toBe(0);
    const db = openSqlite(join(home, 'eloket.db'), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM organisations').get() as { n: number }).n).toBe(500);
      expect((db.prepare('SELECT count(*) AS n FROM messages').get() as { n: number }).n).toBe(6000);
      expect((db.prepare('SELECT count(DISTINCT hco) AS n FROM messages').get() as { n: number }).n).toBe(500);
    } finally {
      db.close();
    }
    const page = eloket(['messages', 'list', '--page', '50', '--json']);
    expect(page.code, page.stderr).toBe(0);
    expect(page.json()).toMatchObject({ page: 50 });
  });
});
