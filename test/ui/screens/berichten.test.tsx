import { afterEach, describe, expect, it } from 'vitest';
import { suggest, userKnowledgeDir } from '../../../src/assistant/triage/suggest.js';
import { draftText } from '../../../src/ui/assistant/suggestion-lines.js';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';
import { envFor, tempHome } from '../../helpers/cli.js';
import { departmentSends, WZC1 } from '../fixtures.js';
import { createApi } from '../../../src/api/index.js';
import { loginAs } from '../../helpers/tokens.js';

let app: AppHarness;
afterEach(closeApps);

/** WZC1's only eCalcura contact (not confirmed) removed through the api: the theme has none. */
async function removeEcalcuraContact(home: string): Promise<void> {
  const token = await loginAs(home, 'wzc-admin');
  const api = createApi({ home, env: envFor(home, { ELOKET_TOKEN: token }) });
  try {
    const joris = (await api.contacts.list({ theme: 'ecalcura' })).find((c) => c.email === 'joris.maes@delinde.example.be')!;
    await api.contacts.remove(joris.id);
  } finally {
    await api.close();
  }
}

const rows = (frame: string) => frame.split('\n').filter((l) => /^[›> ] \d\d\/\d\d\/\d{4} /.test(l));

async function openBerichten(opts: Parameters<typeof renderApp>[0] = {}) {
  const a = await renderApp({ user: 'wzc-admin', columns: 120, rows: 30, ...opts });
  await a.press('2');
  await a.waitFor(/pagina \d+ van \d+/);
  return a;
}

/** A thread the department sent, opened at 80×24 with its reply composer. */
async function replyComposer(message: { title: string; body?: string }) {
  const home = tempHome('eloket-tui-');
  const [sent] = await departmentSends(home, [message]);
  const a = await openBerichten({ home, columns: 80, rows: 24 });
  await a.press(KEY.enter);
  await a.waitFor(message.body?.split('\n').at(-1) ?? `Tekst van ${message.title}`);
  await a.press('r');
  await a.waitFor(`Antwoord op ${sent!.reference}`);
  return { app: a, reference: sent!.reference };
}

