import type { JWTPayload } from 'jose';
import { EloketError } from '../errors.js';
import { CLAIMS, ROLES, type Principal, type Role } from '../principal.js';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** The caller as a verified access token describes them; roles eloket does not know are left out. */
export function principalFromClaims(claims: JWTPayload): Principal {
  if (typeof claims.sub !== 'string' || !claims.sub) {
    throw new EloketError('unauthenticated', 'auth.invalid_token', { params: { reason: 'no subject' } });
  }
  const kind = claims[CLAIMS.kind] === 'department' ? 'department' : 'facility';
  const name = claims[CLAIMS.name];
  const email = claims[CLAIMS.email];
  return {
    user: claims.sub,
    name: typeof name === 'string' && name ? name : claims.sub,
    email: typeof email === 'string' && email ? email : null,
    kind,
    roles: strings(claims[CLAIMS.roles]).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    organisations: strings(claims[CLAIMS.organisations]),
    teams: strings(claims[CLAIMS.teams]),
    expiresAt: new Date((claims.exp ?? 0) * 1000).toISOString(),
  };
}
