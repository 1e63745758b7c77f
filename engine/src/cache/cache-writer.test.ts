import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence/open-database';
import { openTempDatabase } from '../persistence/test-support/temp-database';
import { CacheWriter } from './cache-writer';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');

describe('CacheWriter (a real thread and a real child process)', () => {
  let dataDir: string;
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('commits every write handed over just before the process ends on its own, and lets the process end when idle', async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'artfactory-writer-'));
    const script = path.join(dataDir, 'child.mts');
    writeFileSync(
      script,
      `import { openDatabase } from ${JSON.stringify(path.join(root, 'engine/src/persistence/open-database.ts'))};
import { ExecutionCache } from ${JSON.stringify(path.join(here, 'execution-cache.ts'))};
import { sqliteCacheStore } from ${JSON.stringify(path.join(here, 'sqlite-cache-store.ts'))};
const db = await openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
const cache = new ExecutionCache(sqliteCacheStore(db.sqlite));
for (let i = 0; i < 60_000; i++) cache.put('k' + i, 't', [i]);
cache.flush(); // handed to the thread; nothing awaits it
`,
    );
    const began = Date.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    expect(Date.now() - began).toBeLessThan(20_000);
    const db = await openDatabase({ dataDir });
    try {
      expect(db.cache.count()).toBe(60_000);
    } finally {
      await db.close();
    }
  }, 40_000);

  it('commits batches queued behind each other together, answering each, in the order they were sent', async () => {
    const temp = await openTempDatabase();
    dataDir = mkdtempSync(path.join(tmpdir(), 'artfactory-writer-')); // for afterEach
    const writer = new CacheWriter({ file: temp.db.sqlite.name, busyTimeoutMs: 5000 });
    try {
      const batch = (from: number, value: string) => {
        const keys = Array.from({ length: 500 }, (_, i) => `k${from + i}`);
        return { keys, nodeTypes: keys.map(() => 't'), values: keys.map(() => value) };
      };
      // Twenty batches at once queue up on the thread; the last rewrites the first one's keys.
      const sent = Array.from({ length: 19 }, (_, b) => writer.putMany(batch(b * 500, '[1]'), 1000));
      sent.push(writer.putMany(batch(0, '[2]'), 2000));
      const keys = writer.keysSince(1500); // another kind of request, answered after the writes before it
      await Promise.all(sent);
      expect(await keys).toHaveLength(500);
      expect(temp.db.cache.count()).toBe(9500);
      expect(temp.db.cache.getValue('k0')?.value).toBe('[2]');
      expect(temp.db.cache.getValue('k9499')?.value).toBe('[1]');
    } finally {
      await writer.close();
      await temp.dispose();
    }
  });
});
