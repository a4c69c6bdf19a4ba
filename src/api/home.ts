import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

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
