import { useCallback, useEffect, useRef, useState } from 'react';

/** One page of an api list (the shape every list method returns). */
export interface ApiPage<T> {
  items: T[];
  total: number;
}

export interface PagedRows<T> {
  /** Rows the query has in all; null until the first page arrived. */
  total: number | null;
  loading: boolean;
  rowAt(index: number): T | undefined;
  /** Fetches the blocks holding rows start..end-1 (and the next one) unless they are here. */
  ensure(start: number, end: number): void;
  /** Forgets every fetched row, after a change. */
  reload(): void;
}

/**
 * Rows of a long api list fetched a block at a time, only where the window looks: 100,000
 * messages never come over at once. A new `query` (a filter) starts over; answers to an older
 * query are dropped, so fast typing never shows a stale list.
 */
export function usePagedRows<T>(
  fetchPage: (page: number, limit: number) => Promise<ApiPage<T>>,
  query: string,
  opts: { blockSize?: number; onError?: (error: unknown) => void } = {},
): PagedRows<T> {
  const blockSize = opts.blockSize ?? 50;
  const blocks = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const onError = useRef(opts.onError);
  onError.current = opts.onError;
  const [total, setTotal] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [loading, setLoading] = useState(false);

  const load = useCallback(
    (block: number) => {
      if (blocks.current.has(block) || pending.current.has(block)) return;
      const gen = generation.current;
      pending.current.add(block);
      setLoading(true);
      fetchRef.current(block + 1, blockSize).then(
        (page) => {
          if (gen !== generation.current) return;
          pending.current.delete(block);
          blocks.current.set(block, page.items);
          setTotal(page.total);
          setLoading(pending.current.size > 0);
          setVersion((v) => v + 1);
        },
        (error: unknown) => {
          if (gen !== generation.current) return;
          pending.current.delete(block);
          setLoading(pending.current.size > 0);
          setTotal((t) => t ?? 0);
          onError.current?.(error);
        },
      );
    },
    [blockSize],
  );

  const reset = useCallback(() => {
    generation.current++;
    blocks.current = new Map();
    pending.current = new Set();
    setVersion((v) => v + 1);
  }, []);

  useEffect(() => {
    reset();
    setTotal(null);
    load(0);
  }, [query, reset, load]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const first = Math.floor(start / blockSize);
      const last = Math.floor(Math.max(start, end - 1) / blockSize);
      for (let b = first; b <= last; b++) load(b);
      // The next block too, so scrolling on rarely waits.
      if (total === null || (last + 1) * blockSize < total) load(last + 1);
    },
    [blockSize, load, total],
  );

  const rowAt = useCallback((index: number) => blocks.current.get(Math.floor(index / blockSize))?.[index % blockSize], [blockSize]);

  const reload = useCallback(() => {
    reset();
    load(0);
  }, [reset, load]);

  return { total, loading, rowAt, ensure, reload };
}