describe('Berichten', () => {
  it('shows received messages 10 a page and pages on with ] and back with [', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, Array.from({ length: 24 }, (_, i) => ({ title: `Rondzendbrief ${String(i + 1).padStart(2, '0')}` })));
    app = await openBerichten({ home });
    const total = (await app.api.messages.list({ box: 'received' })).total;
    const first = await app.waitFor(`pagina 1 van ${Math.ceil(total / 10)} (${total} in totaal)`);
    expect(rows(first)).toHaveLength(10);
    expect(first).toContain('Rondzendbrief 24');
    await app.press(']');
    const second = await app.waitFor('pagina 2 van');
    expect(rows(second)).toHaveLength(10);
    expect(second).toContain('Rondzendbrief 14');
    expect(second).not.toContain('Rondzendbrief 24');
    await app.press('[');
    await app.waitFor('pagina 1 van');
  });

  it('switches between Ontvangen and Verzonden with b', async () => {
    app = await openBerichten();
    const total = (await app.api.messages.list({ box: 'sent' })).total;
    await app.press('b');
    await app.waitFor((f) => f.includes('[Verzonden]') && f.includes(total === 0 ? 'niets te tonen' : `(${total} in totaal)`));
  });

  it('filters per column as you type and clears with Ctrl+U', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Subsidie dagverzorging' }, { title: 'Infectiepreventie update' }, { title: 'Subsidie kortverblijf' }]);
    app = await openBerichten({ home });
    await app.press('/');
    await app.waitFor('/ Referentie:');
    await app.press(KEY.tab, KEY.tab);
    await app.waitFor('/ Titel:');
    await app.type('subsidie');
    const filtered = await app.waitFor('Filter: Titel=subsidie');
    await app.waitFor('(2 in totaal)');
    expect(filtered).toContain('/ Titel: subsidie');
    await app.press(KEY.enter);
    const list = await app.waitFor((f) => !f.includes('/ Titel:') && f.includes('(2 in totaal)'));
    expect(rows(list).every((r) => r.includes('Subsidie'))).toBe(true);
    await app.press('/', KEY.ctrlU, KEY.escape);
    await app.waitFor((f) => !f.includes('Filter:') && !f.includes('(2 in totaal)'));
  });

  it('shows a filter the api refuses as a readable line, not a crash', async () => {
    app = await openBerichten();
    await app.press('/', KEY.tab);
    await app.type('bestaat-niet');
    await app.waitFor('Fout: onbekend thema "bestaat-niet"');
  });

  it('opens a thread as a conversation and sends a multi-line reply that the thread then shows', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Vraag over uw erkenning', body: 'Kunt u ons het nieuwe plan bezorgen?' }]);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    const thread = await app.waitFor('Kunt u ons het nieuwe plan bezorgen?');
    expect(thread).toMatch(/^ {20,}Departement · Bart Jacobs · \d\d\/\d\d\/\d{4} \d\d:\d\d/m);
    expect(thread).toContain(`Ontvangers voor ${sent!.reference}`);
    await app.press('r');
    await app.waitFor(`Antwoord op ${sent!.reference}`);
    await app.type('Dag Bart,');
    await app.press(KEY.enter);
    await app.type('het plan volgt morgen.');
    await app.press(KEY.ctrlS);
    const after = await app.waitFor((f) => f.includes(`antwoord op ${sent!.reference} verzonden`) && f.includes('  het plan volgt morgen.'));
    expect(after).toMatch(/^Voorziening · Els Vermeulen · \d\d\/\d\d\/\d{4} \d\d:\d\d/m);
    expect(after).toContain('  Dag Bart,');
    expect(after).toContain('  het plan volgt morgen.');
    const stored = await app.api.messages.show(sent!.reference);
    expect(stored.messages.at(-1)).toMatchObject({ direction: 'out', body: 'Dag Bart,\nhet plan volgt morgen.' });
    expect(stored.state).toBe('new');
  });

  it('replies on a theme whose only contact is not confirmed yet', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Berekening klaar', theme: 'ecalcura' }], { user: 'handler-ecalcura' });
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor('Tekst van Berekening klaar');
    await app.press('r');
    await app.type('Dank u');
    await app.press(KEY.ctrlS);
    await app.waitFor('  Dank u');
    expect((await app.api.messages.show(sent!.reference)).messages.at(-1)).toMatchObject({ direction: 'out', body: 'Dank u' });
  });

  it('says why a reply cannot go when no contact is set for the theme, and where in the TUI to add one', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Berekening klaar', theme: 'ecalcura' }], { user: 'handler-ecalcura' });
    await removeEcalcuraContact(home);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor('Tekst van Berekening klaar');
    await app.press('r');
    await app.type('Dank u');
    await app.press(KEY.ctrlS);
    const said = (await app.waitFor('Fout: niet verzonden')).replace(/\s+/g, ' ');
    expect(said).toContain(`antwoorden op ${sent!.reference} (thema ecalcura)`);
    expect(said).toContain('"Ontvangers voor" (Esc, Tab, dan a)');
    expect(said).not.toContain('--first');
    expect(said).not.toContain('eloket messages recipients');
    expect((await app.api.messages.show(sent!.reference)).messages).toHaveLength(1);
  });

  it('adds a person to "Ontvangers voor" for this message only', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Ontvangers test' }]);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor(`Ontvangers voor ${sent!.reference}`);
    await app.press(KEY.tab, 'a');
    await app.waitFor(`Ontvanger toevoegen aan ${sent!.reference}`);
    await app.type('Lies');
    await app.press(KEY.tab);
    await app.type('Peeters');
    await app.press(KEY.tab);
    await app.type('lies.peeters@delinde.example.be');
    await app.press(KEY.ctrlS);
    const frame = await app.waitFor((f) => f.includes('lies.peeters@delinde.example.be ontvangt meldingen') && f.includes('Lies Peeters ·'));
    expect(frame).toContain('Lies Peeters · enkel dit bericht · Melding: ja');
    const list = await app.api.messages.recipients(sent!.reference);
    expect(list.recipients.find((r) => r.email === 'lies.peeters@delinde.example.be')).toMatchObject({ added: true, notified: true });
  });

  it('edits a recipient contact from "Ontvangers voor"', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Ontvanger wijzigen' }]);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor(`Ontvangers voor ${sent!.reference}`);
    await app.press(KEY.tab, 'e');
    await app.waitFor('Contactpersoon Els Vermeulen wijzigen');
    await app.press(KEY.tab, KEY.tab, KEY.tab, ...Array<string>(20).fill(KEY.backspace));
    await app.type('09 223 45 61');
    await app.press(KEY.ctrlS);
    await app.waitFor('Els Vermeulen bewaard');
    const els = (await app.api.contacts.list()).find((c) => c.lastName === 'Vermeulen')!;
    expect(els.phone).toBe('09 223 45 61');
  });

  it('sends a new message from the form with its theme picker and opens its thread', async () => {
    app = await openBerichten();
    await app.press('n');
    const form = await app.waitFor('Nieuw bericht');
    // eCalcura's contact is not confirmed yet: set is enough to send, so nothing is marked.
    expect(form).toContain('(•) ecalcura ');
    expect(form).not.toContain('geen contactpersoon');
    await app.press(KEY.right);
    await app.waitFor('(•) erkenningen');
    await app.press(KEY.tab);
    await app.type('Vraag over de erkenning');
    await app.press(KEY.tab);
    await app.type('Mogen wij uitbreiden?');
    await app.press(KEY.ctrlS);
    await app.waitFor(/bericht EL-\d{4}-\w{5} verzonden/);
    const frame = await app.waitFor('Mogen wij uitbreiden?');
    expect(frame).toContain('nieuw · erkenningen · Vraag over de erkenning');
    const sent = (await app.api.messages.list({ box: 'sent', limit: 1 })).items[0]!;
    expect(sent).toMatchObject({ title: 'Vraag over de erkenning', theme: 'erkenningen', hco: WZC1 });
  });

  it('marks a theme without any contact in the theme picker', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Eerst iets', theme: 'ecalcura' }], { user: 'handler-ecalcura' });
    await removeEcalcuraContact(home);
    app = await openBerichten({ home });
    await app.press('n');
    const form = await app.waitFor('Nieuw bericht');
    expect(form).toContain('(•) ecalcura (geen contactpersoon)');
  });

  /** A new message on eCalcura, whose only contact was removed: title and text typed, not sent. */
  async function composeWithoutContact(title: string, body: string, rows?: number) {
    const home = tempHome('eloket-tui-');
    await removeEcalcuraContact(home);
    app = await openBerichten(rows ? { home, rows } : { home });
    await app.press('n');
    await app.waitFor('(•) ecalcura (geen contactpersoon)');
    await app.press(KEY.tab);
    await app.type(title);
    await app.press(KEY.tab);
    await app.type(body);
  }

  it('says what to do in the TUI, not with command-line flags, when a new message has no contact for its theme', async () => {
    await composeWithoutContact('Vraag over eCalcura', 'Wie volgt dit op?');
    await app.press(KEY.ctrlS);
    const frame = await app.waitFor('Fout: niet verzonden');
    const said = frame.replace(/\s+/g, ' ');
    expect(said).toContain('Vul bij "Ontvanger" iemand in die van de antwoorden op dit bericht hoort');
    expect(said).toContain('Contacten (3, dan a)');
    expect(said).not.toContain('--');
    expect(said).not.toContain('eloket contacts add');
    // The form stays, with what was typed.
    expect(frame).toContain('Wie volgt dit op?');
  });

  it('sends a new message on a theme without contact to a recipient named in the form for it only', async () => {
    await composeWithoutContact('Vraag met ontvanger', 'Graag antwoord aan Lies.', 34);
    // Past the text and the attachments to the recipient for this message.
    await app.press(KEY.tab, KEY.tab);
    await app.type('Lies');
    await app.press(KEY.tab);
    await app.type('Wouters');
    await app.press(KEY.tab);
    await app.type('lies.wouters@delinde.example.be');
    await app.press(KEY.ctrlS);
    await app.waitFor(/bericht EL-\d{4}-\w{5} verzonden/);
    const sent = (await app.api.messages.list({ box: 'sent', limit: 1 })).items[0]!;
    expect(sent).toMatchObject({ title: 'Vraag met ontvanger', theme: 'ecalcura' });
    const { recipients } = await app.api.messages.recipients(sent.reference);
    expect(recipients).toEqual([expect.objectContaining({ firstName: 'Lies', lastName: 'Wouters', email: 'lies.wouters@delinde.example.be', added: true, standard: false })]);
    // For this message only: the theme still has no standard contact.
    expect((await app.api.contacts.list({ theme: 'ecalcura' })).length).toBe(0);
  });

  it('shows the api validation of a new message under its field', async () => {
    app = await openBerichten();
    await app.press('n');
    await app.waitFor('Nieuw bericht');
    await app.press(KEY.right, KEY.ctrlS);
    const frame = await app.waitFor('Fout:');
    expect(frame.split('\n').findIndex((l) => l.includes('Fout:'))).toBe(frame.split('\n').findIndex((l) => l.includes('Titel:')) + 1);
  });

  it('shows theme pages with In and Uit together, and each alone', async () => {
    app = await openBerichten();
    await app.press('t');
    await app.waitFor('Thema ecalcura');
    await app.press(KEY.right);
    const all = await app.waitFor('Thema erkenningen');
    expect(all).toContain('[In en Uit]');
    expect(all).toContain('In/Uit');
    await app.press('i');
    const only = await app.waitFor('[In]');
    expect(rows(only).every((r) => / In +/.test(r))).toBe(true);
  });

  it('lets a case handler assign a thread and close it', async () => {
    app = await openBerichten({ user: 'handler-ecalcura' });
    const message = (await app.api.messages.list({ box: 'received', limit: 1 })).items[0]!;
    await app.press(KEY.enter);
    await app.waitFor(`${message.reference} ·`);
    await app.press('a');
    await app.waitFor(`${message.reference} toewijzen`);
    await app.type('me');
    await app.press(KEY.ctrlS);
    await app.waitFor(`${message.reference} toegewezen aan handler-ecalcura`);
    await app.waitFor(`${message.reference} · in behandeling`);
    await app.press('c');
    await app.waitFor(`Bericht ${message.reference} afsluiten?`);
    await app.press('j');
    await app.waitFor(`${message.reference} · gesloten`);
    expect(await app.api.messages.show(message.reference)).toMatchObject({ state: 'closed', assignee: 'handler-ecalcura' });
  });

  it("shows a case handler the assistant's suggestion for a thread and replies with the draft only on Ctrl+S", async () => {
    app = await openBerichten({ user: 'handler-ecalcura', columns: 80, rows: 24 });
    const message = (await app.api.messages.list({ box: 'received', limit: 1 })).items[0]!;
    const reference = message.reference;
    const expected = await suggest(app.api, reference, { lang: 'nl', knowledgeDir: userKnowledgeDir(envFor(app.home)) });
    await app.press(KEY.enter);
    await app.waitFor(`${reference} ·`);
    expect(app.frame().split('\n').at(-2)).toContain('s suggestie');
    await app.press('s');
    const shown = await app.waitFor(`Suggestie voor bericht ${reference} · er wordt niets verstuurd`);
    const lines = shown.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    expect(lines[3]).toContain(`${reference} · `);
    expect(shown).toContain(`Thema: ${expected.theme} · Team: ${expected.team} · Zekerheid: ${Math.round(expected.confidence * 100)} %`);
    expect(shown).toContain('Ontwerpantwoord (nl)');
    expect(shown).toContain(`  ${draftText(expected).split('\n')[0]}`);
    expect(shown).not.toContain('Ontvangers voor');

    const before = (await app.api.messages.show(reference)).messages.length;
    await app.press(KEY.enter);
    const composer = await app.waitFor(`Antwoord op ${reference}`);
    expect(composer).toContain('Ontwerp van de assistent: pas het aan. Er gaat niets weg vóór Ctrl+S.');
    expect(composer).toContain(`│  ${draftText(expected).split('\n')[0]}`);
    expect(composer.split('\n').length).toBeLessThanOrEqual(23);
    await app.type('Dag An, ');
    await app.waitFor(`│  Dag An, ${draftText(expected).split('\n')[0]}`);
    expect((await app.api.messages.show(reference)).messages).toHaveLength(before);

    await app.press(KEY.ctrlS);
    await app.waitFor(`antwoord op ${reference} verzonden`);
    const stored = await app.api.messages.show(reference);
    expect(stored.messages).toHaveLength(before + 1);
    expect(stored.messages.at(-1)).toMatchObject({ direction: 'out', body: `Dag An, ${draftText(expected)}` });
  });

  it('offers no suggestion to a facility', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Uw erkenning' }]);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor('Tekst van Uw erkenning');
    expect(app.frame().split('\n').at(-2)).not.toContain('suggestie');
    await app.press('s');
    expect(app.frame()).not.toMatch(/suggestie voor/i);
    await app.press('?');
    const help = await app.waitFor('Toetsen van dit scherm');
    expect(help).not.toContain('Suggestie');
  });

  it('keeps the filter bar readable at 80 columns: the column and what is typed come first', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Subsidie dagverzorging' }, { title: 'Infectiepreventie update' }]);
    app = await openBerichten({ home, columns: 80, rows: 24 });
    await app.press('/');
    const bar = await app.waitFor('/ Referentie:');
    expect(bar).toMatch(/^\/ Referentie: {2,}\(1\/7 · Referentie, Thema/m);
    await app.press(KEY.tab, KEY.tab);
    await app.type('subsidie');
    const frame = await app.waitFor('(1 in totaal)');
    expect(frame).toMatch(/^\/ Titel: subsidie {2,}\(3\/7 · /m);
  });

  it('names the keys of Berichten first in the hint bar, before the list keys', async () => {
    app = await openBerichten({ columns: 80, rows: 24 });
    const hints = app.frame().split('\n').at(-2)!;
    expect(hints).toMatch(/^b Ontvangen \/ Verzonden · n nieuw bericht · t themapagina's · Enter openen/);
  });

  it('keeps the frame whole at 80×24 when an error appears under a field of the reply composer', async () => {
    let reference: string;
    ({ app, reference } = await replyComposer({ title: 'Bijlage gevraagd', body: 'Eerste regel.\n\nLaatste regel van het bericht.' }));
    await app.type('Hierbij.');
    await app.press(KEY.tab);
    await app.type('/etc');
    await app.press(KEY.ctrlS);
    const frame = await app.waitFor('is geen gewoon bestand');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(23);
    // The title stays on top, the composer's field is not drawn over its box, the latest line shows.
    expect(lines[3]).toContain(`${reference} · `);
    expect(lines.find((l) => l.includes('Bijlagen (paden):'))).not.toContain('─');
    expect(frame).toContain('Laatste regel van het bericht.');
    expect(frame).toContain('│  Hierbij.');
  });

  it('shows at 80 columns whether each recipient hears of answers, the address giving way', async () => {
    const home = tempHome('eloket-tui-');
    const [sent] = await departmentSends(home, [{ title: 'Wie hoort het?' }]);
    app = await openBerichten({ home, columns: 80, rows: 24 });
    await app.press(KEY.enter);
    const frame = await app.waitFor(`Ontvangers voor ${sent!.reference}`);
    expect(frame).toMatch(/^ {2}Els Vermeulen · standaard · Melding: ja · Bevestigd: v · <els\.vermeulen@/m);
  });

  it("lists the department's keys of a thread only for the department", async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Hulp gevraagd' }]);
    app = await openBerichten({ home });
    await app.press(KEY.enter);
    await app.waitFor('Tekst van Hulp gevraagd');
    await app.press('?');
    const facility = await app.waitFor('Toetsen van dit scherm');
    expect(facility).toContain('antwoorden');
    expect(facility).not.toContain('toewijzen');
    await app.close();
    app = await openBerichten({ user: 'handler-erkenningen', home: tempHome('eloket-tui-') });
    await app.press(KEY.enter);
    await app.waitFor(/EL-\d{4}-\w{5} · /);
    await app.press('?');
    const department = await app.waitFor('Toetsen van dit scherm');
    expect(department).toContain('Gesprek behandelen (departement)');
    expect(department).toContain('toewijzen');
  });

  it('keeps a reply being typed when the window is briefly too small', async () => {
    ({ app } = await replyComposer({ title: 'Even smal' }));
    await app.type('Half getypt');
    await app.resize(30, 10);
    await app.waitFor('het venster is te klein');
    await app.resize(80, 24);
    await app.waitFor('│  Half getypt');
  });

  it('wraps a long line of the reply composer, so what is typed stays in view', async () => {
    ({ app } = await replyComposer({ title: 'Lange zin' }));
    const sentence = 'Wij bezorgen u het aangepaste plan zodra de architect het heeft nagekeken en de brandweer haar advies gaf.';
    await app.type(sentence);
    const frame = await app.waitFor('advies gaf.');
    expect(frame).toContain('│  Wij bezorgen u het aangepaste plan');
    expect(frame).toMatch(/│ {2}\S.*advies gaf\. +│/);
  });

  it('strips escape sequences from untrusted text before it reaches the terminal', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, [{ title: 'Hallo\u001b]0;pwned\u0007 daar\u001b[2J', body: 'Tekst\u001b[31m rood\u001b[0m\u009b1;1H' }]);
    app = await openBerichten({ home });
    await app.waitFor('Hallo daar');
    await app.press(KEY.enter);
    await app.waitFor('Tekst rood');
    const raw = app.frames.slice(-5).join('');
    expect(raw).not.toContain('pwned');
    expect(raw).not.toContain('\u001b[2J');
    expect(raw).not.toContain('\u001b[31m');
    expect(raw).not.toContain('\u009b');
  });
});
