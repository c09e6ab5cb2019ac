/**
 * Reading one report file, bounded: the same answer from the async reader (main thread) and the sync
 * reader (worker threads, where blocking costs nothing and saves the thread-pool round trips).
 *
 * The file is opened with O_NONBLOCK so that a FIFO (or a character device) named *.yaml cannot block
 * the process forever in open(2); anything that is not a regular file is refused after fstat, before a
 * single byte is read, and so is a file over the size limit (it is never read).
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';

export interface ReadOutcome {
  /** The whole file, when it is a regular file within the limit. */
  bytes?: Uint8Array;
  /** The size, when the file is over the limit. */
  size?: number;
  /** Why the file could not be read (an errno code, or "not a regular file"). */
  error?: string;
}

export const NOT_A_FILE = 'not a regular file';

// O_NONBLOCK exists on every POSIX platform; Windows has no FIFOs to fear and no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

export async function readBounded(path: string, limit: number): Promise<ReadOutcome> {
  let handle;
  try {
    handle = await open(path, OPEN_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return { error: NOT_A_FILE };
    if (info.size > limit) return { size: info.size };
    const bytes = await handle.readFile();
    // A file that grew past the limit between fstat and read is refused the same way.
    if (bytes.length > limit) return { size: bytes.length };
    return { bytes };
  } catch (error) {
    return { error: errorCode(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

export function readBoundedSync(path: string, limit: number): ReadOutcome {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) return { error: NOT_A_FILE };
    if (info.size > limit) return { size: info.size };
    // Read to the end (the size may have changed since fstat), never more than limit + 1 bytes.
    // One byte of room past the size tells a file that grew from one that did not.
    let buffer = Buffer.allocUnsafe(Math.min(limit + 1, info.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > limit) break;
        const bigger = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { size: length };
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { error: errorCode(error) };
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
  }
}
