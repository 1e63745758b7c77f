import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { artError, type ArtError, type Result } from '@artfactory/nodes';

/** One wildcard file as `importWildcardFiles` takes it: path relative to the folder, '/'-separated. */
export interface WildcardFileText {
  path: string;
  content: string;
}

const WILDCARD_EXTENSIONS = /\.(txt|ya?ml|json)$/i;

/**
 * Reads every wildcard file (.txt, .yaml, .yml, .json) under a folder, in
 * path order. Symbolic links are followed only when they stay inside the
 * folder; hidden entries (`.git`, `.github`) are skipped, since a cloned
 * pack's CI files are not wildcards.
 */
export async function readWildcardFolder(dir: string): Promise<Result<WildcardFileText[], ArtError>> {
  let root: string;
  try {
    root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) {
      return { ok: false, error: artError('invalid-argument', `The wildcard folder "${dir}" is a file, not a folder.`, { path: dir }) };
    }
  } catch {
    return {
      ok: false,
      error: artError('invalid-argument', `The wildcard folder "${dir}" does not exist or cannot be read.`, { path: dir }),
    };
  }
  const files: WildcardFileText[] = [];
  const failure = await walk(root, root, new Set([root]), files);
  if (failure) return { ok: false, error: failure };
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ok: true, value: files };
}

async function walk(root: string, folder: string, visited: Set<string>, files: WildcardFileText[]): Promise<ArtError | null> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => null);
  if (entries === null) {
    const path = relative(root, folder).split(sep).join('/');
    return artError('invalid-argument', `The wildcard folder "${path}" cannot be read; check its permissions.`, { path: folder });
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(folder, entry.name);
    const target = entry.isSymbolicLink() ? await insideTarget(root, full) : full;
    if (target === null) continue;
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) {
      // A link back to a folder already walked would loop for ever.
      const real = await realpath(target);
      if (visited.has(real)) continue;
      visited.add(real);
      const failure = await walk(root, full, visited, files);
      if (failure) return failure;
    } else if (info?.isFile() && WILDCARD_EXTENSIONS.test(entry.name)) {
      const path = relative(root, full).split(sep).join('/');
      try {
        files.push({ path, content: await readFile(target, 'utf8') });
      } catch {
        return artError('invalid-argument', `The wildcard file "${path}" cannot be read; check its permissions.`, { path: full });
      }
    }
  }
  return null;
}

/** The real path a link points at, or null when it is broken or leads out of the folder. */
async function insideTarget(root: string, link: string): Promise<string | null> {
  try {
    const target = await realpath(link);
    return target === root || target.startsWith(root + sep) ? target : null;
  } catch {
    return null;
  }
}
