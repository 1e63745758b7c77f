import type { Statement } from 'better-sqlite3';
import type { SqliteConnection, StoreResult } from './sqlite-connection';

/** A project as stored. */
export interface Project {
  id: number;
  name: string;
  createdAt: number;
}

/** Projects: list, find, create with a unique name. */
export class ProjectStore {
  private readonly selectAll: Statement<[], Project>;
  private readonly selectById: Statement<[number], Project>;
  private readonly selectByName: Statement<[string], Project>;
  private readonly insert: Statement<[string, number]>;

  constructor(db: SqliteConnection) {
    this.selectAll = db.prepare('SELECT id, name, createdAt FROM project ORDER BY id');
    this.selectById = db.prepare('SELECT id, name, createdAt FROM project WHERE id = ?');
    this.selectByName = db.prepare('SELECT id, name, createdAt FROM project WHERE name = ?');
    this.insert = db.prepare('INSERT INTO project (name, createdAt) VALUES (?, ?) ON CONFLICT(name) DO NOTHING');
  }

  /** Every project, oldest first. */
  list(): Project[] {
    return this.selectAll.all();
  }

  /** One project by id. */
  get(id: number): Project | undefined {
    return this.selectById.get(id);
  }

  /** One project by exact name. */
  findByName(name: string): Project | undefined {
    return this.selectByName.get(name.trim());
  }

  /** Creates a project; a taken or empty name comes back as an error. */
  create(name: string, now: number = Date.now()): StoreResult<Project> {
    const trimmed = name.trim();
    if (trimmed.length === 0) {
      return { ok: false, error: { code: 'project.invalid_name', message: 'A project needs a name.', path: 'name' } };
    }
    if (this.insert.run(trimmed, now).changes === 0) {
      return { ok: false, error: { code: 'project.name_taken', message: `A project named "${trimmed}" already exists.`, path: 'name' } };
    }
    const project = this.selectByName.get(trimmed);
    if (!project) throw new Error(`project ${trimmed} vanished right after insert`);
    return { ok: true, value: project };
  }
}
