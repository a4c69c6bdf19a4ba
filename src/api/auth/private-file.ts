import { chmodSync, linkSync, lstatSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

const tmpName = (path: string) => `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/**
 * Writes a file only its owner may read, atomically: a reader sees the old content or the new,
 * never half of it, and the secret is never readable by others, not even for a moment.
 */
export function writePrivateFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = tmpName(path);
  writeFileSync(tmp, content, { mode: 0o600 });
  // The mode given to writeFileSync is masked by the umask; say it again.
  chmodSync(tmp, 0o600);
  renameSync(tmp, path);
}

/**
 * Creates a private file unless it exists, atomically across processes (a hard link fails when
 * the name is taken). Returns whether this call created it; the loser reads the winner's file.
 */
export function createPrivateFileOnce(path: string, content: string): boolean {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = tmpName(path);
  writeFileSync(tmp, content, { mode: 0o600 });
  chmodSync(tmp, 0o600);
  try {
    linkSync(tmp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Takes group and others' rights off a file or folder this user owns (0644 → 0600, 0755 →
 * 0700). Returns whether it had any. A symbolic link is left alone (chmod would follow it out
 * of the home), as is what another user owns or what is gone.
 */
export function keepPrivate(path: string): boolean {
  if (process.platform === 'win32') return false;
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return false;
  }
  if (st.isSymbolicLink() || (st.mode & 0o077) === 0 || st.uid !== process.getuid?.()) return false;
  chmodSync(path, st.mode & 0o700);
  return true;
}
