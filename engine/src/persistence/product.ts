/** What the save node knows when it records a product (after its file is on disk). */
export interface NewProduct {
  /** Defaults to a fresh UUID. */
  id?: string;
  projectId: number;
  runId: string | null;
  nodeId: string;
  workflowHash: string;
  /** The save node's cache key for this item: the product's identity within its project. */
  cacheKey: string;
  prompt?: string;
  negativePrompt?: string;
  params?: Record<string, unknown>;
  seed?: number | null;
  provider?: string | null;
  model?: string | null;
  mediaHash: string;
  /** The media store's relative path. */
  mediaPath: string;
  mime: string;
  width: number;
  height: number;
  /** Longest side → media-store relative path. */
  thumbnails?: Record<string, string>;
  metrics?: Record<string, number>;
  tags?: string[];
  createdAt?: number;
}

/** A product as the engine and API use it (JSON columns parsed). */
export interface Product {
  id: string;
  projectId: number;
  runId: string | null;
  nodeId: string;
  workflowHash: string;
  cacheKey: string;
  prompt: string;
  negativePrompt: string;
  params: Record<string, unknown>;
  seed: number | null;
  provider: string | null;
  model: string | null;
  mediaHash: string;
  mediaPath: string;
  mime: string;
  width: number;
  height: number;
  thumbnails: Record<string, string>;
  metrics: Record<string, number>;
  rating: number | null;
  liked: boolean;
  tags: string[];
  createdAt: number;
}

/** Filters and paging for the library grid. */
export interface ProductQuery {
  projectId: number;
  /** Free text; every word must appear (as a prefix) in the chosen field. */
  search?: string;
  /** Which text the search looks at; defaults to the prompt. */
  searchIn?: 'prompt' | 'negativePrompt' | 'both';
  runId?: string;
  liked?: boolean;
  limit?: number;
  offset?: number;
}

/** One page of products, newest first, and the number matching in all. */
export interface ProductPage {
  items: Product[];
  total: number;
}

/** Editable fields of a product. */
export interface ProductUpdate {
  rating?: number | null;
  liked?: boolean;
  tags?: string[];
}
