import { useEffect } from 'react';
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
import { useEnvironment } from '../state/environment.js';
import { LayoutProvider, type Layout } from '../state/layout.js';
import { loadSession } from '../state/session.js';
import { useUIActions, useUIState } from '../state/ui-context.js';
import { GlobalKeys } from './global-keys.js';

const MIN = { columns: 40, rows: 12 };

/**
 * Header, navigation, the main pane, a status line, the hint bar and the prompt. The frame is
 * always one line shorter than the terminal: a frame as tall as the terminal makes Ink clear
 * the whole screen on every render.
 */
export function Shell() {
  const size = useTerminalSize();
  const state = useUIState();
  const actions = useUIActions();
  const env = useEnvironment();
  const t = useT();

  useEffect(() => {
    let live = true;
    loadSession(env.api, env.hco).then(
      (session) => live && actions.setSession(session),
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

  const screens = availableScreens(state.session, { embedded: env.api.embedded, hco: env.hco });
  const chrome = env.plain ? 5 : 6;
  const height = size.rows - 1;
  const layout: Layout = { columns: size.columns, rows: size.rows, main: { width: size.columns, height: Math.max(1, height - chrome) } };

  if (size.columns < MIN.columns || size.rows < MIN.rows) {
    return (
      <Box height={Math.max(1, height)} overflow="hidden">
        <Text wrap="truncate-end">{t('ui.too_small', MIN)}</Text>
        <GlobalKeys screens={[]} />
      </Box>
    );
  }

  const current = screens.find((s) => s.id === state.screen);
  let main;
  if (state.session === undefined) main = <Text>{t('ui.loading')}</Text>;
  else if (state.session === null) main = <LoginScreen />;
  else if (current) {
    main = (
      <ErrorBoundary key={current.id} lang={env.lang}>
        <current.Component />
      </ErrorBoundary>
    );
  }
  else main = <Text>{t('ui.loading')}</Text>;

  return (
    <LayoutProvider value={layout}>
      <Box flexDirection="column" width={size.columns} height={height} overflow="hidden">
        <Header />
        <NavBar screens={screens} />
        {env.plain ? null : <Text {...env.theme.text.secondary}>{'─'.repeat(size.columns)}</Text>}
        <Box flexDirection="column" height={layout.main.height} overflow="hidden">
          {state.helpOpen ? <HelpOverlay /> : null}
          {/* Hidden, not unmounted, under the help: the screen keeps its place. */}
          <Box flexDirection="column" display={state.helpOpen ? 'none' : 'flex'} height={layout.main.height}>
            {main}
          </Box>
        </Box>
        <StatusLine />
        <HintBar />
        <Prompt available={screens.map((s) => s.id)} />
      </Box>
      <GlobalKeys screens={screens} />
    </LayoutProvider>
  );
}
