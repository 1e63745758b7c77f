import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../database';
import { openDatabase } from '../open-database';

/** A database in a fresh temp folder, and a way to close and delete both. */
export interface TempDatabase {
  db: Database;
  dataDir: string;
  dispose(): Promise<void>;
}

/** Opens a real SQLite file in a new temp folder (tests only). */
export async function openTempDatabase(): Promise<TempDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'artfactory-db-'));
  const db = await openDatabase({ dataDir });
  return {
    db,
    dataDir,
    async dispose() {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
