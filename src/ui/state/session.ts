import type { EloketApi } from '../../api/index.js';
import type { Session } from './ui-reducer.js';

/** The session, and what went wrong with the facility asked for (`--hco`), to show on the status line. */
export interface LoadedSession {
  session: Session;
  problem?: unknown;
}

/**
 * The logged-in user and, for a facility user, the facility they act for: `--hco`, or their
 * only one. A user of several also gets the list of their facilities (one more call, for them
 * only), to choose from in the TUI when `--hco` names none, and to switch between later.
 */
export async function loadSession(api: EloketApi, hco: string | undefined): Promise<LoadedSession> {
  const status = await api.auth.status();
  if (status.kind !== 'facility') return { session: { status, facility: null, facilities: null } };
  const asked = hco !== undefined && hco.trim() !== '';
  if (status.organisations.length <= 1) {
    const facility = await api.org.show({ hco }).catch(() => null);
    return { session: { status, facility, facilities: null } };
  }
  const [facilities, shown] = await Promise.all([
    api.org.mine(),
    asked ? api.org.show({ hco }).then((f) => ({ f }), (problem: unknown) => ({ problem })) : Promise.resolve(null),
  ]);
  const facility = shown && 'f' in shown ? shown.f : null;
  return { session: { status, facility, facilities }, ...(shown && 'problem' in shown ? { problem: shown.problem } : {}) };
}

/**
 * The facility the screens act for: the one chosen among several (`hco` of the api calls), else
 * `--hco` as given. A user of one facility passes none, as a command without `--hco` does.
 */
export function actingHco(session: Session | null | undefined, flag: string | undefined): string | undefined {
  return (session?.facilities ? session.facility?.hco : undefined) ?? flag;
}

/** A user of several facilities who has not chosen one yet: the TUI asks first. */
export const mustChooseFacility = (session: Session | null | undefined): boolean => Boolean(session?.facilities && !session.facility);

/** Whether `o` switches the facility now: a user of several, with one chosen, the chooser not open. */
export const canSwitchFacility = (session: Session | null | undefined, choosing: boolean): boolean =>
  Boolean(session?.facilities && session.facility) && !choosing;
