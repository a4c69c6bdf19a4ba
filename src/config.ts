import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { validation } from './api/errors.js';
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
}

export const SETTING_KEYS = ['issuer', 'client-id', 'scopes', 'smtp', 'mail-from', 'lang', 'register-url', 'ecad-url'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const DEFAULT_SCOPES = 'openid profile email offline_access';
export const DEFAULT_CLIENT_ID = 'eloket-cli';

export function readSettings(home: Home): Settings {
  try {
    return JSON.parse(readFileSync(home.settings, 'utf8')) as Settings;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw e;
  }
}

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/** Checks one value and writes it; an empty value removes the setting. */
export function writeSetting(home: Home, key: string, value: string): Settings {
  if (!isSettingKey(key)) throw validation('key', 'config.key_unknown', { value: key, known: SETTING_KEYS.join(', ') });
  const settings = readSettings(home);
  if (value === '') {
    delete settings[key];
  } else {
    checkSetting(key, value);
    (settings as Record<string, string>)[key] = value;
  }
  const tmp = `${home.settings}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, home.settings);
  return settings;
}

function checkSetting(key: SettingKey, value: string): void {
  switch (key) {
    case 'issuer':
    case 'register-url':
    case 'ecad-url': {
      const url = safeUrl(value);
      if (!url || !/^https?:$/.test(url.protocol)) throw validation(key, 'url.invalid', { value });
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
