import type { ExecuteContext } from './context';
import type { ParamSpecs, ParamValues } from './param-kinds';
import type { PortType, ValueOf } from './value-types';

/** A typed input or output of a node. */
export interface PortSpec {
  type: PortType;
  label?: string;
  description?: string;
  /** An optional input may be left unconnected. */
  optional?: boolean;
}

/** Ports by name. */
export type PortSpecs = Record<string, PortSpec>;

/** Where a node's run function executes: CPU work in the worker pool, I/O on the main thread. */
export type RunsOn = 'worker' | 'main';

/** How many output records one execution makes. */
export type Emits = 'one' | 'many';

/** Whether a node runs per item or over the whole list. */
export type Consumes = 'item' | 'list';

/** Where a node is listed in the editor's palette. */
export type NodeCategory = 'input' | 'expand' | 'generate' | 'filter' | 'image' | 'output';

/**
 * Run context an output depends on besides its inputs and params: the user's
 * lookups, or the project products are saved into. It becomes part of the
 * cache key, so editing a lookup re-runs the expansions that read lookups.
 */
export type KeyContext = 'lookups' | 'project';

/** Upgrades a node's params from one version to the next. */
export type ParamMigration = (params: Record<string, unknown>) => Record<string, unknown>;

/** The pure-data half of a node type: everything but the code that runs it. */
export interface NodeSpec<
  I extends PortSpecs = PortSpecs,
  O extends PortSpecs = PortSpecs,
  P extends ParamSpecs = ParamSpecs,
  E extends Emits = Emits,
  C extends Consumes = Consumes,
> {
  type: string;
  version: number;
  title: string;
  category: NodeCategory;
  description: string;
  inputs: I;
  outputs: O;
  params: P;
  runsOn: RunsOn;
  /** False for nodes whose output must not be reused (side effects outside the media store). */
  cacheable: boolean;
  /** 'one': an execution returns one output record; 'many': an iterable of them (expansion). */
  emits: E;
  /** 'item': one execution per input item; 'list': one execution over every item. */
  consumes: C;
  /** Output nodes are the roots of planning: only nodes that reach one run. */
  isOutput: boolean;
  /** migrations[n] turns version-n params into version n+1. */
  migrations: Record<number, ParamMigration>;
  /** For main-thread nodes: how many executions may be in flight at once. */
  concurrency?: number;
  /** What of the run's context the output depends on; it is hashed into the cache key. */
  dependsOn?: readonly KeyContext[];
}

type Optional = 'emits' | 'consumes' | 'isOutput' | 'migrations' | 'cacheable';

/** Declares a node type; fills the defaults so every spec has every field. */
export function defineNode<
  const I extends PortSpecs,
  const O extends PortSpecs,
  const P extends ParamSpecs,
  const E extends Emits = 'one',
  const C extends Consumes = 'item',
>(
  spec: Omit<NodeSpec<I, O, P, E, C>, Optional> & Partial<Pick<NodeSpec<I, O, P, E, C>, Optional>>,
): NodeSpec<I, O, P, E, C> {
  if (!/^[a-z][a-z0-9]*(\.[a-z][a-z0-9-]*)+$/.test(spec.type)) {
    throw new Error(`Node type "${spec.type}" must be dotted lower case, like "image.resize"`);
  }
  if (!Number.isInteger(spec.version) || spec.version < 1) {
    throw new Error(`Node type "${spec.type}" needs a positive integer version`);
  }
  return {
    emits: 'one' as E,
    consumes: 'item' as C,
    isOutput: false,
    migrations: {},
    cacheable: true,
    ...spec,
  };
}

type Values<S extends PortSpecs> = { [K in keyof S]: ValueOf<S[K]['type']> };

/** What a run function receives on its inputs (whole lists for list-consuming nodes). */
export type NodeInputs<S extends NodeSpec> = S['consumes'] extends 'list'
  ? { [K in keyof S['inputs']]: Array<ValueOf<S['inputs'][K]['type']>> }
  : Values<S['inputs']>;

/** One output record of a run function. */
export type NodeOutputs<S extends NodeSpec> = Values<S['outputs']>;

/** The code half of a node type. */
export type NodeExecute<S extends NodeSpec> = (
  inputs: NodeInputs<S>,
  params: ParamValues<S['params']>,
  context: ExecuteContext,
) => S['emits'] extends 'many'
  ? Iterable<NodeOutputs<S>> | AsyncIterable<NodeOutputs<S>>
  : Promise<NodeOutputs<S>> | NodeOutputs<S>;

/** A spec paired with its run function; only the engine (or a worker) loads these. */
export interface NodeRun<S extends NodeSpec = NodeSpec> {
  spec: S;
  execute: NodeExecute<S>;
}

/** Pairs a run function with its spec, so inputs, params and outputs are typed from the spec. */
export function defineRun<S extends NodeSpec>(spec: S, execute: NodeExecute<S>): NodeRun<S> {
  return { spec, execute };
}
