/**
 * One JSON GET against a register, with the caller's bearer token, a timeout per attempt and
 * retries with backoff on network errors and 5xx (a 4xx will not change by asking again).
 * got is loaded on first use: commands that never consult a register do not pay for it.
 */
import { EloketError, validation } from '../../errors.js';
import type { HttpRegisterOptions } from './types.js';

export type GetJson = (path: string) => Promise<unknown | null>;

const SERVER_ERRORS = Array.from({ length: 100 }, (_, i) => 500 + i);
let gotModule: Promise<typeof import('got')> | undefined;

/** A GET for paths under `options.baseUrl`: the parsed body, null for 404, or an EloketError. */
export function createGetJson(service: string, setting: string, options: HttpRegisterOptions): GetJson {
  const base = checkedBase(options.baseUrl, setting);
  const timeoutMs = options.timeoutMs ?? 5000;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 250;

  return async (path) => {
    const { got, HTTPError, RequestError } = await (gotModule ??= import('got'));
    const token = await options.token();
    if (!token) throw new EloketError('unauthenticated', 'auth.required');

    let body: string;
    try {
      const response = await got(base + path, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        timeout: { request: timeoutMs },
        retry: {
          limit: retries,
          methods: ['GET'],
          statusCodes: SERVER_ERRORS,
          // got says 0 when no retry is due, also for a Retry-After longer than the time-out.
          calculateDelay: ({ attemptCount, computedValue, retryAfter }) =>
            computedValue === 0 ? 0 : Math.max(backoffMs * 2 ** (attemptCount - 1), retryAfter ?? 0),
        },
        // A redirect would carry the token elsewhere; a register has no reason to send one.
        followRedirect: false,
        responseType: 'text',
      });
      body = response.body;
    } catch (error) {
      if (error instanceof HTTPError) {
        const status = error.response.statusCode;
        if (status === 404) return null;
        if (status === 401) throw new EloketError('unauthenticated', 'gateway.unauthorized', { params: { service }, cause: error });
        if (status === 403) throw new EloketError('forbidden', 'gateway.forbidden', { params: { service }, cause: error });
        throw unavailable(service, `HTTP ${status}`, error);
      }
      if (error instanceof RequestError) throw unavailable(service, error.code || error.message, error);
      // Node 24 reports a refused connection as a socket error that got passes on unwrapped.
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (typeof code === 'string' && /^(E[A-Z]+|ERR_SOCKET_\w+)$/.test(code)) throw unavailable(service, code, error);
      throw error;
    }

    try {
      return JSON.parse(body) as unknown;
    } catch (error) {
      throw unavailable(service, 'invalid JSON', error);
    }
  };
}

/** The register gave up or answered something we cannot use. */
export function unavailable(service: string, reason: string, cause?: unknown): EloketError {
  return new EloketError('unavailable', 'unavailable', { params: { service, reason }, cause });
}

function checkedBase(baseUrl: string, setting: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw validation(setting, 'url.invalid', { value: baseUrl });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw validation(setting, 'url.invalid', { value: baseUrl });
  return url.href.replace(/\/+$/, '');
}
