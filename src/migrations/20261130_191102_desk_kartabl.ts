import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'referral-done' BEFORE 'deadline-reminder';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The older type has no 'referral-done': those notices cannot be kept in it.
  await db.execute(sql`
   DELETE FROM "notifications" WHERE "kind" = 'referral-done';
   ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('referral-new', 'referral-returned', 'deadline-reminder', 'overdue-list', 'overdue-supervisor', 'director-digest');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";`)
}
