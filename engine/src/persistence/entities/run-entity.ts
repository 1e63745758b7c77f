import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ProjectEntity } from './project-entity';

/** Every state a run can be in; the last four are final. */
export const RUN_STATUSES = ['queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled'] as const;

/** The state of a run. */
export type RunStatus = (typeof RUN_STATUSES)[number];

/** One execution of a workflow, with its live counts and final status. */
@Entity({ name: 'run' })
@Check('CHK_run_status', `"status" IN ('queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled')`)
@Index('IDX_run_project_created', ['projectId', 'createdAt'])
export class RunEntity {
  /** A UUID chosen by the engine before the run starts. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'integer' })
  projectId!: number;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId', foreignKeyConstraintName: 'FK_run_project' })
  project?: ProjectEntity;

  /** The workflow JSON exactly as run (seeds resolved). */
  @Column({ type: 'text' })
  workflow!: string;

  @Column({ type: 'text' })
  workflowHash!: string;

  @Column({ type: 'text', default: 'queued' })
  status!: RunStatus;

  @Column({ type: 'integer', default: 0 })
  doneCount!: number;

  @Column({ type: 'integer', default: 0 })
  cachedCount!: number;

  @Column({ type: 'integer', default: 0 })
  failedCount!: number;

  @Column({ type: 'integer', default: 0 })
  totalCount!: number;

  /** A serialised error (JSON) when the run as a whole failed. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** Epoch milliseconds; also the queue time. */
  @Column({ type: 'integer' })
  createdAt!: number;

  @Column({ type: 'integer', nullable: true })
  startedAt!: number | null;

  @Column({ type: 'integer', nullable: true })
  finishedAt!: number | null;
}
