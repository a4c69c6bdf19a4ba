import type { MailDraft } from '../mail/outbox.js';
import { sanitizeLine } from '../text.js';

const SIGNATURE = '\n\nMet vriendelijke groeten,\nHet e-loket Departement Zorg\n';

/**
 * The web address of one thread in the e-loket: `<web-url>/berichten/<reference>`, the reference
 * encoded (it is ours and plain today, but a link must never break on what it carries).
 */
export function messageLink(webUrl: string, reference: string): string {
  return `${webUrl.replace(/\/+$/, '')}/berichten/${encodeURIComponent(reference)}`;
}

/**
 * The notification of a message from the department (seed 004, 4: contacts get an e-mail for
 * messages of their themes; 3.2.1: "Via de link in de mail kunnen zij doorklikken"). It says
 * where to read it, not what it says: the message stays in the e-loket, behind eHealth access.
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
  /** The e-loket on the web (setting `web-url`). */
  webUrl: string;
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
      `Lees het in het e-loket:\n\n    ${messageLink(input.webUrl, input.reference)}\n\n` +
      `of in de terminal:\n\n    eloket messages show ${input.reference}\n\n` +
      `U ontvangt deze melding als contactpersoon voor dit thema of voor dit bericht.` +
      SIGNATURE,
  };
}
