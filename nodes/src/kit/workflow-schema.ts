import { z } from 'zod';
import { artError, type ArtError } from './errors';
import { err, ok, type Result } from './result';

/** The format tag every workflow file carries. */
export const WORKFLOW_FORMAT = 'artfactory.workflow';

/** The newest workflow file version this code writes. */
export const WORKFLOW_VERSION = 1;

const id = z.string().min(1, 'must not be empty').max(200).regex(/^[A-Za-z0-9_.:-]+$/, 'may hold only letters, digits, _ . : -');

const workflowNodeSchema = z.strictObject({
  id,
  type: z.string().min(1, 'must not be empty'),
  version: z.number().int().min(1),
  params: z.record(z.string(), z.unknown()).default({}),
  position: z.strictObject({ x: z.number(), y: z.number() }).default({ x: 0, y: 0 }),
  label: z.string().max(200).optional(),
});

const workflowEdgeSchema = z.strictObject({
  id: z.string().optional(),
  source: id,
  sourceOutput: z.string().min(1),
  target: id,
  targetInput: z.string().min(1),
});

/** The zod schema of a workflow file (current version). */
export const workflowSchema = z.strictObject({
  format: z.literal(WORKFLOW_FORMAT),
  version: z.literal(WORKFLOW_VERSION),
  name: z.string().max(200).optional(),
  description: z.string().max(10_000).optional(),
  nodes: z.array(workflowNodeSchema).max(10_000),
  edges: z.array(workflowEdgeSchema).max(50_000).default([]),
});

/** A workflow as saved, run and drawn. */
export type Workflow = z.infer<typeof workflowSchema>;
/** One node of a workflow. */
export type WorkflowNode = Workflow['nodes'][number];
/** One wire of a workflow. */
export type WorkflowEdge = Workflow['edges'][number];

/** Upgrades a workflow file of one version to the next; index = from version. */
export type WorkflowMigration = (file: Record<string, unknown>) => Record<string, unknown>;

// Version 1 is the first; upgrades from later versions go here as they appear.
const FILE_MIGRATIONS: Record<number, WorkflowMigration> = {};

/** Brings a parsed file up to the current version, or says why it cannot. */
export function migrateWorkflowFile(
  file: Record<string, unknown>,
  migrations: Record<number, WorkflowMigration> = FILE_MIGRATIONS,
): Result<Record<string, unknown>, ArtError> {
  let current = file;
  let version = current.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(artError('invalid-workflow', 'version: expected a positive integer', { path: 'version' }));
  }
  if (version > WORKFLOW_VERSION) {
    return err(
      artError('unsupported-version', `version: ${version} is newer than this Art Factory understands (${WORKFLOW_VERSION})`, {
        path: 'version',
      }),
    );
  }
  while (version < WORKFLOW_VERSION) {
    const step = migrations[version];
    if (!step) return err(artError('unsupported-version', `version: no migration from ${version}`, { path: 'version' }));
    current = { ...step(current), version: version + 1 };
    version += 1;
  }
  return ok(current);
}

/** Renders a zod issue path like `nodes[2].params.width`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Parses a workflow (already JSON-decoded): migrates it and checks its shape, reporting every problem. */
export function parseWorkflowFile(input: unknown): Result<Workflow, ArtError[]> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err([artError('invalid-workflow', 'a workflow file must be a JSON object')]);
  }
  const record = input as Record<string, unknown>;
  if (record.format !== WORKFLOW_FORMAT) {
    return err([artError('invalid-workflow', `format: expected "${WORKFLOW_FORMAT}"`, { path: 'format' })]);
  }
  const migrated = migrateWorkflowFile(record);
  if (!migrated.ok) return err([migrated.error]);
  const parsed = workflowSchema.safeParse(migrated.value);
  if (parsed.success) return ok(parsed.data);
  return err(
    parsed.error.issues.map((issue) => {
      const path = formatPath(issue.path);
      const nodeId = nodeIdAt(migrated.value, issue.path);
      return artError('invalid-workflow', `${path || 'workflow'}: ${issue.message}`, nodeId ? { path, nodeId } : { path });
    }),
  );
}

/** Parses workflow text (JSON) into a checked workflow. */
export function parseWorkflowText(text: string): Result<Workflow, ArtError[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([artError('invalid-json', `not valid JSON: ${(e as Error).message}`)]);
  }
  return parseWorkflowFile(json);
}

function nodeIdAt(file: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): string | undefined {
  if (path[0] !== 'nodes' || typeof path[1] !== 'number') return undefined;
  const node = (file.nodes as unknown[] | undefined)?.[path[1]];
  const nodeId = (node as { id?: unknown } | undefined)?.id;
  return typeof nodeId === 'string' ? nodeId : undefined;
}
