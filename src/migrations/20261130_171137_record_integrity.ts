import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_letters_corrections_level" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TYPE "public"."enum__letters_v_version_corrections_level" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  ALTER TYPE "public"."enum_notifications_status" ADD VALUE 'withheld';
  ALTER TABLE "letters_corrections" ADD COLUMN "level" "enum_letters_corrections_level";
  ALTER TABLE "_letters_v_version_corrections" ADD COLUMN "level" "enum__letters_v_version_corrections_level";
  ALTER TABLE "attachments" ADD COLUMN "carried" boolean DEFAULT false;
  CREATE INDEX "attachments_carried_idx" ON "attachments" USING btree ("carried");`)
  // Files already carried by a letter or a referral's response follow their paper's rule;
  // only uploads no paper carries stay their uploader's alone.
  await db.execute(sql`
   UPDATE "attachments" a SET "carried" = true
   WHERE EXISTS (SELECT 1 FROM "letters_rels" r WHERE r."attachments_id" = a."id")
      OR EXISTS (SELECT 1 FROM "referrals_rels" r WHERE r."attachments_id" = a."id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "notifications" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "notifications" ALTER COLUMN "status" SET DEFAULT 'queued'::text;
  DROP TYPE "public"."enum_notifications_status";
  CREATE TYPE "public"."enum_notifications_status" AS ENUM('queued', 'sending', 'sent', 'failed');
  ALTER TABLE "notifications" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."enum_notifications_status";
  ALTER TABLE "notifications" ALTER COLUMN "status" SET DATA TYPE "public"."enum_notifications_status" USING "status"::"public"."enum_notifications_status";
  DROP INDEX "attachments_carried_idx";
  ALTER TABLE "letters_corrections" DROP COLUMN "level";
  ALTER TABLE "_letters_v_version_corrections" DROP COLUMN "level";
  ALTER TABLE "attachments" DROP COLUMN "carried";
  DROP TYPE "public"."enum_letters_corrections_level";
  DROP TYPE "public"."enum__letters_v_version_corrections_level";`)
}
