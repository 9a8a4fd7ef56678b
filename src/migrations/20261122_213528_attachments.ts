import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_attachments_classification" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TABLE "attachments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"original_name" varchar,
  	"detected_type" varchar,
  	"sha256" varchar,
  	"classification" "enum_attachments_classification" DEFAULT 'normal' NOT NULL,
  	"created_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  ALTER TABLE "letters_rels" ADD COLUMN "attachments_id" integer;
  ALTER TABLE "_letters_v_rels" ADD COLUMN "attachments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "attachments_id" integer;
  ALTER TABLE "attachments" ADD CONSTRAINT "attachments_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "attachments_sha256_idx" ON "attachments" USING btree ("sha256");
  CREATE INDEX "attachments_created_by_idx" ON "attachments" USING btree ("created_by_id");
  CREATE INDEX "attachments_updated_at_idx" ON "attachments" USING btree ("updated_at");
  CREATE INDEX "attachments_created_at_idx" ON "attachments" USING btree ("created_at");
  CREATE UNIQUE INDEX "attachments_filename_idx" ON "attachments" USING btree ("filename");
  CREATE INDEX "attachments_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "attachments" USING btree ("sizes_thumbnail_filename");
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "letters_rels_attachments_id_idx" ON "letters_rels" USING btree ("attachments_id");
  CREATE INDEX "_letters_v_rels_attachments_id_idx" ON "_letters_v_rels" USING btree ("attachments_id");
  CREATE INDEX "payload_locked_documents_rels_attachments_id_idx" ON "payload_locked_documents_rels" USING btree ("attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attachments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "attachments" CASCADE;
  ALTER TABLE "letters_rels" DROP CONSTRAINT "letters_rels_attachments_fk";
  
  ALTER TABLE "_letters_v_rels" DROP CONSTRAINT "_letters_v_rels_attachments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_attachments_fk";
  
  DROP INDEX "letters_rels_attachments_id_idx";
  DROP INDEX "_letters_v_rels_attachments_id_idx";
  DROP INDEX "payload_locked_documents_rels_attachments_id_idx";
  ALTER TABLE "letters_rels" DROP COLUMN "attachments_id";
  ALTER TABLE "_letters_v_rels" DROP COLUMN "attachments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "attachments_id";
  DROP TYPE "public"."enum_attachments_classification";`)
}
