import { describe, expect, it } from 'vitest';
import { TaskBatcher } from './task-batcher';
import type { WorkerBatchReply, WorkerTask } from './worker-task';

const run = { runId: 'r', nodeId: 'n', projectId: 'p', workflowHash: 'h' };
const task = (nodeType: string, text: string): WorkerTask => ({ nodeType, inputs: { text }, params: {}, seed: 0, cacheKey: text, run });

/** A fake worker side: answers each batch after `delayMs`, echoing inputs and failing texts that start with "bad". */
function fakeWorkers(delayMs = 1, msPerTask = 0.01) {
  const sent: WorkerTask[][] = [];
  const send = (tasks: WorkerTask[]): Promise<WorkerBatchReply> => {
    sent.push(tasks);
    return new Promise((resolve) =>
      setTimeout(() => resolve({
        ms: tasks.length * msPerTask,
        replies: tasks.map((t) =>
          String(t.inputs.text).startsWith('bad')
            ? { ok: false, error: { code: 'node-failed', message: `refused ${String(t.inputs.text)}` } }
            : { ok: true, records: [{ text: t.inputs.text }] },
        ),
      }), delayMs),
    );
  };
  return { sent, send };
}

describe('TaskBatcher', () => {
  it('sends one task first, then groups cheap tasks into batches, each task still getting its own reply', async () => {
    const workers = fakeWorkers();
    const batcher = new TaskBatcher({ threads: 2, maxBatch: 50, send: workers.send });
    const first = await batcher.run(task('cheap', 'x'));
    expect(first).toEqual({ ok: true, records: [{ text: 'x' }] });
    const replies = await Promise.all(Array.from({ length: 400 }, (_, i) => batcher.run(task('cheap', i === 7 ? 'bad-7' : `t${i}`))));
    expect(replies[3]).toEqual({ ok: true, records: [{ text: 't3' }] });
    expect(replies[7]).toEqual({ ok: false, error: { code: 'node-failed', message: 'refused bad-7' } });
    expect(replies.filter((r) => r.ok)).toHaveLength(399);
    expect(workers.sent.length).toBeLessThan(30);
    expect(Math.max(...workers.sent.map((b) => b.length))).toBeLessThanOrEqual(50);
    expect(batcher.counts).toEqual({ batches: workers.sent.length, tasks: 401 });
  });

  it('keeps slow node types at one task per batch, so their items stream out one by one', async () => {
    const workers = fakeWorkers(1, 20);
    const batcher = new TaskBatcher({ threads: 2, targetBatchMs: 4, send: workers.send });
    await Promise.all(Array.from({ length: 12 }, (_, i) => batcher.run(task('slow', `s${i}`))));
    expect(workers.sent.every((b) => b.length === 1)).toBe(true);
  });

  it('never mixes node types or runs in one batch', async () => {
    const workers = fakeWorkers();
    const batcher = new TaskBatcher({ threads: 1, send: workers.send });
    await batcher.run(task('a', 'warm'));
    await batcher.run(task('b', 'warm'));
    const other = new AbortController();
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => batcher.run(task(i % 2 ? 'a' : 'b', `x${i}`))),
      ...Array.from({ length: 20 }, (_, i) => batcher.run(task('a', `y${i}`), other.signal)),
    ]);
    for (const batch of workers.sent) expect(new Set(batch.map((t) => t.nodeType)).size).toBe(1);
    expect(workers.sent.some((b) => b.some((t) => String(t.inputs.text).startsWith('x')) && b.some((t) => String(t.inputs.text).startsWith('y')))).toBe(false);
  });

  it('answers queued tasks as cancelled as soon as their signal aborts, and a batch in flight too', async () => {
    const workers = fakeWorkers(30);
    const controller = new AbortController();
    const batcher = new TaskBatcher({ threads: 1, maxInFlight: 1, send: (tasks, signal) => new Promise((resolve, reject) => {
      signal?.addEventListener('abort', () => reject(new Error('aborted')));
      void workers.send(tasks).then(resolve);
    }) });
    const pending = Array.from({ length: 5 }, (_, i) => batcher.run(task('t', `c${i}`), controller.signal));
    await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    const replies = await Promise.all(pending);
    expect(replies.every((r) => !r.ok && r.error.code === 'cancelled')).toBe(true);
    expect(workers.sent).toHaveLength(1); // the four waiting were never sent
    expect(await batcher.run(task('t', 'late'), controller.signal)).toMatchObject({ ok: false, error: { code: 'cancelled' } });
  });

  it('turns a failed batch into a worker-failed reply for each of its tasks', async () => {
    const batcher = new TaskBatcher({ threads: 1, send: () => Promise.reject(new Error('worker crashed')) });
    const throwing = new TaskBatcher({ threads: 1, send: () => { throw new Error('worker crashed'); } });
    expect(await throwing.run(task('t', 'a'))).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
    const replies = await Promise.all([batcher.run(task('t', 'a')), batcher.run(task('t', 'b'))]);
    for (const reply of replies) expect(reply).toMatchObject({ ok: false, error: { code: 'worker-failed', message: 'worker: worker crashed' } });
  });
});
