import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "referral_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"deadline_days_immediate" numeric DEFAULT 0 NOT NULL,
  	"deadline_days_very_urgent" numeric DEFAULT 1 NOT NULL,
  	"deadline_days_urgent" numeric DEFAULT 3 NOT NULL,
  	"deadline_days_normal" numeric DEFAULT 7 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "referral_settings" CASCADE;`)
}
