import { afterEach, describe, expect, it } from 'vitest';
import { suggest, userKnowledgeDir } from '../../../src/assistant/triage/suggest.js';
import { draftText } from '../../../src/ui/assistant/suggestion-lines.js';
import { envFor } from '../../helpers/cli.js';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

async function openQueue(opts: Parameters<typeof renderApp>[0] = {}) {
  const a = await renderApp({ user: 'helpdesk', columns: 120, rows: 30, ...opts });
  await a.press('6');
  await a.waitFor(/pagina 1 van|niets te tonen|page 1 of|nothing to show/);
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

  it("shows the assistant's suggestion at 80×24 and sends its draft only as edited, with Ctrl+S", async () => {
    app = await openQueue({ columns: 80, rows: 24 });
    const question = (await app.api.helpdesk.list({ status: 'open' })).items[0]!;
    const expected = await suggest(app.api, String(question.id), { lang: 'nl', knowledgeDir: userKnowledgeDir(envFor(app.home)) });
    await app.press(KEY.enter);
    await app.waitFor(`Vraag ${question.id} · open`);
    await app.press('s');
    const shown = await app.waitFor(`Suggestie voor vraag ${question.id} · er wordt niets verstuurd`);
    const lines = shown.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(shown).toContain(`Thema: geen (technische vraag) · Team: helpdesk · Zekerheid: ${Math.round(expected.confidence * 100)} %`);
    expect(shown).toContain('Opmerkingen:');
    expect(shown).toContain(`Ontwerpantwoord (nl), bronnen: ${expected.sources.join(', ')}`);
    expect(shown).toContain('  Beste Pieter De Smet,');
    expect(lines.at(-2)).toMatch(/^Enter ontwerp naar het antwoord \(nog niet verstuurd\)/);
    await app.press(KEY.pageDown);
    await app.waitFor('  Technische helpdesk');

    const mails = (await app.api.mail.list()).items.length;
    await app.press(KEY.enter);
    const composer = await app.waitFor('Ontwerp van de assistent: pas het aan. Er gaat niets weg vóór Ctrl+S.');
    expect(composer).toContain(`Vraag ${question.id} beantwoorden (per e-mail naar ${question.email})`);
    expect(composer).toContain('│  Beste Pieter De Smet,');
    expect(composer.split('\n').at(-2)).toMatch(/^Ctrl\+S versturen · Esc annuleren/);
    await app.type('Dag Pieter, ');
    await app.waitFor('│  Dag Pieter, Beste Pieter De Smet,');
    // Nothing went out: not the draft, not the edit.
    expect((await app.api.helpdesk.show(question.id)).replies).toHaveLength(0);
    expect((await app.api.mail.list()).items).toHaveLength(mails);

    await app.press(KEY.ctrlS);
    await app.waitFor(`antwoord op vraag ${question.id} verstuurd naar ${question.email}`);
    const stored = await app.api.helpdesk.show(question.id);
    expect(stored.replies).toHaveLength(1);
    expect(stored.replies[0]!.body).toBe(`Dag Pieter, ${draftText(expected)}`);
    expect(stored.status).toBe('answered');
  });

  it('drops the draft on Esc and sends nothing', async () => {
    app = await openQueue({ columns: 80, rows: 24 });
    const question = (await app.api.helpdesk.list({ status: 'open' })).items[0]!;
    await app.press(KEY.enter);
    await app.waitFor(`Vraag ${question.id} · open`);
    await app.press('s');
    await app.waitFor('Ontwerpantwoord (nl)');
    await app.press('r');
    await app.waitFor('Ontwerp van de assistent');
    await app.press(KEY.escape);
    await app.waitFor((f) => f.includes(`Vraag ${question.id} · open`) && !f.includes('Ontwerp van de assistent'));
    expect((await app.api.helpdesk.show(question.id)).replies).toHaveLength(0);
    // An answer started with r is empty, as before.
    await app.press('r');
    const empty = await app.waitFor('beantwoorden (per e-mail');
    expect(empty).not.toContain('Ontwerp van de assistent');
    expect(empty).not.toContain('Beste Pieter De Smet,');
  });

  it('works in --plain and in English at 80×24', async () => {
    app = await openQueue({ columns: 80, rows: 24, plain: true, lang: 'en' });
    await app.press(KEY.enter);
    await app.waitFor(/Question \d+ · open/);
    await app.press('s');
    const shown = await app.waitFor('Draft answer (nl), sources:');
    const lines = shown.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(shown).toMatch(/^Suggestion for question \d+ · nothing is sent$/m);
    expect(shown).toMatch(/^Theme: none \(technical question\) · Team: helpdesk · Confidence: \d+ %$/m);
    expect(shown).not.toMatch(/[┌│└]/);
    await app.press(KEY.enter);
    await app.waitFor("The assistant's draft: edit it. Nothing goes out before Ctrl+S.");
  });

  it('says in one readable line why there is no suggestion', async () => {
    app = await openQueue({ user: 'handler-ecalcura', columns: 80, rows: 24 });
    await app.waitFor('Helpdesk — vragen (open)');
    await app.press('s');
    await app.waitFor(/vragen \(toegewezen\)[^]*› \d+ /);
    const question = (await app.api.helpdesk.list({ status: 'assigned' })).items[0]!;
    await app.press(KEY.enter);
    await app.waitFor(`Vraag ${question.id} · toegewezen`);
    // Handed to the helpdesk, the question is out of the team's reach.
    await app.press('a');
    await app.type('helpdesk');
    await app.press(KEY.ctrlS);
    await app.waitFor(`vraag ${question.id} toegewezen aan helpdesk`);
    await app.press('s');
    const frame = await app.waitFor(`Fout: helpdeskvraag ${question.id} bestaat niet`);
    expect(frame).toContain(`Vraag ${question.id} · toegewezen`);
    expect(frame).not.toContain('Suggestie voor');
    expect(frame).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});
