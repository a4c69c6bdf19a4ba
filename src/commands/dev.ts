import type { Command } from 'commander';
import { action, examples, wholeNumber, type Io } from './run.js';

/** The seed report's counts in words (the JSON keeps the keys). */
const LABELS: Record<string, { nl: string; en: string }> = {
  organisations: { nl: 'voorzieningen', en: 'facilities' },
  contacts: { nl: 'contactpersonen', en: 'contacts' },
  threads: { nl: 'gesprekken (referentienummers)', en: 'threads (reference numbers)' },
  messages: { nl: 'berichten', en: 'messages' },
  helpdeskQuestions: { nl: 'helpdeskvragen', en: 'helpdesk questions' },
  contracts: { nl: 'contracten', en: 'contracts' },
  prestaties: { nl: 'prestaties', en: 'prestaties' },
};

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
            : (c.lang === 'nl' ? 'Toegevoegd: ' : 'Added: ') + added.map(([k, n]) => `${n} ${LABELS[k]?.[c.lang] ?? k}`).join(', '),
        );
      }),
    );
}
