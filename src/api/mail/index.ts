/**
 * Mail: the outbox that every change writes its mail to, its delivery (the local mailbox in the
 * embedded default, SMTP when the `smtp` setting is set), and reading it back.
 */
import type { Context } from '../context.js';
import { dispatchUntilDone, type DispatchReport } from './dispatch.js';
import { listMail, retryMail, showMail, type MailListOptions, type MailPage } from './read.js';
import type { Mail } from './view.js';

export { dispatchPending, type DispatchReport, type DispatchOptions } from './dispatch.js';
export type { Mail, MailStatus } from './view.js';
export type { MailPage, MailListOptions } from './read.js';
export { MAX_ATTEMPTS, LEASE_MS, CLOSE_BUDGET_MS } from './retry-policy.js';

export function createMailApi(ctx: Context) {
  return {
    /** Mails the caller may read, newest first. */
    list: (opts: MailListOptions = {}): Promise<MailPage> => listMail(ctx, opts),
    /** One mail; another facility's mail is not found. */
    show: (id: number, opts: { hco?: string } = {}): Promise<Mail> => showMail(ctx, id, opts.hco),
    /** Queues a failed mail again, with fresh attempts. */
    retry: (id: number, opts: { hco?: string } = {}): Promise<Mail> => retryMail(ctx, id, opts.hco),
    /**
     * Delivers what is due now (all of the home's mail: delivery is not tied to the caller, who
     * only has to be logged in). With `wait`, keeps going until nothing waits or `timeoutMs`.
     */
    async dispatch(opts: { wait?: boolean; timeoutMs?: number } = {}): Promise<DispatchReport> {
      await ctx.principal();
      return dispatchUntilDone(ctx, opts);
    },
  };
}

export type MailApi = ReturnType<typeof createMailApi>;
