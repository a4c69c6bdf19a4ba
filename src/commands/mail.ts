import type { Command } from 'commander';
import { EloketError } from '../api/errors.js';
import type { DispatchReport, Mail, MailStatus } from '../api/mail/index.js';
import { sanitizeBlock, sanitizeLine } from '../api/text.js';
import { requireId } from '../api/validate.js';
import { formatDateTime, type Column } from './output.js';
import { action, examples, wholeNumber, type CommandContext, type Io } from './run.js';

const statusLabels: Record<MailStatus, { nl: string; en: string }> = {
  pending: { nl: 'wachtend', en: 'pending' },
  sending: { nl: 'bezig', en: 'sending' },
  sent: { nl: 'verzonden', en: 'sent' },
  failed: { nl: 'mislukt', en: 'failed' },
};

/** On a TTY the status in words; piped, the code scripts compare against. */
const statusOf = (c: CommandContext, status: MailStatus): string => (c.mode === 'tty' ? statusLabels[status][c.lang] : status);

function columns(c: CommandContext): Column<Mail>[] {
  return [
    { label: { nl: 'Id', en: 'Id' }, value: (m) => m.id },
    { label: { nl: 'Aan', en: 'To' }, value: (m) => m.to.join(', ') },
    { label: { nl: 'Onderwerp', en: 'Subject' }, value: (m) => m.subject },
    { label: { nl: 'Aangemaakt', en: 'Created' }, value: (m) => m.createdAt, kind: 'datetime' },
    { label: { nl: 'Status', en: 'Status' }, value: (m) => statusOf(c, m.status) },
  ];
}

function printMail(c: CommandContext, mail: Mail): void {
  c.record(
    [
      [{ nl: 'Id', en: 'Id' }, mail.id],
      [{ nl: 'Aan', en: 'To' }, mail.to.join(', ')],
      [{ nl: 'Onderwerp', en: 'Subject' }, mail.subject],
      [{ nl: 'Aangemaakt', en: 'Created' }, mail.createdAt, 'datetime'],
      [{ nl: 'Status', en: 'Status' }, statusOf(c, mail.status)],
      [{ nl: 'Pogingen', en: 'Attempts' }, mail.attempts],
      [{ nl: 'Verzonden', en: 'Sent' }, mail.sentAt, 'datetime'],
      [{ nl: 'Volgende poging', en: 'Next attempt' }, mail.nextAttemptAt, 'datetime'],
      [{ nl: 'Laatste fout', en: 'Last error' }, mail.lastError],
      [{ nl: 'Voorziening', en: 'Facility' }, mail.hco],
      [{ nl: 'Thema', en: 'Theme' }, mail.theme],
    ],
    mail,
  );
  c.say('');
  c.say(mail.body === null ? c.t('mail.body_withheld') : sanitizeBlock(mail.body).replace(/\n+$/, ''));
}

function printReport(c: CommandContext, report: DispatchReport): void {
  if (c.mode === 'json') c.json(report);
  else c.say(c.t('mail.dispatched', { sent: report.sent, retrying: report.retrying, failed: report.failed, pending: report.pending }));
  if (report.pending > 0 && report.nextAttemptAt && c.mode !== 'json') {
    c.note(c.t('mail.next_attempt', { at: c.mode === 'tty' ? formatDateTime(report.nextAttemptAt) : report.nextAttemptAt }));
  }
  // Mail that could not go out and still waits means the server (or mailbox) is in trouble: exit 1.
  if (report.retrying > 0 && report.pending > 0) {
    throw new EloketError('unavailable', 'unavailable', {
      params: { service: c.lang === 'nl' ? 'de e-mailbezorging' : 'mail delivery', reason: sanitizeLine(report.lastError ?? '?') },
    });
  }
  if (report.lastError && c.mode !== 'json') c.note(c.t('mail.last_error', { error: sanitizeLine(report.lastError) }));
}

export function registerMail(program: Command, io: Io): void {
  const mail = program.command('mail').description('uitgaande e-mail: de wachtrij en de lokale mailbox');

  mail
    .command('list')
    .description('e-mails van uw voorziening (of uw thema\'s), nieuwste eerst')
    .option('--status <status>', 'enkel pending, sending, sent of failed')
    .option('--page <n>', 'welke pagina', wholeNumber('page', 1, 1_000_000))
    .option('--limit <n>', 'e-mails per pagina (standaard 20)', wholeNumber('limit', 1, 100))
    .addHelpText('after', examples(['eloket mail list', 'eloket mail list --status failed', 'eloket mail list --page 2 --limit 50 --json']))
    .action(
      action(io, async (c, opts: { status?: string; page?: number; limit?: number }) => {
        const page = await c.api.mail.list({ hco: c.hco, status: opts.status, page: opts.page, limit: opts.limit });
        c.page(page, columns(c));
      }),
    );

  mail
    .command('show <id>')
    .description('één e-mail: kop en inhoud')
    .addHelpText('after', examples(['eloket mail show 12', 'eloket mail show 12 --json']))
    .action(
      action(io, async (c, id: string) => {
        printMail(c, await c.api.mail.show(requireId('id', id), { hco: c.hco }));
      }),
    );

  mail
    .command('dispatch')
    .description('verstuur nu wat klaarstaat (lokale mailbox, of SMTP als "smtp" ingesteld is)')
    .option('--wait', 'blijf proberen tot niets meer wacht, of tot de time-out')
    .option('--timeout <seconds>', 'hoe lang hoogstens (standaard 120)', wholeNumber('timeout', 1, 86_400))
    .addHelpText('after', examples(['eloket mail dispatch', 'eloket mail dispatch --wait --timeout 300', 'eloket mail dispatch --json']))
    .action(
      action(io, async (c, opts: { wait?: boolean; timeout?: number }) => {
        const report = await c.api.mail.dispatch({ wait: opts.wait, timeoutMs: opts.timeout === undefined ? undefined : opts.timeout * 1000 });
        printReport(c, report);
      }),
    );

  mail
    .command('retry <id>')
    .description('zet een mislukte e-mail opnieuw in de wachtrij (na het oplossen van de oorzaak)')
    .addHelpText('after', examples(['eloket mail list --status failed', 'eloket mail retry 12']))
    .action(
      action(io, async (c, id: string) => {
        const queued = await c.api.mail.retry(requireId('id', id), { hco: c.hco });
        if (c.mode === 'json') c.json(queued);
        else c.say(c.t('mail.retry_queued', { id: queued.id }));
      }),
    );
}
