/**
 * The built binary in a real terminal (tmux): start, open a message, reply, see the reply in
 * the thread, quit with exit 0 and the terminal as it was. `npm test` builds dist/ first;
 * ELOKET_TEST_CLI points at another build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../src/api/index.js';
import { cleanup, DIST_CLI, envFor, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { departmentSends } from '../ui/fixtures.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('test/e2e/tui.test.ts skipped: tmux is not installed, and this test drives the TUI in a real terminal through tmux');

const CLI = DIST_CLI;
let session = `eloket-e2e-${process.pid}`;
const tmux = (...args: string[]) => spawnSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-t', session).stdout;

/** Starts the TUI in a fresh tmux session of 100×30; the exit code lands in `exitFile`. */
function startTui(home: string, exitFile: string, name: string, args: string[] = []): void {
  session = `${name}-${process.pid}`;
  // Ink writes only the last frame when it thinks it runs in CI: a real terminal has no CI.
  const command = `env -u CI ELOKET_HOME='${home}' ELOKET_KEYRING=off LANG=nl_BE.UTF-8 '${process.execPath}' '${CLI}' ${args.join(' ')}; echo $? > '${exitFile}'; sleep 30`;
  const started = tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', command);
  expect(started.status, started.stderr).toBe(0);
}

/** Logs in as wzc-admin and starts the TUI in session `name`; resolves at Home with the exit file. */
async function startAtHome(home: string, name: string, args: string[] = []): Promise<string> {
  await loginAs(home, 'wzc-admin');
  const exitFile = join(home, `exit-code-${name}`);
  startTui(home, exitFile, `eloket-e2e-${name}`, args);
  return exitFile;
}

