import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';
import { tempHome } from '../../helpers/cli.js';
import { departmentSends } from '../fixtures.js';

let app: AppHarness;
afterEach(closeApps);

describe('Home', () => {
  it('shows Mijn taken and the latest received messages with the unread count', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120 });
    const frame = await app.waitFor((f) => /\(\d+ ongelezen\)/.test(f) && /Mijn taken \(\d+\)/.test(f));
    const tasks = await app.api.tasks.list();
    const unread = (await app.api.messages.list({ box: 'received', unread: true })).total;
    expect(frame).toContain(`Mijn taken (${tasks.length})`);
    expect(frame).toContain(tasks[0]!.title);
    expect(frame).toContain(`Laatst ontvangen berichten (${unread} ongelezen)`);
    const latest = (await app.api.messages.list({ box: 'received', limit: 1 })).items[0]!;
    expect(frame).toContain(latest.reference);
  });

  it('opens the selected message as its thread in Berichten, which marks it read', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Nieuw voor de start' }]);
    app = await renderApp({ user: 'wzc-admin', home, columns: 120 });
    const before = await app.waitFor(/\((\d+) ongelezen\)/);
    const unread = Number(/\((\d+) ongelezen\)/.exec(before)![1]);
    expect(before).toContain('● Nieuw voor de start');
    await app.press(KEY.enter);
    const thread = await app.waitFor('Tekst van Nieuw voor de start');
    expect(thread).toContain('[2 Berichten]');
    expect(thread).toContain(`${sent!.reference} · beantwoord · erkenningen · Nieuw voor de start`);
    await app.press('1');
    await app.waitFor(`(${unread - 1} ongelezen)`);
  });

  it('shows the helpdesk its open questions, and no unread count it cannot have', async () => {
    app = await renderApp({ user: 'helpdesk', columns: 120 });
    const open = (await app.api.helpdesk.list({ status: 'open' })).total;
    const frame = await app.waitFor(`Helpdesk — open vragen: ${open}`);
    await app.waitFor('uw team behandelt geen thema');
    expect(app.frame()).not.toContain('ongelezen');
    expect(frame).toContain('Laatst ontvangen berichten');
  });

  it('shows the open helpdesk questions to the helpdesk only, not to the administrator whose queue it is not', async () => {
    app = await renderApp({ user: 'admin', columns: 120 });
    await app.waitFor(/Laatst ontvangen berichten \(\d+ ongelezen\)/);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.frame()).not.toContain('Helpdesk — open vragen');
    expect(app.frame()).not.toContain('6 opent de wachtrij');
  });

  it('goes to Contacten for a task about a missing contact', async () => {
    app = await renderApp({ user: 'wzc-admin' });
    await app.waitFor(/Mijn taken \(\d+\)/);
    await app.press(KEY.shiftTab);
    await app.press(KEY.enter);
    await app.waitFor('[3 Contacten]');
  });
});
