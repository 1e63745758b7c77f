import type { LookupTable } from '../expand';
import type { ImageRef, ProductRef } from './value-types';

/** Content-addressed media storage as a run function sees it. */
export interface MediaService {
  /** Stores bytes atomically under their sha256; storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array, ext: 'png' | 'webp' | 'jpg'): Promise<{ hash: string; path: string; size: number }>;
  /** Reads a stored file back. */
  read(hash: string, ext: 'png' | 'webp' | 'jpg'): Promise<Uint8Array>;
}

/** Records products in the library (main-thread nodes only). */
export interface ProductService {
  /** Embeds the workflow in the image, makes thumbnails, then writes the product row — in that order. */
  save(input: { image: ImageRef; cacheKey: string; nodeId: string }): Promise<ProductRef>;
}

/** The user's lookups, for expansion. */
export interface LookupService {
  table(): Promise<LookupTable>;
}

/** Where an execution sits in its run. */
export interface RunInfo {
  runId: string;
  nodeId: string;
  projectId: string;
  workflowHash: string;
}

/** What the engine gives a run function. */
export interface ExecuteContext {
  /** The execution's resolved seed (never -1): recorded before hashing, so results reproduce. */
  seed: number;
  /** Aborted when the run is cancelled; long work must check it. */
  signal: AbortSignal;
  /** Reports progress of this execution, 0..1. */
  progress(fraction: number): void;
  media: MediaService;
  run: RunInfo;
  /** The cache key of this execution: a stable identity for what it makes. */
  cacheKey: string;
  /** Services that exist only on the main thread; absent inside workers. */
  products?: ProductService;
  lookups?: LookupService;
}
