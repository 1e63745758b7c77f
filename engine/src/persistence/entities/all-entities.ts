import { CacheEntryEntity } from './cache-entry-entity';
import { LookupEntity } from './lookup-entity';
import { ProductEntity } from './product-entity';
import { ProjectEntity } from './project-entity';
import { RunEntity } from './run-entity';
import { RunItemEntity } from './run-item-entity';

/** Every entity, listed literally for the DataSource (no globs: tsx and globs don't mix). */
export const ENTITIES = [ProjectEntity, RunEntity, RunItemEntity, ProductEntity, CacheEntryEntity, LookupEntity];
