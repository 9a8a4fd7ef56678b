import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_letters_kind" AS ENUM('incoming', 'outgoing', 'internal');
  CREATE TYPE "public"."enum_letters_status" AS ENUM('draft', 'registered', 'cancelled');
  CREATE TYPE "public"."enum_letters_classification" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TYPE "public"."enum_letters_urgency" AS ENUM('normal', 'urgent', 'very-urgent', 'immediate');
  CREATE TYPE "public"."enum__letters_v_version_kind" AS ENUM('incoming', 'outgoing', 'internal');
  CREATE TYPE "public"."enum__letters_v_version_status" AS ENUM('draft', 'registered', 'cancelled');
  CREATE TYPE "public"."enum__letters_v_version_classification" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TYPE "public"."enum__letters_v_version_urgency" AS ENUM('normal', 'urgent', 'very-urgent', 'immediate');
  CREATE TYPE "public"."enum_correspondents_kind" AS ENUM('ministry', 'governorate', 'county-governorate', 'district-office', 'organisation', 'party', 'person');
  CREATE TYPE "public"."enum_registry_books_kinds" AS ENUM('incoming', 'outgoing', 'internal');
  CREATE TABLE "letters_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reason" varchar,
  	"changes" jsonb
  );
  
  CREATE TABLE "letters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_letters_kind" NOT NULL,
  	"status" "enum_letters_status" DEFAULT 'draft' NOT NULL,
  	"classification" "enum_letters_classification" DEFAULT 'normal' NOT NULL,
  	"urgency" "enum_letters_urgency" DEFAULT 'normal' NOT NULL,
  	"subject" varchar NOT NULL,
  	"summary" varchar,
  	"body" jsonb,
  	"sender_number" varchar,
  	"sender_date" timestamp(3) with time zone,
  	"sender_number_key" varchar,
  	"in_reply_to_id" integer,
  	"signed_by_id" integer,
  	"signed_at" timestamp(3) with time zone,
  	"registry_book_id" integer,
  	"registry_number" varchar,
  	"registry_number_key" varchar,
  	"registry_year" numeric,
  	"registry_seq" numeric,
  	"registered_at" timestamp(3) with time zone,
  	"registered_by_id" integer,
  	"created_by_id" integer,
  	"cancel_reason" varchar,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancelled_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "letters_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "letters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondents_id" integer,
  	"posts_id" integer,
  	"units_id" integer,
  	"letters_id" integer
  );
  
  CREATE TABLE "_letters_v_version_corrections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reason" varchar,
  	"changes" jsonb,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_letters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__letters_v_version_kind" NOT NULL,
  	"version_status" "enum__letters_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_classification" "enum__letters_v_version_classification" DEFAULT 'normal' NOT NULL,
  	"version_urgency" "enum__letters_v_version_urgency" DEFAULT 'normal' NOT NULL,
  	"version_subject" varchar NOT NULL,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_sender_number" varchar,
  	"version_sender_date" timestamp(3) with time zone,
  	"version_sender_number_key" varchar,
  	"version_in_reply_to_id" integer,
  	"version_signed_by_id" integer,
  	"version_signed_at" timestamp(3) with time zone,
  	"version_registry_book_id" integer,
  	"version_registry_number" varchar,
  	"version_registry_number_key" varchar,
  	"version_registry_year" numeric,
  	"version_registry_seq" numeric,
  	"version_registered_at" timestamp(3) with time zone,
  	"version_registered_by_id" integer,
  	"version_created_by_id" integer,
  	"version_cancel_reason" varchar,
  	"version_cancelled_at" timestamp(3) with time zone,
  	"version_cancelled_by_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_letters_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_letters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"correspondents_id" integer,
  	"posts_id" integer,
  	"units_id" integer,
  	"letters_id" integer
  );
  
  CREATE TABLE "correspondents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_correspondents_kind" DEFAULT 'organisation' NOT NULL,
  	"division_id" integer,
  	"address" varchar,
  	"phone" varchar,
  	"email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registry_books_kinds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_registry_books_kinds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "registry_books" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"unit_id" integer,
  	"format" varchar DEFAULT '{year}/{code}/{seq}' NOT NULL,
  	"persian_digits" boolean DEFAULT false,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "registry_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"book_id" integer NOT NULL,
  	"year" numeric NOT NULL,
  	"last_seq" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "letters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "correspondents_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registry_books_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "registry_counters_id" integer;
  ALTER TABLE "letters_corrections" ADD CONSTRAINT "letters_corrections_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters_corrections" ADD CONSTRAINT "letters_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_in_reply_to_id_letters_id_fk" FOREIGN KEY ("in_reply_to_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_signed_by_id_users_id_fk" FOREIGN KEY ("signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_registry_book_id_registry_books_id_fk" FOREIGN KEY ("registry_book_id") REFERENCES "public"."registry_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_registered_by_id_users_id_fk" FOREIGN KEY ("registered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters" ADD CONSTRAINT "letters_cancelled_by_id_users_id_fk" FOREIGN KEY ("cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "letters_texts" ADD CONSTRAINT "letters_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "letters_rels" ADD CONSTRAINT "letters_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_version_corrections" ADD CONSTRAINT "_letters_v_version_corrections_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v_version_corrections" ADD CONSTRAINT "_letters_v_version_corrections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_letters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_parent_id_letters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_in_reply_to_id_letters_id_fk" FOREIGN KEY ("version_in_reply_to_id") REFERENCES "public"."letters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_signed_by_id_users_id_fk" FOREIGN KEY ("version_signed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_registry_book_id_registry_books_id_fk" FOREIGN KEY ("version_registry_book_id") REFERENCES "public"."registry_books"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_registered_by_id_users_id_fk" FOREIGN KEY ("version_registered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v" ADD CONSTRAINT "_letters_v_version_cancelled_by_id_users_id_fk" FOREIGN KEY ("version_cancelled_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_letters_v_texts" ADD CONSTRAINT "_letters_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_letters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_letters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_units_fk" FOREIGN KEY ("units_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_letters_v_rels" ADD CONSTRAINT "_letters_v_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "correspondents" ADD CONSTRAINT "correspondents_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registry_books_kinds" ADD CONSTRAINT "registry_books_kinds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."registry_books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registry_books" ADD CONSTRAINT "registry_books_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registry_counters" ADD CONSTRAINT "registry_counters_book_id_registry_books_id_fk" FOREIGN KEY ("book_id") REFERENCES "public"."registry_books"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "letters_corrections_order_idx" ON "letters_corrections" USING btree ("_order");
  CREATE INDEX "letters_corrections_parent_id_idx" ON "letters_corrections" USING btree ("_parent_id");
  CREATE INDEX "letters_corrections_by_idx" ON "letters_corrections" USING btree ("by_id");
  CREATE INDEX "letters_status_idx" ON "letters" USING btree ("status");
  CREATE INDEX "letters_classification_idx" ON "letters" USING btree ("classification");
  CREATE INDEX "letters_sender_number_key_idx" ON "letters" USING btree ("sender_number_key");
  CREATE INDEX "letters_in_reply_to_idx" ON "letters" USING btree ("in_reply_to_id");
  CREATE INDEX "letters_signed_by_idx" ON "letters" USING btree ("signed_by_id");
  CREATE INDEX "letters_registry_book_idx" ON "letters" USING btree ("registry_book_id");
  CREATE INDEX "letters_registry_number_idx" ON "letters" USING btree ("registry_number");
  CREATE INDEX "letters_registry_number_key_idx" ON "letters" USING btree ("registry_number_key");
  CREATE INDEX "letters_registered_by_idx" ON "letters" USING btree ("registered_by_id");
  CREATE INDEX "letters_created_by_idx" ON "letters" USING btree ("created_by_id");
  CREATE INDEX "letters_cancelled_by_idx" ON "letters" USING btree ("cancelled_by_id");
  CREATE INDEX "letters_updated_at_idx" ON "letters" USING btree ("updated_at");
  CREATE INDEX "letters_created_at_idx" ON "letters" USING btree ("created_at");
  CREATE UNIQUE INDEX "registryBook_registryYear_registrySeq_idx" ON "letters" USING btree ("registry_book_id","registry_year","registry_seq");
  CREATE INDEX "letters_texts_order_parent" ON "letters_texts" USING btree ("order","parent_id");
  CREATE INDEX "letters_rels_order_idx" ON "letters_rels" USING btree ("order");
  CREATE INDEX "letters_rels_parent_idx" ON "letters_rels" USING btree ("parent_id");
  CREATE INDEX "letters_rels_path_idx" ON "letters_rels" USING btree ("path");
  CREATE INDEX "letters_rels_correspondents_id_idx" ON "letters_rels" USING btree ("correspondents_id");
  CREATE INDEX "letters_rels_posts_id_idx" ON "letters_rels" USING btree ("posts_id");
  CREATE INDEX "letters_rels_units_id_idx" ON "letters_rels" USING btree ("units_id");
  CREATE INDEX "letters_rels_letters_id_idx" ON "letters_rels" USING btree ("letters_id");
  CREATE INDEX "_letters_v_version_corrections_order_idx" ON "_letters_v_version_corrections" USING btree ("_order");
  CREATE INDEX "_letters_v_version_corrections_parent_id_idx" ON "_letters_v_version_corrections" USING btree ("_parent_id");
  CREATE INDEX "_letters_v_version_corrections_by_idx" ON "_letters_v_version_corrections" USING btree ("by_id");
  CREATE INDEX "_letters_v_parent_idx" ON "_letters_v" USING btree ("parent_id");
  CREATE INDEX "_letters_v_version_version_status_idx" ON "_letters_v" USING btree ("version_status");
  CREATE INDEX "_letters_v_version_version_classification_idx" ON "_letters_v" USING btree ("version_classification");
  CREATE INDEX "_letters_v_version_version_sender_number_key_idx" ON "_letters_v" USING btree ("version_sender_number_key");
  CREATE INDEX "_letters_v_version_version_in_reply_to_idx" ON "_letters_v" USING btree ("version_in_reply_to_id");
  CREATE INDEX "_letters_v_version_version_signed_by_idx" ON "_letters_v" USING btree ("version_signed_by_id");
  CREATE INDEX "_letters_v_version_version_registry_book_idx" ON "_letters_v" USING btree ("version_registry_book_id");
  CREATE INDEX "_letters_v_version_version_registry_number_idx" ON "_letters_v" USING btree ("version_registry_number");
  CREATE INDEX "_letters_v_version_version_registry_number_key_idx" ON "_letters_v" USING btree ("version_registry_number_key");
  CREATE INDEX "_letters_v_version_version_registered_by_idx" ON "_letters_v" USING btree ("version_registered_by_id");
  CREATE INDEX "_letters_v_version_version_created_by_idx" ON "_letters_v" USING btree ("version_created_by_id");
  CREATE INDEX "_letters_v_version_version_cancelled_by_idx" ON "_letters_v" USING btree ("version_cancelled_by_id");
  CREATE INDEX "_letters_v_version_version_updated_at_idx" ON "_letters_v" USING btree ("version_updated_at");
  CREATE INDEX "_letters_v_version_version_created_at_idx" ON "_letters_v" USING btree ("version_created_at");
  CREATE INDEX "_letters_v_created_at_idx" ON "_letters_v" USING btree ("created_at");
  CREATE INDEX "_letters_v_updated_at_idx" ON "_letters_v" USING btree ("updated_at");
  CREATE INDEX "version_registryBook_version_registryYear_version_regist_idx" ON "_letters_v" USING btree ("version_registry_book_id","version_registry_year","version_registry_seq");
  CREATE INDEX "_letters_v_texts_order_parent" ON "_letters_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_letters_v_rels_order_idx" ON "_letters_v_rels" USING btree ("order");
  CREATE INDEX "_letters_v_rels_parent_idx" ON "_letters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_letters_v_rels_path_idx" ON "_letters_v_rels" USING btree ("path");
  CREATE INDEX "_letters_v_rels_correspondents_id_idx" ON "_letters_v_rels" USING btree ("correspondents_id");
  CREATE INDEX "_letters_v_rels_posts_id_idx" ON "_letters_v_rels" USING btree ("posts_id");
  CREATE INDEX "_letters_v_rels_units_id_idx" ON "_letters_v_rels" USING btree ("units_id");
  CREATE INDEX "_letters_v_rels_letters_id_idx" ON "_letters_v_rels" USING btree ("letters_id");
  CREATE INDEX "correspondents_name_idx" ON "correspondents" USING btree ("name");
  CREATE INDEX "correspondents_division_idx" ON "correspondents" USING btree ("division_id");
  CREATE INDEX "correspondents_updated_at_idx" ON "correspondents" USING btree ("updated_at");
  CREATE INDEX "correspondents_created_at_idx" ON "correspondents" USING btree ("created_at");
  CREATE INDEX "registry_books_kinds_order_idx" ON "registry_books_kinds" USING btree ("order");
  CREATE INDEX "registry_books_kinds_parent_idx" ON "registry_books_kinds" USING btree ("parent_id");
  CREATE UNIQUE INDEX "registry_books_code_idx" ON "registry_books" USING btree ("code");
  CREATE INDEX "registry_books_unit_idx" ON "registry_books" USING btree ("unit_id");
  CREATE INDEX "registry_books_updated_at_idx" ON "registry_books" USING btree ("updated_at");
  CREATE INDEX "registry_books_created_at_idx" ON "registry_books" USING btree ("created_at");
  CREATE INDEX "registry_counters_book_idx" ON "registry_counters" USING btree ("book_id");
  CREATE INDEX "registry_counters_updated_at_idx" ON "registry_counters" USING btree ("updated_at");
  CREATE INDEX "registry_counters_created_at_idx" ON "registry_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "book_year_idx" ON "registry_counters" USING btree ("book_id","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_letters_fk" FOREIGN KEY ("letters_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_correspondents_fk" FOREIGN KEY ("correspondents_id") REFERENCES "public"."correspondents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registry_books_fk" FOREIGN KEY ("registry_books_id") REFERENCES "public"."registry_books"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registry_counters_fk" FOREIGN KEY ("registry_counters_id") REFERENCES "public"."registry_counters"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_letters_id_idx" ON "payload_locked_documents_rels" USING btree ("letters_id");
  CREATE INDEX "payload_locked_documents_rels_correspondents_id_idx" ON "payload_locked_documents_rels" USING btree ("correspondents_id");
  CREATE INDEX "payload_locked_documents_rels_registry_books_id_idx" ON "payload_locked_documents_rels" USING btree ("registry_books_id");
  CREATE INDEX "payload_locked_documents_rels_registry_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("registry_counters_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "letters_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letters_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "letters_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letters_v_version_corrections" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letters_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letters_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_letters_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "correspondents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registry_books_kinds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registry_books" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "registry_counters" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "letters_corrections" CASCADE;
  DROP TABLE "letters" CASCADE;
  DROP TABLE "letters_texts" CASCADE;
  DROP TABLE "letters_rels" CASCADE;
  DROP TABLE "_letters_v_version_corrections" CASCADE;
  DROP TABLE "_letters_v" CASCADE;
  DROP TABLE "_letters_v_texts" CASCADE;
  DROP TABLE "_letters_v_rels" CASCADE;
  DROP TABLE "correspondents" CASCADE;
  DROP TABLE "registry_books_kinds" CASCADE;
  DROP TABLE "registry_books" CASCADE;
  DROP TABLE "registry_counters" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_letters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_correspondents_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registry_books_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_registry_counters_fk";
  
  DROP INDEX "payload_locked_documents_rels_letters_id_idx";
  DROP INDEX "payload_locked_documents_rels_correspondents_id_idx";
  DROP INDEX "payload_locked_documents_rels_registry_books_id_idx";
  DROP INDEX "payload_locked_documents_rels_registry_counters_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "letters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "correspondents_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registry_books_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "registry_counters_id";
  DROP TYPE "public"."enum_letters_kind";
  DROP TYPE "public"."enum_letters_status";
  DROP TYPE "public"."enum_letters_classification";
  DROP TYPE "public"."enum_letters_urgency";
  DROP TYPE "public"."enum__letters_v_version_kind";
  DROP TYPE "public"."enum__letters_v_version_status";
  DROP TYPE "public"."enum__letters_v_version_classification";
  DROP TYPE "public"."enum__letters_v_version_urgency";
  DROP TYPE "public"."enum_correspondents_kind";
  DROP TYPE "public"."enum_registry_books_kinds";`)
}
