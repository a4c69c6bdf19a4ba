import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { WZC1, worldPerFile } from './messages-world.js';

/**
 * What text output strips, JSON escapes: a direction override (U+202E), a C1 control (NEL,
 * U+0085) and a zero-width space (U+200B) in a title or a name reach `--json` as `\u` escapes
 * in the raw bytes, from every command (the answer, `ask`, errors), and parse back to exactly
 * what was typed; text output shows no zero-width character and obeys no override.
 */
const TITLE = 'Beslissing \u202eesrever\u0085 volgt\u200bhier';
const FIRST = 'Ne\u200ble';
const LAST = 'Go\u202eris';
const RAW = [/\u202e/, /\u0085/, /\u200b/];

let home: string;

worldPerFile((h) => (home = h));

beforeAll(async () => {
  await loginAs(home, 'handler-erkenningen');
  const sent = await cli(home, ['messages', 'send', '--hco', WZC1, '--theme', 'erkenningen', '--title', TITLE, '--body', 'Zie titel.', '--json']);
  expect(sent.code, sent.stderr).toBe(0);
  await loginAs(home, 'wzc-admin');
  const added = await cli(home, ['contacts', 'add', '--first', FIRST, '--last', LAST, '--email', 'nele.goris@delinde.example.be', '--theme', 'ecalcura', '--json']);
  expect(added.code, added.stderr).toBe(0);
});

function escapedOnly(raw: string): void {
  for (const pattern of RAW) expect(raw, String(pattern)).not.toMatch(pattern);
}

describe('JSON of untrusted text', () => {
  it('escapes a title in messages list and parses back to the title as sent', async () => {
    const r = await cli(home, ['messages', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    escapedOnly(r.stdout);
    expect(r.stdout).toContain('\\u202eesrever\\u0085 volgt\\u200bhier');
    expect(r.json().items.map((m: { title: string }) => m.title)).toContain(TITLE);
  });

  it('escapes a name in contacts list, whose printer used to pass it on as it was', async () => {
    const r = await cli(home, ['contacts', 'list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    escapedOnly(r.stdout);
    expect(r.stdout).toContain('Ne\\u200ble');
    expect(r.stdout).toContain('Go\\u202eris');
    expect(r.json().items).toContainEqual(expect.objectContaining({ firstName: FIRST, lastName: LAST }));
  });

  it('escapes what ask --json answers with', async () => {
    const r = await cli(home, ['ask', 'toon berichten', '--json']);
    expect(r.code, r.stderr).toBe(0);
    escapedOnly(r.stdout);
    expect(r.stdout).toContain('\\u202e');
    expect(r.json().result.items.map((m: { title: string }) => m.title)).toContain(TITLE);
  });

  it('escapes an error document, a usage error quoting the typed flag included', async () => {
    const usage = await cli(home, ['contacts', 'list', '--json', '--bogus\u202e\u200b']);
    expect(usage.code).toBe(2);
    escapedOnly(usage.stderr);
    expect(usage.stderr).toContain('--bogus\\u202e\\u200b');
    expect(usage.error()).toMatchObject({ code: 'usage' });
  });
});

describe('text output of untrusted text', () => {
  it('drops zero-width characters and shows the override and the C1 control as a mark, piped and on a terminal', async () => {
    for (const tty of [false, true]) {
      const messages = await cli(home, ['messages', 'list'], { tty });
      expect(messages.code, messages.stderr).toBe(0);
      escapedOnly(messages.stdout);
      expect(messages.stdout).toContain('volgthier');
      const contacts = await cli(home, ['contacts', 'list'], { tty });
      escapedOnly(contacts.stdout);
      expect(contacts.stdout).toContain('Nele');
    }
  });
});
