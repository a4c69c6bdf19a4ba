import type { OutgoingMail } from './message.js';

/** Where delivered mail goes: the local mailbox (embedded default) or an SMTP server. */
export interface Transport {
  readonly name: 'mailbox' | 'smtp';
  /**
   * Delivers one mail or throws a `DeliveryError`; resolves with recipients refused on the way.
   * Gives up (`unreachable`) after `timeoutMs`, so a run keeps to its budget.
   */
  send(mail: OutgoingMail, limits: { timeoutMs: number }): Promise<{ refused: string[] }>;
  close(): Promise<void>;
}

/**
 * How a delivery failed, which decides what the outbox does next: `temporary` tries this mail
 * again later; `permanent` gives up on it (the server refused it for good); `unreachable` tries
 * it again later and ends the run, since the other mails would fail the same way.
 */
export type FailureKind = 'temporary' | 'permanent' | 'unreachable';

export class DeliveryError extends Error {
  readonly kind: FailureKind;

  constructor(message: string, kind: FailureKind, options: { cause?: unknown } = {}) {
    super(message, options);
    this.name = 'DeliveryError';
    this.kind = kind;
  }
}
