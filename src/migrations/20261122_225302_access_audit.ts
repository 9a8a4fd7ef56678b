import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'register', 'correct', 'cancel', 'delete', 'read', 'download', 'login', 'login-failed', 'logout', 'role-change', 'clearance-change');
  CREATE TYPE "public"."enum_audit_log_classification" AS ENUM('normal', 'confidential', 'highly-confidential', 'secret', 'top-secret');
  CREATE TYPE "public"."enum_audit_log_interface" AS ENUM('rest', 'graphql', 'admin', 'local');
  CREATE TYPE "public"."enum_audit_log_outcome" AS ENUM('success', 'denied', 'failed');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"actor_id" numeric,
  	"actor_email" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"target_collection" varchar,
  	"target_id" varchar,
  	"classification" "enum_audit_log_classification",
  	"interface" "enum_audit_log_interface" NOT NULL,
  	"outcome" "enum_audit_log_outcome" NOT NULL,
  	"message" varchar,
  	"changes" jsonb,
  	"prev_hash" varchar,
  	"hash" varchar
  );
  
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_actor_id_idx" ON "audit_log" USING btree ("actor_id");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_target_id_idx" ON "audit_log" USING btree ("target_id");
  CREATE INDEX "audit_log_outcome_idx" ON "audit_log" USING btree ("outcome");`)

  // The trail is append-only in the database itself, whatever connects to it.
  await db.execute(sql`
  CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
  END
  $$;
  CREATE TRIGGER "audit_log_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_log"
    FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
  CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TRIGGER "audit_log_no_truncate" ON "audit_log";
  DROP TRIGGER "audit_log_no_update_delete" ON "audit_log";
  DROP FUNCTION "audit_log_append_only"();
   DROP TABLE "audit_log" CASCADE;
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_audit_log_classification";
  DROP TYPE "public"."enum_audit_log_interface";
  DROP TYPE "public"."enum_audit_log_outcome";`)
}
