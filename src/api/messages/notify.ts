import type { MailDraft } from '../mail/outbox.js';
import { sanitizeLine } from '../text.js';

const SIGNATURE = '\n\nMet vriendelijke groeten,\nHet e-loket Departement Zorg\n';

/**
 * The notification of a message from the department (seed 004, 4: contacts get an e-mail for
 * messages of their themes). It says where to read it, not what it says: the message stays in
 * the e-loket, behind eHealth access.
 */
export function newMessageMail(input: {
  hco: string;
  facility: string;
  theme: string;
  themeName: string;
  reference: string;
  title: string;
  to: string[];
  reply: boolean;
}): MailDraft {
  const title = sanitizeLine(input.title);
  return {
    hco: input.hco,
    theme: input.theme,
    to: input.to,
    subject: `${input.reply ? 'Nieuw antwoord' : 'Nieuw bericht'} in het e-loket: ${title} (${input.reference})`,
    body:
      `Beste,\n\n` +
      `Er staat ${input.reply ? 'een nieuw antwoord' : 'een nieuw bericht'} van het Departement Zorg klaar voor ` +
      `${sanitizeLine(input.facility)} (HCO ${input.hco}) in het e-loket.\n\n` +
      `  Thema:       ${input.themeName}\n` +
      `  Titel:       ${title}\n` +
      `  Referentie:  ${input.reference}\n\n` +
      `Lees het in het e-loket, of in de terminal:\n\n    eloket messages show ${input.reference}\n\n` +
      `U ontvangt deze melding als contactpersoon voor dit thema of voor dit bericht.` +
      SIGNATURE,
  };
}
