import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals" ADD COLUMN "reply_letter_id" integer;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_reply_letter_id_letters_id_fk" FOREIGN KEY ("reply_letter_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "referrals_reply_letter_idx" ON "referrals" USING btree ("reply_letter_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals" DROP CONSTRAINT "referrals_reply_letter_id_letters_id_fk";
  
  DROP INDEX "referrals_reply_letter_idx";
  ALTER TABLE "referrals" DROP COLUMN "reply_letter_id";`)
}
