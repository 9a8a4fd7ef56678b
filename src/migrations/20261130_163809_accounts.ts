import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "login_throttle" (
  	"key" varchar PRIMARY KEY NOT NULL,
  	"window_start" timestamp (3) with time zone NOT NULL,
  	"attempts" integer NOT NULL
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "login_throttle" CASCADE;`)
}
