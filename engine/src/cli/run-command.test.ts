import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { RunEvent } from '@artfactory/nodes';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence';
import { runCli } from '../test-support/run-cli';
import { startCli } from '../test-support/start-cli';
import { tempDataDir } from '../test-support/temp-data-dir';

const isProduct = (line: string) => line.includes('"type":"product.created"');
// 24 images: long enough that a kill after the first product lands mid-run even on a fast machine.
const LONG_RUN = ['run', 'workflows/fan-out.json', '--json', '--set', 'prompt.prompt=a [red,gold,violet,teal] sky over [mountains,the ocean,a forest], [watercolor,neon]'];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((remove) => remove()));

function dataDirForTest(label: string): string {
  const temp = tempDataDir(label);
  cleanups.push(temp.remove);
  return temp.dataDir;
}

async function checkStore(dataDir: string) {
  const db = await openDatabase({ dataDir });
  try {
    expect(db.integrityCheck()).toEqual(['ok']);
    const media = path.join(dataDir, 'media');
    const products = db.products.listProducts({ projectId: 1, limit: 1000 }).items;
    for (const product of products) {
      expect(existsSync(path.join(media, product.mediaPath)), product.mediaPath).toBe(true);
      for (const thumb of Object.values(product.thumbnails)) expect(existsSync(path.join(media, thumb))).toBe(true);
    }
    return { products: products.length, runs: db.runs.list(1) };
  } finally {
    await db.close();
  }
}

function tempFiles(dataDir: string): string[] {
  const dir = path.join(dataDir, 'media', '.tmp');
  return existsSync(dir) ? readdirSync(dir) : [];
}

describe('artfactory run (as a process)', () => {
  it('survives kill -9 mid-run: no row without files, no temp files, a sound database, and the re-run uses the cache', async () => {
    const dataDir = dataDirForTest('kill');
    const env = { ARTFACTORY_DATA: dataDir };
    const first = startCli(LONG_RUN, env);
    await first.waitForLine(isProduct);
    await pause(500); // lets the cache's batched writes of finished items reach SQLite
    first.child.kill('SIGKILL');
    const killed = await first.exited;
    expect(killed.signal).toBe('SIGKILL');
    const before = await checkStore(dataDir);
    expect(before.products).toBeGreaterThan(0);
    expect(before.products).toBeLessThan(24);

    const second = await runCli(LONG_RUN, { env, timeoutMs: 90_000 });
    expect(second.code, second.stderr).toBe(0);
    const events = second.stdout.trim().split('\n').map((line) => JSON.parse(line) as RunEvent);
    const cachedPaint = events.filter((e) => e.type === 'item.done' && e.nodeId === 'paint' && e.cached);
    // The first image was painted at least 500 ms before the kill, longer than the cache's
    // write batching (200 ms), so its painting at least must come from the cache. Images
    // painted just before the kill may not have reached the cache yet: they are painted again.
    expect(cachedPaint.length).toBeGreaterThanOrEqual(1);
    const after = await checkStore(dataDir);
    expect(after.products).toBe(24);
    expect(tempFiles(dataDir)).toEqual([]);
    expect(after.runs.map((r) => r.status).sort()).toEqual(['failed', 'succeeded']);
  });

  it('cancels cleanly on Ctrl-C: exit 130, the run recorded as cancelled, nothing half-written', async () => {
    const dataDir = dataDirForTest('sigint');
    const run = startCli(LONG_RUN, { ARTFACTORY_DATA: dataDir });
    await run.waitForLine(isProduct);
    run.child.kill('SIGINT');
    const ended = await run.exited;
    expect(ended.code).toBe(130);
    const last = JSON.parse(ended.stdout.trim().split('\n').at(-1)!) as RunEvent;
    expect(last).toMatchObject({ type: 'run.finished', status: 'cancelled' });
    const store = await checkStore(dataDir);
    expect(store.runs[0]?.status).toBe('cancelled');
    expect(tempFiles(dataDir)).toEqual([]);
  });

  it('draws progress as lines and ends with a summary naming where the files are', async () => {
    const dataDir = dataDirForTest('text');
    const result = await runCli(['run', 'workflows/hello.json'], { env: { ARTFACTORY_DATA: dataDir }, timeoutMs: 60_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('paint: 1 done (0 cached), 0 failed');
    expect(result.stdout).toMatch(/✓ succeeded in [\d.]+ s/);
    expect(result.stdout).toContain(path.join(dataDir, 'media'));
  });

  it('validates: exit 0 for a good file, exit 2 listing every problem for a bad one', async () => {
    const good = await runCli(['validate', 'workflows/fan-out.json']);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('is valid: 4 nodes, 3 edges');
    const bad = await runCli(['validate', 'workflows/invalid-four-problems.json', '--json']);
    expect(bad.code).toBe(2);
    const report = JSON.parse(bad.stdout) as { ok: boolean; problems: Array<{ code: string }> };
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.code).sort()).toEqual(['cycle', 'incompatible-connection', 'invalid-param', 'unknown-node-type']);
    const missing = await runCli(['run', 'workflows/nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });
});
