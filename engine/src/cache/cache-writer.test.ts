import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence/open-database';

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
});
