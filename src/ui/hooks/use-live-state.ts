import { useCallback, useRef, useState } from 'react';

/** A piece of state whose newest value can be read at once, between renders. */
export interface LiveState<T> {
  /** The value as of the last change (not as of the last render). */
  readonly current: T;
  /** Changes it (a value, or a function of the newest value) and redraws. */
  set(next: T | ((now: T) => T)): void;
}

/**
 * State for key handlers. Keys can arrive faster than React draws (a paste, a script,
 * type-ahead): a handler that read this render's state would apply the second key to the state
 * before the first. Here every change is applied to the newest value, and handlers read it.
 */
export function useLiveState<T>(initial: T | (() => T)): LiveState<T> {
  const ref = useRef<{ value: T } | null>(null);
  ref.current ??= { value: typeof initial === 'function' ? (initial as () => T)() : initial };
  const [, redraw] = useState(0);
  const set = useCallback((next: T | ((now: T) => T)) => {
    const box = ref.current!;
    const value = typeof next === 'function' ? (next as (now: T) => T)(box.value) : next;
    if (Object.is(value, box.value)) return;
    box.value = value;
    redraw((n) => n + 1);
  }, []);
  // One stable object: handlers that keep it always see the newest value.
  const live = useRef<LiveState<T> | null>(null);
  live.current ??= {
    get current() {
      return ref.current!.value;
    },
    set,
  };
  return live.current;
}
