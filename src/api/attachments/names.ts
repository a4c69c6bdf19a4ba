/**
 * File names from outside (a sender's disk, another facility) made safe to store, list and
 * save: no folders, no control or direction-changing characters, no leading dots, a sane length.
 */
const UNSAFE_CHARS = '[\\u0000-\\u001f\\u007f-\\u009f\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069<>:"|?*]';
const UNSAFE = new RegExp(UNSAFE_CHARS, 'g');
const HAS_UNSAFE = new RegExp(UNSAFE_CHARS);
const MAX_NAME = 120;

/** The last part of a path, cleaned. Never empty: falls back to `bijlage.<ext>`. */
export function sanitizeFileName(pathOrName: string): string {
  const base = pathOrName.split(/[\\/]/).pop() ?? '';
  const cleaned = base.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');
  // Only an extension left (".pdf"): give it a stem rather than make the extension the name.
  let name = /^\.[^.]+$/.test(cleaned) ? `bijlage${cleaned}` : cleaned.replace(/^[.\s]+/, '');
  if (name.length > MAX_NAME) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 8 ? name.slice(dot) : '';
    name = name.slice(0, MAX_NAME - ext.length) + ext;
  }
  if (!name || name.startsWith('.')) return `bijlage${extensionOf(base) ? `.${extensionOf(base)}` : ''}`;
  return name;
}

/** Lower-case extension without the dot, or '' when there is none. */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Whether a name as typed could only be a stored attachment's name (no path, no controls). */
export function isPlainName(name: string): boolean {
  return name.length > 0 && !/[\\/]/.test(name) && name !== '.' && name !== '..' && !HAS_UNSAFE.test(name);
}

/** `verslag.pdf`, `verslag (2).pdf`, ...: names stay unique within one message. */
export function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
