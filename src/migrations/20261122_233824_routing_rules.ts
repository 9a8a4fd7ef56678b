import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_routing_rules_classifications" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TYPE "public"."enum_routing_rules_purpose" AS ENUM('action', 'information', 'review', 'reply', 'approval');
  ALTER TYPE "public"."enum_referrals_history_state" ADD VALUE 'draft' BEFORE 'sent';
  ALTER TYPE "public"."enum_referrals_state" ADD VALUE 'draft' BEFORE 'sent';
  CREATE TABLE "routing_rules_classifications" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_routing_rules_classifications",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "routing_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"order" numeric DEFAULT 10 NOT NULL,
  	"active" boolean DEFAULT true,
  	"to_post_id" integer,
  	"to_unit_id" integer,
  	"purpose" "enum_routing_rules_purpose" DEFAULT 'action' NOT NULL,
  	"instruction" varchar,
  	"stop" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "routing_rules_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "routing_rules_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondents_id" integer,
  	"divisions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "routing_rules_id" integer;
  ALTER TABLE "routing_rules_classifications" ADD CONSTRAINT "routing_rules_classifications_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_to_post_id_posts_id_fk" FOREIGN KEY ("to_post_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routing_rules" ADD CONSTRAINT "routing_rules_to_unit_id_units_id_fk" FOREIGN KEY ("to_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "routing_rules_texts" ADD CONSTRAINT "routing_rules_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routing_rules_rels" ADD CONSTRAINT "routing_rules_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routing_rules_rels" ADD CONSTRAINT "routing_rules_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "routing_rules_rels" ADD CONSTRAINT "routing_rules_rels_divisions_fk" FOREIGN KEY ("divisions_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "routing_rules_classifications_order_idx" ON "routing_rules_classifications" USING btree ("order");
  CREATE INDEX "routing_rules_classifications_parent_idx" ON "routing_rules_classifications" USING btree ("parent_id");
  CREATE INDEX "routing_rules_order_idx" ON "routing_rules" USING btree ("order");
  CREATE INDEX "routing_rules_to_post_idx" ON "routing_rules" USING btree ("to_post_id");
  CREATE INDEX "routing_rules_to_unit_idx" ON "routing_rules" USING btree ("to_unit_id");
  CREATE INDEX "routing_rules_updated_at_idx" ON "routing_rules" USING btree ("updated_at");
  CREATE INDEX "routing_rules_created_at_idx" ON "routing_rules" USING btree ("created_at");
  CREATE INDEX "routing_rules_texts_order_parent" ON "routing_rules_texts" USING btree ("order","parent_id");
  CREATE INDEX "routing_rules_rels_order_idx" ON "routing_rules_rels" USING btree ("order");
  CREATE INDEX "routing_rules_rels_parent_idx" ON "routing_rules_rels" USING btree ("parent_id");
  CREATE INDEX "routing_rules_rels_path_idx" ON "routing_rules_rels" USING btree ("path");
  CREATE INDEX "routing_rules_rels_correspondents_id_idx" ON "routing_rules_rels" USING btree ("correspondents_id");
  CREATE INDEX "routing_rules_rels_divisions_id_idx" ON "routing_rules_rels" USING btree ("divisions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_routing_rules_fk" FOREIGN KEY ("routing_rules_id") REFERENCES "public"."routing_rules"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_routing_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("routing_rules_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "routing_rules_classifications" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "routing_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "routing_rules_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "routing_rules_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "routing_rules_classifications" CASCADE;
  DROP TABLE "routing_rules" CASCADE;
  DROP TABLE "routing_rules_texts" CASCADE;
  DROP TABLE "routing_rules_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_routing_rules_fk";
  
  ALTER TABLE "referrals_history" ALTER COLUMN "state" SET DATA TYPE text;
  DROP TYPE "public"."enum_referrals_history_state";
  CREATE TYPE "public"."enum_referrals_history_state" AS ENUM('sent', 'seen', 'in-progress', 'done', 'returned', 'recalled');
  ALTER TABLE "referrals_history" ALTER COLUMN "state" SET DATA TYPE "public"."enum_referrals_history_state" USING "state"::"public"."enum_referrals_history_state";
  ALTER TABLE "referrals" ALTER COLUMN "state" SET DATA TYPE text;
  ALTER TABLE "referrals" ALTER COLUMN "state" SET DEFAULT 'sent'::text;
  DROP TYPE "public"."enum_referrals_state";
  CREATE TYPE "public"."enum_referrals_state" AS ENUM('sent', 'seen', 'in-progress', 'done', 'returned', 'recalled');
  ALTER TABLE "referrals" ALTER COLUMN "state" SET DEFAULT 'sent'::"public"."enum_referrals_state";
  ALTER TABLE "referrals" ALTER COLUMN "state" SET DATA TYPE "public"."enum_referrals_state" USING "state"::"public"."enum_referrals_state";
  DROP INDEX "payload_locked_documents_rels_routing_rules_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "routing_rules_id";
  DROP TYPE "public"."enum_routing_rules_classifications";
  DROP TYPE "public"."enum_routing_rules_purpose";`)
}
