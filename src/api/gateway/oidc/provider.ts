import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { withFileLock } from '../../auth/file-lock.js';
import type { Context } from '../../context.js';
import { API_AUDIENCE } from '../../principal.js';
import type { Store } from '../../store/db.js';
import { accessTokenClaims, ensureDemoUsers, findDemoUser } from './accounts.js';
import { devClient } from './dev-client.js';
import { ensureDevIssuer, moveDevIssuer, portCandidates, type DevIssuer } from './dev-issuer.js';
import { ensureDevKeys, publicJwksOf, type DevKeys } from './dev-keys.js';
import { interactionHandler } from './interactions.js';
import { deviceConfirmPage, deviceInputPage, donePage } from './pages.js';
import { openSqliteAdapter } from './sqlite-adapter.js';

/**
 * The development identity provider: oidc-provider, in this process, on 127.0.0.1, only while a
 * login, refresh or logout needs it. Its keys, issuer URL and state live in the home's idp
 * folder, so tokens it issued stay valid and refreshable from any later eloket process.
 */
export interface RunningProvider {
  issuer: string;
  close(): Promise<void>;
}

export interface DevProviderOptions {
  /** Offer the device authorization grant (on by default; off to play an issuer without it). */
  deviceFlow?: boolean;
}

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;
export const DEFAULT_ACCESS_TTL = 15 * MINUTE;
export const REFRESH_TTL = 14 * DAY;

/**
 * Starts this home's provider, or joins the one another eloket process of this home runs. Every
 * step that decides who serves is taken under one lock file: the keys and the issuer are made
 * once, and a process finding the port taken asks the holder for its keys only after the
 * holder is fully up (it started under the lock), so a provider still starting is never taken
 * for a stranger on the port — which used to move the issuer and log everybody out. A joiner
 * holds a lease while it uses the provider; its owner stops serving only when no live lease
 * is left, so a login in progress never loses the provider half-way.
 */
export async function startDevProvider(ctx: Context, options: DevProviderOptions = {}): Promise<RunningProvider> {
  const idp = ctx.home.idp;
  mkdirSync(idp, { recursive: true, mode: 0o700 });
  await ensureDemoUsers(ctx);
  const lock = join(idp, 'provider.lock');
  return withFileLock(lock, async () => {
    const keys = await ensureDevKeys(idp);
    let issuer = await ensureDevIssuer(idp);
    let handler: Parameters<typeof createServer>[1] = (_req, res) => {
      res.writeHead(503).end();
    };
    const server = createServer((req, res) => handler!(req, res));
    if (!(await listen(server, Number(new URL(issuer.issuer).port)))) {
      if (await servesKeys(issuer.issuer, keys)) return joinRunning(idp, issuer.issuer);
      issuer = moveDevIssuer(idp, await listenElsewhere(server, idp, issuer.issuer));
    }

    const adapter = openSqliteAdapter(join(idp, 'provider.db'));
    try {
      const provider = await createDevProvider(ctx, issuer, keys, adapter.factory, options);
      const oidc = provider.callback();
      const interactions = interactionHandler(provider, ctx.store());
      handler = (req, res) => {
        interactions(req, res).then(
          (handled) => handled || oidc(req, res),
          () => res.writeHead(500).end(),
        );
      };
    } catch (error) {
      await closeServer(server);
      adapter.close();
      throw error;
    }
    return {
      issuer: issuer.issuer,
      close: async () => {
        // Under the lock, so no process joins between the last look at the leases and the close.
        const closeIfUnused = async () => {
          if (liveLeases(idp) > 0) return false;
          await closeServer(server);
          adapter.close();
          return true;
        };
        while (!(await withFileLock(lock, closeIfUnused))) await sleep(LEASE_POLL_MS);
      },
    };
  });
}

const LEASE_POLL_MS = 100;
const leaseDir = (idp: string) => join(idp, 'leases');

/** Uses the provider another process of this home runs, for as long as the lease is held. */
function joinRunning(idp: string, issuer: string): RunningProvider {
  mkdirSync(leaseDir(idp), { recursive: true, mode: 0o700 });
  const lease = join(leaseDir(idp), `${process.pid}-${randomBytes(4).toString('hex')}`);
  writeFileSync(lease, `${process.pid}\n`, { mode: 0o600 });
  return { issuer, close: async () => rmSync(lease, { force: true }) };
}

