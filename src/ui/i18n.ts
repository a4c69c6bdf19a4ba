import { useCallback } from 'react';
import { text, type MessageKey } from '../api/i18n/index.js';
import { useEnvironment } from './state/environment.js';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** The catalogue in the user's language (the TUI's sentences live in src/api/i18n/ui.ts). */
export function useT(): Translate {
  const { lang } = useEnvironment();
  return useCallback((key, params) => text(lang, key, params), [lang]);
}