async function exitCode(exitFile: string): Promise<string> {
  const until = Date.now() + 15_000;
  while (!existsSync(exitFile) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  return readFileSync(exitFile, 'utf8').trim();
}

async function waitForScreen(check: (s: string) => boolean, what: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const s = screen();
    if (check(s)) return s;
    if (Date.now() > until) throw new Error(`tmux: no ${what} within ${timeoutMs} ms; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.skipIf(!hasTmux)('the TUI in a real terminal', () => {
  let home: string;
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is not built: npm test builds dist/ first (or set ELOKET_TEST_CLI)`);
    home = tempHome('eloket-e2e-');
  });
  const sessions: string[] = [];
  afterAll(() => {
    for (const s of sessions) tmux('kill-session', '-t', s);
    cleanup(home);
  });

  it('opens a message, sends a reply that the thread then shows, and quits with exit 0', async () => {
    const [message] = await departmentSends(home, [{ title: 'E2E vraag over de erkenning', body: 'Graag het aangepaste plan.' }]);
    await loginAs(home, 'wzc-admin');
    const exitFile = join(home, 'exit-code');
    startTui(home, exitFile, 'eloket-e2e-reply');
    sessions.push(session);

    await waitForScreen((s) => s.includes('Mijn taken ('), 'Home');
    tmux('send-keys', '-t', session, '2');
    // Home lists the message too: wait for the Berichten table itself, with its rows.
    await waitForScreen((s) => s.includes('[Ontvangen]') && s.includes('E2E vraag over de erkenning'), 'the message in Berichten');
    tmux('send-keys', '-t', session, 'Enter');
    await waitForScreen((s) => s.includes('Graag het aangepaste plan.'), 'the thread');
    tmux('send-keys', '-t', session, 'r');
    await waitForScreen((s) => s.includes(`Antwoord op ${message!.reference}`), 'the reply composer');
    tmux('send-keys', '-t', session, '-l', 'Dag Bart, het plan komt eraan.');
    tmux('send-keys', '-t', session, 'Enter');
    tmux('send-keys', '-t', session, '-l', 'Groeten, Els');
    tmux('send-keys', '-t', session, 'C-s');
    const after = await waitForScreen((s) => s.includes(`antwoord op ${message!.reference} verzonden`) && s.includes('Groeten, Els'), 'the reply in the thread');
    expect(after).toContain('Voorziening · Els Vermeulen');
    expect(after).toContain('Dag Bart, het plan komt eraan.');

    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
    // The alternate screen is left: the terminal shows what it showed before, not the TUI.
    expect(screen()).not.toContain('Mijn taken');

    const api = createApi({ home, env: envFor(home) });
    try {
      const thread = await api.messages.show(message!.reference);
      expect(thread.messages.at(-1)).toMatchObject({ direction: 'out', body: 'Dag Bart, het plan komt eraan.\nGroeten, Els' });
    } finally {
      await api.close();
    }
  });

  it('takes keys that arrive together in one read one after the other, as they were pressed', async () => {
    await departmentSends(home, [{ title: 'E2E eerste' }, { title: 'E2E tweede' }, { title: 'E2E derde' }]);
    const exitFile = await startAtHome(home, 'ahead');
    sessions.push(session);
    await waitForScreen((s) => s.includes('Mijn taken ('), 'Home');
    tmux('send-keys', '-t', session, '2');
    await waitForScreen((s) => s.includes('[Ontvangen]') && s.includes('E2E derde'), 'Berichten');
    // Tab to the prompt and Tab back, in one write: the second Tab sees the first one's focus.
    tmux('send-keys', '-t', session, 'Tab', 'Tab');
    await new Promise((r) => setTimeout(r, 300));
    // Two rows down, typed ahead in one read ("jj"), and then the filter bar ("/").
    tmux('send-keys', '-t', session, 'j', 'j', '/');
    const frame = await waitForScreen((s) => s.includes('/ Referentie:'), 'the filter bar');
    expect(frame).toMatch(/^› .*E2E eerste/m);
    tmux('send-keys', '-t', session, 'Escape');
    await waitForScreen((s) => !s.includes('/ Referentie:'), 'the list again');
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
  });

  it('delivers the mail a change caused while it stays open', async () => {
    const exitFile = await startAtHome(home, 'mail');
    sessions.push(session);
    await waitForScreen((s) => s.includes('Mijn taken ('), 'Home');
    tmux('send-keys', '-t', session, '3');
    await waitForScreen((s) => s.includes('Contactpersonen — overzicht ('), 'Contacten');
    tmux('send-keys', '-t', session, 'a');
    await waitForScreen((s) => s.includes('Contactpersoon toevoegen'), 'the form');
    for (const keys of [['-l', 'Nele'], ['Tab'], ['-l', 'Goris'], ['Tab'], ['-l', 'nele.goris@delinde.example.be'], ['Tab'], ['Tab'], ['Space'], ['C-s']]) {
      tmux('send-keys', '-t', session, ...keys);
    }
    await waitForScreen((s) => s.includes('Nele Goris toegevoegd'), 'the contact added');
    const api = createApi({ home, env: envFor(home) });
    try {
      const until = Date.now() + 20_000;
      let status = '';
      while (Date.now() < until) {
        const mail = (await api.mail.list()).items.find((m) => m.to.includes('nele.goris@delinde.example.be'));
        status = mail?.status ?? '';
        if (status === 'sent') break;
        await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe('sent');
    } finally {
      await api.close();
    }
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
  });

  it('talks with the assistant at the prompt: shows the command, asks what is missing, and adds only after "ja"', async () => {
    await loginAs(home, 'wzc-admin');
    const exitFile = join(home, 'exit-code-assistant');
    startTui(home, exitFile, 'eloket-e2e-assistant');
    sessions.push(session);
    await waitForScreen((s) => s.includes('Mijn taken ('), 'Home');
    tmux('send-keys', '-t', session, ':');
    tmux('send-keys', '-t', session, '-l', 'voeg Sara Claes toe als contactpersoon voor ecalc');
    tmux('send-keys', '-t', session, 'Tab');
    tmux('send-keys', '-t', session, 'Enter');
    await waitForScreen((s) => s.includes('Welk e-mailadres?'), 'the question for the e-mail address');
    tmux('send-keys', '-t', session, '-l', 'sara.claes@delinde.example.be');
    tmux('send-keys', '-t', session, 'Enter');
    await waitForScreen((s) => s.includes('Uitvoeren? (ja/nee)') && s.includes('--theme ecalcura'), 'the confirmation');
    const before = createApi({ home, env: envFor(home) });
    try {
      expect((await before.contacts.list()).some((c) => c.lastName === 'Claes')).toBe(false);
    } finally {
      await before.close();
    }
    tmux('send-keys', '-t', session, '-l', 'ja');
    tmux('send-keys', '-t', session, 'Enter');
    await waitForScreen((s) => s.includes('Gedaan: eloket contacts add'), 'the answer');
    tmux('send-keys', '-t', session, 'Escape');
    // Esc and q in one read are Alt+q to a terminal: q once the prompt has let go.
    await waitForScreen((s) => !s.includes('Assistent (') && s.includes('Mijn taken ('), 'Home again');
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
    const after = createApi({ home, env: envFor(home) });
    try {
      expect(await after.contacts.list()).toContainEqual(expect.objectContaining({ firstName: 'Sara', lastName: 'Claes', themes: ['ecalcura'], confirmed: false }));
    } finally {
      await after.close();
    }
  });

  it('lets a user of two facilities choose one, then switch to the other with o', async () => {
    await loginAs(home, 'reva-admin');
    const exitFile = join(home, 'exit-code-facility');
    startTui(home, exitFile, 'eloket-e2e-facility');
    sessions.push(session);
    const chooser = await waitForScreen((s) => s.includes('Voor welke voorziening werkt u?') && s.includes('710000515'), 'the facility chooser');
    expect(chooser).not.toContain('Fout:');
    tmux('send-keys', '-t', session, 'Down', 'Enter');
    await waitForScreen((s) => s.includes('campus Sint-Andries (HCO 710000515)') && s.includes('Mijn taken ('), 'Home of the campus');
    tmux('send-keys', '-t', session, 'o');
    await waitForScreen((s) => s.includes('Esc blijft bij de huidige'), 'the chooser again');
    tmux('send-keys', '-t', session, 'Up', 'Enter');
    const after = await waitForScreen((s) => s.includes('Revalidatiecentrum Het Anker (HCO 710000505)') && s.includes('Mijn taken ('), 'Home of Het Anker');
    expect(after).not.toContain('Fout:');
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
  });

  it('leaves the alternate screen on SIGTERM too, with exit code 143', async () => {
    const exitFile = await startAtHome(home, 'term');
    sessions.push(session);
    await waitForScreen((s) => s.includes('Mijn taken ('), 'Home');
    const pane = tmux('list-panes', '-t', session, '-F', '#{pane_pid}').stdout.trim();
    const pid = spawnSync('ps', ['-o', 'pid=', '--ppid', pane], { encoding: 'utf8' }).stdout.trim().split('\n')[0]!.trim();
    process.kill(Number(pid), 'SIGTERM');
    expect(await exitCode(exitFile)).toBe('143');
    expect(screen()).not.toContain('Mijn taken');
  });

  it('starts as `eloket tui --plain --lang en`: English, no box drawing', async () => {
    const exitFile = await startAtHome(home, 'plain', ['tui', '--plain', '--lang', 'en']);
    sessions.push(session);
    const frame = await waitForScreen((s) => s.includes('My tasks ('), 'Home in English');
    expect(frame).not.toMatch(/[─│┌┐└┘╭╮╰╯]/);
    tmux('send-keys', '-t', session, 'q');
    expect(await exitCode(exitFile)).toBe('0');
  });
});