/** Leases of processes still running; those of a crashed process are cleared. */
function liveLeases(idp: string): number {
  let live = 0;
  for (const name of readdirSafe(leaseDir(idp))) {
    const pid = Number(name.split('-')[0]);
    if (isRunning(pid)) live++;
    else rmSync(join(leaseDir(idp), name), { force: true });
  }
  return live;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Listens on this home's next free candidate port (or any free one); returns the port. */
async function listenElsewhere(server: Server, idp: string, old: string): Promise<number> {
  const oldPort = Number(new URL(old).port);
  for (const port of portCandidates(idp)) {
    if (port !== oldPort && (await listen(server, port))) return port;
  }
  await listen(server, 0);
  return (server.address() as { port: number }).port;
}

async function createDevProvider(
  ctx: Context,
  issuer: DevIssuer,
  keys: DevKeys,
  adapter: (model: string) => unknown,
  options: DevProviderOptions,
) {
  const { default: Provider } = await import('oidc-provider');
  const store: Store = ctx.store();
  const accessTtl = positiveNumber(ctx.env.ELOKET_DEV_ACCESS_TTL) ?? DEFAULT_ACCESS_TTL;
  const deviceInterval = positiveNumber(ctx.env.ELOKET_DEV_DEVICE_INTERVAL) ?? 5;

  const provider = new Provider(issuer.issuer, {
    adapter,
    clients: [devClient],
    jwks: { keys: keys.keys },
    cookies: { keys: keys.cookieKeys },
    findAccount: async (_ctx: unknown, id: string) => {
      const user = findDemoUser(store, id);
      if (!user) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: user.name, email: user.email ?? undefined }) };
    },
    claims: { openid: ['sub'], profile: ['name'], email: ['email'] },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const user = token.accountId ? findDemoUser(store, token.accountId) : undefined;
      return user ? accessTokenClaims(user) : undefined;
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      deviceFlow: {
        enabled: options.deviceFlow !== false,
        userCodeInputSource: async (koa: { body: unknown }, form: string, _out: unknown, err: unknown) => {
          koa.body = deviceInputPage(form, Boolean(err));
        },
        userCodeConfirmSource: async (koa: { body: unknown }, form: string, _client: unknown, _info: unknown, userCode: string) => {
          koa.body = deviceConfirmPage(form, userCode);
        },
        successSource: async (koa: { body: unknown }) => {
          koa.body = donePage();
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => API_AUDIENCE,
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== API_AUDIENCE) throw new Error(`unknown resource ${resource}`);
          return {
            scope: 'eloket',
            audience: API_AUDIENCE,
            accessTokenTTL: accessTtl,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    ttl: {
      AccessToken: accessTtl,
      AuthorizationCode: MINUTE,
      DeviceCode: 10 * MINUTE,
      Grant: REFRESH_TTL,
      IdToken: accessTtl,
      Interaction: 10 * MINUTE,
      RefreshToken: REFRESH_TTL,
      Session: DAY,
    },
  });
  // The device authorization response has no polling interval of its own (clients wait 5 s).
  provider.use(async (koa, next) => {
    await next();
    if (koa.oidc?.route === 'device_authorization' && koa.body && typeof koa.body === 'object') {
      (koa.body as Record<string, unknown>).interval = deviceInterval;
    }
  });
  return provider;
}

function positiveNumber(value: string | undefined): number | undefined {
  const n = Number(value);
  return value && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Whether a server at this issuer signs with this home's keys: then it is this home's provider. */
async function servesKeys(issuer: string, keys: DevKeys): Promise<boolean> {
  try {
    const response = await fetch(`${issuer}/jwks`, { signal: AbortSignal.timeout(1_000) });
    if (!response.ok) return false;
    const served = (await response.json()) as { keys?: { kid?: string }[] };
    const ours = new Set(publicJwksOf(keys).keys.map((k) => k.kid));
    return Boolean(served.keys?.some((k) => k.kid && ours.has(k.kid)));
  } catch {
    return false;
  }
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE' || error.code === 'EACCES') resolve(false);
      else reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, '127.0.0.1');
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
