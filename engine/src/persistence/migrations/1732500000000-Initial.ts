import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written to match the entities exactly: a test asks TypeORM's schema
// builder for the diff between entities and this schema and expects none.
const TABLES = [
  `CREATE TABLE "project" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "createdAt" integer NOT NULL,
    CONSTRAINT "UQ_project_name" UNIQUE ("name"))`,

  `CREATE TABLE "run" ("id" text PRIMARY KEY NOT NULL, "projectId" integer NOT NULL, "workflow" text NOT NULL, "workflowHash" text NOT NULL,
    "status" text NOT NULL DEFAULT ('queued'), "doneCount" integer NOT NULL DEFAULT (0), "cachedCount" integer NOT NULL DEFAULT (0),
    "failedCount" integer NOT NULL DEFAULT (0), "totalCount" integer NOT NULL DEFAULT (0), "error" text, "createdAt" integer NOT NULL,
    "startedAt" integer, "finishedAt" integer,
    CONSTRAINT "CHK_run_status" CHECK ("status" IN ('queued', 'running', 'succeeded', 'partial', 'failed', 'cancelled')),
    CONSTRAINT "FK_run_project" FOREIGN KEY ("projectId") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_run_project_created" ON "run" ("projectId", "createdAt")`,

  `CREATE TABLE "run_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "runId" text NOT NULL, "nodeId" text NOT NULL, "itemKey" text NOT NULL,
    "cacheKey" text, "status" text NOT NULL, "error" text, "durationMs" integer, "createdAt" integer NOT NULL,
    CONSTRAINT "UQ_run_item_run_node_item" UNIQUE ("runId", "nodeId", "itemKey"),
    CONSTRAINT "CHK_run_item_status" CHECK ("status" IN ('done', 'cached', 'failed')),
    CONSTRAINT "FK_run_item_run" FOREIGN KEY ("runId") REFERENCES "run" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,

  `CREATE TABLE "product" ("seq" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "id" text NOT NULL, "projectId" integer NOT NULL, "runId" text,
    "nodeId" text NOT NULL, "workflowHash" text NOT NULL, "cacheKey" text NOT NULL, "prompt" text NOT NULL DEFAULT (''),
    "negativePrompt" text NOT NULL DEFAULT (''), "params" text NOT NULL DEFAULT ('{}'), "seed" integer, "provider" text, "model" text,
    "mediaHash" text NOT NULL, "mediaPath" text NOT NULL, "mime" text NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL,
    "thumbnails" text NOT NULL DEFAULT ('{}'), "metrics" text NOT NULL DEFAULT ('{}'), "rating" integer, "liked" boolean NOT NULL DEFAULT (0),
    "tags" text NOT NULL DEFAULT ('[]'), "createdAt" integer NOT NULL,
    CONSTRAINT "UQ_product_project_cache_key" UNIQUE ("projectId", "cacheKey"),
    CONSTRAINT "UQ_product_id" UNIQUE ("id"),
    CONSTRAINT "CHK_product_rating" CHECK ("rating" IS NULL OR "rating" BETWEEN 0 AND 5),
    CONSTRAINT "FK_product_project" FOREIGN KEY ("projectId") REFERENCES "project" ("id") ON DELETE CASCADE ON UPDATE NO ACTION,
    CONSTRAINT "FK_product_run" FOREIGN KEY ("runId") REFERENCES "run" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "IDX_product_project_created" ON "product" ("projectId", "createdAt")`,
  `CREATE INDEX "IDX_product_run" ON "product" ("runId")`,
  `CREATE INDEX "IDX_product_media_hash" ON "product" ("mediaHash")`,

  `CREATE TABLE "cache_entry" ("key" text PRIMARY KEY NOT NULL, "nodeType" text NOT NULL, "value" text NOT NULL, "sizeBytes" integer NOT NULL,
    "createdAt" integer NOT NULL, "lastUsedAt" integer NOT NULL)`,
  `CREATE INDEX "IDX_cache_entry_last_used" ON "cache_entry" ("lastUsedAt")`,

  `CREATE TABLE "lookup" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" text NOT NULL, "nameLower" text NOT NULL, "values" text NOT NULL,
    "source" text NOT NULL DEFAULT ('user'), "updatedAt" integer NOT NULL,
    CONSTRAINT "UQ_lookup_name_lower" UNIQUE ("nameLower"))`,
];

// External-content FTS5 over product prompts, keyed by product.seq (a stable
// INTEGER PRIMARY KEY, unlike an implicit rowid). Triggers keep it in sync.
const FULL_TEXT = [
  `CREATE VIRTUAL TABLE "product_fts" USING fts5("prompt", "negativePrompt", content='product', content_rowid='seq',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
  `CREATE TRIGGER "product_fts_insert" AFTER INSERT ON "product" BEGIN
    INSERT INTO "product_fts"(rowid, "prompt", "negativePrompt") VALUES (new."seq", new."prompt", new."negativePrompt");
  END`,
  `CREATE TRIGGER "product_fts_delete" AFTER DELETE ON "product" BEGIN
    INSERT INTO "product_fts"("product_fts", rowid, "prompt", "negativePrompt") VALUES ('delete', old."seq", old."prompt", old."negativePrompt");
  END`,
  `CREATE TRIGGER "product_fts_update" AFTER UPDATE OF "prompt", "negativePrompt" ON "product" BEGIN
    INSERT INTO "product_fts"("product_fts", rowid, "prompt", "negativePrompt") VALUES ('delete', old."seq", old."prompt", old."negativePrompt");
    INSERT INTO "product_fts"(rowid, "prompt", "negativePrompt") VALUES (new."seq", new."prompt", new."negativePrompt");
  END`,
];

/** The first schema: projects (with "Default"), runs, run items, products with full-text search, cache entries, lookups. */
export class Initial1732500000000 implements MigrationInterface {
  name = 'Initial1732500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const sql of [...TABLES, ...FULL_TEXT]) await queryRunner.query(sql);
    await queryRunner.query(`INSERT INTO "project" ("id", "name", "createdAt") VALUES (1, 'Default', ?)`, [Date.now()]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['product_fts_update', 'product_fts_delete', 'product_fts_insert']) {
      await queryRunner.query(`DROP TRIGGER "${name}"`);
    }
    for (const table of ['product_fts', 'lookup', 'cache_entry', 'product', 'run_item', 'run', 'project']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
