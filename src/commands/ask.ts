import type { Command } from 'commander';
import { EloketError } from '../api/errors.js';
import type { Turn } from '../assistant/conversation.js';
import { sanitizeLine } from '../api/text.js';
import { action, examples, type CommandContext, type Io } from './run.js';

/** `eloket ask "<sentence>"`: one turn of the assistant, for people and scripts. */
export function registerAsk(program: Command, io: Io): void {
  program
    .command('ask')
    .description('de assistent: zeg in het Nederlands of Engels wat u nodig hebt; toont de opdracht die het wordt')
    .argument('<sentence...>', 'wat u wilt, bv. "toon berichten van vorige week" (of een /opdracht)')
    .option('--yes', 'een wijziging ook echt uitvoeren (zonder --yes verandert ask nooit iets)')
    .addHelpText(
      'after',
      examples([
        'eloket ask "toon ongelezen berichten over ecalcura"',
        'eloket ask "wie is de contactpersoon voor erkenningen?"',
        'eloket ask "what is missing for 2023-2024" --json',
        'eloket ask "voeg An Peeters toe als contact voor ecalcura met an.peeters@delinde.example.be"',
        'eloket ask "voeg An Peeters toe als contact voor ecalcura met an.peeters@delinde.example.be" --yes',
        'eloket ask "/messages list --ref EL-2026-7K3QX"',
      ]) +
        '\nZonder --yes doet ask enkel wat niets verandert en zegt het wat het zou doen.\n' +
        'Without --yes, ask only does what changes nothing, and says what it would do.\n',
    )
    .action(
      action(io, async (c, words: string[], opts: { yes?: boolean }) => {
        const sentence = words.join(' ');
        const [{ createConversation }, status] = await Promise.all([import('../assistant/conversation.js'), c.api.auth.status()]);
        const conversation = createConversation({
          api: c.api,
          lang: c.lang,
          ...(c.hco ? { hco: c.hco } : {}),
          department: status.kind === 'department',
          oneShot: true,
        });
        const turn = await conversation.say(sentence, { yes: opts.yes === true });
        // With --yes a script meant it to happen: not knowing what, or what with, is a usage error.
        if (turn.cause) throw turn.cause;
        if (turn.error?.code === 'usage' && opts.yes === true) {
          throw new EloketError('usage', turn.kind === 'choices' ? 'assistant.unclear_yes' : 'assistant.missing_yes', {
            ...(turn.error.field ? { field: turn.error.field } : {}),
            params: { field: turn.error.field ?? '', choices: (turn.choices ?? []).map((x) => x.intent).join(', ') },
          });
        }
        if (c.mode === 'json') {
          return c.json({
            intent: turn.intent,
            entities: turn.entities,
            command: turn.command,
            result: turn.result,
            needsConfirmation: turn.needsConfirmation,
            kind: turn.kind,
            message: turn.message,
            ...(turn.missing ? { missing: turn.missing } : {}),
            ...(turn.choices ? { choices: turn.choices } : {}),
          });
        }
        await printTurn(c, turn);
      }),
    );
}

async function printTurn(c: CommandContext, turn: Turn): Promise<void> {
  const { present } = await import('../assistant/present.js');
  // Data on stdout; the command a result stands for is a hint, on stderr.
  if (turn.kind === 'result') c.note(`$ ${sanitizeLine(turn.command ?? '')}`);
  else c.say(sanitizeLine(turn.message));
  if (turn.command && turn.kind === 'question') c.note(`$ ${sanitizeLine(turn.command)}`);
  for (const choice of turn.choices ?? []) c.say(`  ${choice.n}) ${sanitizeLine(choice.command)}`);
  const shown = present(turn.result);
  if (shown.kind === 'table') {
    c.table(
      shown.rows,
      shown.columns.map((name, i) => ({ label: { nl: name, en: name }, value: (row: (typeof shown.rows)[number]) => row[i] })),
    );
    if (shown.total !== undefined && c.mode === 'tty') c.say(c.lang === 'nl' ? `pagina ${shown.page} van ${shown.pages} (${shown.total} in totaal)` : `page ${shown.page} of ${shown.pages} (${shown.total} in all)`);
  } else if (shown.kind === 'card') {
    c.record(shown.fields.map(([k, v]) => [{ nl: k, en: k }, v] as const), null);
  }
}
