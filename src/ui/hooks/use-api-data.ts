import { useCallback, useEffect, useRef, useState } from 'react';
import { useUIActions } from '../state/ui-context.js';

export interface ApiData<T> {
  data: T | undefined;
  loading: boolean;
  /** The failure of the last load (also shown on the status line). */
  error: unknown;
  reload(): void;
}

/**
 * Data the screen shows, loaded from the api when the screen opens and again on `reload()` or
 * when `key` changes. A failure becomes the status line's readable error, never a crash
 * (`quiet`: the screen shows `error` itself).
 */
export function useApiData<T>(load: () => Promise<T>, key = '', opts: { quiet?: boolean } = {}): ApiData<T> {
  const { fail } = useUIActions();
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(undefined);
  const [round, setRound] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const quietRef = useRef(opts.quiet);
  quietRef.current = opts.quiet;
  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef.current().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        setError(e);
        setLoading(false);
        if (!quietRef.current) fail(e);
      },
    );
    return () => {
      live = false;
    };
  }, [key, round, fail]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, loading, error, reload };
}
