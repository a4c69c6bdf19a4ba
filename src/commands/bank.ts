import type { Command } from 'commander';
import type { BankAccount } from '../api/bank/index.js';
import { action, examples, type Io } from './run.js';
import type { Column } from './output.js';

const columns: Column<BankAccount>[] = [
  { label: { nl: 'Id', en: 'Id' }, value: (a) => a.id },
  { label: { nl: 'IBAN', en: 'IBAN' }, value: (a) => a.formatted },
  { label: { nl: 'Toegevoegd', en: 'Added' }, value: (a) => a.createdAt, kind: 'datetime' },
  { label: { nl: 'Door', en: 'By' }, value: (a) => a.createdBy },
];

const accountJson = (a: BankAccount) => ({ id: a.id, iban: a.iban, hco: a.hco, createdAt: a.createdAt, createdBy: a.createdBy });

/** `org bank …`: the facility's bank account numbers (Beheer financiële gegevens). */
export function registerBank(org: Command, io: Io): void {
  const bank = org.command('bank').description('rekeningnummers van de voorziening (Beheer financiële gegevens)');

  bank
    .command('list')
    .description('de rekeningnummers van de voorziening')
    .addHelpText('after', examples(['eloket org bank list', 'eloket org bank list --json']))
    .action(
      action(io, async (c) => {
        const accounts = await c.api.bank.list({ hco: c.hco });
        if (accounts.length === 0 && c.mode === 'tty') return c.say(c.lang === 'nl' ? 'Geen rekeningnummers.' : 'No bank accounts.');
        c.table(accounts, columns, () => ({ items: accounts.map(accountJson), page: 1, pages: 1, total: accounts.length }));
      }),
    );

  bank
    .command('add')
    .description('voeg een Belgisch rekeningnummer (IBAN) toe; beide controles worden nagekeken')
    .requiredOption('--iban <iban>', 'bv. BE48 3200 7018 4927')
    .addHelpText('after', examples(['eloket org bank add --iban "BE48 3200 7018 4927"', 'eloket org bank add --iban BE48320070184927 --json']))
    .action(
      action(io, async (c, opts: { iban: string }) => {
        const a = await c.api.bank.add({ hco: c.hco, iban: opts.iban });
        if (c.mode === 'json') return c.json(accountJson(a));
        c.say(c.lang === 'nl' ? `Rekeningnummer ${a.formatted} toegevoegd (id ${a.id}).` : `Bank account ${a.formatted} added (id ${a.id}).`);
      }),
    );

  bank
    .command('remove <id>')
    .description('verwijder een rekeningnummer')
    .addHelpText('after', examples(['eloket org bank remove 3', 'eloket org bank remove 3 --json']))
    .action(
      action(io, async (c, id: string) => {
        const a = await c.api.bank.remove(id, { hco: c.hco });
        if (c.mode === 'json') return c.json(accountJson(a));
        c.say(c.lang === 'nl' ? `Rekeningnummer ${a.formatted} verwijderd.` : `Bank account ${a.formatted} removed.`);
      }),
    );
}
