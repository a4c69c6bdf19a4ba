import type { Command } from 'commander';
import { maskSecret, type SettingValue } from '../api/settings.js';
import { sanitizeLine } from '../api/text.js';
import { action, examples, type CommandContext, type Io } from './run.js';

const shown = (s: SettingValue) => (s.value === null ? null : sanitizeLine(maskSecret(s.key, s.value)));

function print(c: CommandContext, settings: SettingValue[], single: boolean): void {
  if (c.mode === 'json') return c.json(Object.fromEntries(settings.map((s) => [s.key, shown(s)])));
  if (single) {
    // A single value alone on its line, so scripts can use $(eloket config get issuer).
    const s = settings[0]!;
    const value = shown(s) ?? s.default;
    if (value !== null) c.say(value);
    return;
  }
  c.table(settings, [
    { label: { nl: 'Instelling', en: 'Setting' }, value: (s) => s.key },
    { label: { nl: 'Waarde', en: 'Value' }, value: (s) => shown(s) ?? (s.default === null ? null : `${s.default} (${c.lang === 'nl' ? 'standaard' : 'default'})`) },
  ]);
}

export function registerConfig(program: Command, io: Io): void {
  const config = program
    .command('config')
    .description('instellingen van deze installatie: issuer, client-id, scopes, smtp, mail-from, lang, register-url, ecad-url, web-url');

  config
    .command('get')
    .description('toont één instelling of alle (het wachtwoord in een smtp-URL wordt gemaskeerd)')
    .argument('[key]', 'issuer | client-id | scopes | smtp | mail-from | lang | register-url | ecad-url | web-url')
    .addHelpText('after', examples(['eloket config get', 'eloket config get issuer', 'eloket config get web-url', 'eloket config get --json']))
    .action(
      action(io, async (c, key: string | undefined) => {
        print(c, await c.api.settings.get(key), key !== undefined);
      }),
    );

  config
    .command('set')
    .description('wijzigt een instelling; een lege waarde ("") wist ze')
    .argument('<key>', 'issuer | client-id | scopes | smtp | mail-from | lang | register-url | ecad-url | web-url')
    .argument('<value>', 'de nieuwe waarde')
    .addHelpText(
      'after',
      examples([
        'eloket config set issuer https://iam.example.be/realms/healthcare',
        'eloket config set client-id eloket-cli',
        'eloket config set smtp smtp://user:secret@mail.example.be:587',
        'eloket config set issuer ""        (terug naar de ingebouwde ontwikkel-identity provider)',
        'eloket config set lang en',
        'eloket config set web-url https://e-loket.departementzorg.be   (het adres van de links in de meldingsmails)',
      ]),
    )
    .action(
      action(io, async (c, key: string, value: string) => {
        const setting = await c.api.settings.set(key, value);
        if (c.mode === 'json') return c.json({ [setting.key]: shown(setting) });
        c.note(
          setting.value === null
            ? c.lang === 'nl' ? `${key} gewist` : `${key} removed`
            : `${key} = ${shown(setting)}`,
        );
      }),
    );
}
