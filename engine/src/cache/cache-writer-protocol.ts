/** What the cache writer thread is started with. */
export interface CacheWriterSetup {
  /** The database file (never `:memory:`: a second connection could not see it). */
  file: string;
  busyTimeoutMs: number;
}

/**
 * A request to the writer thread: entries to upsert (as parallel arrays of
 * strings, which cross a thread about twice as fast as objects), keys to mark
 * used, a key filter of every stored key, or the keys used since a time.
 */
export type CacheWriterRequest =
  | { id: number; kind: 'put'; keys: string[]; nodeTypes: string[]; values: string[]; now: number }
  | { id: number; kind: 'touch'; keys: string[]; now: number }
  | { id: number; kind: 'filter'; minKeys?: number }
  | { id: number; kind: 'keys-since'; since: number };

/** The writer's answer to one request: done (with what was asked for), or the error's message. */
export interface CacheWriterReply {
  id: number;
  error?: string;
  /** For `filter`: the filter's bit array, transferred. */
  words?: Uint32Array;
  /** For `filter`: keys it holds. For `keys-since`: the keys. */
  added?: number;
  keys?: string[];
}
