import { isEloketError } from '../api/errors.js';
import { text, type Lang } from '../api/i18n/index.js';
import { sanitizeLine } from '../api/text.js';

/** Any failure as one readable, terminal-safe line: the catalogue sentence, never a stack.
 * A string is a sentence the TUI already wrote. */
export function describeError(error: unknown, lang: Lang): string {
  if (typeof error === 'string') return sanitizeLine(error);
  if (isEloketError(error)) return sanitizeLine(error.text(lang));
  const reason = error instanceof Error ? error.message : String(error);
  return sanitizeLine(text(lang, 'internal', { reason }));
}

/** The form field an api validation error names, if any. */
export function fieldOf(error: unknown): string | undefined {
  return isEloketError(error) && error.code === 'validation' ? error.field : undefined;
}

export const isUnauthenticated = (error: unknown): boolean => isEloketError(error) && error.code === 'unauthenticated';
