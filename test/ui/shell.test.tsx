import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from './app-harness.js';
import { KEY } from './render.js';
import { tempHome } from '../helpers/cli.js';
import { departmentSends } from './fixtures.js';

let app: AppHarness;
afterEach(closeApps);

const lines = (frame: string) => frame.split('\n');

describe('the shell', () => {
  it('shows who is logged in, for which facility, with which roles, and the navigation', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 120 });
    const frame = await app.waitFor('Mijn taken (');
    expect(lines(frame)[0]).toContain('Els Vermeulen (wzc-admin) · Woonzorgcentrum De Linde (HCO 710000101) · e-loket, privacygevoelig, financieel');
    expect(frame).toContain('[1 Home]');
    for (const tab of ['2 Berichten', '3 Contacten', '4 Taken', '5 eCalcura', '7 Mail']) expect(frame).toContain(tab);
    expect(frame).not.toContain('6 Helpdesk');
  });

  it('shows a department user their team and the helpdesk tab instead of the facility screens', async () => {
    app = await renderApp({ user: 'helpdesk', columns: 120 });
    const frame = await app.waitFor('6 Helpdesk');
    expect(lines(frame)[0]).toContain('Nora Peeters (helpdesk) · team helpdesk');
    expect(frame).not.toContain('3 Contacten');
  });

  it('shows the department administrator, who is of no team, without an empty team part', async () => {
    app = await renderApp({ user: 'admin', columns: 120 });
    const frame = await app.waitFor('Laatst ontvangen berichten');
    expect(lines(frame)[0]).toContain('Sanne Verhoeven (admin) · beheerder');
    expect(lines(frame)[0]).not.toContain('team');
  });

  it('goes to a screen with its number key and back with Esc', async () => {
    app = await renderApp({ user: 'wzc-admin' });
    await app.waitFor('Mijn taken (');
    await app.press('4');
    await app.waitFor('[4 Taken]');
    await app.press(KEY.escape);
    await app.waitFor('[1 Home]');
  });

  it('quits with q', async () => {
    app = await renderApp({ user: 'wzc-admin' });
    await app.waitFor('Mijn taken (');
    await app.press('q');
    expect(app.quits).toBe(1);
  });

  it('quits with Ctrl+C even while typing in a form', async () => {
    app = await renderApp({ user: 'wzc-admin' });
    await app.waitFor('Mijn taken (');
    await app.press('3');
    await app.waitFor('Contactpersonen — overzicht');
    await app.press('a');
    await app.waitFor('Contactpersoon toevoegen');
    await app.type('q');
    expect(app.quits).toBe(0);
    await app.press(KEY.ctrlC);
    expect(app.quits).toBe(1);
  });

  it('keeps the frame one line shorter than an 80×24 terminal and within its width', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 80, rows: 24 });
    for (const key of ['1', '2', '3', '4', '5', '7']) {
      await app.press(key);
      await new Promise((r) => setTimeout(r, 150));
      const frame = app.frame();
      expect(lines(frame).length, `screen ${key}`).toBeLessThanOrEqual(23);
      expect(Math.max(...lines(frame).map((l) => l.length)), `screen ${key}`).toBeLessThanOrEqual(80);
    }
  });

  it('stays within the width of the smallest terminal it takes (40×12) on every screen, a form and the grid too', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 40, rows: 12 });
    const within = async (what: string) => {
      await new Promise((r) => setTimeout(r, 150));
      const frame = app.frame();
      expect(lines(frame).length, what).toBeLessThanOrEqual(11);
      for (const line of lines(frame)) expect([...line].length, `${what}: ${line}`).toBeLessThanOrEqual(40);
    };
    for (const key of ['1', '2', '3', '4', '5', '7']) {
      await app.press(key);
      await within(`screen ${key}`);
    }
    await app.press('5', 'p');
    await within('the prestaties grid');
    await app.press(KEY.escape, '3', 'a');
    await app.type('Een voornaam die langer is dan het venster breed is');
    await within('the contact form');
  });

  it('adapts to a resize', async () => {
    app = await renderApp({ user: 'wzc-admin', columns: 100, rows: 30 });
    await app.waitFor('Mijn taken (');
    await app.resize(60, 16);
    const small = await app.waitFor((f) => lines(f).length === 15);
    expect(Math.max(...lines(small).map((l) => l.length))).toBeLessThanOrEqual(60);
    await app.resize(30, 8);
    await app.waitFor('te klein');
    await app.resize(100, 30);
    await app.waitFor((f) => lines(f).length === 29 && f.includes('Mijn taken ('));
  });

  it('opens the help overlay with ? listing the current screen keys, and closes it with Esc', async () => {
    app = await renderApp({ user: 'wzc-admin', rows: 40 });
    await app.press('2');
    await app.waitFor('pagina 1 van');
    await app.press('?');
    const help = await app.waitFor('Toetsen van dit scherm');
    expect(help).toContain('Ontvangen / Verzonden');
    expect(help).toContain('filteren per kolom');
    expect(help).toContain('Ctrl+C');
    await app.press(KEY.escape);
    await app.waitFor((f) => !f.includes('Toetsen van dit scherm') && f.includes('pagina 1 van'));
  });

  it('keeps a space between every key and its description in the help overlay, the longest key too', async () => {
    app = await renderApp({ user: 'wzc-admin', rows: 45 });
    await app.waitFor('Mijn taken (');
    await app.press('?');
    const help = await app.waitFor('Toetsen van dit scherm');
    expect(help).toMatch(/^ {2}Shift\+Tab {2,}vorig paneel$/m);
    expect(help).toMatch(/^ {2}Ctrl\+C {2,}afsluiten, vanuit elk scherm$/m);
  });

  it('runs slash commands at the prompt, and answers a sentence with the command it stands for and its result', async () => {
    app = await renderApp({ user: 'wzc-admin' });
    await app.waitFor('Mijn taken (');
    await app.press(KEY.tab);
    await app.type('/contacten');
    await app.press(KEY.enter);
    await app.waitFor('[3 Contacten]');
    await app.press(':');
    await app.type('wie is de contactpersoon voor erkenningen?');
    await app.press(KEY.enter);
    const answer = await app.waitFor('$ eloket contacts list --theme erkenningen --confirmed');
    expect(answer).toContain('Assistent');
    expect(answer).toMatch(/firstName\s+lastName/);
    expect(answer).toContain('Vermeulen');
    // The prompt keeps the focus: the next sentence goes on the conversation.
    await app.type('/quit');
    await app.press(KEY.enter);
    expect(app.quits).toBe(1);
  });

  it('speaks English with --lang en', async () => {
    app = await renderApp({ user: 'wzc-admin', lang: 'en' });
    const frame = await app.waitFor('My tasks (');
    expect(frame).toContain('2 Messages');
    expect(frame).toContain('Latest received messages');
  });

  it('draws no boxes or lines and marks the selection in words in plain mode', async () => {
    app = await renderApp({ user: 'wzc-admin', plain: true });
    await app.press('2');
    const frame = await app.waitFor('pagina 1 van');
    expect(frame).not.toMatch(/[─│┌┐└┘╭╮╰╯›●]/);
    expect(frame).toMatch(/^> Titel: \(nieuw\) /m);
  });

  it('keeps every line of plain mode within an 80×24 terminal, which Ink would wrap there', async () => {
    const home = tempHome('eloket-tui-');
    await departmentSends(home, Array.from({ length: 12 }, (_, i) => ({ title: `Een lange titel over de erkenning van de voorziening, deel ${i + 1}` })));
    app = await renderApp({ user: 'wzc-admin', home, plain: true, columns: 80, rows: 24 });
    await app.press('2');
    const frame = await app.waitFor('pagina 1 van');
    expect(lines(frame).length).toBeLessThanOrEqual(23);
    for (const line of lines(frame)) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(frame).toMatch(/^eloket · Els Vermeulen/m);
    expect(frame).toMatch(/^> Titel: \(nieuw\) Een lange titel over de erkenning van de voorziening, deel 12;/m);
  });
});
