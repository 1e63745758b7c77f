import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerSetup, WorkerTask } from '../executor/worker-task';

/** A bare Piscina on the engine's worker module, no scheduler: the baseline benches compare the pool with. */
export function rawPiscina(setup: WorkerSetup, threads: number): Piscina<WorkerTask, unknown> {
  return new Piscina<WorkerTask, unknown>({
    filename: fileURLToPath(new URL('../executor/worker-bootstrap.mjs', import.meta.url)),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 30_000,
    execArgv: [],
    workerData: setup,
  });
}
