/**
 * The one way TUI tests render: ink-testing-library with a chosen terminal size, keys written as
 * the raw bytes a terminal sends, and an act-safe `waitFor` that polls the frame on real timers
 * (Ink renders synchronously; nothing here needs React's act()).
 */
import type { ReactElement } from 'react';
import { render as inkRender } from 'ink-testing-library';

/** Keys as a terminal sends them. */
export const KEY = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  pageUp: '\u001B[5~',
  pageDown: '\u001B[6~',
  home: '\u001B[H',
  end: '\u001B[F',
  enter: '\r',
  escape: '\u001B',
  tab: '\t',
  shiftTab: '\u001B[Z',
  backspace: '\u007F',
  space: ' ',
  ctrlC: '\u0003',
  ctrlS: '\u0013',
  ctrlU: '\u0015',
} as const;

const ANSI = /\u001B\[[0-9;?]*[ -/]*[@-~]/g;

export interface Rendered {
  /** The last frame without colour codes. */
  frame(): string;
  /** Every frame written so far (raw). */
  frames: string[];
  /** Writes raw bytes to stdin, then lets Ink and React run (an Esc needs its own tick). */
  press(...keys: string[]): Promise<void>;
  /** Types text one character at a time, as a person does. */
  type(text: string): Promise<void>;
  /** Resolves with the frame once `check` holds; fails with the last frame after `timeoutMs`. */
  waitFor(check: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string>;
  resize(columns: number, rows: number): Promise<void>;
  unmount(): void;
}

const tick = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function render(tree: ReactElement, size: { columns?: number; rows?: number } = {}): Promise<Rendered> {
  const instance = inkRender(tree);
  const stdout = instance.stdout as unknown as NodeJS.EventEmitter & { columns: number; rows: number };
  const resize = async (columns: number, rows: number) => {
    Object.defineProperty(stdout, 'columns', { value: columns, configurable: true, writable: true });
    Object.defineProperty(stdout, 'rows', { value: rows, configurable: true, writable: true });
    stdout.emit('resize');
    await tick();
  };
  await resize(size.columns ?? 100, size.rows ?? 24);
  const frame = () => (instance.lastFrame() ?? '').replace(ANSI, '');
  const rendered: Rendered = {
    frame,
    frames: instance.frames,
    async press(...keys) {
      for (const k of keys) {
        instance.stdin.write(k);
        await tick(k === KEY.escape ? 5 : 1);
      }
    },
    async type(text) {
      for (const ch of text) {
        instance.stdin.write(ch);
        await tick(1);
      }
    },
    async waitFor(check, timeoutMs = 5_000) {
      const test = typeof check === 'string' ? (f: string) => f.includes(check) : check instanceof RegExp ? (f: string) => check.test(f) : check;
      const until = Date.now() + timeoutMs;
      for (;;) {
        const f = frame();
        if (test(f)) return f;
        if (Date.now() > until) throw new Error(`waitFor(${String(check)}) timed out; last frame:\n${f}`);
        await tick(10);
      }
    },
    resize,
    unmount: () => {
      instance.unmount();
      instance.cleanup();
    },
  };
  return rendered;
}
