import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
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
   DROP INDEX "attachments_carried_idx";
  ALTER TABLE "attachments" DROP COLUMN "carried";`)
}
