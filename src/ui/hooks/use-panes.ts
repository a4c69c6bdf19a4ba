import { useCallback, useState } from 'react';
import type { Key } from 'ink';
import { matches } from '../keys.js';

export interface Panes<P extends string> {
  pane: P;
  setPane(pane: P): void;
  /**
   * Tab and Shift+Tab between the screen's panes. Past the last pane the key is not used, so
   * the shell moves on to the prompt.
   */
  handleKey(input: string, key: Key): boolean;
}

export function usePanes<P extends string>(panes: readonly P[], initial: P = panes[0]!): Panes<P> {
  const [pane, setPane] = useState<P>(initial);
  const handleKey = useCallback(
    (input: string, key: Key) => {
      const at = panes.indexOf(pane);
      if (matches('nextPane', input, key) && at < panes.length - 1) setPane(panes[at + 1]!);
      else if (matches('previousPane', input, key) && at > 0) setPane(panes[at - 1]!);
      else return false;
      return true;
    },
    [pane, panes],
  );
  return { pane: panes.includes(pane) ? pane : panes[0]!, setPane, handleKey };
}
