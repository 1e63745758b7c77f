import { artError, err, ok, type ArtError, type NodeSpec, type Result } from '@artfactory/nodes';

/** Brings a node's params from the version it was saved with up to its spec's version. */
export function migrateNodeParams(
  params: Record<string, unknown>,
  savedVersion: number,
  spec: NodeSpec,
  where: { nodeId: string; path: string },
): Result<Record<string, unknown>, ArtError> {
  if (savedVersion > spec.version) {
    return err(
      artError(
        'unsupported-version',
        `${where.path}: node "${where.nodeId}" was saved by ${spec.type} version ${savedVersion}, newer than this Art Factory knows (${spec.version}); update Art Factory or the plugin`,
        where,
      ),
    );
  }
  let current = params;
  for (let version = savedVersion; version < spec.version; version += 1) {
    const step = spec.migrations[version];
    if (!step) {
      return err(
        artError('unsupported-version', `${where.path}: ${spec.type} has no migration from version ${version} to ${version + 1}`, where),
      );
    }
    try {
      current = step(current);
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      return err(artError('unsupported-version', `${where.path}: migrating ${spec.type} from version ${version} failed: ${reason}`, where));
    }
  }
  return ok(current);
}
