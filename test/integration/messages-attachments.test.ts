import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { cleanup, copyWorld, IBW2, query, referenceOf, seedTemplate, storedBlobs } from './messages-world.js';

/**
 * Attachments: checked before anything is stored, kept by content hash, and received exactly
 * as sent. The command's working folder is a fresh temp folder, as a user's would be; files
 * may come from elsewhere too (`elders`).
 */
let template: string;
let home: string;
let folder: string;
let outside: string;
const startedIn = process.cwd();

beforeAll(async () => {
  template = await seedTemplate();
});
afterAll(() => cleanup(template));
beforeEach(() => {
  home = copyWorld(template);
  const base = mkdtempSync(join(tmpdir(), 'eloket-attach-'));
  folder = join(base, 'work');
  outside = join(base, 'elders');
  mkdirSync(folder);
  mkdirSync(outside);
  process.chdir(folder);
});
afterEach(() => {
  process.chdir(startedIn);
  cleanup(home);
  rmSync(join(folder, '..'), { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n', 'latin1');
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('sending with attachments', () => {
  it('stores each content once by sha256 and gives back exactly the bytes that were sent', async () => {
    writeFileSync('verslag.pdf', PDF);
    writeFileSync('cijfers.csv', 'kwartaal;uren\n2024Q1;96\n');
    mkdirSync('bijlagen');
    writeFileSync(join('bijlagen', 'kopie.pdf'), PDF);
    await loginAs(home, 'ibw-admin');
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'Met bijlagen', '--body', 'Zie bijlagen', '--attach', 'verslag.pdf', '--attach', 'cijfers.csv', '--attach', 'bijlagen/kopie.pdf', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const message = r.json();
    expect(message.attachments).toEqual([
      { name: 'verslag.pdf', size: PDF.length, sha256: sha(PDF) },
      { name: 'cijfers.csv', size: 24, sha256: sha(readFileSync('cijfers.csv')) },
      { name: 'kopie.pdf', size: PDF.length, sha256: sha(PDF) },
    ]);
    expect(storedBlobs(home)).toContain(sha(PDF));
    expect(storedBlobs(home).filter((b) => b === sha(PDF))).toHaveLength(1);

    await loginAs(home, 'handler-ecalcura');
    const saved = await cli(home, ['messages', 'attachment', String(message.id), 'VERSLAG.PDF', '--out', join(outside, 'ontvangen.pdf'), '--json']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(readFileSync(join(outside, 'ontvangen.pdf')).equals(PDF)).toBe(true);
    expect(saved.json()).toMatchObject({ name: 'verslag.pdf', sha256: sha(PDF) });
    const again = await cli(home, ['messages', 'attachment', String(message.id), 'verslag.pdf', '--out', join(outside, 'ontvangen.pdf')]);
    expect(again.code).toBe(7);
    expect((await cli(home, ['messages', 'attachment', String(message.id), 'verslag.pdf', '--out', outside, '--force'])).code).toBe(0);
    expect(readFileSync(join(outside, 'verslag.pdf')).equals(PDF)).toBe(true);
    const stdout = await cli(home, ['messages', 'attachment', String(message.id), 'cijfers.csv', '--out', '-']);
    expect(stdout.stdout).toBe('kwartaal;uren\n2024Q1;96\n');
  });

  it('attaches to a reply of the department too, and the facility saves it in its folder', async () => {
    writeFileSync('antwoord.pdf', PDF);
    const reference = referenceOf(home, 'Prestaties vervanger 2024Q1');
    await loginAs(home, 'handler-ecalcura');
    const reply = (await cli(home, ['messages', 'reply', reference, '--body', 'In bijlage', '--attach', 'antwoord.pdf', '--json'])).json();
    rmSync('antwoord.pdf');
    await loginAs(home, 'ibw-admin');
    const thread = (await cli(home, ['messages', 'show', reference, '--json'])).json();
    expect(thread.messages.at(-1).attachments.map((a: { name: string }) => a.name)).toEqual(['antwoord.pdf']);
    const saved = await cli(home, ['messages', 'attachment', String(reply.id), 'antwoord.pdf']);
    expect(saved.code, saved.stderr).toBe(0);
    expect(readFileSync(join(folder, 'antwoord.pdf')).equals(PDF)).toBe(true);
  });

  it('refuses to write an attachment raw to a terminal with --out -, and says how to save it', async () => {
    const crafted = 'Factuur\u001b]52;c;ZWNobyBnZWhhY2t0\u0007\u001b[2J\u001b]0;titel\u0007 einde\n';
    writeFileSync(join(outside, 'factuur.txt'), crafted);
    await loginAs(home, 'ibw-admin');
    const message = (await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', join(outside, 'factuur.txt'), '--json'])).json();
    await loginAs(home, 'handler-ecalcura');
    const tty = await cli(home, ['messages', 'attachment', String(message.id), 'factuur.txt', '--out', '-'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stdout).toBe('');
    expect(tty.stderr).toContain('--out BESTAND');
    expect(tty.stderr).toContain('--out - | less');
    expect(tty.stderr).not.toContain('\u001b');
    // Piped, the bytes go out exactly; on a terminal without --out, it is saved as a file.
    expect((await cli(home, ['messages', 'attachment', String(message.id), 'factuur.txt', '--out', '-'])).stdout).toBe(crafted);
    const saved = await cli(home, ['messages', 'attachment', String(message.id), 'factuur.txt'], { tty: true });
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stdout).not.toContain('\u001b');
    expect(readFileSync(join(folder, 'factuur.txt'), 'utf8')).toBe(crafted);
    // Nor through a device named as the file: /dev/tty, or /dev/null standing in for any device.
    for (const device of ['/dev/tty', '/dev/null']) {
      const r = await cli(home, ['messages', 'attachment', String(message.id), 'factuur.txt', '--out', device, '--force', '--json']);
      expect(r.code, r.stderr).toBe(3);
      expect(r.error()).toMatchObject({ code: 'validation', field: 'out' });
    }
  });

  it('cleans file names: no folders, no control or direction characters', async () => {
    writeFileSync('ver\u001b[31mslag\u202e.pdf', PDF);
    await loginAs(home, 'ibw-admin');
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'Naam', '--body', 'x', '--attach', `./ver\u001b[31mslag\u202e.pdf`, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json().attachments[0].name).toBe('ver[31mslag.pdf');
  });

  it('refuses a damaged content when it is read back', async () => {
    writeFileSync('verslag.pdf', PDF);
    await loginAs(home, 'ibw-admin');
    const message = (await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', 'verslag.pdf', '--json'])).json();
    writeFileSync(join(home, 'attachments', sha(PDF).slice(0, 2), sha(PDF)), Buffer.concat([PDF, Buffer.from('x')]));
    const r = await cli(home, ['messages', 'attachment', String(message.id), 'verslag.pdf', '--out', join(outside, 'x.pdf'), '--json']);
    expect(r.code).toBe(1);
    expect(r.error().message).toContain('sha256');
    expect(existsSync(join(outside, 'x.pdf'))).toBe(false);
  });

  it('asks for a plain attachment name and says which one is not there', async () => {
    writeFileSync('verslag.pdf', PDF);
    await loginAs(home, 'ibw-admin');
    const message = (await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', 'verslag.pdf', '--json'])).json();
    const escaping = await cli(home, ['messages', 'attachment', String(message.id), '../../eloket.db', '--json']);
    expect(escaping.code).toBe(3);
    expect(escaping.error().field).toBe('name');
    expect((await cli(home, ['messages', 'attachment', String(message.id), 'ander.pdf'])).code).toBe(6);
  });
});

describe('attachments from anywhere the user can read', () => {
  it('takes a path up, an absolute path, a link out of the folder and ~/, as a mail program does', async () => {
    const own = Buffer.concat([PDF, Buffer.from('elders')]);
    writeFileSync(join(outside, 'verslag.pdf'), own);
    writeFileSync(join(outside, 'cijfers.csv'), 'kwartaal;uren\n');
    symlinkSync(join(outside, 'verslag.pdf'), 'link.pdf');
    const user = join(outside, 'thuis');
    mkdirSync(join(user, 'Documenten'), { recursive: true });
    writeFileSync(join(user, 'Documenten', 'brief.txt'), 'Beste,\n');
    const savedHome = process.env.HOME;
    process.env.HOME = user;
    try {
      await loginAs(home, 'ibw-admin');
      const r = await cli(home, [
        'messages', 'send', '--theme', 'ecalcura', '--title', 'Van elders', '--body', 'Zie bijlagen',
        '--attach', '../elders/verslag.pdf', '--attach', join(outside, 'cijfers.csv'), '--attach', 'link.pdf', '--attach', '~/Documenten/brief.txt', '--json',
      ]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.json().attachments).toEqual([
        { name: 'verslag.pdf', size: own.length, sha256: sha(own) },
        { name: 'cijfers.csv', size: 14, sha256: sha(Buffer.from('kwartaal;uren\n')) },
        { name: 'link.pdf', size: own.length, sha256: sha(own) },
        { name: 'brief.txt', size: 7, sha256: sha(Buffer.from('Beste,\n')) },
      ]);
      const reply = await cli(home, ['messages', 'reply', referenceOf(home, 'Prestaties vervanger 2024Q1'), '--body', 'y', '--attach', '~/Documenten/brief.txt', '--json']);
      expect(reply.code, reply.stderr).toBe(0);
    } finally {
      process.env.HOME = savedHome;
    }
  });

  it("keeps another facility's thread out of reach with an attachment from elsewhere too", async () => {
    writeFileSync(join(outside, 'verslag.pdf'), PDF);
    await loginAs(home, 'wzc-admin');
    const before = snapshot(home);
    const r = await cli(home, ['messages', 'reply', referenceOf(home, 'Prestaties vervanger 2024Q1'), '--body', 'y', '--attach', join(outside, 'verslag.pdf'), '--json']);
    expect(r.code).toBe(6);
    expect(snapshot(home)).toBe(before);
  });
});

describe('refused attachments store nothing (exit 3, field attach)', () => {
  const cases: [string, () => string[]][] = [
    ['a file over 10 MiB', () => (writeFileSync('groot.txt', ''), truncateSync('groot.txt', 10 * 1024 * 1024 + 1), ['groot.txt'])],
    [
      'attachments over 25 MiB together',
      () => ['a', 'b', 'c'].map((n) => (writeFileSync(`${n}.txt`, ''), truncateSync(`${n}.txt`, 9 * 1024 * 1024), `${n}.txt`)),
    ],
    ['a forbidden type', () => (writeFileSync('setup.exe', 'MZ\u0090\u0000'), ['setup.exe'])],
    ['a program named as a document', () => (writeFileSync('factuur.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00])), ['factuur.pdf'])],
    ['a script named as text', () => (writeFileSync('lees.txt', '#!/bin/sh\nrm -rf ~\n'), ['lees.txt'])],
    ['a content that is not its type', () => (writeFileSync('foto.png', 'geen png'), ['foto.png'])],
    ['a file that does not exist', () => ['bestaat-niet.pdf']],
    ['a file under ~/ that does not exist', () => ['~/bestaat-niet.pdf']],
    ['a folder', () => (mkdirSync('map.pdf'), ['map.pdf'])],
    ['a folder elsewhere', () => [outside]],
    ['a device that never ends', () => ['/dev/zero']],
    ['a link to a device that never ends', () => (symlinkSync('/dev/zero', 'nul.txt'), ['nul.txt'])],
    ['a huge file elsewhere', () => (writeFileSync(join(outside, 'enorm.pdf'), ''), truncateSync(join(outside, 'enorm.pdf'), 8 * 1024 ** 3), [join(outside, 'enorm.pdf')])],
    ['an empty file', () => (writeFileSync('leeg.txt', ''), ['leeg.txt'])],
    ['more than 10 files', () => Array.from({ length: 11 }, (_, i) => (writeFileSync(`f${i}.txt`, 'x'), `f${i}.txt`))],
    ['a good file next to a bad one', () => (writeFileSync('goed.pdf', PDF), writeFileSync('slecht.exe', 'x'), ['goed.pdf', 'slecht.exe'])],
  ];

  it.each(cases)('%s', async (_, make) => {
    const paths = make();
    await loginAs(home, 'ibw-admin');
    const before = snapshot(home);
    const blobs = storedBlobs(home);
    const args = paths.flatMap((p) => ['--attach', p]);
    const send = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', ...args, '--json']);
    expect(send.code, send.stderr).toBe(3);
    expect(send.error()).toMatchObject({ code: 'validation', field: 'attach' });
    const reply = await cli(home, ['messages', 'reply', referenceOf(home, 'Prestaties vervanger 2024Q1'), '--body', 'y', ...args, '--json']);
    expect(reply.code).toBe(3);
    expect(snapshot(home)).toBe(before);
    expect(storedBlobs(home)).toEqual(blobs);
  });

  it.skipIf(process.getuid?.() === 0)('a file the user may not read, naming the file', async () => {
    writeFileSync(join(outside, 'dicht.pdf'), PDF);
    chmodSync(join(outside, 'dicht.pdf'), 0o000);
    await loginAs(home, 'ibw-admin');
    const before = snapshot(home);
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', join(outside, 'dicht.pdf'), '--json']);
    expect(r.code).toBe(3);
    expect(r.error()).toMatchObject({ code: 'validation', field: 'attach', message: expect.stringContaining('dicht.pdf') });
    expect(snapshot(home)).toBe(before);
  });

  it('removes what it stored when the send is refused after the checks (no contact)', async () => {
    writeFileSync('nieuw.pdf', Buffer.concat([PDF, Buffer.from('uniek')]));
    await loginAs(home, 'wzc-admin');
    // WZC1's only eCalcura contact removed: the theme has none, so the send is refused.
    const joris = query<{ id: number }>(home, "SELECT id FROM contacts WHERE email = 'joris.maes@delinde.example.be'")[0]!.id;
    expect((await cli(home, ['contacts', 'remove', String(joris), '--yes'])).code).toBe(0);
    const blobs = storedBlobs(home);
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', 'nieuw.pdf']);
    expect(r.code).toBe(7);
    expect(storedBlobs(home)).toEqual(blobs);
  });

  it('names the limits in the error', async () => {
    writeFileSync('groot.pdf', '');
    truncateSync('groot.pdf', 11 * 1024 * 1024);
    await loginAs(home, 'ibw-admin');
    const r = await cli(home, ['messages', 'send', '--theme', 'ecalcura', '--title', 'x', '--body', 'y', '--attach', 'groot.pdf']);
    expect(r.stderr).toContain('10,0 MiB');
    expect(r.stderr).toContain('groot.pdf');
  });
});

it('keeps a department message to another facility out of reach (IBW2 sees its own only)', async () => {
  writeFileSync('brief.pdf', PDF);
  await loginAs(home, 'handler-ecalcura');
  const sent = (await cli(home, ['messages', 'send', '--hco', IBW2, '--theme', 'ecalcura', '--title', 'Brief', '--body', 'x', '--attach', 'brief.pdf', '--json'])).json();
  await loginAs(home, 'wzc-admin');
  expect((await cli(home, ['messages', 'attachment', String(sent.id), 'brief.pdf'])).code).toBe(6);
});
