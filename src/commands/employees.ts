import type { Command } from 'commander';
import { formatInsz } from '../api/identifiers/insz.js';
import { action, examples, type Io } from './run.js';

export function registerEmployees(program: Command, io: Io): void {
  const employees = program.command('employees').description('medewerkers opzoeken: naam uit het rijksregister, visums uit eCad (Beheer privacygevoelige gegevens)');

  employees
    .command('lookup <insz>')
    .description('naam en geboortedatum uit het rijksregister, de kwalificaties waarvoor eCad een visum heeft')
    .addHelpText('after', examples(['eloket employees lookup 85.07.30-033.28', 'eloket employees lookup 85073003328 --json']))
    .action(
      action(io, async (c, insz: string) => {
        const e = await c.api.employees.lookup(insz);
        c.record(
          [
            [{ nl: 'INSZ', en: 'INSZ' }, formatInsz(e.insz)],
            [{ nl: 'Voornaam', en: 'First name' }, e.firstName],
            [{ nl: 'Naam', en: 'Last name' }, e.lastName],
            [{ nl: 'Geboortedatum', en: 'Birth date' }, e.birthDate, 'date'],
            [{ nl: 'Visums (eCad)', en: 'Visums (eCad)' }, e.visums.length ? e.visums.join(', ') : c.lang === 'nl' ? 'geen' : 'none'],
          ],
          e,
        );
      }),
    );
}
