import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from './entities/project-entity';
import type { NewProduct } from './product';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
});
afterEach(() => temp.dispose());

function product(cacheKey: string, prompt: string, extra: Partial<NewProduct> = {}): NewProduct {
  return {
    projectId: DEFAULT_PROJECT_ID, runId: null, nodeId: 'save', workflowHash: 'wf', cacheKey, prompt,
    mediaHash: cacheKey.padEnd(64, '0').slice(0, 64), mediaPath: `x/${cacheKey}.png`, mime: 'image/png', width: 512, height: 512,
    ...extra,
  };
}

describe('ProductStore', () => {
  it('stores a product with its JSON fields and returns it parsed', () => {
    const { product: p, created } = temp.db.products.insertProduct(
      product('k1', 'a cat', { params: { steps: 20 }, seed: 42, tags: ['pets'], thumbnails: { '128': 'a/b/t.webp' }, createdAt: 5 }),
    );
    expect(created).toBe(true);
    expect(p).toMatchObject({ prompt: 'a cat', params: { steps: 20 }, seed: 42, tags: ['pets'], thumbnails: { '128': 'a/b/t.webp' }, liked: false, rating: null });
    expect(temp.db.products.getProduct(p.id)).toEqual(p);
  });

  it('returns the existing product instead of a duplicate when the cache key repeats', () => {
    const first = temp.db.products.insertProduct(product('same', 'a cat'));
    const second = temp.db.products.insertProduct(product('same', 'a cat', { runId: null, id: 'another-id' }));
    expect(second.created).toBe(false);
    expect(second.product.id).toBe(first.product.id);
    expect(temp.db.products.countByProject(DEFAULT_PROJECT_ID)).toBe(1);
  });

  it('allows the same cache key in another project', () => {
    const other = temp.db.projects.create('Other');
    if (!other.ok) throw new Error(other.error.message);
    temp.db.products.insertProduct(product('same', 'a cat'));
    expect(temp.db.products.insertProduct(product('same', 'a cat', { projectId: other.value.id })).created).toBe(true);
  });

  it('finds products by words of their prompt, as prefixes, ignoring case and accents', () => {
    const { products } = temp.db;
    products.insertProduct(product('1', 'A red fox in the snow', { createdAt: 1 }));
    products.insertProduct(product('2', 'Café with a fox', { createdAt: 2 }));
    products.insertProduct(product('3', 'a blue whale', { createdAt: 3, negativePrompt: 'fox' }));
    const ids = (search: string) => products.listProducts({ projectId: DEFAULT_PROJECT_ID, search }).items.map((p) => p.cacheKey);
    expect(ids('fox')).toEqual(['2', '1']);
    expect(ids('FOX snow')).toEqual(['1']);
    expect(ids('cafe')).toEqual(['2']);
    expect(ids('wha')).toEqual(['3']);
    expect(ids('zebra')).toEqual([]);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'fox', searchIn: 'negativePrompt' }).items.map((p) => p.cacheKey)).toEqual(['3']);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'fox', searchIn: 'both' }).total).toBe(3);
  });

  it('treats FTS5 syntax in the search box as plain words', () => {
    const { products } = temp.db;
    products.insertProduct(product('1', 'NEAR the "AND" OR not'));
    for (const search of ['"', 'NEAR(', 'a OR', '*', '{prompt}:', 'AND']) {
      expect(() => products.listProducts({ projectId: DEFAULT_PROJECT_ID, search })).not.toThrow();
    }
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'near OR' }).total).toBe(1);
  });

  it('follows prompt edits and deletions in the search index', () => {
    const { products } = temp.db;
    const { product: p } = products.insertProduct(product('1', 'red fox'));
    temp.db.sqlite.prepare('UPDATE product SET prompt = ? WHERE id = ?').run('green frog', p.id);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'fox' }).total).toBe(0);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'frog' }).total).toBe(1);
    expect(products.deleteProduct(p.id)).toBe(true);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'frog' }).total).toBe(0);
    expect(temp.db.integrityCheck()).toEqual(['ok']);
  });

  it('pages newest first and reports the total', () => {
    const { products } = temp.db;
    for (let i = 0; i < 25; i++) products.insertProduct(product(`k${i}`, `item ${i}`, { createdAt: i }));
    const page = products.listProducts({ projectId: DEFAULT_PROJECT_ID, limit: 10, offset: 10 });
    expect(page.total).toBe(25);
    expect(page.items.map((p) => p.createdAt)).toEqual([14, 13, 12, 11, 10, 9, 8, 7, 6, 5]);
  });

  it('finds a run’s products and filters by like', () => {
    const { products, runs } = temp.db;
    runs.create({ id: 'run-1', projectId: DEFAULT_PROJECT_ID, workflow: '{}', workflowHash: 'wf' });
    const a = products.insertProduct(product('a', 'x', { runId: 'run-1' })).product;
    products.insertProduct(product('b', 'y'));
    expect(products.findByRun('run-1').map((p) => p.id)).toEqual([a.id]);
    expect(products.updateProduct(a.id, { liked: true, rating: 4, tags: ['best'] })).toBe(true);
    expect(products.listProducts({ projectId: DEFAULT_PROJECT_ID, liked: true }).items.map((p) => [p.id, p.rating, p.tags])).toEqual([[a.id, 4, ['best']]]);
    expect(products.updateProduct('nope', { liked: true })).toBe(false);
  });

  it('keeps products when their run is deleted', () => {
    const { products, runs } = temp.db;
    runs.create({ id: 'run-1', projectId: DEFAULT_PROJECT_ID, workflow: '{}', workflowHash: 'wf' });
    const { product: p } = products.insertProduct(product('a', 'x', { runId: 'run-1' }));
    temp.db.sqlite.prepare('DELETE FROM run WHERE id = ?').run('run-1');
    expect(products.getProduct(p.id)?.runId).toBeNull();
  });

  it('lists every referenced media hash, thumbnails included', () => {
    const thumb = 'c'.repeat(64);
    temp.db.products.insertProduct(product('a', 'x', { mediaHash: 'b'.repeat(64), thumbnails: { '128': `cc/cc/${thumb}.webp` } }));
    expect(temp.db.products.referencedMediaHashes()).toEqual(new Set(['b'.repeat(64), thumb]));
  });
});
