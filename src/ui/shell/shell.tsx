import { useEffect, useMemo } from 'react';
import { Box, Text } from 'ink';
import { ErrorBoundary } from '../components/error-boundary.js';
import { Header } from '../components/header.js';
import { HelpOverlay } from '../components/help-overlay.js';
import { HintBar } from '../components/hint-bar.js';
import { NavBar } from '../components/nav-bar.js';
import { Prompt } from '../components/prompt.js';
import { StatusLine } from '../components/status-line.js';
import { isEloketError } from '../../api/errors.js';
import { isUnauthenticated } from '../errors.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { useT } from '../i18n.js';
import { LoginScreen } from '../screens/login/login-screen.js';
import { availableScreens } from '../screens/registry.js';
import { FacilityChooser } from '../screens/facility/facility-chooser.js';
import { EnvironmentProvider, useEnvironment } from '../state/environment.js';
import { LayoutProvider, type Layout } from '../state/layout.js';
import { actingHco, canSwitchFacility, loadSession, mustChooseFacility } from '../state/session.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import { GlobalKeys } from './global-keys.js';
import { Transcript } from '../assistant/transcript.js';
import { useAssistant } from '../assistant/use-assistant.js';

const MIN = { columns: 40, rows: 12 };

/**
 * Checks the stored session, then draws the frame for the facility acted for: `--hco`, the only
 * one, or the one a user of several chose. The screens read it as `useEnvironment().hco`.
 */
export function Shell() {
  const env = useEnvironment();
  const { session } = useUIState();
  const actions = useUIActions();

  useEffect(() => {
    let live = true;
    loadSession(env.api, env.hco).then(
      (loaded) => {
        if (!live) return;
        actions.setSession(loaded.session);
        // A --hco that is not theirs: the chooser shows what is, the status line why.
        if (loaded.problem) actions.fail(loaded.problem);
      },
      (error: unknown) => {
        if (!live) return;
        actions.setSession(null);
        // Never logged in is the normal first start: the login screen says enough. An expired
        // or refused session is worth a line.
        if (!(isUnauthenticated(error) && isEloketError(error) && error.key === 'auth.required')) actions.fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, [env.api, env.hco, actions]);

  const hco = actingHco(session, env.hco);
  const acting = useMemo(() => (hco === env.hco ? env : { ...env, hco }), [env, hco]);
  return (
    <EnvironmentProvider value={acting}>
      <Frame />
    </EnvironmentProvider>
  );
}

/**
 * Header, navigation, the main pane, a status line, the hint bar and the prompt. The frame is
 * always one line shorter than the terminal: a frame as tall as the terminal makes Ink clear
 * the whole screen on every render.
 */
function Frame() {
  const size = useTerminalSize();
  const state = useUIState();
  const env = useEnvironment();
  const t = useT();
  const assistant = useAssistant();

  // A user of several facilities chooses one before any screen opens (the screens need it),
  // and may switch later (`o`) over the screen they were on.
  const mustChoose = mustChooseFacility(state.session);
  const facilities = state.session?.facilities ?? null;
  const choosing = Boolean(facilities) && (mustChoose || state.choosingFacility);
  const screens = choosing ? [] : availableScreens(state.session, { embedded: env.api.embedded, hco: env.hco });
  // Header, navigation, the rule, status, hints, prompt; --plain has no rule, and its status
  // line may take two lines (it is not cut short there).
  const chrome = 6;
  const height = size.rows - 1;
  const layout: Layout = { columns: size.columns, rows: size.rows, main: { width: size.columns, height: Math.max(1, height - chrome) } };

  const tooSmall = size.columns < MIN.columns || size.rows < MIN.rows;

  const current = screens.find((s) => s.id === state.screen);
  // The conversation shows while the prompt has focus and there is one.
  const showTranscript = !state.helpOpen && state.focus === 'prompt' && assistant.entries.length > 0 && Boolean(state.session);
  let main;
  if (state.session === undefined) main = <Text>{t('ui.loading')}</Text>;
  else if (state.session === null) main = <LoginScreen />;
  else if (mustChoose) main = null;
  else if (current) {
    main = (
      // Another facility, another screen: nothing of the one before stays.
      <ErrorBoundary key={`${current.id} ${env.hco ?? ''}`} lang={env.lang}>
        <current.Component />
      </ErrorBoundary>
    );
  }
  else main = <Text>{t('ui.loading')}</Text>;

  return (
    <LayoutProvider value={layout}>
      {tooSmall ? (
        <Box height={Math.max(1, height)} overflowY="hidden">
          <Text wrap="wrap">{t('ui.too_small', MIN)}</Text>
        </Box>
      ) : null}
      {/* Clipped top to bottom only: Ink cuts every line written inside a box that clips
          sideways (slice-ansi on each, a quarter of a frame's time), and every line here is cut
          to its width already (tables, truncating texts). Hidden, not unmounted, while the
          window is too small: a reply half typed survives the window being dragged narrow. */}
      <Box flexDirection="column" width={size.columns} height={height} overflowY="hidden" display={tooSmall ? 'none' : 'flex'}>
        <Header />
        <NavBar screens={screens} />
        {env.plain ? null : <Text {...env.theme.text.secondary}>{'─'.repeat(size.columns)}</Text>}
        <Box flexDirection="column" height={layout.main.height} overflowY="hidden">
          {state.helpOpen ? <HelpOverlay /> : null}
          {showTranscript ? <Transcript model={assistant} width={size.columns} height={layout.main.height} /> : null}
          {choosing && facilities ? (
            <Box flexDirection="column" display={state.helpOpen || showTranscript ? 'none' : 'flex'} height={layout.main.height}>
              <FacilityChooser facilities={facilities} current={state.session?.facility ?? null} />
            </Box>
          ) : null}
          {/* Hidden, not unmounted, under the help, the assistant and the facility chooser: the
              screen keeps its place. */}
          <Box flexDirection="column" display={state.helpOpen || showTranscript || choosing ? 'none' : 'flex'} height={layout.main.height}>
            {main}
          </Box>
        </Box>
        <StatusLine />
        <HintBar />
        <Prompt available={screens.map((s) => s.id)} assistant={assistant} />
      </Box>
      <GlobalKeys screens={tooSmall ? [] : screens} canSwitchFacility={!tooSmall && canSwitchFacility(state.session, choosing)} />
    </LayoutProvider>
  );
}
