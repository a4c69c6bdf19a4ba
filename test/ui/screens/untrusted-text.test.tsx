import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, tempHome } from '../../helpers/cli.js';
import { departmentSends } from '../fixtures.js';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

/** A title as a sender may paste it: a direction override, a C1 control, a zero-width space. */
const TITLE = 'Beslissing \u202eesrever\u0085 volgt\u200bhier';
const HIDDEN = [/\u202e/, /\u0085/, /\u200b/];

let app: AppHarness;
let home: string | undefined;
afterEach(async () => {
  await closeApps();
  if (home) cleanup(home);
  home = undefined;
});

describe('untrusted text in the TUI', () => {
  it('shows a title without zero-width characters and obeys no override, in the list and the thread', async () => {
    home = tempHome('eloket-tui-text-');
    await departmentSends(home, [{ title: TITLE, body: 'Zie\u200b titel.' }]);
    app = await renderApp({ home, user: 'wzc-admin', columns: 120, rows: 30 });
    await app.press('2');
    const list = await app.waitFor('volgthier');
    for (const pattern of HIDDEN) expect(list, String(pattern)).not.toMatch(pattern);
    await app.press(KEY.enter);
    const thread = await app.waitFor('Zie titel.');
    for (const pattern of HIDDEN) expect(thread, String(pattern)).not.toMatch(pattern);
  });
});
