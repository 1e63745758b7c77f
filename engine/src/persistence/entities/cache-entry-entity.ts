import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One cached node execution, keyed by the kit's content-hash cache key. */
@Entity({ name: 'cache_entry' })
@Index('IDX_cache_entry_last_used', ['lastUsedAt'])
export class CacheEntryEntity {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  nodeType!: string;

  /** The node's outputs as JSON (images are media references, never bytes). */
  @Column({ type: 'text' })
  value!: string;

  /** The UTF-8 size of `value`; what the size cap counts. */
  @Column({ type: 'integer' })
  sizeBytes!: number;

  /** Epoch milliseconds. */
  @Column({ type: 'integer' })
  createdAt!: number;

  /** Epoch milliseconds; eviction removes the oldest first. */
  @Column({ type: 'integer' })
  lastUsedAt!: number;
}
