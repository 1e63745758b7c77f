import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RunEntity } from './run-entity';

/** Every outcome recorded for one item of one node. */
export const RUN_ITEM_STATUSES = ['done', 'cached', 'failed'] as const;

/** The outcome of one item of one node. */
export type RunItemStatus = (typeof RUN_ITEM_STATUSES)[number];

/** The outcome of one node on one item within a run; a retry overwrites it. */
@Entity({ name: 'run_item' })
@Check('CHK_run_item_status', `"status" IN ('done', 'cached', 'failed')`)
@Unique('UQ_run_item_run_node_item', ['runId', 'nodeId', 'itemKey'])
export class RunItemEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  runId!: string;

  @ManyToOne(() => RunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'runId', foreignKeyConstraintName: 'FK_run_item_run' })
  run?: RunEntity;

  @Column({ type: 'text' })
  nodeId!: string;

  /** The item's index or stable key within the node's output list. */
  @Column({ type: 'text' })
  itemKey!: string;

  @Column({ type: 'text', nullable: true })
  cacheKey!: string | null;

  @Column({ type: 'text' })
  status!: RunItemStatus;

  /** A serialised error (JSON) for failed items. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'integer', nullable: true })
  durationMs!: number | null;

  /** Epoch milliseconds. */
  @Column({ type: 'integer' })
  createdAt!: number;
}
