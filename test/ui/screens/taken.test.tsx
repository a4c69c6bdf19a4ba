import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

describe('Taken', () => {
  it('lists what the facility still has to do, as the api reports it', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120 });
    await app.press('4');
    const tasks = await app.api.tasks.list();
    const frame = await app.waitFor(`Mijn taken (${tasks.length})`);
    for (const task of tasks) expect(frame).toContain(task.title);
    expect(frame).toContain('contactpersoon');
  });

  it('shows the selected task in full at 80 columns', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 80, rows: 24 });
    await app.press('4');
    const tasks = await app.api.tasks.list();
    await app.waitFor(`Mijn taken (${tasks.length})`);
    await app.press(KEY.end);
    const frame = await app.waitFor((f) => f.split('\n').some((l) => l.trim() === tasks.at(-1)!.title));
    expect(frame.split('\n').every((l) => [...l].length <= 80)).toBe(true);
  });

  it('goes with Enter to the screen where a missing contact is set', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120 });
    await app.press('4');
    await app.waitFor(/Mijn taken \(\d+\)/);
    await app.press(KEY.home, KEY.enter);
    await app.waitFor('[3 Contacten]');
  });
});
