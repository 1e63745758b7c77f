import { Initial1732500000000 } from './1732500000000-Initial';

/** Every migration in order, listed literally for the DataSource (no globs). */
export const MIGRATIONS = [Initial1732500000000];
