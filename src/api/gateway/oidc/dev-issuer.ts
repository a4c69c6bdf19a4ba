import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createPrivateFileOnce, writePrivateFile } from '../../auth/private-file.js';

/**
 * The issuer URL of this home's development identity provider: `http://127.0.0.1:<port>`,
 * chosen once and kept, because every token names its issuer and a new port would log
 * everybody out. Earlier issuers are remembered to tell a user why their token stopped working.
 * Choosing and moving happen under the provider lock (`provider.ts`), so processes of one home
 * starting together agree on one issuer.
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
  let port: number | undefined;
  for (const candidate of portCandidates(idpDir)) {
    if (await isFree(candidate)) {
      port = candidate;
      break;
    }
  }
  createPrivateFileOnce(issuerFile(idpDir), JSON.stringify({ issuer: issuerAt(port ?? (await freePort())), previous: [] }) + '\n');
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

/**
 * Ports to try for this home's provider, best first. They lie below the ranges systems hand out
 * for outgoing connections and `listen(0)` (Linux 32768–60999, macOS and Windows 49152–65535):
 * a port from there could be taken by any passing connection while the provider is down, and
 * the next start would have to move, logging everybody out. The first candidate follows from
 * the home's path, so two homes on one machine seldom want the same port.
 */
export function portCandidates(idpDir: string): number[] {
  const start = createHash('sha256').update(resolve(idpDir)).digest().readUInt32BE(0) % SPAN;
  return Array.from({ length: 32 }, (_, i) => LOWEST + ((start + i * 397) % SPAN));
}

const LOWEST = 20_000;
const SPAN = 32_768 - LOWEST;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Any free port (the system's choice): the last resort when every candidate is taken. */
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
