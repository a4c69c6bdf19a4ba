/** Sentences of mail delivery: the outbox, the local mailbox, SMTP. */
export const mail = {
  'mail.status_invalid': {
    nl: '{field}: onbekende status "{value}" (gekend: {known})',
    en: '{field}: unknown status "{value}" (known: {known})',
  },
  'mail.not_failed': {
    nl: 'e-mail {id} is niet mislukt (status: {status}); enkel een mislukte e-mail kan opnieuw in de wachtrij',
    en: 'mail {id} has not failed (status: {status}); only a failed mail can be queued again',
  },
  'mail.retry_queued': { nl: 'e-mail {id} staat opnieuw in de wachtrij', en: 'mail {id} is queued again' },
  'mail.dispatched': {
    nl: '{sent} verzonden, {retrying} later opnieuw, {failed} mislukt; nog {pending} in de wachtrij',
    en: '{sent} sent, {retrying} to retry later, {failed} failed; {pending} still queued',
  },
  'mail.not_delivered_yet': {
    nl: 'let op: {count} e-mail(s) kon(den) nog niet verstuurd worden ({error}); ze blijven in de wachtrij. Verstuur later met "eloket mail dispatch" (de TUI doet het vanzelf); de toestand staat in "eloket mail list"',
    en: 'note: {count} mail(s) could not be sent yet ({error}); they stay queued. Send them later with "eloket mail dispatch" (the TUI does it by itself); "eloket mail list" shows how they fare',
  },
  'mail.next_attempt': { nl: 'volgende poging: {at}', en: 'next attempt: {at}' },
  'mail.last_error': { nl: 'laatste fout: {error}', en: 'last error: {error}' },
  'mail.body_withheld': {
    nl: '(De inhoud is enkel voor de ontvangers: deze e-mail gaat via SMTP naar hun eigen adres.)',
    en: '(The text is for the recipients only: this mail goes over SMTP to their own address.)',
  },
} as const satisfies Record<string, { nl: string; en: string }>;
