/**
 * When the outbox tries a mail again, and when it gives up. One dispatcher per home works the
 * queue in order, so there is no crowd of clients to spread out: the backoff has no jitter.
 */

/** Attempts before a mail is marked failed (it stays listed; `eloket mail retry` re-queues it). */
export const MAX_ATTEMPTS = 10;

/**
 * How long a claim ('sending') holds. Longer than any one delivery may take (the SMTP timeouts
 * are shorter), so only a claim whose process died is ever taken over.
 */
export const LEASE_MS = 2 * 60_000;

/** The longest one delivery may take, whatever the server does: well within the lease. */
export const SEND_LIMIT_MS = 60_000;

/**
 * What closing the api (the end of a command that queued mail) may spend delivering it, from
 * the first query to the last socket closed; what is not delivered by then waits for the next
 * run (docs/MAIL.md).
 */
export const CLOSE_BUDGET_MS = 5_000;

const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 60 * 60_000;

/** The wait after the `attempts`-th failed attempt: 30 s, 1 min, 2 min, ... at most 1 h. */
export function retryDelayMs(attempts: number): number {
  const doublings = Math.max(0, attempts - 1);
  // Past 2^7 the cap has long been reached; stopping early keeps the number finite.
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(doublings, 16));
}
