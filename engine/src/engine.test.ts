import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunEvent } from '@artfactory/nodes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from './engine';
import { tempDataDir } from './test-support/temp-data-dir';

const repo = path.resolve(__dirname, '../..');
const fanOut = JSON.parse(readFileSync(path.join(repo, 'workflows/fan-out.json'), 'utf8')) as {
  nodes: Array<{ id: string; params: Record<string, unknown> }>;
};
const temp = tempDataDir('engine');
let engine: Engine;

beforeAll(async () => {
  engine = await Engine.open({ dataDir: temp.dataDir, threads: 1 });
});
afterAll(async () => {
  await engine.close();
  temp.remove();
});

function withPrompt(prompt: string) {
  const file = structuredClone(fanOut);
  for (const node of file.nodes) {
    if (node.id === 'prompt') Object.assign(node.params, { prompt, width: 64, height: 64 });
  }
  const loaded = engine.load(file);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
  return loaded.value;
}

async function run(prompt: string, projectId?: number) {
  const events: RunEvent[] = [];
  const summary = await engine.run(withPrompt(prompt), { projectId, onEvent: (e) => events.push(e) });
  const cached = (nodeId: string) => events.some((e) => e.type === 'item.done' && e.nodeId === nodeId && e.cached);
  return { summary, events, cached };
}

describe('Engine', () => {
  it('re-runs an expansion when a lookup it reads has changed, and reuses it when nothing has', async () => {
    engine.db.lookups.upsertLookup('tone', ['amber', 'jade']);
    const first = await run('a [tone] lantern');
    expect(first.summary.counts.products).toBe(2);
    const same = await run('a [tone] lantern');
    expect(same.cached('expand')).toBe(true);

    engine.db.lookups.upsertLookup('tone', ['amber', 'jade', 'ivory']);
    const changed = await run('a [tone] lantern');
    expect(changed.cached('expand')).toBe(false);
    expect(changed.summary.counts.products).toBe(1);
    const prompts = engine.db.products.listProducts({ projectId: 1 }).items.map((p) => p.prompt);
    expect(prompts).toContain('a ivory lantern');
  });

  it('saves into another project even when every image is already cached', async () => {
    await run('a paper crane');
    const other = engine.db.projects.create('Cranes');
    if (!other.ok) throw new Error(other.error.message);
    const again = await run('a paper crane', other.value.id);
    expect(again.cached('paint')).toBe(true);
    expect(again.summary.counts.products).toBe(1);
    expect(engine.db.products.countByProject(other.value.id)).toBe(1);
  });

  it('records the run with its status and counts', async () => {
    const { summary } = await run('a lone kite');
    const row = engine.db.runs.get(summary.runId);
    expect(row).toMatchObject({ status: 'succeeded' });
    expect(engine.db.runs.items(summary.runId).length).toBe(summary.counts.done);
  });
});
