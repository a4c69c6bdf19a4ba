/**
 * The whole TUI over a real api on a real database in a temp home, logged in (or not) as a demo
 * user, rendered with test/ui/render.tsx.
 */
import { createApi, type EloketApi } from '../../src/api/index.js';
import type { Lang } from '../../src/api/i18n/index.js';
import { App } from '../../src/ui/app.js';
import { noColourTheme } from '../../src/ui/theme/themes.js';
import { cleanup, envFor, tempHome } from '../helpers/cli.js';
import { loginAs } from '../helpers/tokens.js';
import { render, type Rendered } from './render.js';

export interface AppHarness extends Rendered {
  home: string;
  api: EloketApi;
  /** How often the TUI asked to quit. */
  quits: number;
  /** Unmounts, closes the api and removes the home. */
  close(): Promise<void>;
}

const open = new Set<AppHarness>();

/** Closes every app a test rendered: `afterEach(closeApps)`. */
export async function closeApps(): Promise<void> {
  for (const app of [...open]) await app.close();
}

export async function renderApp(
  opts: { user?: string; home?: string; columns?: number; rows?: number; lang?: Lang; plain?: boolean; hco?: string; now?: () => Date } = {},
): Promise<AppHarness> {
  const home = opts.home ?? tempHome('eloket-tui-');
  if (opts.user) await loginAs(home, opts.user);
  const lang = opts.lang ?? 'nl';
  const env = envFor(home);
  const api = createApi({ home, env, lang, ...(opts.now ? { now: opts.now } : {}) });
  const harness = { quits: 0 } as AppHarness;
  const rendered = await render(
    <App environment={{ api, lang, theme: noColourTheme, plain: opts.plain ?? false, hco: opts.hco, env }} onQuit={() => harness.quits++} />,
    { columns: opts.columns ?? 100, rows: opts.rows ?? 30 },
  );
  // The stored session is checked first; nothing can be done before.
  await rendered.waitFor((f) => !f.includes('sessie nakijken') && !f.includes('checking the session'));
  open.add(harness);
  return Object.assign(harness, rendered, {
    home,
    api,
    async close() {
      if (!open.delete(harness)) return;
      rendered.unmount();
      await api.close();
      if (!opts.home) cleanup(home);
    },
  });
}
