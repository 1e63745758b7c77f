import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RunEvent } from '@artfactory/nodes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../persistence';
import { captureOutput } from '../test-support/capture-output';
import { tempDataDir } from '../test-support/temp-data-dir';
import { runWorkflowCommand } from './run-workflow';

const repo = path.resolve(__dirname, '../../..');
const fanOut = path.join(repo, 'workflows/fan-out.json');
const temp = tempDataDir('cli');
const { dataDir } = temp;

afterAll(() => temp.remove());

function events(text: string): RunEvent[] {
  return text.trim().split('\n').map((line) => JSON.parse(line) as RunEvent);
}

async function run(args: { set?: string[]; json?: boolean; project?: string; file?: string }) {
  const out = captureOutput();
  const code = await runWorkflowCommand(args.file ?? fanOut, { set: args.set ?? [], json: args.json, project: args.project, dataDir }, out.io);
  return { code, stdout: out.stdout(), stderr: out.stderr() };
}

describe('artfactory run (in process)', () => {
  beforeAll(async () => {
    const first = await run({});
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('products: 12 new, 0 already in the library');
    expect(first.stdout).toContain('files:');
  });

  it('saves every fan-out product with its image and thumbnails on disk', async () => {
    const db = await openDatabase({ dataDir });
    try {
      const products = db.products.listProducts({ projectId: 1, limit: 100 }).items;
      expect(products).toHaveLength(12);
      const media = path.join(dataDir, 'media');
      for (const product of products) {
        expect(existsSync(path.join(media, product.mediaPath))).toBe(true);
        for (const thumb of Object.values(product.thumbnails)) expect(existsSync(path.join(media, thumb))).toBe(true);
      }
      expect(new Set(products.map((p) => p.prompt)).size).toBe(12);
      expect(db.integrityCheck()).toEqual(['ok']);
    } finally {
      await db.close();
    }
  });

  it('generates nothing when run again, and says so', async () => {
    const again = await run({});
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('everything came from the cache: nothing was generated');
    expect(again.stdout).toContain('products: 0 new, 12 already in the library');
  });

  it('re-generates only the items whose token value changed', async () => {
    const changed = await run({
      json: true,
      set: ['prompt.prompt=a [red,gold,teal] sky over [mountains,the ocean], [watercolor,neon]'],
    });
    expect(changed.code).toBe(0);
    const list = events(changed.stdout);
    const painted = list.filter((e) => e.type === 'item.done' && e.nodeId === 'paint' && !e.cached);
    expect(painted).toHaveLength(4);
    expect(list.filter((e) => e.type === 'product.created')).toHaveLength(4);
    const seqs = list.map((e) => e.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });

  it('ends partial with exit 1 when an item fails, keeping the others and recording the error', async () => {
    const partial = await run({ json: true, set: ['prompt.prompt=a lone kite pipeline:width:256,4096'] });
    expect(partial.code).toBe(1);
    const list = events(partial.stdout);
    const failed = list.filter((e) => e.type === 'item.failed');
    expect(failed).toHaveLength(1);
    const finished = list.at(-1)!;
    expect(finished).toMatchObject({ type: 'run.finished', status: 'partial' });
    const db = await openDatabase({ dataDir });
    try {
      const runId = finished.runId;
      expect(db.runs.get(runId)?.status).toBe('partial');
      const items = db.runs.items(runId);
      const bad = items.find((item) => item.status === 'failed');
      expect(bad && JSON.parse(bad.error!)).toMatchObject({ code: 'invalid-param', path: 'params.width' });
      expect(db.products.findByRun(runId).map((p) => p.params.width)).toEqual([256]);
    } finally {
      await db.close();
    }
  });

  it('saves into a named project, creating it', async () => {
    const named = await run({ project: 'Kites', set: ['prompt.prompt=a single kite'] });
    expect(named.code).toBe(0);
    const db = await openDatabase({ dataDir });
    try {
      const project = db.projects.findByName('Kites');
      expect(project).toBeDefined();
      expect(db.products.countByProject(project!.id)).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('refuses invalid input with exit 2, listing every problem, before touching any data', async () => {
    const fresh = tempDataDir('refused');
    const out = captureOutput();
    const code = await runWorkflowCommand(
      path.join(repo, 'workflows/invalid-four-problems.json'),
      { set: [], dataDir: fresh.dataDir },
      out.io,
    );
    expect(code).toBe(2);
    for (const kind of ['cycle', 'unknown-node-type', 'incompatible-connection', 'invalid-param']) {
      expect(out.stderr()).toContain(kind);
    }
    expect(existsSync(fresh.dataDir)).toBe(false);
    fresh.remove();
  });
});
