import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { EloketError, isEloketError, validation } from './api/errors.js';
import { sanitizeLine, STEERING_OR_INVISIBLE } from './api/text.js';
import type { Home } from './api/home.js';

/**
 * Settings of one eloket home, kept as a small JSON file written atomically. (conf was tried:
 * its schema validator costs more start-up time than the whole contacts query, and every
 * command reads settings.)
 */
export interface Settings {
  /** OIDC issuer URL; unset means the embedded development identity provider. */
  issuer?: string;
  'client-id'?: string;
  scopes?: string;
  /** SMTP URL (smtp://user:pass@host:port); unset means the local mailbox. */
  smtp?: string;
  /** Sender address of outgoing mail. */
  'mail-from'?: string;
  lang?: 'nl' | 'en';
  /** Base URL of the national register service; unset means the demo register. */
  'register-url'?: string;
  /** Base URL of the eCad service; unset means the demo eCad. */
  'ecad-url'?: string;
  /** Web address of the e-loket, for the links in notification mails; unset means the real one. */
  'web-url'?: string;
}

export const SETTING_KEYS = ['issuer', 'client-id', 'scopes', 'smtp', 'mail-from', 'lang', 'register-url', 'ecad-url', 'web-url'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const DEFAULT_SCOPES = 'openid profile email offline_access';
export const DEFAULT_CLIENT_ID = 'eloket-cli';
/** The e-loket of the Departement Zorg on the web: where a notification mail's link leads. */
export const DEFAULT_WEB_URL = 'https://e-loket.departementzorg.be';

/**
 * The home's settings. A damaged file (not JSON, not an object, a value that is no text) is an
 * error that names the file and how to repair it (exit 1): running on with defaults instead
 * would quietly point eloket at another identity provider or mail server.
 */
export function readSettings(home: Home): Settings {
  const read = loadSettings(home);
  if ('damaged' in read) throw new EloketError('internal', 'config.corrupt', { params: { file: home.settings, backup: backupOf(home) } });
  return checkedSettings(home, read.settings);
}

/** The `lang` setting for choosing the language of a message, even of the one about a damaged file. */
export function settingsLang(home: Home): string | undefined {
  try {
    const read = loadSettings(home);
    return 'settings' in read ? read.settings.lang : undefined;
  } catch {
    return undefined;
  }
}

/** The file's settings, or `damaged` (its text is not repeated: it may hold an SMTP password). */
function loadSettings(home: Home): { settings: Settings } | { damaged: true } {
  let text: string;
  try {
    text = readFileSync(home.settings, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { settings: {} };
    throw new EloketError('internal', 'config.unreadable', { params: { file: home.settings, reason: code ?? String(e) }, cause: e });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { damaged: true };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { damaged: true };
  if (SETTING_KEYS.some((key) => !['string', 'undefined'].includes(typeof (value as Record<string, unknown>)[key]))) return { damaged: true };
  return { settings: value as Settings };
}

/**
 * A file edited by hand holds what `config set` would have refused: a `web-url` that breaks
 * the links in mails, an `smtp` that is no URL (nodemailer would quietly try localhost). Such a
 * value stops what needs the settings, naming the key; `config set` of that key mends it.
 */
function checkedSettings(home: Home, settings: Settings): Settings {
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value === undefined || value === '') continue;
    try {
      checkSetting(key, value);
    } catch (error) {
      const reason = isEloketError(error) ? sanitizeLine(error.text('en')) : String(error);
      throw new EloketError('internal', 'config.bad_value', { params: { key, file: home.settings, reason } });
    }
  }
  return settings;
}

const backupOf = (home: Home) => `${home.settings}.damaged`;

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/**
 * Checks one value and writes it; an empty value removes the setting. A damaged file is set
 * aside as `settings.json.damaged`, not lost, and the new one starts from this value alone.
 */
export function writeSetting(home: Home, key: string, value: string): Settings {
  if (!isSettingKey(key)) throw validation('key', 'config.key_unknown', { value: key, known: SETTING_KEYS.join(', ') });
  if (value !== '') checkSetting(key, value);
  const read = loadSettings(home);
  if ('damaged' in read) renameSync(home.settings, backupOf(home));
  const settings = 'settings' in read ? read.settings : {};
  if (value === '') delete settings[key];
  else (settings as Record<string, string>)[key] = value;
  const tmp = `${home.settings}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, home.settings);
  return settings;
}

// A setting is one line: a line break in web-url would go into every notification mail.
const CONTROL_OR_INVISIBLE = new RegExp(`[\\u0000-\\u001f${STEERING_OR_INVISIBLE}]`);

function checkSetting(key: SettingKey, value: string): void {
  if (CONTROL_OR_INVISIBLE.test(value)) throw validation(key, 'config.control_chars');
  switch (key) {
    case 'issuer':
    case 'register-url':
    case 'ecad-url': {
      const url = safeUrl(value);
      if (!url || !/^https?:$/.test(url.protocol) || /\s/.test(value)) throw validation(key, 'url.invalid', { value });
      return;
    }
    case 'web-url': {
      const url = safeUrl(value);
      if (!url || !/^https?:$/.test(url.protocol) || !url.hostname || /[\s?#]/.test(value)) throw validation(key, 'url.web_invalid', { value });
      return;
    }
    case 'smtp': {
      const url = safeUrl(value);
      if (!url || !/^smtps?:$/.test(url.protocol) || !url.hostname) throw validation('smtp', 'smtp.invalid', { value });
      return;
    }
    case 'lang':
      if (value !== 'nl' && value !== 'en') throw validation('lang', 'lang.invalid');
      return;
    case 'mail-from':
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw validation('mail-from', 'email.invalid', { value });
      return;
    case 'client-id':
    case 'scopes':
      if (!value.trim()) throw validation(key, 'field.required');
      return;
  }
}

function safeUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
