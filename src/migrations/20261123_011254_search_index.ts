import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The adapter creates pg_trgm on connect; a migration run on its own must not depend on that.
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm;`)
  await db.execute(sql`
   CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" varchar NOT NULL,
  	"doc_id" integer NOT NULL,
  	"title" text NOT NULL,
  	"registry_number" text,
  	"registry_key" text,
  	"sender_key" text,
  	"header_text" text NOT NULL,
  	"content_text" text NOT NULL,
  	"tsv" "tsvector" NOT NULL,
  	"date" timestamp (3) with time zone NOT NULL,
  	"classification" varchar NOT NULL,
  	"kind" varchar,
  	"dossier_id" integer,
  	"division_id" integer,
  	"sender_ref" varchar,
  	"grant_collection" varchar NOT NULL,
  	"grant_id" integer NOT NULL,
  	"authors" integer[] NOT NULL,
  	"addressees" text[] NOT NULL
  );
  
  CREATE TABLE "search_words" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"word" text NOT NULL
  );
  
  CREATE UNIQUE INDEX "search_index_type_doc_idx" ON "search_index" USING btree ("type","doc_id");
  CREATE INDEX "search_index_tsv_idx" ON "search_index" USING gin ("tsv");
  CREATE INDEX "search_index_registry_key_idx" ON "search_index" USING btree ("registry_key");
  CREATE INDEX "search_index_sender_key_idx" ON "search_index" USING btree ("sender_key");
  CREATE INDEX "search_index_date_idx" ON "search_index" USING btree ("date");
  CREATE INDEX "search_index_grant_idx" ON "search_index" USING btree ("grant_collection","grant_id");
  CREATE INDEX "search_words_word_idx" ON "search_words" USING btree ("word");
  CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gist ("word" gist_trgm_ops);`)

  // The word list for typo tolerance follows the index: new words of three letters or more
  // (not numbers) as rows are written. NOT EXISTS rather than a unique key: see schema.ts.
  await db.execute(sql`
  CREATE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO search_words (word)
    SELECT w FROM unnest(tsvector_to_array(NEW.tsv)) AS w
    WHERE length(w) >= 3 AND w !~ '[0-9]' AND NOT EXISTS (SELECT 1 FROM search_words s WHERE s.word = w);
    RETURN NULL;
  END $$;
  CREATE TRIGGER search_words_collect AFTER INSERT OR UPDATE OF tsv ON search_index
    FOR EACH ROW EXECUTE FUNCTION search_words_collect();`)
  // Records registered before the index existed are indexed after the migrations, at start
  // (src/server/search/reindex.ts): a migration must not read records with today's schema.
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP FUNCTION IF EXISTS search_words_collect() CASCADE;
   DROP TABLE "search_index" CASCADE;
  DROP TABLE "search_words" CASCADE;`)
}
