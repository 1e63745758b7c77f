import type { RunItemWriter } from '../persistence';
import type { RunRecorder } from '../scheduler/run-types';

/** Records each item's outcome in the run_item table, batched by the writer. */
export function sqliteRunRecorder(runId: string, writer: RunItemWriter): RunRecorder {
  return {
    itemDone(nodeId, itemKey, cacheKey, cached, durationMs) {
      writer.record({ runId, nodeId, itemKey, cacheKey, status: cached ? 'cached' : 'done', durationMs });
    },
    itemFailed(nodeId, itemKey, cacheKey, error, durationMs) {
      writer.record({ runId, nodeId, itemKey, cacheKey, status: 'failed', error: JSON.stringify(error), durationMs });
    },
  };
}
