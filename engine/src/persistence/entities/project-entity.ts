import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** The id of the project every install starts with (created by the initial migration). */
export const DEFAULT_PROJECT_ID = 1;

/** A named collection of runs and products. */
@Entity({ name: 'project' })
@Unique('UQ_project_name', ['name'])
export class ProjectEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'text' })
  name!: string;

  /** Epoch milliseconds. */
  @Column({ type: 'integer' })
  createdAt!: number;
}
