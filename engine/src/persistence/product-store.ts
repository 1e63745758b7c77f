import { randomUUID } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { toFtsQuery } from './fts-query';
import type { NewProduct, Product, ProductPage, ProductQuery, ProductUpdate } from './product';
import type { SqliteConnection } from './sqlite-connection';

type ProductRow = Omit<Product, 'params' | 'thumbnails' | 'metrics' | 'tags' | 'liked'> & {
  seq: number;
  params: string;
  thumbnails: string;
  metrics: string;
  tags: string;
  liked: number;
};

const INSERT_COLUMNS = [
  'id', 'projectId', 'runId', 'nodeId', 'workflowHash', 'cacheKey', 'prompt', 'negativePrompt', 'params', 'seed', 'provider',
  'model', 'mediaHash', 'mediaPath', 'mime', 'width', 'height', 'thumbnails', 'metrics', 'tags', 'createdAt',
] as const;

/** The product library's reads and writes, on prepared statements of the raw connection. */
export class ProductStore {
  private readonly insert: Statement<Record<string, unknown>>;
  private readonly byCacheKey: Statement<[number, string], ProductRow>;
  private readonly byId: Statement<[string], ProductRow>;
  private readonly byRun: Statement<[string], ProductRow>;
  private readonly countProject: Statement<[number], { n: number }>;
  private readonly deleteOne: Statement<[string]>;
  private readonly statements = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: SqliteConnection) {
    this.insert = db.prepare(`INSERT INTO product (${INSERT_COLUMNS.join(', ')})
      VALUES (${INSERT_COLUMNS.map((c) => `@${c}`).join(', ')}) ON CONFLICT(projectId, cacheKey) DO NOTHING`);
    this.byCacheKey = db.prepare('SELECT * FROM product WHERE projectId = ? AND cacheKey = ?');
    this.byId = db.prepare('SELECT * FROM product WHERE id = ?');
    this.byRun = db.prepare('SELECT * FROM product WHERE runId = ? ORDER BY seq');
    this.countProject = db.prepare('SELECT COUNT(*) AS n FROM product WHERE projectId = ?');
    this.deleteOne = db.prepare('DELETE FROM product WHERE id = ?');
  }

  /**
   * Records a product unless its project already has one with the same cache
   * key; either way returns the stored product and whether this call created it.
   * Call it only once the media file and thumbnails are safely in the store.
   */
  insertProduct(p: NewProduct): { product: Product; created: boolean } {
    const created =
      this.insert.run({
        id: p.id ?? randomUUID(),
        projectId: p.projectId,
        runId: p.runId,
        nodeId: p.nodeId,
        workflowHash: p.workflowHash,
        cacheKey: p.cacheKey,
        prompt: p.prompt ?? '',
        negativePrompt: p.negativePrompt ?? '',
        params: JSON.stringify(p.params ?? {}),
        seed: p.seed ?? null,
        provider: p.provider ?? null,
        model: p.model ?? null,
        mediaHash: p.mediaHash,
        mediaPath: p.mediaPath,
        mime: p.mime,
        width: p.width,
        height: p.height,
        thumbnails: JSON.stringify(p.thumbnails ?? {}),
        metrics: JSON.stringify(p.metrics ?? {}),
        tags: JSON.stringify(p.tags ?? []),
        createdAt: p.createdAt ?? Date.now(),
      }).changes > 0;
    const row = this.byCacheKey.get(p.projectId, p.cacheKey);
    if (!row) throw new Error(`product ${p.cacheKey} vanished right after insert`);
    return { product: toProduct(row), created };
  }

  /** One product by its UUID. */
  getProduct(id: string): Product | undefined {
    const row = this.byId.get(id);
    return row && toProduct(row);
  }

  /** A project's product with this save-node cache key, if any. */
  findByCacheKey(projectId: number, cacheKey: string): Product | undefined {
    const row = this.byCacheKey.get(projectId, cacheKey);
    return row && toProduct(row);
  }

  /** The products a run created, in creation order. */
  findByRun(runId: string): Product[] {
    return this.byRun.all(runId).map(toProduct);
  }

  /** How many products a project holds. */
  countByProject(projectId: number): number {
    return this.countProject.get(projectId)?.n ?? 0;
  }

  /** One page of a project's products, newest first, optionally narrowed by full-text search. */
  listProducts(q: ProductQuery): ProductPage {
    const where = ['p.projectId = @projectId'];
    const params: Record<string, unknown> = { projectId: q.projectId };
    let from = 'product p';
    const column = q.searchIn === 'both' ? undefined : (q.searchIn ?? 'prompt');
    const match = q.search === undefined ? undefined : toFtsQuery(q.search, column);
    if (match !== undefined) {
      from = 'product_fts f JOIN product p ON p.seq = f.rowid';
      where.push('product_fts MATCH @match');
      params.match = match;
    }
    if (q.runId !== undefined) {
      where.push('p.runId = @runId');
      params.runId = q.runId;
    }
    if (q.liked !== undefined) {
      where.push('p.liked = @liked');
      params.liked = q.liked ? 1 : 0;
    }
    const sql = `FROM ${from} WHERE ${where.join(' AND ')}`;
    // Query shapes are few (each filter present or not), so each is prepared once and kept.
    const total = (this.prepared(`SELECT COUNT(*) AS n ${sql}`).get(params) as { n: number }).n;
    const rows = this.prepared(`SELECT p.* ${sql} ORDER BY p.createdAt DESC, p.seq DESC LIMIT @limit OFFSET @offset`).all({
      ...params,
      limit: Math.max(0, Math.min(q.limit ?? 100, 1000)),
      offset: Math.max(0, q.offset ?? 0),
    }) as ProductRow[];
    return { items: rows.map(toProduct), total };
  }

  /** Changes rating, like or tags; false when no product has this id. */
  updateProduct(id: string, update: ProductUpdate): boolean {
    const sets: string[] = [];
    const params: Record<string, unknown> = { id };
    if (update.rating !== undefined) {
      sets.push('rating = @rating');
      params.rating = update.rating;
    }
    if (update.liked !== undefined) {
      sets.push('liked = @liked');
      params.liked = update.liked ? 1 : 0;
    }
    if (update.tags !== undefined) {
      sets.push('tags = @tags');
      params.tags = JSON.stringify(update.tags);
    }
    if (sets.length === 0) return this.byId.get(id) !== undefined;
    return this.prepared(`UPDATE product SET ${sets.join(', ')} WHERE id = @id`).run(params).changes > 0;
  }

  /** Deletes one product row (its media files go with the next orphan cleanup). */
  deleteProduct(id: string): boolean {
    return this.deleteOne.run(id).changes > 0;
  }

  /** Every media hash a product points at, thumbnails included: the keep-set for orphan cleanup. */
  referencedMediaHashes(): Set<string> {
    const hashes = new Set<string>();
    const rows = this.prepared('SELECT mediaHash, thumbnails FROM product').all() as Array<{ mediaHash: string; thumbnails: string }>;
    for (const row of rows) {
      hashes.add(row.mediaHash);
      for (const rel of Object.values(JSON.parse(row.thumbnails) as Record<string, string>)) {
        const hash = /([0-9a-f]{64})\.[a-z0-9]+$/.exec(rel)?.[1];
        if (hash) hashes.add(hash);
      }
    }
    return hashes;
  }

  private prepared(sql: string): Statement<unknown[]> {
    let stmt = this.statements.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.statements.set(sql, stmt);
    }
    return stmt;
  }
}

function toProduct(row: ProductRow): Product {
  const { seq: _seq, ...rest } = row;
  return {
    ...rest,
    params: JSON.parse(row.params) as Record<string, unknown>,
    thumbnails: JSON.parse(row.thumbnails) as Record<string, string>,
    metrics: JSON.parse(row.metrics) as Record<string, number>,
    tags: JSON.parse(row.tags) as string[],
    liked: row.liked !== 0,
  };
}
