import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProductEntity } from './entities/product-entity';
import { DEFAULT_PROJECT_ID, ProjectEntity } from './entities/project-entity';
import { openDatabase } from './open-database';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase | undefined;
afterEach(async () => {
  await temp?.dispose();
  temp = undefined;
});

describe('openDatabase', () => {
  it('creates artfactory.db in the data folder with every table and the full-text index', async () => {
    temp = await openTempDatabase();
    expect(fs.existsSync(path.join(temp.dataDir, 'artfactory.db'))).toBe(true);
    const names = (temp.db.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')`).all() as Array<{ name: string }>).map((r) => r.name);
    for (const table of ['project', 'run', 'run_item', 'product', 'cache_entry', 'lookup', 'product_fts', 'migrations']) {
      expect(names).toContain(table);
    }
    expect(names).toEqual(expect.arrayContaining(['product_fts_insert', 'product_fts_update', 'product_fts_delete']));
  });

  it('creates the Default project', async () => {
    temp = await openTempDatabase();
    const project = await temp.db.dataSource.getRepository(ProjectEntity).findOneBy({ id: DEFAULT_PROJECT_ID });
    expect(project?.name).toBe('Default');
  });

  it('turns on WAL, NORMAL sync, foreign keys and a busy timeout', async () => {
    temp = await openTempDatabase();
    const { sqlite } = temp.db;
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(1);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('passes the integrity checks of SQLite and of the full-text index', async () => {
    temp = await openTempDatabase();
    temp.db.products.insertProduct({
      projectId: DEFAULT_PROJECT_ID, runId: null, nodeId: 'save', workflowHash: 'w', cacheKey: 'k',
      prompt: 'a red fox', mediaHash: 'a'.repeat(64), mediaPath: 'x', mime: 'image/png', width: 1, height: 1,
    });
    expect(temp.db.integrityCheck()).toEqual(['ok']);
  });

  it('reports a full-text index that no longer matches the products', async () => {
    temp = await openTempDatabase();
    temp.db.sqlite.prepare(`INSERT INTO product_fts(rowid, prompt, negativePrompt) VALUES (999, 'ghost', '')`).run();
    expect(temp.db.integrityCheck()).toEqual([expect.stringMatching(/^product_fts: /)]);
  });

  it('has a schema that matches the entities exactly (the migration and the decorators agree)', async () => {
    temp = await openTempDatabase();
    const diff = await temp.db.dataSource.driver.createSchemaBuilder().log();
    expect(diff.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('reads and writes through TypeORM repositories with the explicit column types', async () => {
    temp = await openTempDatabase();
    const repo = temp.db.dataSource.getRepository(ProductEntity);
    await repo.insert({
      id: 'p1', projectId: DEFAULT_PROJECT_ID, runId: null, nodeId: 'save', workflowHash: 'w', cacheKey: 'k1',
      prompt: 'blue whale', negativePrompt: '', params: '{}', seed: 7, provider: 'local', model: 'm', mediaHash: 'h',
      mediaPath: 'p', mime: 'image/png', width: 64, height: 32, thumbnails: '{}', metrics: '{}', rating: null, liked: true,
      tags: '[]', createdAt: 1,
    });
    const stored = await repo.findOneByOrFail({ id: 'p1' });
    expect(stored).toMatchObject({ seed: 7, liked: true, width: 64 });
    expect(temp.db.products.listProducts({ projectId: DEFAULT_PROJECT_ID, search: 'whale' }).total).toBe(1);
  });

  it('reopens an existing database without re-running migrations and keeps its rows', async () => {
    temp = await openTempDatabase();
    temp.db.lookups.upsertLookup('animal', ['cat']);
    await temp.db.close();
    const again = await openDatabase({ dataDir: temp.dataDir });
    try {
      expect(again.lookups.listLookups()).toEqual({ animal: ['cat'] });
      expect(again.sqlite.prepare('SELECT COUNT(*) AS n FROM migrations').get()).toEqual({ n: 1 });
    } finally {
      await again.close();
    }
  });

  it('opens a throwaway in-memory database for tests', async () => {
    const db = await openDatabase({ dataDir: ':memory:' });
    try {
      expect(db.projects.list().map((p) => p.name)).toEqual(['Default']);
    } finally {
      await db.close();
    }
  });

  it('rejects rows that break the foreign keys', async () => {
    temp = await openTempDatabase();
    expect(() => temp!.db.runs.create({ id: 'r', projectId: 999, workflow: '{}', workflowHash: 'h' })).toThrow(/FOREIGN KEY/);
  });
});

describe('data folder', () => {
  it('creates the database folder if it does not exist yet', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-dir-'));
    const dataDir = path.join(root, 'nested', 'data');
    const db = await openDatabase({ dataDir });
    await db.close();
    expect(fs.existsSync(path.join(dataDir, 'artfactory.db'))).toBe(true);
    fs.rmSync(root, { recursive: true, force: true });
  });
});
