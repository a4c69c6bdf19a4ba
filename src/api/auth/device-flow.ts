import type { TokenEndpointResponse } from 'openid-client';
import { EloketError } from '../errors.js';
import type { OidcClient } from './oidc-client.js';
import { untilSettled } from './wait.js';

export interface DeviceFlowOptions {
  /** Tells the person where to go and which code to enter. */
  onUrl: (info: { url: string; userCode?: string }) => void;
  /** Completes the verification by program (development provider, `--user`). */
  browse?: (url: string, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
}

/**
 * The device authorization grant (RFC 8628), for a terminal with no browser on the same
 * machine: show a URL and a code, poll until the person has confirmed elsewhere.
 */
export async function deviceLogin(oidc: OidcClient, options: DeviceFlowOptions): Promise<TokenEndpointResponse> {
  const { client, config } = oidc;
  if (!config.serverMetadata().device_authorization_endpoint) {
    throw new EloketError('validation', 'auth.no_device_flow', { field: 'device', params: { issuer: oidc.issuer } });
  }
  const authorization = await client.initiateDeviceAuthorization(config, { scope: oidc.scopes });
  options.onUrl({ url: authorization.verification_uri, userCode: authorization.user_code });

  const polling = new AbortController();
  const stop = () => polling.abort(options.signal.reason);
  options.signal.addEventListener('abort', stop, { once: true });
  try {
    const pending: Promise<unknown>[] = [
      client.pollDeviceAuthorizationGrant(config, authorization, undefined, { signal: polling.signal }),
    ];
    if (options.browse) {
      const url = authorization.verification_uri_complete ?? authorization.verification_uri;
      pending.push(options.browse(url, polling.signal).then(() => new Promise(() => {})));
    }
    return (await untilSettled(pending, options.signal)) as TokenEndpointResponse;
  } finally {
    options.signal.removeEventListener('abort', stop);
    polling.abort();
  }
}
