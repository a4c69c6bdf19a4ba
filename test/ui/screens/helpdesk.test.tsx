import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

async function openQueue() {
  const a = await renderApp({ user: 'helpdesk', columns: 120, rows: 30 });
  await a.press('6');
  await a.waitFor(/pagina 1 van|niets te tonen/);
  return a;
}

describe('Helpdesk', () => {
  it('shows the open questions of the queue and the others by status', async () => {
    app = await openQueue();
    const open = (await app.api.helpdesk.list({ status: 'open' })).items;
    const frame = app.frame();
    expect(frame).toContain('Helpdesk — vragen (open)');
    for (const q of open) expect(frame).toContain(q.email.slice(0, 12));
    await app.press('s');
    await app.waitFor('vragen (toegewezen)');
    await app.press('s', 's', 's');
    await app.waitFor('vragen (alle)');
  });

  it('assigns, answers by mail and closes a question', async () => {
    app = await openQueue();
    const question = (await app.api.helpdesk.list({ status: 'open' })).items[0]!;
    await app.press(KEY.enter);
    await app.waitFor(`Vraag ${question.id} · open`);
    await app.press('a');
    await app.waitFor(`Vraag ${question.id} toewijzen`);
    await app.type('me');
    await app.press(KEY.ctrlS);
    await app.waitFor(`vraag ${question.id} toegewezen aan helpdesk`);
    await app.press('r');
    await app.waitFor('beantwoorden (per e-mail');
    await app.type('Wis de cache van uw browser en probeer opnieuw.');
    await app.press(KEY.ctrlS);
    await app.waitFor(`antwoord op vraag ${question.id} verstuurd naar ${question.email}`);
    expect(app.frame()).toContain('Wis de cache van uw browser');
    await app.press('c');
    await app.waitFor(`Vraag ${question.id} afsluiten?`);
    await app.press('j');
    await app.waitFor(`vraag ${question.id} afgesloten`);
    const stored = await app.api.helpdesk.show(question.id);
    expect(stored).toMatchObject({ status: 'closed', assignee: 'helpdesk' });
    expect(stored.replies.at(-1)?.body).toBe('Wis de cache van uw browser en probeer opnieuw.');
    const mails = (await app.api.mail.list()).items;
    expect(mails.some((m) => m.to.includes(question.email))).toBe(true);
  });

  it("offers a question's own keys in the hint bar, not the queue's", async () => {
    app = await openQueue();
    await app.press(KEY.enter);
    const frame = await app.waitFor(/Vraag \d+ · open/);
    const hints = frame.split('\n').at(-2)!;
    expect(hints).toMatch(/^a toewijzen · r beantwoorden \(per e-mail\) · c vraag afsluiten/);
    expect(hints).not.toContain('s status');
  });

  it('shows an unknown assignee as the api says it', async () => {
    app = await openQueue();
    await app.press(KEY.enter);
    await app.waitFor(/Vraag \d+ · open/);
    await app.press('a');
    await app.type('niemand');
    await app.press(KEY.ctrlS);
    await app.waitFor('Fout:');
  });
});
