import type { Organisation } from '../../api/org/index.js';
import { createContext, useContext, useMemo, useReducer, type ReactNode } from 'react';
import { describeError, isUnauthenticated } from '../errors.js';
import type { KeyScope } from '../keys.js';
import { useEnvironment } from './environment.js';
import { initialUiState, uiReducer, type Intent, type ScreenId, type Session, type UiState } from './ui-reducer.js';

/** Everything the shell and screens change, as named actions; kept apart from the state so that
 * components that only act do not re-render on every state change. */
export interface UiActions {
  go(screen: ScreenId, intent?: Intent): void;
  /** The screen took its intent; it is not applied again. */
  takeIntent(): void;
  back(): void;
  focusPrompt(): void;
  focusMain(): void;
  setHelp(open: boolean): void;
  setScopes(scopes: KeyScope[]): void;
  info(text: string): void;
  success(text: string): void;
  /** Shows any failure as a readable line; an expired session leads to the login. */
  fail(error: unknown): void;
  clearStatus(): void;
  setSession(session: Session | null): void;
  /** Opens or closes the facility chooser (users of several facilities). */
  chooseFacility(open: boolean): void;
  /** Acts for this facility from now on, starting at its Home. */
  setFacility(facility: Organisation): void;
  /** Leaves the TUI: restores the terminal, exit code 0. */
  quit(): void;
}

const UIStateContext = createContext<UiState | null>(null);
const UIActionsContext = createContext<UiActions | null>(null);

export function UIProvider({ children, onQuit, initial }: { children: ReactNode; onQuit: () => void; initial?: Partial<UiState> }) {
  const { lang } = useEnvironment();
  const [state, dispatch] = useReducer(uiReducer, { ...initialUiState, ...initial });
  const actions = useMemo<UiActions>(
    () => ({
      go: (screen, intent) => dispatch({ type: 'go', screen, intent }),
      takeIntent: () => dispatch({ type: 'intent-taken' }),
      back: () => dispatch({ type: 'back' }),
      focusPrompt: () => dispatch({ type: 'focus', focus: 'prompt' }),
      focusMain: () => dispatch({ type: 'focus', focus: 'main' }),
      setHelp: (open) => dispatch({ type: 'help', open }),
      setScopes: (scopes) => dispatch({ type: 'scopes', scopes }),
      info: (text) => dispatch({ type: 'status', status: { kind: 'info', text } }),
      success: (text) => dispatch({ type: 'status', status: { kind: 'success', text } }),
      fail: (error) => {
        dispatch({ type: 'status', status: { kind: 'error', text: describeError(error, lang) } });
        if (isUnauthenticated(error)) dispatch({ type: 'session', session: null });
      },
      clearStatus: () => dispatch({ type: 'status', status: null }),
      setSession: (session) => dispatch({ type: 'session', session }),
      chooseFacility: (open) => dispatch({ type: 'choose-facility', open }),
      setFacility: (facility) => dispatch({ type: 'facility', facility }),
      quit: onQuit,
    }),
    [lang, onQuit],
  );
  return (
    <UIActionsContext.Provider value={actions}>
      <UIStateContext.Provider value={state}>{children}</UIStateContext.Provider>
    </UIActionsContext.Provider>
  );
}

export function useUIState(): UiState {
  const value = useContext(UIStateContext);
  if (!value) throw new Error('useUIState must be used inside <UIProvider>');
  return value;
}

export function useUIActions(): UiActions {
  const value = useContext(UIActionsContext);
  if (!value) throw new Error('useUIActions must be used inside <UIProvider>');
  return value;
}
