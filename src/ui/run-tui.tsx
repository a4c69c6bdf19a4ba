/**
 * Draws the TUI with Ink and waits until the user leaves. The first frame comes before the api
 * (SQLite, OIDC, mail) and the screens are loaded: those cost as much start-up time again.
 */
import { render } from 'ink';
import type { Lang } from '../api/i18n/index.js';
import { text } from '../api/i18n/index.js';
import { Splash } from './components/splash.js';
import { describeError } from './errors.js';
import type { TuiIo } from './start.js';
import { guardTerminal } from './terminal.js';
import { pickTheme } from './theme/themes.js';

const MAIL_EVERY_MS = 10_000;

export async function runTui(io: TuiIo, opts: { lang: Lang; plain: boolean; hco?: string; color?: boolean }): Promise<number> {
  const { lang, plain } = opts;
  let exitCode = 0;
  let quit = () => {};
  const guard = guardTerminal(
    io.stdout,
    (code) => {
      exitCode = code;
      quit();
    },
    (error) => {
      quit();
      guard.leave();
      io.stderr.write(`eloket: ${describeError(error, lang)}\n`);
      process.exit(1);
    },
  );

  const instance = render(<Splash text={text(lang, 'ui.loading')} />, {
    stdout: io.stdout as NodeJS.WriteStream,
    stdin: io.stdin as NodeJS.ReadStream,
    stderr: io.stderr as NodeJS.WriteStream,
    exitOnCtrlC: false,
    isScreenReaderEnabled: plain,
  });
  quit = () => instance.unmount();

  const [{ createApi }, { App }] = await Promise.all([import('../api/index.js'), import('./app.js')]);
  const api = createApi({ env: io.env, lang });
  instance.rerender(<App environment={{ api, lang, plain, hco: opts.hco, env: io.env, theme: pickTheme(io.env, opts.color) }} onQuit={quit} />);
  // A command delivers the mail its change caused when it closes the api; the TUI stays open
  // all day, so it delivers what is due every little while (a confirmation link, a notice).
  // Not logged in yet, or nothing due: nothing happens. A run that a slow SMTP server holds up
  // is not joined by the next one.
  let delivering = false;
  const delivery = setInterval(() => {
    if (delivering) return;
    delivering = true;
    void api.mail
      .dispatch()
      .catch(() => {})
      .finally(() => (delivering = false));
  }, MAIL_EVERY_MS);
  delivery.unref();

  try {
    await instance.waitUntilExit();
  } catch (error) {
    exitCode = 1;
    guard.leave();
    io.stderr.write(`eloket: ${describeError(error, lang)}\n`);
  } finally {
    clearInterval(delivery);
    guard.leave();
    guard.release();
    await api.close().catch(() => {});
  }
  return exitCode;
}
