import type { EloketApi } from '../../api/index.js';
import type { Session } from './ui-reducer.js';

/**
 * The logged-in user and, for a facility user, the facility they act for (`--hco` or their only
 * one). A user of several facilities without `--hco` still gets in: the screens then say which
 * facilities to choose from, as the api does.
 */
export async function loadSession(api: EloketApi, hco: string | undefined): Promise<Session> {
  const status = await api.auth.status();
  const facility = status.kind === 'facility' ? await api.org.show({ hco }).catch(() => null) : null;
  return { status, facility };
}
