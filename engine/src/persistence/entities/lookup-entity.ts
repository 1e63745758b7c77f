import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A named word list used by prompt expansion (`{animal}`), unique regardless of case. */
@Entity({ name: 'lookup' })
@Unique('UQ_lookup_name_lower', ['nameLower'])
export class LookupEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** The name as the user typed it. */
  @Column({ type: 'text' })
  name!: string;

  /** `name` lower-cased: what uniqueness and look-ups use. */
  @Column({ type: 'text' })
  nameLower!: string;

  /** JSON array of strings or `{ text, weight }` objects. */
  @Column({ type: 'text' })
  values!: string;

  /** Where the list came from (`user`, `import:<file>`, ...). */
  @Column({ type: 'text', default: 'user' })
  source!: string;

  /** Epoch milliseconds. */
  @Column({ type: 'integer' })
  updatedAt!: number;
}
