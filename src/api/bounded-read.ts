/**
 * Reads of input that stop at a limit while they read: a file or a stream past its limit is
 * refused (exit 3, naming the field) after reading at most limit + one chunk, so `/dev/zero` or a
 * runaway pipe can neither fill memory nor hang the command. Text must be valid UTF-8: a
 * replacement character would silently change what the user sent.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { EloketError, validation } from './errors.js';
import { sanitizeLine } from './text.js';

const CHUNK = 64 * 1024;

export interface BoundedRead {
  /** The field the error names: `body`, `body-file`, `question`, `file`. */
  field: string;
  /** Bytes at the most. */
  limit: number;
}

/** A file's bytes, at most `limit`; a missing or unreadable file is a validation error. */
export function readFileBounded(path: string, opts: BoundedRead): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw unreadable(path, opts.field, error);
  }
  try {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      let n: number;
      try {
        n = readSync(fd, chunk, 0, CHUNK, null);
      } catch (error) {
        throw unreadable(path, opts.field, error);
      }
      if (n === 0) break;
      total += n;
      if (total > opts.limit) throw tooLarge(opts);
      parts.push(n === CHUNK ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(parts, total);
  } finally {
    closeSync(fd);
  }
}

/** A stream's bytes (standard input), at most `limit`; past it the stream is let go at once. */
export async function readStreamBounded(stream: AsyncIterable<unknown> & { destroy?: () => void }, opts: BoundedRead): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += bytes.length;
    if (total > opts.limit) {
      stream.destroy?.();
      throw tooLarge(opts);
    }
    parts.push(bytes);
  }
  return Buffer.concat(parts, total);
}

/** Bytes as UTF-8 text (a leading byte-order mark dropped); invalid UTF-8 is refused, naming `source`. */
export function decodeUtf8(bytes: Buffer, field: string, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw validation(field, 'input.not_utf8', { file: sanitizeLine(source) });
  }
}

/** A text file, bounded and strict UTF-8. */
export function readTextFileBounded(path: string, opts: BoundedRead): string {
  return decodeUtf8(readFileBounded(path, opts), opts.field, path);
}

function tooLarge(opts: BoundedRead): EloketError {
  return validation(opts.field, 'input.too_large', { max: formatBytes(opts.limit) });
}

function unreadable(path: string, field: string, error: unknown): EloketError {
  return validation(field, 'input.unreadable', { file: sanitizeLine(path), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round(n / (1024 * 1024))} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
