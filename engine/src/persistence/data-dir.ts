import fs from 'node:fs';
import path from 'node:path';
import { ArtFailure, artError } from '@artfactory/nodes';

/** The SQLite file name inside the data folder. */
export const DATABASE_FILE = 'artfactory.db';

/** The media store's folder name inside the data folder. */
export const MEDIA_DIR = 'media';

/**
 * Resolves the runtime data folder and creates it if missing: `ARTFACTORY_DATA`
 * when set, else `<repo root>/data`, else `<cwd>/data`.
 */
export function resolveDataDir(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  const fromEnv = env.ARTFACTORY_DATA?.trim();
  const dir = fromEnv
    ? path.resolve(cwd, fromEnv)
    : path.join(findRepoRoot(cwd) ?? path.resolve(cwd), 'data');
  ensureFolder(dir, fromEnv ? 'ARTFACTORY_DATA' : 'the data folder');
  return dir;
}

function ensureFolder(dir: string, name: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(dir, { throwIfNoEntry: false });
    if (!stat) fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new ArtFailure(artError('storage-failed', `${name} ${dir} cannot be created: ${(error as Error).message}`, { path: dir }));
  }
  if (stat && !stat.isDirectory()) {
    throw new ArtFailure(artError('storage-failed', `${name} ${dir} is a file, not a folder`, { path: dir }));
  }
}

/** Walks up from `start` to the folder holding `pnpm-workspace.yaml`, or undefined. */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
