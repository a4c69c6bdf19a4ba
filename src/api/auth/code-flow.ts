import type { TokenEndpointResponse } from 'openid-client';
import { EloketError } from '../errors.js';
import { sanitizeLine } from '../text.js';
import { openLoopback } from './loopback.js';
import type { OidcClient } from './oidc-client.js';
import { untilSettled } from './wait.js';

export interface CodeFlowOptions {
  /** Tells the person which URL to open. */
  onUrl: (info: { url: string }) => void;
  /** Completes the provider's pages by program (development provider, `--user`). */
  browse?: (url: string, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
}

/**
 * Authorization code with PKCE and a loopback redirect: the default login of a native app
 * (RFC 8252). Resolves with the token response once the browser came back with a code.
 */
export async function authorizationCodeLogin(oidc: OidcClient, options: CodeFlowOptions): Promise<TokenEndpointResponse> {
  const { client, config } = oidc;
  const loopback = await openLoopback();
  try {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: loopback.redirectUri,
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      // OIDC grants offline access (a refresh token) only with consent asked for.
      ...(oidc.scopes.split(/\s+/).includes('offline_access') ? { prompt: 'consent' } : {}),
    });
    const browsing = new AbortController();
    const cancel = () => browsing.abort();
    options.signal.addEventListener('abort', cancel, { once: true });
    try {
      const pending: Promise<unknown>[] = [loopback.callback];
      if (options.browse) pending.push(options.browse(url.href, browsing.signal).then(() => new Promise(() => {})));
      else options.onUrl({ url: url.href });
      const callbackUrl = (await untilSettled(pending, options.signal)) as URL;
      const error = callbackUrl.searchParams.get('error');
      if (error) {
        const description = callbackUrl.searchParams.get('error_description');
        const reason = sanitizeLine(description ? `${error}: ${description}` : error).slice(0, 300);
        throw new EloketError('unauthenticated', 'auth.login_failed', { params: { reason } });
      }
      return await client.authorizationCodeGrant(config, callbackUrl, { pkceCodeVerifier: verifier, expectedState: state });
    } finally {
      options.signal.removeEventListener('abort', cancel);
      browsing.abort();
    }
  } finally {
    await loopback.close();
  }
}
