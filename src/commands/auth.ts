import type { Command } from 'commander';
import type { AuthStatus } from '../api/auth/index.js';
import type { Role } from '../api/principal.js';
import { DEMO_USERS } from '../api/seed/demo-world.js';
import { sanitizeLine } from '../api/text.js';
import { action, examples, wholeNumber, type CommandContext, type Io } from './run.js';

const list = (values: string[]) => (values.length ? values.join(', ') : null);

function printStatus(c: CommandContext, s: AuthStatus): void {
  const where = s.tokenFile ? `${s.tokenStore} (${s.tokenFile})` : s.tokenStore;
  c.record(
    [
      [{ nl: 'Gebruiker', en: 'User' }, s.user],
      [{ nl: 'Naam', en: 'Name' }, s.name],
      [{ nl: 'Soort', en: 'Kind' }, s.kind],
      [{ nl: 'Rollen', en: 'Roles' }, list(s.roles)],
      [{ nl: 'Voorzieningen', en: 'Facilities' }, list(s.organisations)],
      [{ nl: 'Teams', en: 'Teams' }, list(s.teams)],
      [{ nl: 'Verloopt', en: 'Expires' }, s.expiresAt, 'datetime'],
      [{ nl: 'Vernieuwbaar', en: 'Refreshable' }, s.refreshable, 'check'],
      [{ nl: 'Issuer', en: 'Issuer' }, s.issuer],
      [{ nl: 'Tokenopslag', en: 'Token store' }, where],
    ],
    s,
  );
}

/** Ctrl+C ends a login that waits for a browser or a device cleanly (listeners closed). */
function interruptible(): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, done: () => process.off('SIGINT', onSigint) };
}

/** The roles by the names a user meets them under: eHealth's for facility staff (seeds 001–003). */
const ROLE_NAMES: Record<Role, string> = {
  'e-loket': 'e-loket',
  'beheer-privacygevoelige-gegevens': 'Beheer privacygevoelige gegevens',
  'beheer-financiele-gegevens': 'Beheer financiële gegevens',
  'case-handler': 'dossierbehandelaar',
  helpdesk: 'helpdesk',
  admin: 'beheerder',
};

/** Every demo user with who they are and their roles, for `auth login --help`. */
function demoUsersHelp(): string {
  const width = Math.max(...DEMO_USERS.map((u) => u.id.length)) + 2;
  const indent = ' '.repeat(width + 2);
  const lines = DEMO_USERS.flatMap((u) => {
    const hco = u.organisations.length ? `, HCO ${u.organisations.join(' en ')}` : '';
    return [
      `  ${u.id.padEnd(width)}${u.name}, ${u.who}${hco}`,
      `${indent}rollen: ${u.roles.map((r) => ROLE_NAMES[r]).join(', ')}`,
      ...('note' in u ? [`${indent}${u.note}`] : []),
    ];
  });
  return `\nDemogebruikers (--user; enkel met de ingebouwde ontwikkel-identity provider):\n${lines.join('\n')}\n`;
}

interface LoginFlags {
  device?: boolean;
  user?: string;
  withToken?: boolean;
  timeout?: number;
}

export function registerAuth(program: Command, io: Io): void {
  const auth = program.command('auth').description('aanmelden bij de e-Health-identity provider (OIDC), afmelden, status');

  auth
    .command('login')
    .description('aanmelden: browser (loopback, standaard), --device (code op een ander toestel) of --with-token')
    .option('--device', 'device authorization grant: toont een URL en een code voor een ander toestel')
    .option('--user <demo-user>', 'demogebruiker van de ingebouwde ontwikkel-identity provider (zie de lijst hieronder)')
    .option('--with-token', 'leest een access token van standaardinvoer')
    .option('--timeout <seconds>', 'hoe lang op de browser of het toestel wachten', wholeNumber('timeout', 1, 3600), 300)
    .addHelpText(
      'after',
      examples([
        'eloket auth login',
        'eloket auth login --user wzc-admin',
        'eloket auth login --device',
        'eloket auth login --device --user handler-ecalcura',
        'eloket auth login --user reva-admin && eloket contracts list --hco 710000515',
        'echo "$TOKEN" | eloket auth login --with-token',
      ]) + demoUsersHelp(),
    )
    .action(
      action(io, async (c, opts: LoginFlags) => {
        // A token is a few kilobytes; 64 KiB leaves room and keeps a runaway pipe out.
        const withToken = opts.withToken ? await c.readStdin({ field: 'with-token', limit: 64 * 1024 }) : undefined;
        const interrupt = interruptible();
        let status: AuthStatus;
        try {
          status = await c.api.auth.login({
            user: opts.user,
            device: opts.device,
            withToken,
            signal: interrupt.signal,
            timeoutMs: (opts.timeout ?? 300) * 1000,
            onUrl: (info) => {
              // Both come from the issuer: shown, never interpreted by the terminal.
              const url = sanitizeLine(info.url);
              const userCode = info.userCode === undefined ? undefined : sanitizeLine(info.userCode);
              if (userCode) {
                c.note(c.lang === 'nl' ? `Ga naar ${url} en geef deze code: ${userCode}` : `Go to ${url} and enter this code: ${userCode}`);
              } else {
                c.note(c.lang === 'nl' ? 'Open deze URL in uw browser om aan te melden:' : 'Open this URL in your browser to log in:');
                c.note(`  ${url}`);
              }
              c.note(c.lang === 'nl' ? 'Wachten op de bevestiging ... (Ctrl+C om te stoppen)' : 'Waiting for the confirmation ... (Ctrl+C to stop)');
            },
          });
        } finally {
          interrupt.done();
        }
        if (c.mode === 'json') c.json(status);
        else c.say(c.lang === 'nl' ? `Aangemeld als ${sanitizeLine(status.user)} (${sanitizeLine(status.name)})` : `Logged in as ${sanitizeLine(status.user)} (${sanitizeLine(status.name)})`);
        if (status.tokenFile) c.note(c.t('auth.token_in_file', { file: status.tokenFile }));
        if (io.env.ELOKET_TOKEN?.trim()) c.note(c.t('auth.env_token_wins'));
      }),
    );

  auth
    .command('logout')
    .description('afmelden: trekt de tokens in bij de issuer en vergeet ze op deze computer')
    .addHelpText('after', examples(['eloket auth logout']))
    .action(
      action(io, async (c) => {
        await c.api.auth.logout();
        if (c.mode === 'json') c.json({ loggedOut: true });
        else c.say(c.lang === 'nl' ? 'Afgemeld' : 'Logged out');
        if (io.env.ELOKET_TOKEN?.trim()) c.note(c.t('auth.env_token_wins'));
      }),
    );

  auth
    .command('status')
    .description('wie is aangemeld, met welke rollen en voorzieningen, tot wanneer, en waar het token staat')
    .addHelpText('after', examples(['eloket auth status', 'eloket auth status --json']))
    .action(
      action(io, async (c) => {
        printStatus(c, await c.api.auth.status());
      }),
    );
}
