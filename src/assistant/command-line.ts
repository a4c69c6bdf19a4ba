/** The scripted command a turn stands for, as a user would type it. */
import type { IntentSpec, Values } from './intents.js';

/** Quotes a value for a POSIX shell when it needs it. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9@%+=:,./_-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `eloket messages list --ref EL-2026-7K3QX --theme ecalcura`: positionals first, then the flags. */
export function commandLine(spec: IntentSpec, values: Values, opts: { hco?: string } = {}): string {
  const parts = ['eloket', ...spec.words];
  const positional = new Set(spec.slots.filter((s) => s.positional).map((s) => s.flag));
  for (const slot of spec.slots.filter((s) => s.positional)) {
    const v = values[slot.flag];
    parts.push(v === undefined ? `<${slot.flag}>` : shellQuote(String(v)));
  }
  for (const [flag, v] of Object.entries(values)) {
    if (positional.has(flag) || flag.startsWith('_') || v === false) continue;
    if (v === true) parts.push(`--${flag}`);
    else if (Array.isArray(v)) for (const item of v) parts.push(`--${flag}`, shellQuote(item));
    else parts.push(`--${flag}`, shellQuote(String(v)));
  }
  if (opts.hco && values.hco === undefined) parts.push('--hco', shellQuote(opts.hco));
  return parts.join(' ');
}
