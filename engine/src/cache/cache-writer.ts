import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CacheStoreBatch } from './cache-store';
import type { CacheWriterReply, CacheWriterRequest, CacheWriterSetup } from './cache-writer-protocol';
import { KeyFilter } from './key-filter';

const ENTRY = fileURLToPath(new URL('./cache-writer-bootstrap.mjs', import.meta.url));

interface Waiting {
  resolve: (reply: CacheWriterReply) => void;
  reject: (error: Error) => void;
}

/**
 * A thread that commits cache writes on a connection of its own, so the
 * B-tree updates, commits and checkpoints of a batch cost the event loop only
 * a message. The thread keeps the process alive only while writes are
 * outstanding: nothing is lost at exit, and an idle writer never holds it open.
 * It also builds the store's key filter, off the event loop.
 */
export class CacheWriter {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private readonly outstanding = new Set<Promise<CacheWriterReply>>();
  /** Writes waiting to be committed: while there are any, the thread keeps the process alive. */
  private readonly writesWaiting = new Set<number>();
  private nextId = 1;
  private failure: Error | undefined;

  constructor(setup: CacheWriterSetup) {
    this.worker = new Worker(ENTRY, { workerData: setup, execArgv: [] });
    this.worker.unref();
    this.worker.on('message', (reply: CacheWriterReply) => this.settle(reply, reply.error === undefined ? undefined : new Error(reply.error)));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the cache writer thread exited (code ${code})`)));
  }

  /** Set once the thread has died; later writes should go another way. */
  get broken(): boolean {
    return this.failure !== undefined;
  }

  /** Upserts entries in one transaction on the writer's connection. */
  putMany(batch: CacheStoreBatch, now: number): Promise<void> {
    return this.send({ id: this.nextId++, kind: 'put', ...batch, now }).then(() => {});
  }

  /** Marks entries used in one transaction on the writer's connection. */
  touchMany(keys: string[], now: number): Promise<void> {
    return this.send({ id: this.nextId++, kind: 'touch', keys, now }).then(() => {});
  }

  /** A filter of every key in the table, built on the writer's thread, sized for at least `minKeys` keys. */
  async loadFilter(minKeys = 0): Promise<KeyFilter> {
    const reply = await this.send({ id: this.nextId++, kind: 'filter', minKeys });
    const filter = new KeyFilter(reply.words!);
    filter.added = reply.added ?? 0;
    return filter;
  }

  /** Keys written or used at or after `since` (ms), by any process. */
  async keysSince(since: number): Promise<string[]> {
    return (await this.send({ id: this.nextId++, kind: 'keys-since', since })).keys ?? [];
  }

  /** Waits for every outstanding write, then stops the thread. */
  async close(): Promise<void> {
    await Promise.allSettled(this.outstanding);
    this.failure ??= new Error('the cache writer is closed');
    await this.worker.terminate();
  }

  private send(request: CacheWriterRequest): Promise<CacheWriterReply> {
    if (this.failure) return Promise.reject(this.failure);
    const sent = new Promise<CacheWriterReply>((resolve, reject) => {
      // Only writes hold the process open: a filter load must not delay the exit of a short command.
      if (request.kind === 'put' || request.kind === 'touch') {
        if (this.writesWaiting.size === 0) this.worker.ref();
        this.writesWaiting.add(request.id);
      }
      this.waiting.set(request.id, { resolve, reject });
      this.worker.postMessage(request);
    });
    this.outstanding.add(sent);
    const forget = () => this.outstanding.delete(sent);
    sent.then(forget, forget);
    return sent;
  }

  private settle(reply: CacheWriterReply, error: Error | undefined): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    if (this.writesWaiting.delete(reply.id) && this.writesWaiting.size === 0) this.worker.unref();
    if (error) waiting.reject(error);
    else waiting.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const id of [...this.waiting.keys()]) this.settle({ id }, this.failure);
  }
}
