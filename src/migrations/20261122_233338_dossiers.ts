import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_dossiers_status" AS ENUM('open', 'closed');
  CREATE TABLE "dossiers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"title" varchar NOT NULL,
  	"parent_id" integer,
  	"status" "enum_dossiers_status" DEFAULT 'open' NOT NULL,
  	"retention_years" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "letters" ADD COLUMN "dossier_id" integer;
  ALTER TABLE "_letters_v" ADD COLUMN "version_dossier_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "dossiers_id" integer;
  ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_parent_id_dossiers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "dossiers_code_idx" ON "dossiers" USING btree ("code");
  CREATE INDEX "dossiers_parent_idx" ON "dossiers" USING btree ("parent_id");
  CREATE INDEX "dossiers_status_idx" ON "dossiers" USING btree ("status");
  CREATE INDEX "dossiers_updated_at_idx" ON "dossiers" USING btree ("updated_at");
  CREATE INDEX "dossiers_created_at_idx" ON "dossiers" USING btree ("created_at");
  ALTER TABLE "letters" ADD CONSTRAINT "letters_dossier_id_dossiers_id_fk" FOREIGN KEY ("dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_dossier_id_dossiers_id_fk" FOREIGN KEY ("version_dossier_id") REFERENCES "public"."dossiers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_dossiers_fk" FOREIGN KEY ("dossiers_id") REFERENCES "public"."dossiers"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "letters_dossier_idx" ON "letters" USING btree ("dossier_id");
  CREATE INDEX "_letters_v_version_version_dossier_idx" ON "_letters_v" USING btree ("version_dossier_id");
  CREATE INDEX "payload_locked_documents_rels_dossiers_id_idx" ON "payload_locked_documents_rels" USING btree ("dossiers_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "dossiers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "dossiers" CASCADE;
  ALTER TABLE "letters" DROP CONSTRAINT "letters_dossier_id_dossiers_id_fk";
  
  ALTER TABLE "_letters_v" DROP CONSTRAINT "_letters_v_version_dossier_id_dossiers_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_dossiers_fk";
  
  DROP INDEX "letters_dossier_idx";
  DROP INDEX "_letters_v_version_version_dossier_idx";
  DROP INDEX "payload_locked_documents_rels_dossiers_id_idx";
  ALTER TABLE "letters" DROP COLUMN "dossier_id";
  ALTER TABLE "_letters_v" DROP COLUMN "version_dossier_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "dossiers_id";
  DROP TYPE "public"."enum_dossiers_status";`)
}
