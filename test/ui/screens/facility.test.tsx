import { afterEach, describe, expect, it } from 'vitest';
import { closeApps, renderApp, type AppHarness } from '../app-harness.js';
import { KEY } from '../render.js';
import { tempHome } from '../../helpers/cli.js';
import { departmentSends } from '../fixtures.js';

// reva-admin works for the two HCO numbers of Het Anker's revalidation agreement (seed 003).
const ANKER = '710000505';
const CAMPUS = '710000515';

let app: AppHarness;
afterEach(closeApps);

const header = (frame: string) => frame.split('\n')[0]!;

/** A home where the department wrote to the campus only: its Home shows what the other's does not. */
async function homeWithCampusMessage(): Promise<string> {
  const home = tempHome('eloket-tui-');
  await departmentSends(home, [{ title: 'Alleen voor de campus' }], { hco: CAMPUS });
  return home;
}

describe('a user of several facilities', () => {
  it('chooses the facility in the TUI at start: HCO number, name and type, and no error', async () => {
    app = await renderApp({ user: 'reva-admin', columns: 120 });
    const frame = await app.waitFor((f) => f.includes('Voor welke voorziening werkt u?') && f.includes('Enter voor deze voorziening werken'));
    expect(frame).toMatch(new RegExp(`${ANKER}\\s+Revalidatiecentrum Het Anker\\s+REVA`));
    expect(frame).toMatch(new RegExp(`${CAMPUS}\\s+Revalidatiecentrum Het Anker, campus Sint-Andries\\s+REVA`));
    expect(frame).toContain('Wisselen kan later met o');
    // o means nothing before a facility is chosen: the hint bar does not offer it.
    expect(frame).not.toContain('o voorziening wisselen');
    expect(frame).not.toContain('Fout:');
    expect(frame).not.toContain('Mijn taken');
    // No screen opens before a facility is chosen: the number keys wait too.
    await app.press('5');
    await new Promise((r) => setTimeout(r, 100));
    expect(app.frame()).toContain('Voor welke voorziening werkt u?');
    expect(app.frame()).not.toContain('Fout:');
  });

  it("opens Home with the chosen facility's tasks and messages, named in the header", async () => {
    app = await renderApp({ user: 'reva-admin', home: await homeWithCampusMessage(), columns: 120 });
    await app.waitFor('Voor welke voorziening werkt u?');
    await app.press(KEY.down, KEY.enter);
    const frame = await app.waitFor((f) => /Mijn taken \(\d+\)/.test(f) && f.includes('Alleen voor de campus'));
    const tasks = await app.api.tasks.list({ hco: CAMPUS });
    expect(frame).toContain(`Mijn taken (${tasks.length})`);
    expect(header(frame)).toContain(`Kris Vandamme (reva-admin) · Revalidatiecentrum Het Anker, campus Sint-Andries (HCO ${CAMPUS})`);
    expect(frame).toContain(`u werkt nu voor Revalidatiecentrum Het Anker, campus Sint-Andries (HCO ${CAMPUS})`);
    expect(frame).not.toContain('kies een voorziening met --hco');
    await app.press('5');
    const ecalcura = await app.waitFor('[5 eCalcura]');
    await new Promise((r) => setTimeout(r, 200));
    expect(app.frame()).not.toContain('Fout:');
    expect(ecalcura).not.toContain('--hco');
  });

  it('switches the facility with o, starting over at Home for the other one', async () => {
    app = await renderApp({ user: 'reva-admin', home: await homeWithCampusMessage(), columns: 120 });
    await app.waitFor('Voor welke voorziening werkt u?');
    await app.press(KEY.down, KEY.enter);
    await app.waitFor('Alleen voor de campus');
    await app.press('2');
    await app.waitFor('[2 Berichten]');
    await app.press('o');
    // The cursor starts on the facility worked for now.
    await app.waitFor((f) => f.includes('Esc blijft bij de huidige') && new RegExp(`^› ${CAMPUS}`, 'm').test(f));
    await app.press(KEY.up, KEY.enter);
    const frame = await app.waitFor((f) => header(f).includes(`Revalidatiecentrum Het Anker (HCO ${ANKER})`) && /Mijn taken \(\d+\)/.test(f));
    expect(frame).toContain('[1 Home]');
    await app.waitFor('Geen berichten.');
    expect(app.frame()).not.toContain('Alleen voor de campus');
    expect((await app.api.messages.list({ hco: ANKER, box: 'received' })).total).toBe(0);
  });

  it('goes back to the screen it was on with Esc, keeping the facility', async () => {
    app = await renderApp({ user: 'reva-admin', columns: 120 });
    await app.waitFor('Voor welke voorziening werkt u?');
    await app.press(KEY.enter);
    await app.waitFor('Mijn taken (');
    await app.press('3');
    await app.waitFor('Contactpersonen — overzicht');
    await app.press('o');
    await app.waitFor('Esc blijft bij de huidige');
    await app.press(KEY.escape);
    // The screen is as it was, with its own hints.
    const frame = await app.waitFor((f) => f.includes('Contactpersonen — overzicht') && f.includes('a contactpersoon toevoegen') && !f.includes('Voor welke voorziening'));
    expect(header(frame)).toContain(`Revalidatiecentrum Het Anker (HCO ${ANKER})`);
  });

  it('is asked to choose after logging in on the login screen', async () => {
    app = await renderApp();
    await app.waitFor('Gebruiker:');
    await app.type('reva-admin');
    await app.press(KEY.enter);
    const frame = await app.waitFor('Voor welke voorziening werkt u?', 20_000);
    expect(frame).toContain(CAMPUS);
    expect(frame).not.toContain('Fout:');
  });

  it('starts at Home of the facility --hco names, and still switches with o', async () => {
    app = await renderApp({ user: 'reva-admin', hco: CAMPUS, columns: 120 });
    const frame = await app.waitFor('Mijn taken (');
    expect(header(frame)).toContain(`(HCO ${CAMPUS})`);
    expect(frame).not.toContain('Voor welke voorziening');
    await app.press('o');
    await app.waitFor('Voor welke voorziening werkt u?');
    await app.press(KEY.up, KEY.enter);
    await app.waitFor((f) => header(f).includes(`(HCO ${ANKER})`));
  });

  it('names the facility o switches to in the help overlay, which users of one facility do not get', async () => {
    app = await renderApp({ user: 'reva-admin', rows: 45 });
    await app.waitFor('Voor welke voorziening werkt u?');
    await app.press(KEY.enter);
    await app.waitFor('Mijn taken (');
    await app.press('?');
    expect(await app.waitFor('Toetsen van dit scherm')).toMatch(/^\s+o\s+voorziening wisselen$/m);
    await app.close();
    app = await renderApp({ user: 'wzc-admin', rows: 45 });
    await app.waitFor('Mijn taken (');
    await app.press('?');
    expect(await app.waitFor('Toetsen van dit scherm')).not.toContain('voorziening wisselen');
    await app.press(KEY.escape, 'o');
    await new Promise((r) => setTimeout(r, 100));
    expect(app.frame()).not.toContain('Voor welke voorziening');
  });

  it('offers the chooser with the reason when --hco names a facility that is not theirs', async () => {
    app = await renderApp({ user: 'reva-admin', hco: '710000101', columns: 120 });
    const frame = await app.waitFor('Voor welke voorziening werkt u?');
    expect(frame).toContain('Fout: u hebt geen toegang tot voorziening 710000101');
    await app.press(KEY.enter);
    await app.waitFor((f) => header(f).includes(`(HCO ${ANKER})`) && f.includes('Mijn taken ('));
  });
});
