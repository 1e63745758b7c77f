import type { CacheWriter } from './cache-writer';
import type { KeyFilter } from './key-filter';

/** Refresh windows overlap by this much, for clocks and commits in flight. */
const FILTER_SLACK_MS = 2000;
/** An outgrown filter is rebuilt for this many times the keys it holds: the writer's count lags behind queued writes. */
const GROWTH = 4;
/**
 * The first filter has room for at least this many keys (1 MiB of bits). A rebuild
 * waits behind every write queued on the writer thread, which lags a fast fan-out by a
 * second or more, while each run of 10,000 items adds 20,000 keys: a small filter would
 * fill, and send ever more misses to SQLite, long before its replacement arrives.
 */
const INITIAL_KEYS = 500_000;

// Three quarters full, not full: the rebuilt filter arrives only after the writer has
// committed every write queued before the request, and the old one fills meanwhile.
const outgrown = (filter: KeyFilter): boolean => filter.added > filter.capacity * 0.75;

/** What the SQLite store asks of its key filter. */
export interface StoredKeys {
  /** Settles once the first load is done (or failed: then `mightHave` stays true). */
  readonly ready: Promise<void>;
  /** False only for a key that is certainly not stored. */
  mightHave(key: string): boolean;
  /** Records a key about to be written from this process. */
  add(key: string): void;
  /** Says recorded keys are on their way to the writer thread. */
  sent(keys: readonly string[]): void;
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
  let loading = false;
  let timer: NodeJS.Timeout | undefined;
  const load = (minKeys = 0): Promise<void> => {
    loading = true;
    early = [];
    const startedAt = Date.now();
    return writer.loadFilter(minKeys).then(
      (loaded) => {
        for (const key of early ?? []) loaded.add(key);
        early = undefined;
        filter = loaded;
        loading = false;
        refreshedAt = startedAt;
        timer ??= setInterval(refresh, refreshMs).unref();
      },
      () => {
        early = undefined; // no filter (or the old one): every lookup reads, or reads as before
        loading = false;
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
        if (filter && outgrown(filter) && !loading) return load(GROWTH * filter.added);
      })
      .catch(() => {})
      .finally(() => (busy = false));
  };
  const ready = load(INITIAL_KEYS);
  return {
    ready,
    mightHave: (key: string) => filter === undefined || filter.mightHave(key),
    add(key: string) {
      filter?.add(key);
      early?.push(key);
    },
    sent(keys: readonly string[]) {
      // A load under way may have scanned the table before these arrive: its filter gets them on arrival.
      if (early) for (const key of keys) early.push(key);
      // Rebuilt as soon as this process's own writes fill it, not at the next refresh: a
      // long fan-out writes many times the filter's size within one refresh period, and
      // its false positives (each a SQLite read) climb steeply past the planned size.
      if (filter && outgrown(filter) && !loading && !writer.broken) void load(GROWTH * filter.added);
    },
    stop: () => clearInterval(timer),
  };
}
