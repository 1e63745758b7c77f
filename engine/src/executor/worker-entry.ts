// The module every pool worker loads. It finds run functions by node type,
// builds an ExecuteContext with this worker's media store, and answers with
// plain data: only serialisable errors cross the thread boundary.
import { artError, toArtError, type ExecuteContext, type NodeRun } from '@artfactory/nodes';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { workerData } from 'piscina';
import { MediaStore } from '../media/media-store';
import { executeRun } from './execute-run';
import { mediaService } from './media-service';
import type { WorkerBatch, WorkerBatchReply, WorkerReply, WorkerSetup, WorkerTask } from './worker-task';

const setup = workerData as WorkerSetup;
const media = mediaService(new MediaStore(path.join(setup.dataDir, 'media')));
// Never aborted: Piscina stops a cancelled task by terminating its worker.
const neverAborted = new AbortController().signal;
let extraRuns: Promise<Map<string, NodeRun>> | undefined;
let builtinRuns: Promise<ReadonlyMap<string, NodeRun>> | undefined;

/** Runs one execution in this worker, or a batch of them one after another, each with its own reply. */
export default function runTask(task: WorkerTask): Promise<WorkerReply>;
export default function runTask(task: WorkerBatch): Promise<WorkerBatchReply>;
export default async function runTask(task: WorkerTask | WorkerBatch): Promise<WorkerReply | WorkerBatchReply> {
  if (!('batch' in task)) return runOne(task);
  const began = performance.now();
  const replies: WorkerReply[] = [];
  for (const one of task.batch) replies.push(await runOne(one));
  return { replies, ms: performance.now() - began };
}

async function runOne(task: WorkerTask): Promise<WorkerReply> {
  let run: NodeRun | undefined;
  try {
    run = await findRun(task.nodeType);
  } catch (thrown) {
    return { ok: false, error: toArtError(thrown, 'worker-failed') };
  }
  try {
    if (!run) return { ok: false, error: artError('worker-failed', `no worker run function for node type "${task.nodeType}"`) };
    const context: ExecuteContext = {
      seed: task.seed,
      signal: neverAborted,
      // Per-item progress from workers is dropped: a message per call would cost more than most node runs.
      progress: () => {},
      media,
      run: task.run,
      cacheKey: task.cacheKey,
    };
    return { ok: true, records: await executeRun(run, task.inputs, task.params, context) };
  } catch (thrown) {
    return { ok: false, error: toArtError(thrown) };
  }
}

async function findRun(nodeType: string): Promise<NodeRun | undefined> {
  extraRuns ??= loadModules(setup.modules);
  const extra = (await extraRuns).get(nodeType);
  if (extra) return extra;
  // Built-ins load on first use, so a pool for test or plugin nodes never pays for sharp and the renderer.
  builtinRuns ??= import('@artfactory/nodes/runtime').then((m) => m.builtinRuns);
  return (await builtinRuns).get(nodeType);
}

async function loadModules(modules: readonly string[]): Promise<Map<string, NodeRun>> {
  const runs = new Map<string, NodeRun>();
  for (const file of modules) {
    const loaded = (await import(pathToFileURL(file).href)) as { runs?: NodeRun[] };
    if (!Array.isArray(loaded.runs)) throw new Error(`worker module ${file} must export runs: NodeRun[]`);
    for (const run of loaded.runs) runs.set(run.spec.type, run);
  }
  return runs;
}
