import { useEffect } from 'react';
import type { KeyScope } from '../keys.js';
import { useUIActions } from '../state/ui-context.js';

/** Tells the hint bar and the help overlay which keys the main pane listens to now. */
export function useScopes(...scopes: KeyScope[]): void {
  const { setScopes } = useUIActions();
  const joined = scopes.join(' ');
  useEffect(() => setScopes(joined ? (joined.split(' ') as KeyScope[]) : []), [joined, setScopes]);
}
