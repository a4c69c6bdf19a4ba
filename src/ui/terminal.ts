/**
 * The terminal as the TUI leaves it: the alternate screen is entered once and left on every way
 * out — a normal quit, a signal, a crash — so the user's scrollback is as it was.
 */
const ENTER_ALT = '\u001b[?1049h\u001b[H';
const LEAVE_ALT = '\u001b[?1049l';
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGTERM: 15 } as const;
type Signal = keyof typeof SIGNALS;

export interface TerminalGuard {
  /** Leaves the alternate screen (once; later calls do nothing). */
  leave(): void;
  /** Stops listening to signals and crashes. */
  release(): void;
}

/**
 * Enters the alternate screen and calls `onSignal(exitCode)` on SIGTERM, SIGHUP, SIGINT and
 * SIGQUIT (128 + the signal's number), `onCrash(error)` on an uncaught error.
 */
export function guardTerminal(
  stdout: { write(s: string): unknown },
  onSignal: (exitCode: number) => void,
  onCrash: (error: unknown) => void,
): TerminalGuard {
  let left = false;
  const leave = () => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_ALT);
  };
  const handlers = Object.fromEntries((Object.keys(SIGNALS) as Signal[]).map((s) => [s, () => onSignal(128 + SIGNALS[s])])) as Record<Signal, () => void>;
  for (const s of Object.keys(handlers) as Signal[]) process.on(s, handlers[s]);
  process.on('exit', leave);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  stdout.write(ENTER_ALT);
  return {
    leave,
    release() {
      for (const s of Object.keys(handlers) as Signal[]) process.off(s, handlers[s]);
      process.off('exit', leave);
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
    },
  };
}
