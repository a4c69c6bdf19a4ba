import { validation } from '../errors.js';

/** Which page of a list, `limit` items a page (default 100). */
export interface Paging {
  limit?: number;
  page?: number;
}

/** A list page as every `--json` list prints it. */
export interface ListPage<T> {
  items: T[];
  page: number;
  pages: number;
  total: number;
}

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;

/** One page of `total` items; `fetch` reads `limit` items from `offset`. */
export function pageOf<T>(paging: Paging, total: number, fetch: (limit: number, offset: number) => T[]): ListPage<T> {
  const limit = paging.limit ?? DEFAULT_LIMIT;
  const page = paging.page ?? 1;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw validation('limit', 'limit.invalid', { min: 1, max: MAX_LIMIT });
  if (!Number.isSafeInteger(page) || page < 1) throw validation('page', 'limit.invalid', { min: 1, max: Number.MAX_SAFE_INTEGER });
  const pages = Math.max(1, Math.ceil(total / limit));
  return { items: total === 0 ? [] : fetch(limit, (page - 1) * limit), page, pages, total };
}
