import { readFileSync, rmSync } from 'node:fs';
import type { Context } from '../context.js';
import { EloketError } from '../errors.js';
import { writePrivateFile } from './private-file.js';
import { keyringDelete, keyringEnabled, keyringGet, keyringSet } from './keyring.js';
import type { StoredTokens, TokenStoreKind } from './tokens.js';

/**
 * Where the tokens of a home are kept, the GitHub CLI's way: `ELOKET_TOKEN` wins, then the OS
 * keyring (account = the home folder, so two homes never share a login), then the file
 * `tokens.json` in the home (mode 0600) when no keyring is available.
 */
export interface FoundTokens {
  tokens: StoredTokens;
  store: TokenStoreKind;
}

export async function loadTokens(ctx: Context, options: { ignoreEnv?: boolean } = {}): Promise<FoundTokens | null> {
  const fromEnv = ctx.env.ELOKET_TOKEN?.trim();
  if (fromEnv && !options.ignoreEnv) return { tokens: { issuer: '', clientId: '', accessToken: fromEnv, expiresAt: '' }, store: 'env' };
  // The file exists only while the keyring refused the tokens (a keyring save removes it), so
  // looking at it first finds the same tokens without loading the keyring's native module on
  // every command; and if a keyring entry is left from before, the file is the newer login.
  const fromFile = readTokenFile(ctx.home.tokens);
  if (fromFile) return { tokens: fromFile, store: 'file' };
  if (!keyringEnabled(ctx.env)) return null;
  const fromKeyring = await keyringGet(ctx.home.dir);
  if (!fromKeyring) return null;
  return { tokens: parseTokens(fromKeyring, 'keyring'), store: 'keyring' };
}

/** Keeps the tokens in the keyring if it takes them, else in the private file; says where. */
export async function saveTokens(ctx: Context, tokens: StoredTokens): Promise<Exclude<TokenStoreKind, 'env'>> {
  const text = JSON.stringify(tokens);
  if (keyringEnabled(ctx.env) && (await keyringSet(ctx.home.dir, text))) {
    rmSync(ctx.home.tokens, { force: true });
    return 'keyring';
  }
  writePrivateFile(ctx.home.tokens, text + '\n');
  return 'file';
}

/** Forgets the tokens in every store of this home (ELOKET_TOKEN is the caller's to unset). */
export async function forgetTokens(ctx: Context): Promise<void> {
  rmSync(ctx.home.tokens, { force: true });
  if (keyringEnabled(ctx.env)) await keyringDelete(ctx.home.dir);
}

function readTokenFile(file: string): StoredTokens | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  return parseTokens(text, file);
}

function parseTokens(text: string, where: string): StoredTokens {
  try {
    const value = JSON.parse(text) as Partial<StoredTokens>;
    if (typeof value.accessToken === 'string' && value.accessToken) {
      return {
        issuer: String(value.issuer ?? ''),
        clientId: String(value.clientId ?? ''),
        accessToken: value.accessToken,
        ...(typeof value.refreshToken === 'string' && value.refreshToken ? { refreshToken: value.refreshToken } : {}),
        expiresAt: String(value.expiresAt ?? ''),
      };
    }
  } catch {
    // reported below
  }
  throw new EloketError('unauthenticated', 'auth.invalid_token', { params: { reason: `unreadable token store ${where}` } });
}
