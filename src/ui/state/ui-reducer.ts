import type { AuthStatus } from '../../api/auth/index.js';
import type { Organisation } from '../../api/org/index.js';
import type { KeyScope } from '../keys.js';

export type ScreenId = 'login' | 'home' | 'berichten' | 'contacten' | 'taken' | 'ecalcura' | 'helpdesk' | 'mail';

/** Who is logged in, and the facility they act for (none for the department). */
export interface Session {
  status: AuthStatus;
  /** null for the department, and for a user of several facilities until they choose one. */
  facility: Organisation | null;
  /** A facility user's facilities when they have several (to choose from); null otherwise. */
  facilities: Organisation[] | null;
}

/** The one line between the main pane and the hint bar. */
export interface StatusLine {
  kind: 'error' | 'info' | 'success';
  text: string;
}

/** What a screen is asked to show when it opens, e.g. one thread from the Home page. */
export interface Intent {
  reference?: string;
  /** The facility of that thread (the department reads every facility). */
  hco?: string;
}

export interface UiState {
  screen: ScreenId;
  intent: Intent | null;
  /** Screens to go back to with Esc. */
  history: ScreenId[];
  focus: 'main' | 'prompt';
  helpOpen: boolean;
  /** The key scopes of what the main pane shows now: the hint bar and help list these. */
  scopes: KeyScope[];
  status: StatusLine | null;
  /** `undefined` while the stored session is checked at start. */
  session: Session | null | undefined;
  /** The facility chooser is open (`o`), over the screen of the facility chosen before. */
  choosingFacility: boolean;
}

export type UiAction =
  | { type: 'go'; screen: ScreenId; intent?: Intent }
  | { type: 'intent-taken' }
  | { type: 'back' }
  | { type: 'focus'; focus: UiState['focus'] }
  | { type: 'help'; open: boolean }
  | { type: 'scopes'; scopes: KeyScope[] }
  | { type: 'status'; status: StatusLine | null }
  | { type: 'session'; session: Session | null }
  | { type: 'choose-facility'; open: boolean }
  | { type: 'facility'; facility: Organisation };

export const initialUiState: UiState = {
  screen: 'home',
  intent: null,
  history: [],
  focus: 'main',
  helpOpen: false,
  scopes: [],
  status: null,
  session: undefined,
  choosingFacility: false,
};

const sameScopes = (a: readonly KeyScope[], b: readonly KeyScope[]) => a.length === b.length && a.every((s, i) => s === b[i]);

export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'go': {
      const intent = action.intent ?? null;
      if (action.screen === state.screen) return { ...state, intent, focus: 'main', helpOpen: false };
      return { ...state, screen: action.screen, intent, history: [...state.history, state.screen].slice(-20), focus: 'main', helpOpen: false, status: null };
    }
    case 'intent-taken':
      return state.intent ? { ...state, intent: null } : state;
    case 'back': {
      if (state.history.length === 0) return state.screen === 'home' || state.screen === 'login' ? state : { ...state, screen: 'home' };
      const history = state.history.slice(0, -1);
      return { ...state, screen: state.history[state.history.length - 1]!, history, intent: null, status: null };
    }
    case 'focus':
      return state.focus === action.focus ? state : { ...state, focus: action.focus };
    case 'help':
      return state.helpOpen === action.open ? state : { ...state, helpOpen: action.open };
    case 'scopes':
      return sameScopes(state.scopes, action.scopes) ? state : { ...state, scopes: action.scopes };
    case 'status':
      return { ...state, status: action.status };
    case 'session':
      if (!action.session) return { ...state, session: null, screen: 'login', history: [], focus: 'main', choosingFacility: false };
      return { ...state, session: action.session, screen: state.screen === 'login' ? 'home' : state.screen, history: [] };
    case 'choose-facility':
      return state.choosingFacility === action.open ? state : { ...state, choosingFacility: action.open, helpOpen: false, focus: 'main' };
    case 'facility':
      // Another facility's screens start over at Home: nothing of the one before is shown for it.
      if (!state.session) return state;
      return { ...state, session: { ...state.session, facility: action.facility }, choosingFacility: false, screen: 'home', history: [], intent: null, focus: 'main', status: null };
  }
}
