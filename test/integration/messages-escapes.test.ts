import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { WZC1, worldPerFile } from './messages-world.js';

/**
 * A title or body can hold anything a sender typed or pasted: escape sequences that retitle a
 * window, clear the screen or move the cursor, bells, C1 controls, direction overrides.
 * Whatever reaches stdout must not steer a terminal, and the JSON must still carry the text.
 */
const TITLE = 'Beslissing\u001b]0;gehackt\u0007 \u001b[2Jdringend\u009b31m \u202eesrever';
// No NUL: the api refuses one in a body (messages.test.ts), so none can be stored to show.
const BODY = 'Regel 1\u001b[1A\u001b[2K\nRegel 2\u0007 en \u001bP1;2|geheim\u001b\\ einde\u0085\u2028slot';

/** What a terminal would act on: ESC, BEL, NUL, C1 controls (in UTF-8), direction overrides. */
const STEERING = [/\u001b/, /\u0007/, /\u0000/, /[\u0080-\u009f]/, /[\u202a-\u202e\u2066-\u2069]/];

let home: string;
let reference: string;

worldPerFile((h) => (home = h));

beforeAll(async () => {
  await loginAs(home, 'handler-erkenningen');
  const r = await cli(home, ['messages', 'send', '--hco', WZC1, '--theme', 'erkenningen', '--title', TITLE, '--body', BODY, '--json']);
  expect(r.code, r.stderr).toBe(0);
  reference = r.json().reference;
  await loginAs(home, 'wzc-admin');
});

function harmless(stdout: string): void {
  const bytes = Buffer.from(stdout, 'utf8');
  expect(bytes.includes(0x1b), 'ESC').toBe(false);
  expect(bytes.includes(0x07), 'BEL').toBe(false);
  expect(bytes.includes(0x00), 'NUL').toBe(false);
  for (const pattern of STEERING) expect(stdout, String(pattern)).not.toMatch(pattern);
}

describe('untrusted text on stdout', () => {
  it('prints a list line without escape sequences or control characters when piped', async () => {
    const r = await cli(home, ['messages', 'list']);
    expect(r.code, r.stderr).toBe(0);
    harmless(r.stdout);
    const line = r.stdout.split('\n').find((l) => l.includes(reference))!;
    expect(line.split('\t')).toHaveLength(10);
    expect(line).toContain('Beslissing');
    expect(line).toContain('dringend');
  });

  it('prints the thread without them, on a terminal and piped', async () => {
    for (const tty of [false, true]) {
      const r = await cli(home, ['messages', 'show', reference], { tty });
      expect(r.code, r.stderr).toBe(0);
      harmless(r.stdout);
      expect(r.stdout).toContain('Regel 1');
      expect(r.stdout).toContain('Regel 2');
    }
  });

  it('escapes them in JSON, which still parses to exactly what was sent', async () => {
    const list = await cli(home, ['messages', 'list', '--json']);
    harmless(list.stdout);
    const item = list.json().items.find((m: { reference: string }) => m.reference === reference);
    expect(item.title).toBe(TITLE);
    expect(item.body).toBe(BODY);
    const thread = await cli(home, ['messages', 'show', reference, '--json']);
    harmless(thread.stdout);
    expect(thread.json().messages[0]).toMatchObject({ title: TITLE, body: BODY });
  });

  it('keeps a helpdesk question harmless too', async () => {
    const asked = await cli(home, ['helpdesk', 'ask', '--email', 'els.vermeulen@delinde.example.be', '--question', `Help\u001b[2J\u0007${'\u202e'}`]);
    expect(asked.code, asked.stderr).toBe(0);
    await loginAs(home, 'helpdesk');
    for (const args of [['helpdesk', 'list'], ['helpdesk', 'list', '--json'], ['helpdesk', 'show', '6']]) {
      const r = await cli(home, args);
      expect(r.code, r.stderr).toBe(0);
      harmless(r.stdout);
      expect(r.stdout).toContain('Help');
    }
  });
});
