import { isEloketError } from '../api/errors.js';
import { text, type Lang, type MessageKey } from '../api/i18n/index.js';
import { sanitizeLine } from '../api/text.js';

/**
 * Api sentences that tell what to do in command-line flags, and the TUI's own for them: what to
 * do on its screens instead. The api's sentence stays the commands' one.
 */
const IN_THE_TUI: Partial<Record<MessageKey, MessageKey>> = {
  'message.no_contact_new': 'ui.error.no_contact_new',
  'message.no_contact_reply': 'ui.error.no_contact_reply',
};

/** Any failure as one readable, terminal-safe line: the catalogue sentence, never a stack.
 * A string is a sentence the TUI already wrote. */
export function describeError(error: unknown, lang: Lang): string {
  if (typeof error === 'string') return sanitizeLine(error);
  if (isEloketError(error)) {
    const own = IN_THE_TUI[error.key];
    return sanitizeLine(own ? text(lang, own, error.params) : error.text(lang));
  }
  const reason = error instanceof Error ? error.message : String(error);
  return sanitizeLine(text(lang, 'internal', { reason }));
}

/**
 * An api validation error as it reads under its field in a form: the field is called by the
 * form's label, not by the api's option name ("Familienaam is verplicht", not "last is
 * verplicht"), a leading "field: " is left out, and hints at command-line flags ("(--theme)")
 * that mean nothing in the TUI are dropped.
 */
export function describeFieldError(error: unknown, lang: Lang, label: string): string {
  if (!isEloketError(error)) return describeError(error, lang);
  const marker = '\u0001field\u0001';
  let sentence = text(lang, error.key, { ...error.params, field: marker });
  if (sentence.startsWith(`${marker}: `)) sentence = sentence.slice(marker.length + 2);
  return sanitizeLine(sentence.split(marker).join(label).replace(/\s*\(--[^)]*\)/g, ''));
}

/** The form field an api validation error names, if any. */
export function fieldOf(error: unknown): string | undefined {
  return isEloketError(error) && error.code === 'validation' ? error.field : undefined;
}

export const isUnauthenticated = (error: unknown): boolean => isEloketError(error) && error.code === 'unauthenticated';
