/** An entry of the memory tier. */
export interface MemoryEntry {
  /** Deep-frozen: every hit gets these very objects. */
  records: readonly unknown[];
  /** What it counts against the byte cap. */
  bytes: number;
  /** When the store last saw this entry used (ms), as far as this process knows. */
  usedAt: number;
}

/**
 * The cache's memory tier: the entries written or used most recently, in two
 * generations. Entries go into the young map; once it holds half the cap (in
 * bytes or entries) it becomes the old one, and the old one is dropped whole.
 * A hit in the old generation moves its entry to the young one. So the tier
 * keeps at least the newest half of its cap and at most all of it, and an
 * insert costs one map write: an exact LRU paid a delete per insert and a
 * reorder per hit, each a cache miss in a map of tens of thousands of keys.
 *
 * Bytes are counted per insert: an entry written twice into the young map
 * counts twice until that generation is dropped, which only rotates it early.
 */
export class MemoryTier {
  private young = new Map<string, MemoryEntry>();
  private old = new Map<string, MemoryEntry>();
  private youngBytes = 0;
  private oldBytes = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxEntries: number,
  ) {}

  /** The entry under `key`, or undefined. */
  get(key: string): MemoryEntry | undefined {
    const young = this.young.get(key);
    if (young !== undefined) return young;
    const old = this.old.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  /** Whether either generation holds `key`; unlike `get`, it moves nothing. */
  has(key: string): boolean {
    return this.young.has(key) || this.old.has(key);
  }

  /** Keeps an entry; false when it is too big to keep (over a quarter of the byte cap), so one huge entry cannot flush the rest. */
  set(key: string, entry: MemoryEntry): boolean {
    if (entry.bytes > this.maxBytes / 4) return false;
    if (this.youngBytes + entry.bytes > this.maxBytes / 2 || this.young.size >= this.maxEntries / 2) this.rotate();
    this.young.set(key, entry);
    this.youngBytes += entry.bytes;
    return true;
  }

  /** Bytes counted in both generations. */
  get bytes(): number {
    return this.youngBytes + this.oldBytes;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
    this.youngBytes = 0;
    this.oldBytes = 0;
  }

  private rotate(): void {
    this.old = this.young;
    this.oldBytes = this.youngBytes;
    this.young = new Map();
    this.youngBytes = 0;
  }
}
