import type { Configuration } from 'openid-client';
import { DEFAULT_CLIENT_ID, DEFAULT_SCOPES } from '../../config.js';
import type { Context } from '../context.js';
import { EloketError } from '../errors.js';
import { sanitizeLine } from '../text.js';

export type OpenIdClient = typeof import('openid-client');

/**
 * An OIDC client for this home's issuer: the configured one, or the development provider,
 * started for the occasion. Nothing below this point knows which of the two it talks to.
 */
export interface OidcClient {
  client: OpenIdClient;
  config: Configuration;
  issuer: string;
  clientId: string;
  scopes: string;
  close(): Promise<void>;
}

export async function openOidcClient(ctx: Context): Promise<OidcClient> {
  const provider = ctx.embedded ? await (await import('../gateway/oidc/provider.js')).startDevProvider(ctx) : undefined;
  const issuer = provider?.issuer ?? ctx.settings.issuer!;
  const clientId = ctx.settings['client-id'] ?? DEFAULT_CLIENT_ID;
  try {
    const client = await import('openid-client');
    const config = await client.discovery(new URL(issuer), clientId, undefined, client.None(), {
      // Plain http only for a provider on this machine (tests, the development provider).
      execute: isLoopbackHttp(issuer) ? [client.allowInsecureRequests] : [],
      timeout: 10,
    });
    return {
      client,
      config,
      issuer: config.serverMetadata().issuer,
      clientId,
      scopes: ctx.settings.scopes ?? DEFAULT_SCOPES,
      close: async () => provider?.close(),
    };
  } catch (error) {
    await provider?.close();
    throw new EloketError('unavailable', 'issuer.unreachable', { params: { issuer, reason: reasonOf(error) }, cause: error });
  }
}

function isLoopbackHttp(issuer: string): boolean {
  const url = new URL(issuer);
  return url.protocol === 'http:' && /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
}

/** One line about what went wrong in an OIDC exchange, for the user; the issuer's words are untrusted. */
export function reasonOf(error: unknown): string {
  return sanitizeLine(rawReason(error)).slice(0, 300);
}

function rawReason(error: unknown): string {
  if (error instanceof Error) {
    const body = error as Error & { error?: string; error_description?: string; cause?: unknown };
    if (body.error) return body.error_description ? `${body.error}: ${body.error_description}` : body.error;
    const cause = body.cause instanceof Error ? ` (${body.cause.message})` : '';
    return `${error.message}${cause}`;
  }
  return String(error);
}
