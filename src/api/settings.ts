import {
  DEFAULT_CLIENT_ID,
  DEFAULT_SCOPES,
  DEFAULT_WEB_URL,
  isSettingKey,
  readSettings,
  SETTING_KEYS,
  writeSetting,
  type SettingKey,
} from '../config.js';
import type { Context } from './context.js';
import { validation } from './errors.js';

/** One setting as shown: its value, or the default that applies when it is unset. */
export interface SettingValue {
  key: SettingKey;
  value: string | null;
  /** What applies when `value` is null (the development provider, the local mailbox ...). */
  default: string | null;
}

const DEFAULTS: Partial<Record<SettingKey, string>> = {
  'client-id': DEFAULT_CLIENT_ID,
  scopes: DEFAULT_SCOPES,
  'web-url': DEFAULT_WEB_URL,
};

/** The password of an SMTP URL never reaches a screen or a log. */
export function maskSecret(key: SettingKey, value: string): string {
  if (key !== 'smtp') return value;
  try {
    const url = new URL(value);
    if (!url.password) return value;
    url.password = '****';
    return url.href;
  } catch {
    return value;
  }
}

/** The home's settings (`eloket config`): issuer, client-id, scopes, smtp, mail-from, lang, the service URLs. */
export function createSettingsApi(ctx: Context) {
  return {
    /** One setting, or all of them in SETTING_KEYS order; values as stored (secrets included). */
    async get(key?: string): Promise<SettingValue[]> {
      if (key !== undefined && !isSettingKey(key)) {
        throw validation('key', 'config.key_unknown', { value: key, known: SETTING_KEYS.join(', ') });
      }
      const settings = readSettings(ctx.home);
      return (key ? [key] : [...SETTING_KEYS]).map((k) => ({ key: k, value: settings[k] ?? null, default: DEFAULTS[k] ?? null }));
    },

    /** Checks and stores one setting; an empty value removes it. Takes effect from the next api. */
    async set(key: string, value: string): Promise<SettingValue> {
      const settings = writeSetting(ctx.home, key, value.trim());
      const k = key as SettingKey;
      return { key: k, value: settings[k] ?? null, default: DEFAULTS[k] ?? null };
    },
  };
}
