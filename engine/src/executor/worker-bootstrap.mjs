// Piscina's entry: Node 20 ignores `--import` hooks in worker threads, so the
// worker registers tsx itself before loading the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
const entry = await import('./worker-entry.ts');

/** Runs one execution in this worker. */
export default entry.default;
