import { EloketError } from '../errors.js';

/**
 * The first of these promises to settle, unless the signal fires first (Ctrl+C, the login
 * timeout): then a login error that says why.
 */
export function untilSettled(pending: Promise<unknown>[], signal: AbortSignal): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    Promise.race(pending).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export function abortError(signal: AbortSignal): EloketError {
  const timedOut = (signal.reason as Error | undefined)?.name === 'TimeoutError';
  return new EloketError('unauthenticated', timedOut ? 'auth.login_timeout' : 'auth.login_cancelled');
}
