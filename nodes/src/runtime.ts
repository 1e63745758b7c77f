// The runtime entry point: run functions, loaded only by the engine and its workers.
import type { NodeRun, NodeSpec } from './kit/define-node';
import { expandPromptRun } from './nodes/expand-prompt/run';
import { generateLocalRun } from './nodes/generate-local/run';
import { inputPromptRun } from './nodes/input-prompt/run';
import { saveProductRun } from './nodes/save-product/run';

/** Every built-in run function, by node type. */
export const builtinRuns: ReadonlyMap<string, NodeRun> = new Map<string, NodeRun>(
  [inputPromptRun, expandPromptRun, generateLocalRun, saveProductRun].map((run) => [run.spec.type, run as unknown as NodeRun<NodeSpec>]),
);

export { LOCAL_MODEL } from './nodes/generate-local/run';
export { renderLocalImage, describeLocalPrompt } from './nodes/generate-local/render';
