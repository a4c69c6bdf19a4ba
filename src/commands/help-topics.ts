import type { Command } from 'commander';

const TOPICS: Record<string, string> = {
  environment: `Environment variables

  ELOKET_HOME           where eloket keeps its database, settings, tokens, mailbox and the
                        development identity provider (default: ~/.local/share/eloket)
  ELOKET_TOKEN          an access token to use instead of the stored login (scripts)
  ELOKET_KEYRING=off    do not try the OS keyring; keep tokens in a 0600 file in ELOKET_HOME
  ELOKET_DEV_ACCESS_TTL lifetime in seconds of access tokens from the development identity
                        provider (default 900)
  ELOKET_DEV_DEVICE_INTERVAL  polling interval in seconds of its device flow (fractions allowed)
  NO_COLOR              no colour in the output
  LANG                  en… gives English output unless --lang or "config set lang" says otherwise
`,
  formatting: `Output formats

  On a terminal: aligned columns with Dutch labels, dates as dd/mm/yyyy (Europe/Brussels).
  Piped: tab-separated lines, no header, no colour, ISO 8601 dates.
  --json: one JSON document on stdout; lists are {"items":[...],"page":1,"pages":7,"total":63}.
  Errors go to stderr; with --json as {"error":{"code":"validation","message":"...","field":"email"}}.
`,
  'exit-codes': `Exit codes

  0  done
  1  unexpected failure (a bug, an outside service down)
  2  usage: unknown command or flag, missing argument, confirmation needed (--yes)
  3  validation: the input is wrong (bad INSZ, bad e-mail, date order, unknown theme ...)
  4  not logged in, or the session expired and could not be refreshed
  5  forbidden: logged in, but the role or organisation does not allow it
  6  not found
  7  conflict: the state does not allow it
`,
};

/** The topics `eloket help <topic>` knows, the GitHub CLI's way. */
export const HELP_TOPICS: Readonly<Record<string, string>> = TOPICS;

export function helpTopics(program: Command): void {
  program.addHelpText('after', `\nHelp topics: ${Object.keys(TOPICS).map((t) => `eloket help ${t}`).join(', ')}\n`);
}
