import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import { withFileLock } from './file-lock.js';
import { writePrivateFile } from './private-file.js';

/**
 * Access tokens this home logged out of, kept until they expire. The api verifies a JWT access
 * token with the issuer's keys alone, so a token revoked at the issuer would still verify here
 * until it expires; and the development provider (oidc-provider) keeps no JWT access tokens at
 * all, so revoking one there changes nothing. This list is what makes this home's api refuse a
 * copy of the token after `auth logout`. Only a hash of each token is kept.
 */
const file = (ctx: Context) => join(ctx.home.dir, 'revoked-tokens.json');
const hashOf = (token: string) => createHash('sha256').update(token).digest('base64url');
const nowSeconds = () => Math.floor(Date.now() / 1000);

type Revoked = Record<string, number>;

function read(ctx: Context): Revoked {
  try {
    const value = JSON.parse(readFileSync(file(ctx), 'utf8')) as unknown;
    return value && typeof value === 'object' ? (value as Revoked) : {};
  } catch {
    return {};
  }
}

export function isRevoked(ctx: Context, token: string): boolean {
  const exp = read(ctx)[hashOf(token)];
  return typeof exp === 'number' && exp > nowSeconds();
}

/** Remembers a token as revoked until `exp` (seconds); expired entries are dropped. */
export async function rememberRevoked(ctx: Context, token: string, exp: number): Promise<void> {
  if (exp <= nowSeconds()) return;
  await withFileLock(join(ctx.home.dir, 'revoked-tokens.lock'), async () => {
    const now = nowSeconds();
    const kept = Object.fromEntries(Object.entries(read(ctx)).filter(([, e]) => typeof e === 'number' && e > now));
    writePrivateFile(file(ctx), JSON.stringify({ ...kept, [hashOf(token)]: exp }) + '\n');
  });
}
