import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ProjectEntity } from './project-entity';
import { RunEntity } from './run-entity';

/**
 * One saved image in the library. Identified by the save node's cache key within
 * its project, so re-running a cached graph finds the product instead of copying it.
 */
@Entity({ name: 'product' })
@Check('CHK_product_rating', `"rating" IS NULL OR "rating" BETWEEN 0 AND 5`)
@Unique('UQ_product_id', ['id'])
@Unique('UQ_product_project_cache_key', ['projectId', 'cacheKey'])
@Index('IDX_product_project_created', ['projectId', 'createdAt'])
@Index('IDX_product_run', ['runId'])
@Index('IDX_product_media_hash', ['mediaHash'])
export class ProductEntity {
  /**
   * Integer row key: the FTS index points at it. A UUID primary key would leave
   * the rowid implicit, and VACUUM may renumber implicit rowids.
   */
  @PrimaryGeneratedColumn({ type: 'integer' })
  seq!: number;

  /** The public UUID. */
  @Column({ type: 'text' })
  id!: string;

  @Column({ type: 'integer' })
  projectId!: number;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'projectId', foreignKeyConstraintName: 'FK_product_project' })
  project?: ProjectEntity;

  /** The run that first made it; kept when the run is deleted. */
  @Column({ type: 'text', nullable: true })
  runId!: string | null;

  @ManyToOne(() => RunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'runId', foreignKeyConstraintName: 'FK_product_run' })
  run?: RunEntity;

  @Column({ type: 'text' })
  nodeId!: string;

  @Column({ type: 'text' })
  workflowHash!: string;

  /** The save node's cache key for this item. */
  @Column({ type: 'text' })
  cacheKey!: string;

  @Column({ type: 'text', default: '' })
  prompt!: string;

  @Column({ type: 'text', default: '' })
  negativePrompt!: string;

  /** Generation parameters as JSON. */
  @Column({ type: 'text', default: '{}' })
  params!: string;

  @Column({ type: 'integer', nullable: true })
  seed!: number | null;

  @Column({ type: 'text', nullable: true })
  provider!: string | null;

  @Column({ type: 'text', nullable: true })
  model!: string | null;

  /** SHA-256 of the image file in the media store. */
  @Column({ type: 'text' })
  mediaHash!: string;

  /** The media store's relative path (`ab/cd/<hash>.<ext>`). */
  @Column({ type: 'text' })
  mediaPath!: string;

  @Column({ type: 'text' })
  mime!: string;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  /** JSON object: longest side in pixels → media-store relative path. */
  @Column({ type: 'text', default: '{}' })
  thumbnails!: string;

  /** JSON object of metric name → number. */
  @Column({ type: 'text', default: '{}' })
  metrics!: string;

  /** 0–5, null when unrated. */
  @Column({ type: 'integer', nullable: true })
  rating!: number | null;

  @Column({ type: 'boolean', default: false })
  liked!: boolean;

  /** JSON array of strings. */
  @Column({ type: 'text', default: '[]' })
  tags!: string;

  /** Epoch milliseconds. */
  @Column({ type: 'integer' })
  createdAt!: number;
}
