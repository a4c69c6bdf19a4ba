import { text, type Lang, type MessageKey } from './i18n/index.js';

/** The kinds of failure a face must tell apart; each maps to one exit code in COMMANDS.md. */
export type ErrorCode =
  | 'usage'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unavailable'
  | 'internal';

/** An expected failure, carried as a value: a code, the offending field, and a catalogue key. */
export class EloketError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly field: string | undefined;
  readonly params: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    key: MessageKey,
    options: { field?: string; params?: Record<string, string | number>; cause?: unknown } = {},
  ) {
    super(text('en', key, options.params ?? {}), { cause: options.cause });
    this.name = 'EloketError';
    this.code = code;
    this.key = key;
    this.field = options.field;
    this.params = options.params ?? {};
  }

  /** The message in the user's language. */
  text(lang: Lang): string {
    return text(lang, this.key, this.params);
  }
}

export const isEloketError = (e: unknown): e is EloketError => e instanceof EloketError;

export const validation = (field: string, key: MessageKey, params: Record<string, string | number> = {}) =>
  new EloketError('validation', key, { field, params: { field, ...params } });

export const notFound = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new EloketError('not_found', key, { params });

export const forbidden = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new EloketError('forbidden', key, { params });

export const conflict = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new EloketError('conflict', key, { params });

/** Exit codes of COMMANDS.md, one per error code. */
export const exitCodes: Record<ErrorCode, number> = {
  internal: 1,
  unavailable: 1,
  usage: 2,
  validation: 3,
  unauthenticated: 4,
  forbidden: 5,
  not_found: 6,
  conflict: 7,
};
