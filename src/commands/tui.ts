import type { Command } from 'commander';
import { text } from '../api/i18n/index.js';
import { examples, globalsOf, languageOf, type Io } from './run.js';

/** `eloket tui`: the full-screen TUI on purpose (plain `eloket` on a terminal starts it too). */
export function registerTui(program: Command, io: Io): void {
  program
    .command('tui')
    .description('het volledige scherm (ook: eloket zonder opdracht op een terminal)')
    .option('--plain', 'voor schermlezers: geen kaders, geen betekenis enkel in kleur')
    .addHelpText('after', examples(['eloket tui', 'eloket tui --plain', 'eloket tui --lang en --no-color']))
    .action(async (opts: { plain?: boolean }, command: Command) => {
      const globals = globalsOf(command);
      if (!io.stdout.isTTY || !io.stdin.isTTY) {
        io.stderr.write(`${text(languageOf(globals, io), 'ui.needs_tty')}\n`);
        process.exitCode = 2;
        return;
      }
      // Loaded here only: no other command pays for Ink and React.
      const { startTui } = await import('../ui/start.js');
      process.exitCode = await startTui(io, { lang: globals.lang, plain: opts.plain, hco: globals.hco, color: globals.color });
    });
}
