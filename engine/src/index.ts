// The engine's public surface: open a data folder, validate and run workflows.
export { Engine, type EngineOptions, type RunOptions } from './engine';
export { loadWorkflow } from './graph/load-workflow';
export { planGraph } from './graph/plan';
export type { GraphEdge, GraphNode, LoadedGraph, SpecRegistry } from './graph/loaded-graph';
export { runGraph } from './scheduler/run-graph';
export type { NodeCounts, ResolvedSeeds, RunGraphOptions, RunRecorder, RunSummary, TaskExecutor } from './scheduler/run-types';
export { RunEmitter } from './events/run-emitter';
export { ExecutionCache } from './cache/execution-cache';
export { WorkerPool, type WorkerPoolOptions } from './executor/worker-pool';
export { MediaStore, makeThumbnails, THUMBNAIL_SIZES, readArtfactoryMetadata } from './media';
export { openDatabase, resolveDataDir, Database, DEFAULT_PROJECT_ID } from './persistence';
