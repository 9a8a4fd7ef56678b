import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "letters" ADD COLUMN "archived" boolean;
  ALTER TABLE "_letters_v" ADD COLUMN "version_archived" boolean;
  ALTER TABLE "referral_inbox" ADD COLUMN "archived" boolean DEFAULT false;
  CREATE INDEX "letters_archived_idx" ON "letters" USING btree ("archived");
  CREATE INDEX "_letters_v_version_version_archived_idx" ON "_letters_v" USING btree ("version_archived");
  CREATE INDEX "referral_inbox_letter_id_idx" ON "referral_inbox" USING btree ("letter_id");`)

  // The desk's index leaves archived papers out.
  await db.execute(sql`
  DROP INDEX IF EXISTS "referral_inbox_open_idx";
  CREATE INDEX "referral_inbox_open_idx" ON "referral_inbox" USING btree ("user_id", "deadline", "sent_at", "referral_id") INCLUDE ("state")
    WHERE "state" IN ('sent', 'seen', 'in-progress') AND NOT "archived";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "referral_inbox_open_idx";
  CREATE INDEX "referral_inbox_open_idx" ON "referral_inbox" USING btree ("user_id", "deadline", "sent_at", "referral_id") INCLUDE ("state")
    WHERE "state" IN ('sent', 'seen', 'in-progress');
   DROP INDEX "letters_archived_idx";
  DROP INDEX "_letters_v_version_version_archived_idx";
  DROP INDEX "referral_inbox_letter_id_idx";
  ALTER TABLE "letters" DROP COLUMN "archived";
  ALTER TABLE "_letters_v" DROP COLUMN "version_archived";
  ALTER TABLE "referral_inbox" DROP COLUMN "archived";`)
}
