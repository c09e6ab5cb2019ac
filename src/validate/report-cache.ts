/**
 * `--cache <dir>`: one file's check stored under the sha256 of everything that decides it, so a CI run
 * over mostly unchanged reports parses only the files that changed.
 *
 * Key: sha256 over a format tag, the tool version, the message language, the file's display name (it is
 * inside every diagnostic), a digest of the plan and the file's bytes. Any change to one of them is a
 * different key; nothing is ever invalidated in place. Entries are v8-serialised (exact numbers, -0,
 * own "__proto__" keys and all) and written atomically (temporary file, then rename), so a reader never
 * sees half an entry; an entry that cannot be read or does not look right is a miss, never an error.
 * The decoded text is not stored: it is decoded again from the bytes, which are read anyway.
 * Cross-file diagnostics (CR501) depend on the other files and are never cached.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Lang } from '../messages/lang.js';
import type { Plan } from '../plan/types.js';
import type { ReportCheck } from './validate-report.js';

/** Bump when what is stored, or how a check is computed, changes in a way the version does not show. */
export const CACHE_FORMAT = 1;

export type CachedCheck = Omit<ReportCheck, 'text'> & { hasText: boolean };

interface Entry {
  format: number;
  key: string;
  check: CachedCheck;
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
  /** Entries that could not be written (read-only folder, disk full): the run goes on without them. */
  writeErrors: number;
}

export class ReportCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0, writeErrors: 0 };
  private readonly prefix: Buffer;

  constructor(
    readonly dir: string,
    plan: Plan,
    toolVersion: string,
    lang: Lang,
  ) {
    const planDigest = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
    this.prefix = Buffer.from(`compile-report-cache\0${CACHE_FORMAT}\0${toolVersion}\0${lang}\0${planDigest}\0`, 'utf8');
  }

  key(name: string, bytes: Uint8Array): string {
    const nameBytes = Buffer.from(name, 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(nameBytes.length);
    return createHash('sha256').update(this.prefix).update(length).update(nameBytes).update(bytes).digest('hex');
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.v8`);
  }

  /** Synchronous: an entry is small, and one blocking read costs less than the promise round trips of four. */
  get(key: string): CachedCheck | undefined {
    let data: Buffer;
    try {
      data = readFileSync(this.path(key));
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const entry = deserialize(data) as Entry;
      if (entry?.format === CACHE_FORMAT && entry.key === key && Array.isArray(entry.check?.diagnostics) && typeof entry.check.file === 'string') {
        this.stats.hits++;
        return entry.check;
      }
    } catch {
      /* a damaged entry is a miss; it is written again below */
    }
    this.stats.misses++;
    return undefined;
  }

  /** Stores a copy of the check as it is now (callers may add cross-file diagnostics afterwards). */
  async set(key: string, check: ReportCheck): Promise<void> {
    const { text, ...rest } = check;
    const entry: Entry = { format: CACHE_FORMAT, key, check: { ...rest, hasText: text !== undefined } };
    // Serialised now, before the first await: the caller may change the check once this returns a promise.
    const data = serialize(entry);
    const target = this.path(key);
    const temp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(temp, data);
      await rename(temp, target);
      this.stats.writes++;
    } catch {
      this.stats.writeErrors++;
      await unlink(temp).catch(() => undefined);
    }
  }
}
