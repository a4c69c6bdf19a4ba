import { useCallback, useRef, useState } from 'react';
import { sanitizeLine } from '../../../api/text.js';
import { textState, type TextState } from '../../input/text-editing.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useLiveState } from '../../hooks/use-live-state.js';
import { loadSession } from '../../state/session.js';
import { useUIActions } from '../../state/ui-context.js';

export interface LoginModel {
  user: TextState;
  setUser(update: (state: TextState) => TextState): void;
  busy: boolean;
  /** The issuer's login URL to open in a browser (not embedded). */
  url: string | null;
  login(): void;
  cancel(): void;
  /** Empties the user field; false when it was empty already. */
  clear(): boolean;
}

/**
 * Login through the api: a demo user of the development provider in the embedded default (the
 * real OIDC flow, completed by program), the browser flow against a configured issuer.
 */
export function useLogin(): LoginModel {
  const { api, hco } = useEnvironment();
  const actions = useUIActions();
  const t = useT();
  const live = useLiveState(textState);
  const [busy, setBusy] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const login = useCallback(() => {
    const name = live.current.value.trim();
    if (busy || (api.embedded && !name)) return;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    actions.info(api.embedded ? t('ui.login.busy', { user: name }) : t('ui.login.waiting'));
    api.auth
      .login({ ...(api.embedded ? { user: name } : {}), signal: controller.signal, onUrl: (info) => setUrl(sanitizeLine(info.url)) })
      .then(() => loadSession(api, hco))
      .then(
        ({ session, problem }) => {
          actions.setSession(session);
          if (problem) actions.fail(problem);
          else actions.success(t('ui.login.done', { user: session.status.user }));
        },
        (error: unknown) => actions.fail(error),
      )
      .finally(() => {
        abort.current = null;
        setBusy(false);
        setUrl(null);
      });
  }, [api, hco, live, busy, actions, t]);

  const cancel = useCallback(() => abort.current?.abort(), []);
  const clear = useCallback(() => {
    if (live.current.value === '') return false;
    live.set(textState(''));
    return true;
  }, [live]);
  return { user: live.current, setUser: live.set, busy, url, login, cancel, clear };
}
