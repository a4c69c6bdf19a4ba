import type { MailDraft } from '../mail/outbox.js';
import { CONFIRMATION_DAYS, CONFIRMATION_URL } from './tokens.js';

/**
 * The mails of the Contactenmodule (seed 004, 3.2), in Dutch, the users' language. Each says
 * which facility it is about, so a person who is contact for several can tell them apart.
 */

interface Who {
  firstName: string;
  lastName: string;
  email: string;
}

const ACCESS_NOTE =
  'Opgelet: om berichten in het e-loket te kunnen lezen, hebt u toegang nodig via het toegangsbeheer van eHealth.\n' +
  'Meer info: https://www.departementzorg.be/nl/ehealth-toegang-krijgen-als-zorgvoorziening-tot-gezondheidstoepassingen';

const SIGNATURE = '\n\nMet vriendelijke groeten,\nHet e-loket Departement Zorg\n';

export function confirmationMail(hco: string, facility: string, who: Who, themes: string[], token: string): MailDraft {
  return {
    hco,
    theme: null,
    to: [who.email],
    subject: `Bevestig dat u contactpersoon bent voor ${facility}`,
    body:
      `Beste ${who.firstName} ${who.lastName},\n\n` +
      `${facility} (HCO ${hco}) heeft u in het e-loket Departement Zorg opgegeven als contactpersoon ` +
      `voor de thema's: ${themes.join(', ')}.\n\n` +
      `Bevestig dit via de link hieronder. Zolang u niet bevestigt, ontvangt u geen meldingen ` +
      `en staat u niet in de lijst van contactpersonen per thema.\n\n` +
      `${CONFIRMATION_URL}?token=${token}\n\n` +
      `Of in de terminal:\n\n    eloket contacts confirm ${token}\n\n` +
      `Deze link blijft ${CONFIRMATION_DAYS} dagen geldig.\n\n${ACCESS_NOTE}${SIGNATURE}`,
  };
}

/** One line per changed field: `Telefoon: 09 111 11 11 → 09 222 22 22`. */
export type Change = { label: string; from: string; to: string };

const changeLines = (changes: Change[]) => changes.map((c) => `  - ${c.label}: ${c.from || '(leeg)'} → ${c.to || '(leeg)'}`).join('\n');

export function changedMail(hco: string, facility: string, to: string, who: Who, changes: Change[]): MailDraft {
  return {
    hco,
    theme: null,
    to: [to],
    subject: `Uw gegevens als contactpersoon voor ${facility} zijn gewijzigd`,
    body:
      `Beste ${who.firstName} ${who.lastName},\n\n` +
      `Uw gegevens als contactpersoon voor ${facility} (HCO ${hco}) in het e-loket Departement Zorg zijn gewijzigd:\n\n` +
      `${changeLines(changes)}\n\n` +
      `Klopt dit niet? Neem dan contact op met uw voorziening.${SIGNATURE}`,
  };
}

/** To the old address when the e-mail address changes: for information only. */
export function addressMovedMail(hco: string, facility: string, oldEmail: string, who: Who, changes: Change[]): MailDraft {
  return {
    hco,
    theme: null,
    to: [oldEmail],
    subject: `Uw e-mailadres als contactpersoon voor ${facility} is gewijzigd`,
    body:
      `Beste ${who.firstName} ${who.lastName},\n\n` +
      `Ter informatie: uw gegevens als contactpersoon voor ${facility} (HCO ${hco}) zijn gewijzigd:\n\n` +
      `${changeLines(changes)}\n\n` +
      `Meldingen gaan voortaan naar het nieuwe adres, zodra dat bevestigd is. Op dit adres ontvangt u ` +
      `geen meldingen meer.${SIGNATURE}`,
  };
}

export function removedMail(hco: string, facility: string, who: Who, themes: string[]): MailDraft {
  return {
    hco,
    theme: null,
    to: [who.email],
    subject: `U bent niet langer contactpersoon voor ${facility}`,
    body:
      `Beste ${who.firstName} ${who.lastName},\n\n` +
      `U bent verwijderd als contactpersoon van ${facility} (HCO ${hco}) in het e-loket Departement Zorg ` +
      `voor de thema's: ${themes.join(', ') || '-'}.\nU ontvangt hierover geen meldingen meer.${SIGNATURE}`,
  };
}
