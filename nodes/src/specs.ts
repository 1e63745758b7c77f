import type { NodeSpec } from './kit/define-node';
import { expandPromptSpec } from './nodes/expand-prompt/spec';
import { generateLocalSpec } from './nodes/generate-local/spec';
import { inputPromptSpec } from './nodes/input-prompt/spec';
import { saveProductSpec } from './nodes/save-product/spec';

/** Every built-in node spec, in palette order. */
export const builtinSpecs = [inputPromptSpec, expandPromptSpec, generateLocalSpec, saveProductSpec] as const;

/** Node specs by type, as the engine validates against; built from a literal list of definitions. */
export function specRegistry(specs: ReadonlyArray<{ type: string }>): ReadonlyMap<string, NodeSpec> {
  // Each spec's precise generic type widens to NodeSpec only through unknown: its run signature is narrower.
  return new Map(specs.map((spec) => [spec.type, spec as unknown as NodeSpec]));
}

/** Every built-in spec by type. */
export const builtinRegistry = specRegistry(builtinSpecs);
