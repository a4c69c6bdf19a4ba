import { mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { keepPrivate } from './auth/private-file.js';

/** Where one eloket installation keeps everything. Two homes never share anything. */
export interface Home {
  dir: string;
  database: string;
  settings: string;
  tokens: string;
  mailbox: string;
  idp: string;
  attachments: string;
}

/** `ELOKET_HOME`, else the platform's data folder for eloket (XDG on Linux). */
export function defaultHomeDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ELOKET_HOME) return env.ELOKET_HOME;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'eloket');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'eloket');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'eloket');
}

export function openHome(dir: string = defaultHomeDir()): Home {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  secureHome(dir);
  return {
    dir,
    database: join(dir, 'eloket.db'),
    settings: join(dir, 'settings.json'),
    tokens: join(dir, 'tokens.json'),
    mailbox: join(dir, 'mailbox'),
    idp: join(dir, 'idp'),
    attachments: join(dir, 'attachments'),
  };
}

const secured = new Set<string>();

// What eloket keeps at the top of a home (files with their -wal, .tmp, .lock companions).
// Anything else there is not eloket's to change: ELOKET_HOME may name a folder that holds more.
const OWN_FILES = ['eloket.db', 'settings.json', 'tokens.', 'revoked-tokens.', 'issuer-cache.'];
const OWN_FOLDERS = ['mailbox', 'idp', 'attachments', 'knowledge'];
const isOwn = (name: string) => OWN_FOLDERS.includes(name) || OWN_FILES.some((prefix) => name.startsWith(prefix));

/**
 * Keeps a home to its user: the database holds INSZ numbers and confirmation tokens, and next
 * to it lie keys, tokens, the mailbox and attachments.
 * - The process's umask becomes 0o077, so whatever it makes from now on (SQLite's `-wal` and
 *   `-shm`, locks, blobs, folders) is 0600 or 0700 without each writer having to say so.
 * - The home is made 0700 even when it existed, and eloket's files at its top 0600 (its folders
 *   0700).
 * - When one of them was open to others (a home an older eloket left readable), everything in
 *   eloket's folders is tightened too, once; after that the top is found closed and a start
 *   costs one short listing.
 * Only eloket's own names and what this user owns are changed, and links are not followed.
 */
function secureHome(dir: string): void {
  const key = resolve(dir);
  if (secured.has(key) || process.platform === 'win32') return;
  secured.add(key);
  try {
    process.umask(0o077);
  } catch {
    // A worker thread may not change the umask; the explicit modes of the writers still hold.
  }
  let loose = keepPrivate(dir);
  const folders: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!isOwn(entry.name)) continue;
    if (keepPrivate(join(dir, entry.name))) loose = true;
    if (entry.isDirectory()) folders.push(join(dir, entry.name));
  }
  if (loose) for (const folder of folders) tightenBelow(folder);
}

function tightenBelow(dir: string): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // another user's folder, or gone: not ours to change
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    keepPrivate(path);
    if (entry.isDirectory()) tightenBelow(path);
  }
}
