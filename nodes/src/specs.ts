import { expandPromptSpec } from './nodes/expand-prompt/spec';
import { generateLocalSpec } from './nodes/generate-local/spec';
import { inputPromptSpec } from './nodes/input-prompt/spec';
import { saveProductSpec } from './nodes/save-product/spec';

/** Every built-in node spec, in palette order. */
export const builtinSpecs = [inputPromptSpec, expandPromptSpec, generateLocalSpec, saveProductSpec] as const;
