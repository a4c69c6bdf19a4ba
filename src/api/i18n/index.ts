/**
 * One catalogue for every sentence a user can read, Dutch first, assembled from one file per
 * module. Keys name the situation; `{name}` placeholders are filled from params.
 */
import { core } from './core.js';
import { messages } from './messages.js';
import { helpdesk } from './helpdesk.js';
import { ecalcura } from './ecalcura.js';
import { assistant } from './assistant.js';
import { triage } from './triage.js';
import { ui } from './ui.js';
import { mail } from './mail.js';

export type Lang = 'nl' | 'en';

const catalogue = { ...core, ...messages, ...helpdesk, ...ecalcura, ...assistant, ...triage, ...ui, ...mail } satisfies Record<
  string,
  { nl: string; en: string }
>;

export type MessageKey = keyof typeof catalogue;

export function text(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const entry = (catalogue as Record<string, { nl: string; en: string }>)[key];
  const template = entry ? entry[lang] : String(key);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Picks the language: an explicit choice wins, then the setting, then LANG; Dutch otherwise. */
export function pickLang(explicit?: string, setting?: string, env: NodeJS.ProcessEnv = process.env): Lang {
  for (const candidate of [explicit, setting]) {
    if (candidate === 'nl' || candidate === 'en') return candidate;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en/i.test(locale) ? 'en' : 'nl';
}
