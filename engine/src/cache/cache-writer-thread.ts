// The body of the cache writer thread: its own connection to the database
// file, one transaction per message. Only plain data crosses the thread.
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { CacheTable } from '../persistence/cache-table';
import type { CacheWriterReply, CacheWriterRequest, CacheWriterSetup } from './cache-writer-protocol';
import { KeyFilter } from './key-filter';

const setup = workerData as CacheWriterSetup;
const db = new BetterSqlite3(setup.file, { fileMustExist: true });
db.pragma(`busy_timeout = ${setup.busyTimeoutMs}`);
// As on the main connection: durable across crashes in WAL mode, one fsync per checkpoint instead of per commit.
db.pragma('synchronous = NORMAL');
const table = new CacheTable(db);
const putAll = db.transaction((batch: CacheWriterRequest & { kind: 'put' }) => {
  for (let i = 0; i < batch.keys.length; i++) table.put(batch.keys[i]!, batch.nodeTypes[i]!, batch.values[i]!, batch.now);
});
const countKeys = db.prepare('SELECT COUNT(*) FROM cache_entry').pluck();
const allKeys = db.prepare('SELECT key FROM cache_entry').pluck();
// lastUsedAt is indexed, so this is a range scan, not a table scan.
const keysSince = db.prepare('SELECT key FROM cache_entry WHERE lastUsedAt >= ?').pluck();

function answer(request: CacheWriterRequest): CacheWriterReply {
  switch (request.kind) {
    case 'put':
      putAll(request);
      return { id: request.id };
    case 'touch':
      table.touchMany(request.keys, request.now);
      return { id: request.id };
    case 'filter': {
      // Room to double before the false-positive rate climbs, and for what the asker knows is
      // coming: writes queued behind this request are not counted yet.
      const filter = KeyFilter.forKeys(Math.max(2 * Number(countKeys.get()), request.minKeys ?? 0));
      for (const key of allKeys.iterate() as IterableIterator<string>) filter.add(key);
      return { id: request.id, words: filter.words, added: filter.added };
    }
    case 'keys-since':
      return { id: request.id, keys: keysSince.all(request.since) as string[] };
  }
}

parentPort!.on('message', (request: CacheWriterRequest) => {
  let reply: CacheWriterReply;
  try {
    reply = answer(request);
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, reply.words ? [reply.words.buffer as ArrayBuffer] : []);
});
