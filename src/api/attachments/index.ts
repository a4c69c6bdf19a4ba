/**
 * Attachments of messages: checked before anything is stored, kept once per content under the
 * home (`attachments/<2 hex>/<sha256>`), and checked against their sha256 when read back, so
 * what was sent is what is received.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { readFileBounded } from '../bounded-read.js';
import { EloketError, isEloketError, validation } from '../errors.js';
import { extensionOf, sanitizeFileName, uniqueName } from './names.js';
import { ALLOWED, ALLOWED_LIST, contentFits, formatSize, isExecutable, MAX_FILE_BYTES, MAX_FILES, MAX_MESSAGE_BYTES } from './policy.js';

export { isPlainName } from './names.js';
export { formatSize } from './policy.js';

/** An attachment as a message lists it. */
export interface AttachmentInfo {
  name: string;
  size: number;
  sha256: string;
}

/** A checked file, ready to store with its message. */
export interface PreparedAttachment extends AttachmentInfo {
  data: Buffer;
}

const FIELD = 'attach';

/** `~/x` and `~` as the user's home folder, as a shell would have made them; other paths as given. */
export function expandHome(path: string): string {
  if (path === '~') return homedir();
  if (path.startsWith('~/') || (sep === '\\' && path.startsWith('~\\'))) return join(homedir(), path.slice(2));
  return path;
}

/**
 * Reads and checks the files a message will carry, in order: any file the user can read, as
 * in a mail program (relative paths from `folder`, `~/` the home folder). Each must exist, be a
 * regular file of an allowed type whose content fits its extension, not be a program, and stay
 * within the size limits; it is read no further than the limit, so a huge file or a device is
 * refused without being read whole. Throws a validation error naming `attach` at the first
 * problem; nothing is written.
 */
export function prepareAttachments(paths: readonly string[], folder: string): PreparedAttachment[] {
  if (paths.length > MAX_FILES) throw validation(FIELD, 'attach.too_many', { max: MAX_FILES });
  const taken = new Set<string>();
  const out: PreparedAttachment[] = [];
  let total = 0;
  for (const value of paths) {
    const path = resolve(folder, expandHome(value));
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw validation(FIELD, 'attach.not_found', { value });
      throw validation(FIELD, 'input.unreadable', { file: value, reason: code ?? String(error) });
    }
    if (!stat.isFile()) throw validation(FIELD, 'attach.not_file', { value });
    const name = uniqueName(sanitizeFileName(path), taken);
    const extension = extensionOf(name);
    const rule = ALLOWED[extension];
    if (!rule) throw validation(FIELD, 'attach.type', { value, allowed: ALLOWED_LIST });
    if (stat.size > MAX_FILE_BYTES) throw tooLarge(value, stat.size);
    if (total + stat.size > MAX_MESSAGE_BYTES) throw totalTooLarge(total + stat.size);
    let data: Buffer;
    try {
      // The size may change between stat and read; what is read counts, and never past the limit.
      data = readFileBounded(path, { field: FIELD, limit: MAX_FILE_BYTES });
    } catch (error) {
      if (isEloketError(error) && error.key === 'input.too_large') throw tooLarge(value, MAX_FILE_BYTES + 1);
      throw error;
    }
    total += data.length;
    if (total > MAX_MESSAGE_BYTES) throw totalTooLarge(total);
    if (data.length === 0) throw validation(FIELD, 'attach.empty', { value });
    if (isExecutable(data)) throw validation(FIELD, 'attach.executable', { value });
    if (!contentFits(extension, data)) throw validation(FIELD, 'attach.mismatch', { value, type: rule.type });
    taken.add(name.toLowerCase());
    out.push({ name, size: data.length, sha256: createHash('sha256').update(data).digest('hex'), data });
  }
  return out;
}

function totalTooLarge(size: number) {
  return validation(FIELD, 'attach.total_too_large', { size: formatSize(size), max: formatSize(MAX_MESSAGE_BYTES) });
}

function tooLarge(value: string, size: number) {
  return validation(FIELD, 'attach.too_large', { value, size: formatSize(size), max: formatSize(MAX_FILE_BYTES) });
}

/** Where the content with this hash lives. The hash is checked to be one, so it never escapes. */
export function blobPath(dir: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new EloketError('internal', 'internal', { params: { reason: `bad sha256 ${sha256}` } });
  return join(dir, sha256.slice(0, 2), sha256);
}

/**
 * Writes the contents that are not stored yet (atomically: a temporary file renamed). Call it
 * inside the write transaction, so no other writer sees a half state; returns an undo that
 * removes what this call created, for when the transaction rolls back.
 */
export function storeBlobs(dir: string, files: readonly PreparedAttachment[]): () => void {
  const created: string[] = [];
  for (const file of files) {
    const path = blobPath(dir, file.sha256);
    if (existsSync(path) && statSync(path).size === file.size) continue;
    mkdirSync(join(dir, file.sha256.slice(0, 2)), { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, file.data, { mode: 0o600 });
    renameSync(temp, path);
    created.push(path);
  }
  return () => {
    for (const path of created) rmSync(path, { force: true });
  };
}

/** Reads an attachment back; a changed or missing content is an error, never passed on. */
export function readBlob(dir: string, info: AttachmentInfo): Buffer {
  let data: Buffer;
  try {
    data = readFileSync(blobPath(dir, info.sha256));
  } catch (cause) {
    throw new EloketError('internal', 'attachment.corrupt', { params: { name: info.name }, cause });
  }
  const actual = createHash('sha256').update(data).digest('hex');
  if (actual !== info.sha256 || data.length !== info.size) {
    throw new EloketError('internal', 'attachment.corrupt', { params: { name: info.name } });
  }
  return data;
}
