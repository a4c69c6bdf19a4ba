import type { TokenEndpointResponse } from 'openid-client';
import type { OidcClient } from './oidc-client.js';
import type { StoredTokens } from './tokens.js';

/** What to keep of a token response; an issuer that does not rotate refresh tokens sends none back. */
export function tokensFrom(oidc: OidcClient, response: TokenEndpointResponse, now: Date, previousRefresh?: string): StoredTokens {
  const refreshToken = response.refresh_token ?? previousRefresh;
  return {
    issuer: oidc.issuer,
    clientId: oidc.clientId,
    accessToken: response.access_token,
    ...(refreshToken ? { refreshToken } : {}),
    expiresAt: new Date(now.getTime() + (response.expires_in ?? 0) * 1000).toISOString(),
  };
}
