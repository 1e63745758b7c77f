import type { CacheStoreEntry } from './cache-store';
import type { CacheWriter } from './cache-writer';
import type { KeyFilter } from './key-filter';

/** Refresh windows overlap by this much, for clocks and commits in flight. */
const FILTER_SLACK_MS = 2000;

/** What the SQLite store asks of its key filter. */
export interface StoredKeys {
  /** Settles once the first load is done (or failed: then `mightHave` stays true). */
  readonly ready: Promise<void>;
  /** False only for a key that is certainly not stored. */
  mightHave(key: string): boolean;
  /** Records keys about to be written from this process. */
  addAll(entries: readonly CacheStoreEntry[]): void;
  /** Stops the refreshes. */
  stop(): void;
}

/**
 * The stored keys as a Bloom filter: loaded on the writer thread, fed with
 * this process's writes, refreshed every `refreshMs` with the keys any process
 * wrote or used since, rebuilt when it has outgrown its size.
 */
export function storedKeys(writer: CacheWriter, refreshMs: number): StoredKeys {
  let filter: KeyFilter | undefined;
  let early: string[] | undefined; // keys written while a load is under way
  let refreshedAt = 0;
  let busy = false;
  let timer: NodeJS.Timeout | undefined;
  const load = (): Promise<void> => {
    early = [];
    const startedAt = Date.now();
    return writer.loadFilter().then(
      (loaded) => {
        for (const key of early ?? []) loaded.add(key);
        early = undefined;
        filter = loaded;
        refreshedAt = startedAt;
        timer ??= setInterval(refresh, refreshMs).unref();
      },
      () => {
        early = undefined; // no filter: every lookup reads
      },
    );
  };
  const refresh = () => {
    if (busy || !filter || writer.broken) return;
    busy = true;
    const startedAt = Date.now();
    writer
      .keysSince(refreshedAt - FILTER_SLACK_MS)
      .then((found) => {
        for (const key of found) filter?.add(key);
        refreshedAt = startedAt;
        if (filter && filter.added > filter.capacity) return load();
      })
      .catch(() => {})
      .finally(() => (busy = false));
  };
  const ready = load();
  return {
    ready,
    mightHave: (key: string) => filter === undefined || filter.mightHave(key),
    addAll(entries: readonly CacheStoreEntry[]) {
      for (const entry of entries) {
        filter?.add(entry.key);
        early?.push(entry.key);
      }
    },
    stop: () => clearInterval(timer),
  };
}
