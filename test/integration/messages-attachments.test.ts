import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { cleanup, copyWorld, IBW2, referenceOf, seedTemplate, storedBlobs } from './messages-world.js';

/**
 * Attachments: checked before anything is stored, kept by content hash, and received exactly
 * as sent. The command's working folder is a fresh temp folder, as a user's would be.
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
    ['a path that climbs out of the folder', () => (writeFileSync(join(outside, 'geheim.pdf'), PDF), ['../elders/geheim.pdf'])],
    ['an absolute path elsewhere', () => (writeFileSync(join(outside, 'geheim.pdf'), PDF), [join(outside, 'geheim.pdf')])],
    ['a link that points out of the folder', () => (writeFileSync(join(outside, 'geheim.pdf'), PDF), symlinkSync(join(outside, 'geheim.pdf'), 'link.pdf'), ['link.pdf'])],
    ['a file that does not exist', () => ['bestaat-niet.pdf']],
    ['a folder', () => (mkdirSync('map.pdf'), ['map.pdf'])],
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

  it('removes what it stored when the send is refused after the checks (no contact)', async () => {
    writeFileSync('nieuw.pdf', Buffer.concat([PDF, Buffer.from('uniek')]));
    await loginAs(home, 'wzc-admin');
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
