// The body of the cache writer thread: its own connection to the database
// file, one transaction per message, or per run of write messages queued
// behind each other. Only plain data crosses the thread.
import BetterSqlite3 from 'better-sqlite3';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { CacheTable } from '../persistence/cache-table';
import type { CacheWriterReply, CacheWriterRequest, CacheWriterSetup } from './cache-writer-protocol';
import { KeyFilter } from './key-filter';

const setup = workerData as CacheWriterSetup;
const db = new BetterSqlite3(setup.file, { fileMustExist: true });
db.pragma(`busy_timeout = ${setup.busyTimeoutMs}`);
// As on the main connection: durable across crashes in WAL mode, one fsync per checkpoint instead of per commit.
db.pragma('synchronous = NORMAL');
const table = new CacheTable(db);
type PutRequest = CacheWriterRequest & { kind: 'put' };
const putAll = db.transaction((batches: readonly PutRequest[]) => {
  for (const batch of batches) {
    for (let i = 0; i < batch.keys.length; i++) table.put(batch.keys[i]!, batch.nodeTypes[i]!, batch.values[i]!, batch.now);
  }
});
/** Rows one transaction takes at most when it joins queued batches. */
const MAX_JOINED_ROWS = 65_536;
const countKeys = db.prepare('SELECT COUNT(*) FROM cache_entry').pluck();
const allKeys = db.prepare('SELECT key FROM cache_entry').pluck();
// lastUsedAt is indexed, so this is a range scan, not a table scan.
const keysSince = db.prepare('SELECT key FROM cache_entry WHERE lastUsedAt >= ?').pluck();

function answer(request: Exclude<CacheWriterRequest, PutRequest>): CacheWriterReply {
  switch (request.kind) {
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

const port = parentPort!;
const failure = (id: number, error: unknown): CacheWriterReply => ({ id, error: error instanceof Error ? error.message : String(error) });
const queued = (): CacheWriterRequest | undefined => receiveMessageOnPort(port)?.message as CacheWriterRequest | undefined;

// Write batches queued behind each other (the writer lags a fast fan-out) commit in one
// transaction: rows with random keys each dirty a page, and a transaction writes each
// dirty page once, so joined batches cost a third less per row. Order is kept: a
// request of another kind ends the run and is answered after it.
port.on('message', (first: CacheWriterRequest) => {
  let request: CacheWriterRequest | undefined = first;
  while (request) {
    if (request.kind !== 'put') {
      let reply: CacheWriterReply;
      try {
        reply = answer(request);
      } catch (error) {
        reply = failure(request.id, error);
      }
      port.postMessage(reply, reply.words ? [reply.words.buffer as ArrayBuffer] : []);
      request = queued();
      continue;
    }
    const joined: PutRequest[] = [request];
    let rows = request.keys.length;
    request = queued();
    while (request?.kind === 'put' && rows < MAX_JOINED_ROWS) {
      joined.push(request);
      rows += request.keys.length;
      request = queued();
    }
    let error: unknown;
    try {
      putAll(joined);
    } catch (thrown) {
      error = thrown;
    }
    for (const batch of joined) port.postMessage(error === undefined ? { id: batch.id } : failure(batch.id, error));
  }
});
