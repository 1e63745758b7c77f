import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';

const made: string[] = [];
function tempRoot(): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-root-')));
  made.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('resolveDataDir', () => {
  it('uses ARTFACTORY_DATA when set, resolved against cwd, and creates it', () => {
    const root = tempRoot();
    expect(resolveDataDir({ ARTFACTORY_DATA: 'custom/place' }, root)).toBe(path.join(root, 'custom/place'));
    expect(fs.statSync(path.join(root, 'custom/place')).isDirectory()).toBe(true);
  });

  it('uses <repo root>/data found by walking up to pnpm-workspace.yaml', () => {
    const root = tempRoot();
    fs.writeFileSync(path.join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
    const deep = path.join(root, 'engine', 'src');
    fs.mkdirSync(deep, { recursive: true });
    expect(resolveDataDir({}, deep)).toBe(path.join(root, 'data'));
  });

  it('falls back to <cwd>/data outside a repository', () => {
    const root = tempRoot();
    // os.tmpdir() has no pnpm-workspace.yaml above it on a normal machine.
    expect(resolveDataDir({ ARTFACTORY_DATA: '' }, root)).toBe(path.join(root, 'data'));
  });
});
