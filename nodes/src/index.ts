// The pure entry point: browser-safe (no Node.js, no DOM, no React). The editor and the engine both load it.
export { canConnect, convertValue } from './kit/can-connect';
export { cacheKey, hashText, nodeCacheKeyer, stableStringify, valueHash, type CacheKeyParts, type Sha256Hex } from './kit/cache-key';
export type { ExecuteContext, LookupService, MediaService, ProductService, RunInfo } from './kit/context';
export {
  defineNode,
  defineRun,
  type Consumes,
  type Emits,
  type NodeCategory,
  type NodeExecute,
  type NodeInputs,
  type NodeOutputs,
  type NodeRun,
  type KeyContext,
  type NodeSpec,
  type ParamMigration,
  type PortSpec,
  type PortSpecs,
  type RunsOn,
} from './kit/define-node';
export { ArtFailure, ERROR_CODES, artError, isArtError, toArtError, type ArtError, type ErrorCode } from './kit/errors';
export type { ItemCounts, RunEvent, RunEventInput, RunEventType, RunStatus } from './kit/events';
export {
  MAX_SEED,
  defaultParams,
  paramValueSchema,
  paramsJsonSchema,
  paramsSchema,
  type ParamKind,
  type ParamSpec,
  type ParamSpecs,
  type ParamValue,
  type ParamValues,
} from './kit/param-kinds';
export { assert, err, exhaustive, ok, type Result } from './kit/result';
export {
  PORT_TYPES,
  extensionOf,
  type ImageRef,
  type ParamScalar,
  type ParamSet,
  type PortType,
  type PortValueMap,
  type ProductRef,
  type Provenance,
  type ValueOf,
} from './kit/value-types';
export {
  WORKFLOW_FORMAT,
  WORKFLOW_VERSION,
  formatPath,
  migrateWorkflowFile,
  parseWorkflowFile,
  parseWorkflowText,
  workflowSchema,
  type Workflow,
  type WorkflowEdge,
  type WorkflowMigration,
  type WorkflowNode,
} from './kit/workflow-schema';
export { builtinRegistry, builtinSpecs, specRegistry } from './specs';
export { expandPromptSpec } from './nodes/expand-prompt/spec';
export { generateLocalSpec } from './nodes/generate-local/spec';
export { inputPromptSpec } from './nodes/input-prompt/spec';
export { saveProductSpec } from './nodes/save-product/spec';
export {
  expand,
  importWildcardFiles,
  type BatchSummary,
  type ExpandError,
  type ExpandRequest,
  type ExpandResult,
  type ExpandWarning,
  type ExpandedItem,
  type Expansion,
  type LookupEntry,
  type LookupTable,
  type ParamTypeDecl,
} from './expand';
