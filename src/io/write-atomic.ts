/**
 * Writing an output file safely: never over one of the inputs, never a partial file, and the previous
 * file intact whatever goes wrong. The data goes to a temporary file beside the target
 * (`.<name>.<pid>-<random>.tmp`), is flushed to disk (fsync), then renamed over the target in one step.
 */
import { randomBytes } from 'node:crypto';
import { constants, realpathSync, statSync, type Stats } from 'node:fs';
import { access, chmod, lstat, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { KeyedError } from '../core/errors.js';
import type { MessageData, MessageKey } from '../messages/index.js';

export type OutputErrorKind = 'missing-folder' | 'not-writable' | 'is-input' | 'io';

/** Why an output could not be written, as a message key and data. The CLI maps every kind to exit code 2. */
export class OutputError<K extends MessageKey = MessageKey> extends KeyedError<K> {
  override readonly name = 'OutputError';
  /** Stable code for programs: OUTPUT_MISSING_FOLDER, OUTPUT_NOT_WRITABLE, OUTPUT_IS_INPUT, OUTPUT_IO. */
  readonly code: string;
  constructor(
    readonly kind: OutputErrorKind,
    /** The target as the caller gave it. */
    readonly target: string,
    key: K,
    ...data: MessageData<K>
  ) {
    super(key, ...data);
    this.code = `OUTPUT_${kind.toUpperCase().replace(/-/g, '_')}`;
  }

  /** The system error behind it, kept for --debug. */
  causedBy(cause: unknown): this {
    this.cause = cause;
    return this;
  }
}

export interface WriteAtomicOptions {
  /** Files the output must never replace (the plan, the reports, templates…). */
  inputs: readonly string[];
  /** Mode for a new file (default 0o666, less the umask); an existing file keeps its own mode. */
  mode?: number;
}

export type AtomicData = Uint8Array | string | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

function errno(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

async function statOrNull(p: string, follow = true): Promise<Stats | null> {
  try {
    return follow ? await stat(p) : await lstat(p);
  } catch (e) {
    const c = errno(e);
    if (c === 'ENOENT' || c === 'ENOTDIR') return null;
    throw e;
  }
}

function statSyncOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch (e) {
    const c = errno(e);
    if (c === 'ENOENT' || c === 'ENOTDIR') return null;
    throw e;
  }
}

/**
 * The path a write to `p` really lands on: realpath of the file, or of its folder plus its name.
 * Synchronous, as every input of a build is asked: an awaited realpath costs a thread-pool round trip,
 * and 3 000 of them were a quarter of a second of waiting per output (docs/performance.md).
 */
function landingPath(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync.native(abs);
  } catch {
    try {
      return join(realpathSync.native(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

function checkNotInput(target: string, landing: string, targetStat: Stats | null, inputs: readonly string[]): void {
  for (const input of inputs) {
    const inputLanding = landingPath(input);
    let same = inputLanding === landing;
    if (!same && targetStat) {
      // Hard links: same file under another name.
      const s = statSyncOrNull(inputLanding);
      same = s !== null && s.dev === targetStat.dev && s.ino === targetStat.ino;
    }
    if (same) {
      throw new OutputError('is-input', target, 'errors.outputIsInput', target, input);
    }
  }
}

function toChunks(data: AtomicData): Iterable<Uint8Array> | AsyncIterable<Uint8Array> {
  if (typeof data === 'string') return [Buffer.from(data, 'utf8')];
  if (data instanceof Uint8Array) return [data];
  return data;
}

function notWritable(target: string, folder: string, cause: unknown): OutputError {
  return new OutputError('not-writable', target, 'errors.folderNotWritable', folder, errno(cause)).causedBy(cause);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return errno(e) === 'EPERM'; // alive, but someone else's
  }
}

/**
 * A write killed before its rename (SIGKILL, power loss) leaves its temporary file; the next write to
 * the same target removes those whose process is gone, so they never pile up. Best effort.
 */
async function sweepStaleTemporaries(folder: string, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${escaped}\\.(\\d+)-[0-9a-f]{12}\\.tmp$`);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = pattern.exec(entry)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) await unlink(join(folder, entry)).catch(() => undefined);
  }
}

/**
 * Every check a write makes before it touches the disk, with the same errors; a command that writes
 * several files calls it for each first, so that a refused second file cannot leave the first alone.
 */
export async function checkOutput(
  target: string,
  options: WriteAtomicOptions,
): Promise<{ landing: string; folder: string; name: string; targetStat: Stats | null }> {
  const landing = landingPath(target);
  const folder = dirname(landing);
  const name = basename(landing);

  const folderStat = await statOrNull(folder);
  if (folderStat === null) {
    // Either nothing is there, or a path component is a file (ENOTDIR).
    const parent = await statOrNull(dirname(resolve(target)), false);
    if (parent !== null && !parent.isDirectory()) {
      throw new OutputError('not-writable', target, 'errors.parentIsFile', dirname(resolve(target)));
    }
    throw new OutputError('missing-folder', target, 'errors.folderMissing', folder);
  }
  if (!folderStat.isDirectory()) {
    throw new OutputError('not-writable', target, 'errors.notAFolder', folder);
  }
  const targetStat = await statOrNull(landing);
  checkNotInput(target, landing, targetStat, options.inputs);
  if (targetStat?.isDirectory()) {
    throw new OutputError('io', target, 'errors.targetIsFolder', target);
  }
  try {
    await access(folder, constants.W_OK);
  } catch (e) {
    throw notWritable(target, folder, e);
  }

  return { landing, folder, name, targetStat };
}

/**
 * Write `data` to `target` atomically. Throws OutputError:
 * - `is-input` when the target is (resolves to, or is a hard link of) one of `inputs`;
 * - `missing-folder` when the target's folder does not exist;
 * - `not-writable` when the folder is not a folder or cannot be written;
 * - `io` for any other failure (disk full, target is a folder, …).
 * On failure the temporary file is removed and the previous target, if any, is untouched.
 * A symbolic link at the target is followed: the file it points to is replaced, the link kept.
 */
export async function writeFileAtomic(target: string, data: AtomicData, options: WriteAtomicOptions): Promise<void> {
  const { landing, folder, name, targetStat } = await checkOutput(target, options);

  await sweepStaleTemporaries(folder, name);
  const temp = join(folder, `.${name}.${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, 'wx', options.mode ?? 0o666);
  } catch (e) {
    const c = errno(e);
    if (c === 'EACCES' || c === 'EPERM' || c === 'EROFS' || c === 'ENOENT' || c === 'ENOTDIR') throw notWritable(target, folder, e);
    throw new OutputError('io', target, 'errors.tempFileFailed', folder).causedBy(e);
  }
  try {
    for await (const chunk of toChunks(data)) {
      let off = 0;
      while (off < chunk.byteLength) {
        const { bytesWritten } = await handle.write(chunk, off, chunk.byteLength - off);
        off += bytesWritten;
      }
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (targetStat) await chmod(temp, targetStat.mode & 0o7777);
    await rename(temp, landing);
  } catch (e) {
    if (handle) await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (e instanceof OutputError) throw e;
    const c = errno(e);
    if (c === 'EACCES' || c === 'EPERM' || c === 'EROFS') throw notWritable(target, folder, e);
    throw new OutputError('io', target, 'errors.writeFailed', target, c).causedBy(e);
  }
  // Make the rename itself durable; not every platform can fsync a folder, which is not an error.
  try {
    const dir = await open(folder, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  } catch {
    /* best effort */
  }
}
