import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Context } from '../context.js';
import { EloketError } from '../errors.js';
import { API_AUDIENCE, type Principal } from '../principal.js';
import { principalFromClaims } from './claims.js';
import { issuerKeys } from './issuer-keys.js';
import { isRevoked } from './revoked.js';

export interface VerifiedToken {
  principal: Principal;
  claims: JWTPayload & { iss: string; exp: number };
}

const ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

const invalid = (reason: string, cause?: unknown) =>
  new EloketError('unauthenticated', 'auth.invalid_token', { params: { reason }, cause });

/**
 * Checks an access token the way the api must trust it: signed by this home's issuer with one
 * of its keys, meant for the eloket api, not expired (by the api's clock), an access token and
 * not an ID token, and not one this home logged out of. An expired token fails with
 * `auth.expired`, which a caller with a refresh token may act on.
 */
export async function verifyAccessToken(ctx: Context, token: string): Promise<VerifiedToken> {
  let unverified: JWTPayload;
  let typ: string | undefined;
  try {
    unverified = decodeJwt(token);
    typ = decodeProtectedHeader(token).typ;
  } catch (error) {
    throw invalid('not a JWT', error);
  }
  // Looked at before the signature: refusing on what a token says of itself is always safe,
  // and an ID token is named as such instead of failing on its audience.
  if (!isAccessToken(typ, unverified)) {
    throw new EloketError('unauthenticated', 'auth.not_access_token', { params: { typ: (typ ?? '-').slice(0, 40) } });
  }
  let keys = await issuerKeys(ctx);
  if (unverified.iss !== keys.issuer) {
    if (typeof unverified.iss === 'string' && keys.previous.includes(unverified.iss)) {
      throw new EloketError('unauthenticated', 'auth.issuer_changed', { params: { old: unverified.iss, issuer: keys.issuer } });
    }
    throw invalid(`issued by ${String(unverified.iss ?? '?')}, expected ${keys.issuer}`);
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet(keys.jwks), {
        issuer: keys.issuer,
        audience: API_AUDIENCE,
        algorithms: ALGORITHMS,
        // The real clock, not ctx.now(): a token's life is real time even while a test or a
        // demo moves the domain's clock to another day.
        requiredClaims: ['exp', 'sub'],
      });
      if (isRevoked(ctx, token)) throw new EloketError('unauthenticated', 'auth.revoked');
      const claims = payload as VerifiedToken['claims'];
      return { principal: principalFromClaims(claims), claims };
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && keys.cached && attempt === 0) {
        keys = await issuerKeys(ctx, { unknownKey: true });
        continue;
      }
      throw explain(error);
    }
  }
}

/**
 * Whether a verified JWT is an access token: `typ` `at+jwt` (RFC 9068; the development
 * provider's), or a Keycloak access token (eHealth I.AM Connect is Keycloak), whose header says
 * only `JWT` and whose payload says `typ: Bearer`. An ID token — header `JWT` (oidc-provider) or
 * payload `typ: ID` (Keycloak) — is refused even when its audience would pass.
 */
function isAccessToken(typ: string | undefined, payload: JWTPayload): boolean {
  if (typ !== undefined && /^(application\/)?at\+jwt$/i.test(typ)) return true;
  return payload.typ === 'Bearer';
}

function explain(error: unknown): unknown {
  if (error instanceof errors.JWTExpired) return new EloketError('unauthenticated', 'auth.expired', { cause: error });
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('bad signature', error);
  if (error instanceof errors.JWKSNoMatchingKey) return invalid('signed with an unknown key', error);
  if (error instanceof errors.JWTClaimValidationFailed) return invalid(`claim ${error.claim}: ${error.reason}`, error);
  if (error instanceof errors.JOSEError) return invalid(error.code, error);
  return error;
}

/** Whether verification failed only because the token expired (a refresh may help). */
export const isExpired = (error: unknown): boolean => error instanceof EloketError && error.key === 'auth.expired';
