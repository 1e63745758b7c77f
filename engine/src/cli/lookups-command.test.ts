import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../persistence';
import { captureOutput } from '../test-support/capture-output';
import { tempDataDir } from '../test-support/temp-data-dir';
import { importLookups } from './lookups-command';
import { runWorkflowCommand } from './run-workflow';

const temp = tempDataDir('lookups');
afterAll(() => temp.remove());

function wildcardFolder(files: Record<string, string>): string {
  const dir = path.join(path.dirname(temp.dataDir), `pack-${Math.random().toString(36).slice(2)}`);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  return dir;
}

describe('artfactory lookups import', () => {
  it('imports a wildcard folder that a workflow then expands with', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const dir = wildcardFolder({ 'colors.txt': 'teal\ngold\n# a comment\n', 'moods/calm.yaml': '- quiet\n- still\n' });
    const code = await importLookups(dir, temp.dataDir);
    write.mockRestore();
    expect(code).toBe(0);

    const out = captureOutput();
    const workflow = path.resolve(__dirname, '../../../workflows/fan-out.json');
    const ran = await runWorkflowCommand(
      workflow,
      { set: ['prompt.prompt=a [colors] __moods/calm__ lake', 'prompt.width=64', 'prompt.height=64', 'paint.width=64', 'paint.height=64'], dataDir: temp.dataDir },
      out.io,
    );
    expect(ran, out.stderr()).toBe(0);
    const db = await openDatabase({ dataDir: temp.dataDir });
    try {
      const prompts = db.products.listProducts({ projectId: 1 }).items.map((p) => p.prompt).sort();
      expect(prompts).toEqual(['a gold quiet lake', 'a gold still lake', 'a teal quiet lake', 'a teal still lake']);
    } finally {
      await db.close();
    }
  });

  it('refuses a pack with clashing names and writes nothing', async () => {
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const dir = wildcardFolder({ 'Clash.txt': 'a', 'clash.yaml': '- b' });
    const code = await importLookups(dir, temp.dataDir);
    const said = errors.mock.calls.map((call) => String(call[0])).join('');
    errors.mockRestore();
    expect(code).toBe(2);
    expect(said).toMatch(/clash/i);
    const db = await openDatabase({ dataDir: temp.dataDir });
    try {
      expect(Object.keys(db.lookups.listLookups()).some((name) => name.toLowerCase() === 'clash')).toBe(false);
    } finally {
      await db.close();
    }
  });

  it('says when the folder does not exist', async () => {
    const errors = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await importLookups('/no/such/folder', temp.dataDir)).toBe(2);
    errors.mockRestore();
  });
});
