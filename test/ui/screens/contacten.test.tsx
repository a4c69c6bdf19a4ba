import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';

let app: AppHarness;
afterEach(closeApps);

async function openContacten(user = 'wzc-admin') {
  const a = await renderApp({ user, columns: 120 });
  await a.press('3');
  await a.waitFor(/Contactpersonen — overzicht \(\d+\)/);
  return a;
}

/** A table row (not the header line, which names the user too). */
const row = (frame: string, text: string) => frame.split('\n').find((l) => /^[› ] /.test(l) && l.includes(text)) ?? '';

describe('Contacten', () => {
  it('shows the overview with its confirmed column, v or -', async () => {
    app = await openContacten();
    const frame = app.frame();
    expect(frame).toContain('Bevestigd');
    expect(row(frame, 'Els Vermeulen')).toMatch(/ v\s*$/);
    expect(row(frame, 'Joris Maes')).toMatch(/ -\s*$/);
  });

  it('shows the confirmed contacts per theme', async () => {
    app = await openContacten();
    await app.press('t');
    const frame = await app.waitFor('Contactpersonen per thema');
    expect(frame).toMatch(/ecalcura\n\s+\(nog geen bevestigde contactpersoon\)/);
    expect(frame).toMatch(/erkenningen\n\s+Els Vermeulen <els\.vermeulen@delinde\.example\.be>/);
  });

  it('adds a contact, with the api validation shown under its field first', async () => {
    app = await openContacten();
    await app.press('a');
    await app.waitFor('Contactpersoon toevoegen');
    await app.type('Lotte');
    await app.press(KEY.tab);
    await app.type('Maes');
    await app.press(KEY.tab);
    await app.type('lotte.maes@');
    await app.press(KEY.ctrlS);
    const invalid = await app.waitFor('ongeldig e-mailadres');
    const lines = invalid.split('\n');
    expect(lines[lines.findIndex((l) => l.includes('E-mailadres:')) + 1]).toContain('Fout: ongeldig e-mailadres "lotte.maes@"');
    await app.type('delinde.example.be');
    await app.press(KEY.tab, KEY.tab, KEY.right, KEY.space);
    await app.press(KEY.ctrlS);
    const done = await app.waitFor((f) => f.includes('Lotte Maes toegevoegd; bevestigingsmail naar lotte.maes@delinde.example.be') && row(f, 'Lotte Maes') !== '');
    expect(row(done, 'Lotte Maes')).toMatch(/erkenningen\s+-\s*$/);
    const stored = (await app.api.contacts.list()).find((c) => c.email === 'lotte.maes@delinde.example.be');
    expect(stored).toMatchObject({ firstName: 'Lotte', lastName: 'Maes', themes: ['erkenningen'], confirmed: false });
  });

  it("calls a field the api refuses by the form's label, without the command line's flags", async () => {
    app = await openContacten();
    await app.press('a');
    await app.waitFor('Contactpersoon toevoegen');
    await app.type('Lotte');
    await app.press(KEY.ctrlS);
    const missing = await app.waitFor('Fout:');
    const lines = missing.split('\n');
    expect(lines[lines.findIndex((l) => l.includes('Familienaam:')) + 1]).toMatch(/Fout: Familienaam is verplicht\s*$/);
    await app.type('Maes');
    await app.press(KEY.tab);
    await app.type('lotte.maes@delinde.example.be');
    await app.press(KEY.ctrlS);
    const theme = await app.waitFor('thema');
    expect(theme).toContain('Fout: minstens één thema is verplicht');
    expect(theme).not.toContain('--theme');
  });

  it('goes back from the contacts per theme to the overview with Esc', async () => {
    app = await openContacten();
    await app.press('t');
    await app.waitFor('Contactpersonen per thema');
    await app.press(KEY.escape);
    const frame = await app.waitFor('Contactpersonen — overzicht');
    expect(frame).toContain('[3 Contacten]');
  });

  it('edits a contact and says whom it mailed', async () => {
    app = await openContacten();
    const contacts = await app.api.contacts.list();
    const index = contacts.findIndex((c) => c.lastName === 'Vermeulen');
    const els = contacts[index]!;
    for (let i = 0; i < index; i++) await app.press(KEY.down);
    await app.press('e');
    await app.waitFor('Contactpersoon Els Vermeulen wijzigen');
    await app.press(KEY.tab, KEY.tab, KEY.tab);
    await app.press(...Array<string>(20).fill(KEY.backspace));
    await app.type('09 223 45 99');
    await app.press(KEY.ctrlS);
    await app.waitFor('Els Vermeulen bewaard; e-mail naar els.vermeulen@delinde.example.be');
    expect((await app.api.contacts.show(els.id)).phone).toBe('09 223 45 99');
  });

  it('removes a contact only after the confirmation', async () => {
    app = await openContacten();
    const contacts = await app.api.contacts.list();
    const index = contacts.findIndex((c) => c.lastName === 'Maes');
    const joris = contacts[index]!;
    for (let i = 0; i < index; i++) await app.press(KEY.down);
    await app.press('d');
    await app.waitFor('Contactpersoon Joris Maes (joris.maes@delinde.example.be) verwijderen?');
    await app.press('n');
    await app.waitFor((f) => !f.includes('verwijderen?'));
    expect((await app.api.contacts.list()).some((c) => c.id === joris.id)).toBe(true);
    await app.press('d');
    await app.waitFor('verwijderen?');
    await app.press('j');
    await app.waitFor('Joris Maes verwijderd; melding naar joris.maes@delinde.example.be');
    expect((await app.api.contacts.list()).some((c) => c.id === joris.id)).toBe(false);
  });

  it('shows the department that it may read but not change, as the api says', async () => {
    app = await renderApp({ user: 'handler-erkenningen', hco: '710000101', columns: 120 });
    await app.press('3');
    await app.waitFor(/Contactpersonen — overzicht \(\d+\)/);
    await app.press('a');
    await app.waitFor('Contactpersoon toevoegen');
    await app.type('X');
    await app.press(KEY.tab);
    await app.type('Y');
    await app.press(KEY.tab);
    await app.type('x.y@example.be');
    await app.press(KEY.tab, KEY.tab, KEY.space, KEY.ctrlS);
    await app.waitFor('Fout: het departement kan deze gegevens lezen, niet wijzigen');
  });
});
