import type { Command } from 'commander';
import { action, examples, wholeNumber, type Io } from './run.js';

export function registerDev(program: Command, io: Io): void {
  const dev = program.command('dev').description('ontwikkeling: demowereld en benchmarkgegevens (ingebouwde modus)');
  dev
    .command('seed')
    .description('maak de demowereld, of vul ze aan tot minstens de gevraagde aantallen')
    .option('--messages <n>', 'minstens zoveel berichten in totaal', wholeNumber('messages', 0, 10_000_000))
    .option('--organisations <n>', 'minstens zoveel voorzieningen in totaal', wholeNumber('organisations', 0, 100_000))
    .option('--contracts <n>', 'minstens zoveel contracten in totaal', wholeNumber('contracts', 0, 10_000_000))
    .addHelpText('after', examples(['eloket dev seed', 'eloket dev seed --messages 100000 --organisations 500']))
    .action(
      action(io, async (c, opts: { messages?: number; organisations?: number; contracts?: number }) => {
        const report = await c.api.dev.seed(opts);
        if (c.mode === 'json') return c.json(report);
        const added = Object.entries(report).filter(([, n]) => n > 0);
        c.say(
          added.length === 0
            ? c.lang === 'nl' ? 'De demowereld was al volledig; niets toegevoegd.' : 'The demo world was complete already; nothing added.'
            : (c.lang === 'nl' ? 'Toegevoegd: ' : 'Added: ') + added.map(([k, n]) => `${n} ${k}`).join(', '),
        );
      }),
    );
}
