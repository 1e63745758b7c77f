import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readWildcardFolder } from './read-wildcard-folder';

let base: string;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'wildcards-'));
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

async function put(path: string, content: string): Promise<void> {
  const full = join(base, path);
  await mkdir(join(full, '..'), { recursive: true });
  await writeFile(full, content, 'utf8');
}

describe('readWildcardFolder', () => {
  it('reads wildcard files recursively with relative /-separated paths, in path order', async () => {
    await put('wild/colors/warm.txt', 'red\n');
    await put('wild/animals.yaml', '- cat\n');
    await put('wild/deep/er/x.json', '["é"]');
    await put('wild/notes.md', '# not a wildcard');
    await put('wild/.github/workflows/ci.yml', 'on: push\n');
    const result = await readWildcardFolder(join(base, 'wild'));
    expect(result).toEqual({
      ok: true,
      value: [
        { path: 'animals.yaml', content: '- cat\n' },
        { path: 'colors/warm.txt', content: 'red\n' },
        { path: 'deep/er/x.json', content: '["é"]' },
      ],
    });
  });

  it('follows links that stay inside the folder but not links that lead out of it', async () => {
    await put('outside/secret.txt', 'secret\n');
    await put('wild/real/a.txt', 'a\n');
    await symlink(join(base, 'outside'), join(base, 'wild', 'out'));
    await symlink(join(base, 'outside', 'secret.txt'), join(base, 'wild', 'leak.txt'));
    await symlink(join(base, 'wild', 'real', 'a.txt'), join(base, 'wild', 'alias.txt'));
    await symlink(join(base, 'wild'), join(base, 'wild', 'real', 'loop'));
    const result = await readWildcardFolder(join(base, 'wild'));
    expect(result.ok && result.value.map((f) => f.path)).toEqual(['alias.txt', 'real/a.txt']);
  });

  it('returns an error value naming a missing folder', async () => {
    const missing = join(base, 'nope');
    const result = await readWildcardFolder(missing);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-argument');
    expect(result.error.message).toContain(missing);
    expect(result.error.path).toBe(missing);
  });

  it('returns an error value when given a file instead of a folder', async () => {
    await put('file.txt', 'x');
    const result = await readWildcardFolder(join(base, 'file.txt'));
    expect(result.ok).toBe(false);
  });

  it('reads an empty folder as no files', async () => {
    await mkdir(join(base, 'empty'));
    expect(await readWildcardFolder(join(base, 'empty'))).toEqual({ ok: true, value: [] });
  });
});
