import { useEffect } from 'react';
import type { KeyScope } from '../keys.js';
import { useUIActions } from '../state/ui-context.js';

/**
 * Tells the hint bar and the help overlay which keys the main pane listens to now. `null` leaves
 * them to a child view that tells its own (a thread inside the Berichten screen).
 */
export function useScopes(scopes: readonly KeyScope[] | null): void {
  const { setScopes } = useUIActions();
  const joined = scopes === null ? null : scopes.join(' ');
  useEffect(() => {
    if (joined !== null) setScopes(joined ? (joined.split(' ') as KeyScope[]) : []);
  }, [joined, setScopes]);
}
