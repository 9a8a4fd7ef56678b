import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referral_inbox_state" AS ENUM('draft', 'sent', 'seen', 'in-progress', 'done', 'returned', 'recalled');
  CREATE TABLE "referral_inbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"referral_id" numeric NOT NULL,
  	"user_id" numeric NOT NULL,
  	"state" "enum_referral_inbox_state" NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone NOT NULL,
  	"letter_id" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "referral_inbox_id" integer;
  CREATE INDEX "referral_inbox_referral_id_idx" ON "referral_inbox" USING btree ("referral_id");
  CREATE UNIQUE INDEX "userId_referralId_idx" ON "referral_inbox" USING btree ("user_id","referral_id");
  CREATE INDEX "userId_state_deadline_idx" ON "referral_inbox" USING btree ("user_id","state","deadline");
  CREATE INDEX "userId_letterId_idx" ON "referral_inbox" USING btree ("user_id","letter_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referral_inbox_fk" FOREIGN KEY ("referral_inbox_id") REFERENCES "public"."referral_inbox"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_referral_inbox_id_idx" ON "payload_locked_documents_rels" USING btree ("referral_inbox_id");`)

  // The desk: a user's open rows in deadline order, with the state for the counts.
  await db.execute(sql`
  CREATE INDEX "referral_inbox_open_idx" ON "referral_inbox" USING btree ("user_id", "deadline", "sent_at", "referral_id") INCLUDE ("state")
    WHERE "state" IN ('sent', 'seen', 'in-progress');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "referral_inbox_open_idx";
   ALTER TABLE "referral_inbox" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "referral_inbox" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_referral_inbox_fk";
  
  DROP INDEX "payload_locked_documents_rels_referral_inbox_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "referral_inbox_id";
  DROP TYPE "public"."enum_referral_inbox_state";`)
}
