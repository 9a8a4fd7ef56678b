import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals_rels" ADD COLUMN "attachments_id" integer;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_attachments_fk" FOREIGN KEY ("attachments_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_rels_attachments_id_idx" ON "referrals_rels" USING btree ("attachments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "referrals_rels" DROP CONSTRAINT "referrals_rels_attachments_fk";
  
  DROP INDEX "referrals_rels_attachments_id_idx";
  ALTER TABLE "referrals_rels" DROP COLUMN "attachments_id";`)
}
