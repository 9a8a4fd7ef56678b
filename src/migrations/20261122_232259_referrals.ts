import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_referrals_history_state" AS ENUM('sent', 'seen', 'in-progress', 'done', 'returned', 'recalled');
  CREATE TYPE "public"."enum_referrals_purpose" AS ENUM('action', 'information', 'review', 'reply', 'approval');
  CREATE TYPE "public"."enum_referrals_state" AS ENUM('sent', 'seen', 'in-progress', 'done', 'returned', 'recalled');
  CREATE TABLE "referrals_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"state" "enum_referrals_history_state",
  	"at" timestamp(3) with time zone,
  	"by_id" integer
  );
  
  CREATE TABLE "referrals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from_id" integer,
  	"to_post_id" integer,
  	"to_unit_id" integer,
  	"purpose" "enum_referrals_purpose" DEFAULT 'action' NOT NULL,
  	"instruction" varchar,
  	"deadline" timestamp(3) with time zone,
  	"state" "enum_referrals_state" DEFAULT 'sent' NOT NULL,
  	"response" varchar,
  	"return_reason" varchar,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "referrals_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"letters_id" integer,
  	"users_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "referrals_id" integer;
  ALTER TABLE "referrals_history" ADD CONSTRAINT "referrals_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals_history" ADD CONSTRAINT "referrals_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_from_id_users_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_post_id_posts_id_fk" FOREIGN KEY ("to_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals" ADD CONSTRAINT "referrals_parent_id_referrals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "referrals_rels" ADD CONSTRAINT "referrals_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "referrals_history_order_idx" ON "referrals_history" USING btree ("_order");
  CREATE INDEX "referrals_history_parent_id_idx" ON "referrals_history" USING btree ("_parent_id");
  CREATE INDEX "referrals_history_by_idx" ON "referrals_history" USING btree ("by_id");
  CREATE INDEX "referrals_from_idx" ON "referrals" USING btree ("from_id");
  CREATE INDEX "referrals_to_post_idx" ON "referrals" USING btree ("to_post_id");
  CREATE INDEX "referrals_to_unit_idx" ON "referrals" USING btree ("to_unit_id");
  CREATE INDEX "referrals_deadline_idx" ON "referrals" USING btree ("deadline");
  CREATE INDEX "referrals_state_idx" ON "referrals" USING btree ("state");
  CREATE INDEX "referrals_parent_idx" ON "referrals" USING btree ("parent_id");
  CREATE INDEX "referrals_updated_at_idx" ON "referrals" USING btree ("updated_at");
  CREATE INDEX "referrals_created_at_idx" ON "referrals" USING btree ("created_at");
  CREATE INDEX "referrals_rels_order_idx" ON "referrals_rels" USING btree ("order");
  CREATE INDEX "referrals_rels_parent_idx" ON "referrals_rels" USING btree ("parent_id");
  CREATE INDEX "referrals_rels_path_idx" ON "referrals_rels" USING btree ("path");
  CREATE INDEX "referrals_rels_letters_id_idx" ON "referrals_rels" USING btree ("letters_id");
  CREATE INDEX "referrals_rels_users_id_idx" ON "referrals_rels" USING btree ("users_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_referrals_fk" FOREIGN KEY ("referrals_id") REFERENCES "public"."referrals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_referrals_id_idx" ON "payload_locked_documents_rels" USING btree ("referrals_id");`)

  // The kartabl reaches a user's referrals from their own \`to\` rows, and each referral's paper
  // from its \`record\` row: partial indexes for exactly those two lookups.
  await db.execute(sql`
  CREATE INDEX "referrals_rels_to_user_idx" ON "referrals_rels" USING btree ("users_id", "parent_id") WHERE "path" = 'to';
  CREATE INDEX "referrals_rels_record_idx" ON "referrals_rels" USING btree ("parent_id") INCLUDE ("letters_id") WHERE "path" = 'record';
  CREATE INDEX "referrals_from_open_idx" ON "referrals" USING btree ("from_id", "deadline") WHERE "state" IN ('sent', 'seen', 'in-progress');`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "referrals_rels_to_user_idx";
  DROP INDEX IF EXISTS "referrals_rels_record_idx";
  DROP INDEX IF EXISTS "referrals_from_open_idx";
   ALTER TABLE "referrals_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "referrals" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "referrals_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "referrals_history" CASCADE;
  DROP TABLE "referrals" CASCADE;
  DROP TABLE "referrals_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_referrals_fk";
  
  DROP INDEX "payload_locked_documents_rels_referrals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "referrals_id";
  DROP TYPE "public"."enum_referrals_history_state";
  DROP TYPE "public"."enum_referrals_purpose";
  DROP TYPE "public"."enum_referrals_state";`)
}
