import { beforeAll, describe, expect, it } from 'vitest';
import { cli, snapshot } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { worldPerFile } from './messages-world.js';

/**
 * An id is decimal digits. `0x1` is not contact 1 and `1e3` is not number 1000: such an id is
 * refused as input (exit 3, naming the argument or flag) and nothing changes, for every id
 * argument and id flag.
 */
let home: string;
let reference: string;

worldPerFile((h) => (home = h));

beforeAll(async () => {
  await loginAs(home, 'wzc-admin');
  reference = (await cli(home, ['messages', 'list', '--json'])).json().items[0].reference;
});

async function refused(args: string[], field: string): Promise<void> {
  const before = snapshot(home);
  const r = await cli(home, [...args, '--json']);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(3);
  expect(r.error()).toMatchObject({ code: 'validation', field });
  expect(snapshot(home)).toBe(before);
}

describe('ids that are no decimal number', () => {
  it('are refused by contacts edit and remove, which would otherwise change contact 1 or look for 1000', async () => {
    await refused(['contacts', 'edit', '0x1', '--phone', '09 111 11 11'], 'id');
    await refused(['contacts', 'remove', '1e3', '--yes'], 'id');
    await refused(['contacts', 'show', '0b1'], 'id');
    await refused(['contacts', 'show', '1.0'], 'id');
    await refused(['contacts', 'show', '+1'], 'id');
    await refused(['contacts', 'show', '99999999999999999'], 'id');
  });

  it('are refused by the id arguments and flags of messages, bank accounts, prestaties, contracts and mail', async () => {
    await refused(['messages', 'attachment', '0x1', 'brief.pdf'], 'id');
    await refused(['messages', 'recipients', reference, 'add', '--contact', '0x1'], 'contact');
    await refused(['messages', 'recipients', reference, 'remove', '--contact', '1e3'], 'contact');
    await refused(['org', 'bank', 'remove', '0x1'], 'id');
    await refused(['prestaties', 'set', '0x1', '--quarter', '2024-Q1', '--hours', '10'], 'id');
    await refused(['prestaties', 'list', '--contract', '1e3'], 'contract');
    await refused(['contracts', 'show', '0x1'], 'id');
    await refused(
      ['contracts', 'add', '--insz', '85.07.30-033.28', '--kind', 'vervanger', '--replaces', '0x1', '--qualification', 'zorgkundige', '--fraction', '0,5', '--start', '01/10/2023', '--end', '30/06/2024'],
      'replaces',
    );
    await refused(['mail', 'show', '0x1'], 'id');
    await refused(['mail', 'retry', '1e3'], 'id');
  });

  it('are refused by the helpdesk commands', async () => {
    await loginAs(home, 'helpdesk');
    try {
      await refused(['helpdesk', 'show', '0x1'], 'id');
      await refused(['helpdesk', 'close', '1e3'], 'id');
    } finally {
      await loginAs(home, 'wzc-admin');
    }
  });

  it('still let messages show take a reference, and an id of digits', async () => {
    const byReference = await cli(home, ['messages', 'show', reference.toLowerCase(), '--json']);
    expect(byReference.code, byReference.stderr).toBe(0);
    const id = byReference.json().messages[0].id;
    const byId = await cli(home, ['messages', 'show', String(id), '--json']);
    expect(byId.code, byId.stderr).toBe(0);
    expect(byId.json().reference).toBe(reference);
    // Not all digits, so a reference: there is none like it.
    expect((await cli(home, ['messages', 'show', '0x1', '--json'])).code).toBe(6);
  });
});
