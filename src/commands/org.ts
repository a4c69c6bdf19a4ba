import type { Command } from 'commander';
import type { Organisation } from '../api/org/index.js';
import { action, examples, type CommandContext, type Io } from './run.js';
import { registerBank } from './bank.js';

function printOrganisation(c: CommandContext, o: Organisation): void {
  c.record(
    [
      [{ nl: 'HCO-nummer', en: 'HCO number' }, o.hco],
      [{ nl: 'Naam', en: 'Name' }, o.name],
      [{ nl: 'Type', en: 'Type' }, o.type],
      [{ nl: 'Telefoon', en: 'Phone' }, o.phone],
      [{ nl: 'E-mail', en: 'E-mail' }, o.email],
      [{ nl: 'URL', en: 'URL' }, o.url],
      [{ nl: 'KBO-nummer', en: 'Enterprise number' }, o.kbo],
      [{ nl: 'Gewijzigd', en: 'Changed' }, o.updatedAt, 'datetime'],
    ],
    o,
  );
}

export function registerOrg(program: Command, io: Io): void {
  const org = program.command('org').description('organisatiegegevens van uw voorziening (Mijn organisatie)');

  org
    .command('show')
    .description('toon de gegevens van de voorziening')
    .addHelpText('after', examples(['eloket org show', 'eloket org show --json', 'eloket org show --hco 710000101   (departement)']))
    .action(action(io, async (c) => printOrganisation(c, await c.api.org.show({ hco: c.hco }))));

  org
    .command('set')
    .description('wijzig telefoon, e-mail of URL (leeg maakt een veld leeg)')
    .option('--phone <phone>', 'telefoonnummer, bv. 09 223 45 67')
    .option('--email <email>', 'algemeen e-mailadres')
    .option('--url <url>', 'website')
    .addHelpText('after', examples(['eloket org set --phone "09 223 45 67"', 'eloket org set --email info@voorziening.be --url https://voorziening.be', 'eloket org set --url ""']))
    .action(
      action(io, async (c, opts: { phone?: string; email?: string; url?: string }) => {
        const o = await c.api.org.set({ hco: c.hco, ...opts });
        printOrganisation(c, o);
      }),
    );

  registerBank(org, io);
}
