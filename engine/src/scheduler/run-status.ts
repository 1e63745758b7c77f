import type { RunStatus } from '@artfactory/nodes';

/**
 * How a run ended: `partial` when some items failed but an output item was
 * made, `failed` when items failed and none reached an output. A run that
 * made nothing and failed nothing (an empty expansion) succeeded.
 */
export function runStatus(facts: { cancelled: boolean; graphFailed: boolean; failedItems: number; outputItems: number }): RunStatus {
  if (facts.cancelled) return 'cancelled';
  if (facts.graphFailed) return 'failed';
  if (facts.failedItems === 0) return 'succeeded';
  return facts.outputItems > 0 ? 'partial' : 'failed';
}
