/**
 * The OS keyring (Keychain, Credential Manager, Secret Service) through @napi-rs/keyring. Where
 * none runs (servers, CI, containers without D-Bus) every call fails fast or times out, and the
 * caller falls back to the token file. Loaded only when needed: the native module costs ~20 ms.
 */
const SERVICE = 'eloket';
const TIMEOUT_MS = 1_500;

export function keyringEnabled(env: NodeJS.ProcessEnv): boolean {
  return !/^(off|0|false|no)$/i.test(env.ELOKET_KEYRING ?? '');
}

type Entry = import('@napi-rs/keyring').AsyncEntry;

async function withEntry<T>(account: string, use: (entry: Entry, signal: AbortSignal) => Promise<T>): Promise<T> {
  const { AsyncEntry } = await import('@napi-rs/keyring');
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  const timeout = new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(new Error('the keyring did not answer in time')), { once: true });
  });
  return Promise.race([use(new AsyncEntry(SERVICE, account), signal), timeout]);
}

/** The stored secret, null when there is none; undefined when the keyring cannot be used. */
export async function keyringGet(account: string): Promise<string | null | undefined> {
  try {
    return await withEntry(account, (e, signal) => e.getPassword(signal));
  } catch {
    return undefined;
  }
}

/** Whether the keyring took the secret. */
export async function keyringSet(account: string, secret: string): Promise<boolean> {
  try {
    await withEntry(account, (e, signal) => e.setPassword(secret, signal));
    return (await keyringGet(account)) === secret;
  } catch {
    return false;
  }
}

export async function keyringDelete(account: string): Promise<void> {
  try {
    await withEntry(account, (e, signal) => e.deletePassword(signal));
  } catch {
    // Nothing there, or no keyring: either way nothing is left in it.
  }
}
