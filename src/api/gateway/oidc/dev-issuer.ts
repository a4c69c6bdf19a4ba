import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createPrivateFileOnce, writePrivateFile } from '../../auth/private-file.js';

/**
 * The issuer URL of this home's development identity provider: `http://127.0.0.1:<port>`,
 * chosen once and kept, because every token names its issuer and a new port would log
 * everybody out. Earlier issuers are remembered to tell a user why their token stopped working.
 */
export interface DevIssuer {
  issuer: string;
  previous: string[];
}

const issuerFile = (idpDir: string) => join(idpDir, 'issuer.json');

export function readDevIssuer(idpDir: string): DevIssuer | null {
  try {
    return JSON.parse(readFileSync(issuerFile(idpDir), 'utf8')) as DevIssuer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The persisted issuer, choosing a free port the first time. */
export async function ensureDevIssuer(idpDir: string): Promise<DevIssuer> {
  const known = readDevIssuer(idpDir);
  if (known) return known;
  const port = await freePort();
  createPrivateFileOnce(issuerFile(idpDir), JSON.stringify({ issuer: issuerAt(port), previous: [] }) + '\n');
  return readDevIssuer(idpDir)!;
}

/** Moves the provider to another port (the old one was taken by something else). */
export function moveDevIssuer(idpDir: string, port: number): DevIssuer {
  const old = readDevIssuer(idpDir);
  const moved: DevIssuer = {
    issuer: issuerAt(port),
    previous: old ? [...old.previous, old.issuer].filter((i) => i !== issuerAt(port)).slice(-10) : [],
  };
  writePrivateFile(issuerFile(idpDir), JSON.stringify(moved) + '\n');
  return moved;
}

export const issuerAt = (port: number) => `http://127.0.0.1:${port}`;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
