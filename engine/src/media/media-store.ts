import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { MediaResult } from './media-error';
import { isMediaHash, mediaRelativePath, parseMediaPath, type MediaExtension } from './media-path';

/** Where `put` stored a blob. */
export interface StoredMedia {
  /** SHA-256 of the bytes, lower-case hex. */
  hash: string;
  ext: MediaExtension;
  /** Relative to the store root: `ab/cd/<hash>.<ext>`. */
  path: string;
  size: number;
  /** False when an identical file was already there. */
  written: boolean;
}

/** Options for orphan cleanup. */
export interface OrphanOptions {
  /** Spare files younger than this: they may belong to a product about to be recorded. Default 15 minutes. */
  olderThanMs?: number;
  now?: number;
}

const TEMP_DIR = '.tmp';
const FAN_DIR = /^[0-9a-f]{2}$/;
// Temp files are named <pid>-<random>.tmp so a sweep can spare those of live processes.
const TEMP_NAME = /^(\d+)-[0-9a-f]+\.tmp$/;
const STALE_TEMP_MS = 24 * 60 * 60 * 1000;

/**
 * Content-addressed files under one root (`<dataDir>/media`). Writes are atomic:
 * a temp file on the same filesystem, fsync, rename, fsync of the folder — so
 * a final path never holds a partial file, even after `kill -9` or power loss.
 */
export class MediaStore {
  readonly rootDir: string;
  private readonly tempDir: string;

  constructor(rootDir: string) {
    this.rootDir = path.resolve(rootDir);
    this.tempDir = path.join(this.rootDir, TEMP_DIR);
  }

  /** Stores bytes under their SHA-256; a no-op when the same content is already stored. */
  async put(bytes: Uint8Array, ext: MediaExtension): Promise<StoredMedia> {
    const hash = createHash('sha256').update(bytes).digest('hex');
    const relative = mediaRelativePath(hash, ext);
    const final = path.join(this.rootDir, relative);
    const existing = await fs.stat(final).catch(() => undefined);
    if (existing?.isFile() && existing.size === bytes.byteLength) {
      return { hash, ext, path: relative, size: bytes.byteLength, written: false };
    }
    const dir = path.dirname(final);
    const createdDir = await fs.mkdir(dir, { recursive: true });
    await fs.mkdir(this.tempDir, { recursive: true });
    const temp = path.join(this.tempDir, `${process.pid}-${randomBytes(8).toString('hex')}.tmp`);
    try {
      const handle = await fs.open(temp, 'wx', 0o644);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, final);
    } catch (error) {
      await fs.rm(temp, { force: true });
      throw error;
    }
    // The rename is durable only once the folder entry is; new fan-out folders need their parents synced too.
    await syncDir(dir);
    if (createdDir !== undefined) {
      await syncDir(path.dirname(dir));
      await syncDir(this.rootDir);
    }
    return { hash, ext, path: relative, size: bytes.byteLength, written: true };
  }

  /** The relative path a hash is (or would be) stored under. */
  pathOf(hash: string, ext: MediaExtension): string {
    return mediaRelativePath(hash, ext);
  }

  /** Whether a blob is stored. */
  async has(hash: string, ext: MediaExtension): Promise<boolean> {
    if (!isMediaHash(hash)) return false;
    const stat = await fs.stat(path.join(this.rootDir, mediaRelativePath(hash, ext))).catch(() => undefined);
    return stat?.isFile() ?? false;
  }

  /** The absolute path of a relative media path, refusing anything not shaped `ab/cd/<hash>.<ext>`. */
  absolutePath(relative: string): MediaResult<string> {
    const parsed = parseMediaPath(relative);
    if (!parsed.ok) return parsed;
    return { ok: true, value: path.join(this.rootDir, parsed.value.relative) };
  }

  /** The bytes at a relative media path, or an error for a bad path or a missing file. */
  async read(relative: string): Promise<MediaResult<Buffer>> {
    const absolute = this.absolutePath(relative);
    if (!absolute.ok) return absolute;
    try {
      return { ok: true, value: await fs.readFile(absolute.value) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      return { ok: false, error: { code: 'media.not_found', message: 'No media file is stored at this path.', path: relative } };
    }
  }

  /**
   * Deletes temp files left by interrupted writes (a `kill -9` mid-put): those of
   * processes no longer running, or older than a day. Returns how many it removed.
   */
  async sweepTemp(): Promise<number> {
    const names = await fs.readdir(this.tempDir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const file = path.join(this.tempDir, name);
      const pid = Number(TEMP_NAME.exec(name)?.[1]);
      const stat = await fs.stat(file).catch(() => undefined);
      if (!stat) continue;
      const stale = Date.now() - stat.mtimeMs > STALE_TEMP_MS;
      if (!stale && Number.isInteger(pid) && isRunning(pid)) continue;
      await fs.rm(file, { force: true, recursive: true });
      removed++;
    }
    return removed;
  }

  /** Relative paths of stored files whose hash is not in `knownHashes` (and old enough to be safe to delete). */
  async listOrphans(knownHashes: ReadonlySet<string>, options: OrphanOptions = {}): Promise<string[]> {
    const cutoff = (options.now ?? Date.now()) - (options.olderThanMs ?? 15 * 60 * 1000);
    const orphans: string[] = [];
    for (const a of await subdirs(this.rootDir)) {
      for (const b of await subdirs(path.join(this.rootDir, a))) {
        for (const name of await fs.readdir(path.join(this.rootDir, a, b))) {
          const relative = `${a}/${b}/${name}`;
          const parsed = parseMediaPath(relative);
          // Files not shaped like ours are not ours to delete.
          if (!parsed.ok || knownHashes.has(parsed.value.hash)) continue;
          const stat = await fs.stat(path.join(this.rootDir, relative)).catch(() => undefined);
          if (stat?.isFile() && stat.mtimeMs <= cutoff) orphans.push(relative);
        }
      }
    }
    return orphans.sort();
  }

  /** Deletes the files `listOrphans` finds and returns their relative paths. */
  async removeOrphans(knownHashes: ReadonlySet<string>, options: OrphanOptions = {}): Promise<string[]> {
    const orphans = await this.listOrphans(knownHashes, options);
    for (const relative of orphans) await fs.rm(path.join(this.rootDir, relative), { force: true });
    return orphans;
  }
}

async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function subdirs(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && FAN_DIR.test(e.name)).map((e) => e.name).sort();
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
