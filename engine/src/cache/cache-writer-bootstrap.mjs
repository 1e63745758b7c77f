// The cache writer thread's entry: Node 20 ignores `--import` hooks in worker
// threads, so it registers tsx itself before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./cache-writer-thread.ts');
