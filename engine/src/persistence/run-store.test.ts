import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from './entities/project-entity';
import { RunItemWriter } from './run-item-writer';
import { openTempDatabase, type TempDatabase } from './test-support/temp-database';

let temp: TempDatabase;
beforeEach(async () => {
  temp = await openTempDatabase();
  temp.db.runs.create({ id: 'r1', projectId: DEFAULT_PROJECT_ID, workflow: '{"nodes":[]}', workflowHash: 'wf', totalCount: 3 }, 100);
});
afterEach(() => temp.dispose());

describe('RunStore', () => {
  it('moves a run from queued to running to its final status with counts', () => {
    const { runs } = temp.db;
    expect(runs.get('r1')).toMatchObject({ status: 'queued', totalCount: 3, createdAt: 100, startedAt: null });
    runs.start('r1', 200);
    runs.updateCounts('r1', { done: 1, cached: 0, failed: 0, total: 3 });
    expect(runs.get('r1')).toMatchObject({ status: 'running', doneCount: 1, startedAt: 200 });
    runs.finish('r1', 'partial', { done: 2, cached: 0, failed: 1, total: 3 }, null, 300);
    expect(runs.get('r1')).toMatchObject({ status: 'partial', doneCount: 2, failedCount: 1, finishedAt: 300 });
    expect(runs.list(DEFAULT_PROJECT_ID).map((r) => r.id)).toEqual(['r1']);
  });

  it('refuses a status outside the known set', () => {
    expect(() => temp.db.runs.finish('r1', 'exploded' as never, { done: 0, cached: 0, failed: 0, total: 0 })).toThrow(/CHECK/);
  });

  it('fails runs left open by a previous process', () => {
    const { runs } = temp.db;
    runs.create({ id: 'r2', projectId: DEFAULT_PROJECT_ID, workflow: '{}', workflowHash: 'wf' });
    runs.start('r2');
    runs.create({ id: 'r3', projectId: DEFAULT_PROJECT_ID, workflow: '{}', workflowHash: 'wf' });
    runs.finish('r3', 'succeeded', { done: 1, cached: 0, failed: 0, total: 1 });
    expect(runs.failInterrupted(999)).toBe(2);
    expect(runs.get('r2')).toMatchObject({ status: 'failed', finishedAt: 999 });
    expect(JSON.parse(runs.get('r1')?.error ?? '{}')).toMatchObject({ code: 'run.interrupted' });
    expect(runs.get('r3')?.status).toBe('succeeded');
  });
});

describe('RunItemWriter', () => {
  it('writes nothing until flushed, then everything in one go', () => {
    const writer = new RunItemWriter(temp.db.sqlite, { flushIntervalMs: 60_000 });
    for (let i = 0; i < 3; i++) writer.record({ runId: 'r1', nodeId: 'n', itemKey: String(i), cacheKey: `c${i}`, status: 'done', durationMs: 5 });
    expect(temp.db.runs.items('r1')).toEqual([]);
    expect(writer.flush()).toBe(3);
    expect(temp.db.runs.items('r1').map((i) => [i.itemKey, i.status, i.durationMs])).toEqual([['0', 'done', 5], ['1', 'done', 5], ['2', 'done', 5]]);
  });

  it('flushes by itself when a batch fills up', () => {
    const writer = new RunItemWriter(temp.db.sqlite, { maxBatch: 2, flushIntervalMs: 60_000 });
    writer.record({ runId: 'r1', nodeId: 'n', itemKey: '0', cacheKey: null, status: 'cached' });
    writer.record({ runId: 'r1', nodeId: 'n', itemKey: '1', cacheKey: null, status: 'cached' });
    expect(writer.pendingCount).toBe(0);
    expect(temp.db.runs.items('r1')).toHaveLength(2);
  });

  it('flushes by itself after the interval', async () => {
    const writer = new RunItemWriter(temp.db.sqlite, { flushIntervalMs: 10 });
    writer.record({ runId: 'r1', nodeId: 'n', itemKey: '0', cacheKey: null, status: 'done' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(temp.db.runs.items('r1')).toHaveLength(1);
  });

  it('overwrites a failed item with the outcome of its retry', () => {
    const writer = new RunItemWriter(temp.db.sqlite);
    writer.record({ runId: 'r1', nodeId: 'n', itemKey: '0', cacheKey: 'c', status: 'failed', error: '{"code":"x"}' });
    writer.flush();
    writer.record({ runId: 'r1', nodeId: 'n', itemKey: '0', cacheKey: 'c', status: 'done' });
    writer.flush();
    expect(temp.db.runs.items('r1')).toMatchObject([{ itemKey: '0', status: 'done', error: null }]);
  });

  it('reports a failed interval flush instead of crashing the process', async () => {
    const lost: number[] = [];
    const writer = new RunItemWriter(temp.db.sqlite, { flushIntervalMs: 5, onError: (_e, records) => lost.push(records.length) });
    writer.record({ runId: 'no-such-run', nodeId: 'n', itemKey: '0', cacheKey: null, status: 'done' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(lost).toEqual([1]);
  });
});
