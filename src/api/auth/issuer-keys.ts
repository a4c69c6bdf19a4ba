import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JSONWebKeySet } from 'jose';
import type { Context } from '../context.js';
import { EloketError } from '../errors.js';
import { readDevIssuer } from '../gateway/oidc/dev-issuer.js';
import { readPublicJwks } from '../gateway/oidc/dev-keys.js';
import { writePrivateFile } from './private-file.js';

/**
 * The issuer a token must come from and the keys to check it with, found without a network
 * round trip on the usual path: the development provider's public keys are a file in the
 * home; an outside issuer's discovery document and JWKS are cached in the home for an hour and
 * fetched again when a token names a key the cache does not have (key rotation).
 */
export interface IssuerKeys {
  issuer: string;
  jwks: JSONWebKeySet;
  /** Issuers whose tokens this home once accepted (the development provider moved port). */
  previous: string[];
  /** Whether these keys came from a cache that a fetch could bring up to date. */
  cached: boolean;
}

interface Cache {
  /** The `issuer` setting the cache was made for. */
  setting: string;
  fetchedAt: number;
  discovery: { issuer: string; jwks_uri: string };
  jwks: JSONWebKeySet;
}

const TTL_MS = 60 * 60 * 1000;
/** At most one refetch a minute, however many tokens name unknown keys. */
const REFETCH_MIN_MS = 60 * 1000;

const cacheFile = (ctx: Context) => join(ctx.home.dir, 'issuer-cache.json');

export async function issuerKeys(ctx: Context, options: { unknownKey?: boolean } = {}): Promise<IssuerKeys> {
  if (ctx.embedded) {
    const dev = readDevIssuer(ctx.home.idp);
    const jwks = readPublicJwks(ctx.home.idp);
    if (!dev || !jwks) {
      throw new EloketError('unauthenticated', 'auth.invalid_token', { params: { reason: 'this home has no identity provider yet' } });
    }
    return { issuer: dev.issuer, jwks, previous: dev.previous, cached: false };
  }
  const setting = ctx.settings.issuer!;
  const now = Date.now();
  let cache = readCache(ctx);
  const fresh = cache && cache.setting === setting && now - cache.fetchedAt < TTL_MS;
  const mayRefetch = !cache || now - cache.fetchedAt > REFETCH_MIN_MS;
  if (!fresh || (options.unknownKey && mayRefetch)) {
    cache = await fetchIssuer(setting);
    writePrivateFile(cacheFile(ctx), JSON.stringify(cache) + '\n');
  }
  return { issuer: cache!.discovery.issuer, jwks: cache!.jwks, previous: [], cached: true };
}

function readCache(ctx: Context): Cache | null {
  try {
    return JSON.parse(readFileSync(cacheFile(ctx), 'utf8')) as Cache;
  } catch {
    return null;
  }
}

async function fetchIssuer(setting: string): Promise<Cache> {
  const base = setting.replace(/\/+$/, '');
  try {
    const discovery = (await getJson(`${base}/.well-known/openid-configuration`)) as Cache['discovery'];
    if (typeof discovery.issuer !== 'string' || typeof discovery.jwks_uri !== 'string') throw new Error('discovery has no issuer or jwks_uri');
    const jwks = (await getJson(discovery.jwks_uri)) as JSONWebKeySet;
    if (!Array.isArray(jwks.keys)) throw new Error('the JWKS has no keys');
    return { setting, fetchedAt: Date.now(), discovery: { issuer: discovery.issuer, jwks_uri: discovery.jwks_uri }, jwks };
  } catch (error) {
    throw new EloketError('unavailable', 'issuer.unreachable', { params: { issuer: setting, reason: (error as Error).message }, cause: error });
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
