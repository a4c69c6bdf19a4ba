import { Command, CommanderError, Option } from 'commander';
import { isEloketError } from '../api/errors.js';
import { languageOf, reportError, type GlobalOptions, type Io } from './run.js';
import { formatJson } from './output.js';
import { registerAuth } from './auth.js';
import { registerConfig } from './config.js';
import { registerOrg } from './org.js';
import { registerContacts } from './contacts.js';
import { registerTasks } from './tasks.js';
import { registerMail } from './mail.js';
import { registerMessages } from './messages.js';
import { registerHelpdesk } from './helpdesk.js';
import { registerDev } from './dev.js';
import { registerEmployees } from './employees.js';
import { registerContracts } from './contracts.js';
import { registerPrestaties } from './prestaties.js';
import { registerPeriod } from './period.js';
import { registerImport } from './import.js';
import { registerTui } from './tui.js';
import { registerAsk } from './ask.js';
import { HELP_TOPICS, helpTopics } from './help-topics.js';

declare const __ELOKET_VERSION__: string | undefined;
const version = typeof __ELOKET_VERSION__ === 'string' ? __ELOKET_VERSION__ : '0.0.0-dev';

/**
 * The whole scripted face: one commander program, one file per command group. `errOut`, when
 * given, takes what commander writes to stderr (its usage errors and the help after them).
 */
export function buildProgram(io: Io, errOut: (s: string) => void = (s) => io.stderr.write(s)): Command {
  const program = new Command('eloket')
    .description('e-loket Departement Zorg in de terminal: contactpersonen, berichten, eCalcura')
    .version(version, '--version')
    .option('--json', 'machine output: one JSON document on stdout')
    .addOption(new Option('--lang <lang>', 'language of the output').choices(['nl', 'en']))
    .option('--hco <number>', 'which facility (HCO number), for users of several and for the department')
    .option('--debug', 'show stack traces of unexpected failures')
    .option('--no-color', 'no colour (NO_COLOR is respected too)')
    .showHelpAfterError()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: errOut,
    })
    .exitOverride();

  for (const register of [registerAuth, registerConfig, registerOrg, registerContacts, registerTasks, registerMail, registerMessages, registerHelpdesk, registerEmployees, registerContracts, registerPrestaties, registerPeriod, registerImport, registerAsk, registerDev, registerTui]) {
    register(program, io);
  }
  helpTopics(program);
  // Every subcommand exits through the same override, so main() decides the exit code.
  const inherit = (cmd: Command) => {
    for (const sub of cmd.commands) {
      sub.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: errOut });
      sub.showHelpAfterError();
      inherit(sub);
    }
  };
  inherit(program);
  return program;
}

/** `--json` among the arguments (before a `--` that ends the options). */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/** Commander's usage error as COMMANDS.md's error object, naming the flag or argument when it can. */
export function usageError(raw: string): { code: 'usage'; message: string; field?: string } {
  const message = raw.replace(/^error:\s*/, '').trim();
  const field = /'--([a-z][\w-]*)/i.exec(message)?.[1] ?? /argument '([\w-]+)'/.exec(message)?.[1];
  return field ? { code: 'usage', message, field } : { code: 'usage', message };
}

/** Runs the program with these arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  if (argv[0] === 'help' && argv[1] && argv[1] in HELP_TOPICS) {
    io.stdout.write(HELP_TOPICS[argv[1]]!);
    return 0;
  }
  // With --json a usage error is a `{"error":...}` document too (COMMANDS.md), not commander's text.
  const json = wantsJson(argv);
  let held = '';
  const program = buildProgram(io, json ? (s) => void (held += s) : undefined);
  process.exitCode = 0;
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (held) io.stderr.write(held);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      const usage = !['commander.helpDisplayed', 'commander.version', 'commander.help', 'commander.executeSubCommandAsync'].includes(error.code);
      if (json && usage) io.stderr.write(formatJson({ error: usageError(error.message) }, { line: true }));
      else if (held) io.stderr.write(held);
      return usage ? 2 : 0;
    }
    const globals = program.opts() as GlobalOptions;
    const code = reportError(error, io, globals, languageOf(globals, io));
    return isEloketError(error) ? code : 1;
  }
}
