import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { createPrivateFileOnce } from '../../auth/private-file.js';

/**
 * The signing keys of the development identity provider, made once per home. The private file
 * (mode 0600) is what the provider signs with; the public JWKS beside it is what every command
 * reads to verify a token without starting anything.
 */
export interface DevKeys {
  /** RS256 private keys as JWKs, the current one first. */
  keys: JWK[];
  /** Secrets for the provider's signed cookies. */
  cookieKeys: string[];
}

export interface PublicJwks {
  keys: JWK[];
}

export const devKeyFiles = (idpDir: string) => ({
  private: join(idpDir, 'signing-keys.json'),
  public: join(idpDir, 'jwks.json'),
});

const PUBLIC_MEMBERS = ['kty', 'n', 'e', 'kid', 'alg', 'use'] as const;

export function publicJwksOf(keys: DevKeys): PublicJwks {
  return {
    keys: keys.keys.map((k) => Object.fromEntries(PUBLIC_MEMBERS.filter((m) => k[m] !== undefined).map((m) => [m, k[m]])) as JWK),
  };
}

/** The keys of this home's provider, created (and the public JWKS written) on first use. */
export async function ensureDevKeys(idpDir: string): Promise<DevKeys> {
  const files = devKeyFiles(idpDir);
  let keys = readDevKeys(idpDir);
  if (!keys) {
    const { generateKeyPair, exportJWK, calculateJwkThumbprint } = await import('jose');
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = await exportJWK(privateKey);
    const kid = await calculateJwkThumbprint(jwk);
    const made: DevKeys = { keys: [{ ...jwk, kid, alg: 'RS256', use: 'sig' }], cookieKeys: [randomBytes(32).toString('hex')] };
    // Two processes may race here; only one file wins and both go on with the winner's keys.
    createPrivateFileOnce(files.private, JSON.stringify(made, null, 2) + '\n');
    keys = readDevKeys(idpDir)!;
  }
  if (readPublicJwks(idpDir) === null) {
    // Derived from the private file, so racing writers write the same bytes.
    const tmp = `${files.public}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(publicJwksOf(keys), null, 2) + '\n', { mode: 0o644 });
    renameSync(tmp, files.public);
  }
  return keys;
}

export function readDevKeys(idpDir: string): DevKeys | null {
  return readJson<DevKeys>(devKeyFiles(idpDir).private);
}

/** The public keys the fast path verifies with; null before the provider was ever set up. */
export function readPublicJwks(idpDir: string): PublicJwks | null {
  return readJson<PublicJwks>(devKeyFiles(idpDir).public);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
