import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "letterhead" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"organisation" varchar DEFAULT 'استانداری' NOT NULL,
  	"unit" varchar DEFAULT 'دفتر سیاسی، انتخابات و تقسیمات کشوری',
  	"address" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "letterhead" ADD CONSTRAINT "letterhead_logo_id_attachments_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "letterhead_logo_idx" ON "letterhead" USING btree ("logo_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "letterhead" CASCADE;`)
}
