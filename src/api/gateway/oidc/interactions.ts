import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { InteractionDetails } from 'oidc-provider';
import type { Store } from '../../store/db.js';
import { findDemoUser, listDemoUsers } from './accounts.js';
import { errorPage, loginPage } from './pages.js';
import { DEV_CLIENT_ID } from './dev-client.js';

/**
 * The development provider's own interactions (its built-in ones are for its developers):
 * GET /interaction/:uid shows the demo users; POST /interaction/:uid/login signs one in.
 * Consent is given without asking for eloket's own first-party client.
 */
export function interactionHandler(provider: Provider, store: Store) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(url.pathname);
    if (!match) return false;
    try {
      const details = await provider.interactionDetails(req, res);
      if (details.uid !== match[1]) return send(res, 400, errorPage('Deze aanmelding hoort bij een andere sessie.')), true;
      if (req.method === 'GET' && !match[2]) {
        if (details.prompt.name === 'consent') await consent(provider, details, req, res);
        else send(res, 200, loginPage(details.uid, listDemoUsers(store)));
      } else if (req.method === 'POST' && match[2]) {
        const form = new URLSearchParams(await readBody(req));
        const user = form.get('login') ?? '';
        if (details.prompt.name !== 'login') return send(res, 400, errorPage('Er wordt geen aanmelding gevraagd.')), true;
        if (!findDemoUser(store, user)) {
          send(res, 200, loginPage(details.uid, listDemoUsers(store), `Onbekende gebruiker "${user}".`));
        } else {
          await provider.interactionFinished(req, res, { login: { accountId: user } }, { mergeWithLastSubmission: false });
        }
      } else {
        send(res, 405, errorPage('Methode niet toegestaan.'));
      }
    } catch (error) {
      send(res, 400, errorPage(`Deze aanmelding is verlopen of ongeldig: ${(error as Error).message}`));
    }
    return true;
  };
}

async function consent(provider: Provider, details: InteractionDetails, req: IncomingMessage, res: ServerResponse) {
  if (details.params.client_id !== DEV_CLIENT_ID || !details.session) {
    send(res, 403, errorPage('Enkel de eloket-terminal kan zich hier aanmelden.'));
    return;
  }
  const grant =
    (details.grantId ? await provider.Grant.find(details.grantId) : undefined) ??
    new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
