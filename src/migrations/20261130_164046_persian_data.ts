import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_holidays_scope" AS ENUM('national', 'province', 'county');
  CREATE TABLE "search_meta" (
  	"key" varchar PRIMARY KEY NOT NULL,
  	"value" integer NOT NULL
  );
  
  CREATE TABLE "holidays" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"name" varchar NOT NULL,
  	"scope" "enum_holidays_scope" DEFAULT 'national' NOT NULL,
  	"division_id" integer,
  	"source" varchar NOT NULL,
  	"reason" varchar,
  	"seed_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "referrals" ADD COLUMN "deadline_by_default" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "holidays_id" integer;
  ALTER TABLE "holidays" ADD CONSTRAINT "holidays_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");
  CREATE INDEX "holidays_division_idx" ON "holidays" USING btree ("division_id");
  CREATE UNIQUE INDEX "holidays_seed_key_idx" ON "holidays" USING btree ("seed_key");
  CREATE INDEX "holidays_updated_at_idx" ON "holidays" USING btree ("updated_at");
  CREATE INDEX "holidays_created_at_idx" ON "holidays" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_holidays_fk" FOREIGN KEY ("holidays_id") REFERENCES "public"."holidays"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_holidays_id_idx" ON "payload_locked_documents_rels" USING btree ("holidays_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "search_meta" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "holidays" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_meta" CASCADE;
  DROP TABLE "holidays" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_holidays_fk";
  
  DROP INDEX "payload_locked_documents_rels_holidays_id_idx";
  ALTER TABLE "referrals" DROP COLUMN "deadline_by_default";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "holidays_id";
  DROP TYPE "public"."enum_holidays_scope";`)
}
