import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_meetings_answers_answer" AS ENUM('accepted', 'declined', 'substitute');
  CREATE TYPE "public"."enum_notifications_calendar_method" AS ENUM('REQUEST', 'CANCEL');
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'meeting-invitation';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'meeting-update';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'meeting-postponement';
  ALTER TYPE "public"."enum_notifications_kind" ADD VALUE 'meeting-cancellation';
  CREATE TABLE "meetings_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"answer" "enum_meetings_answers_answer",
  	"substitute" varchar,
  	"answered_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "meetings" ADD COLUMN "sequence" numeric DEFAULT 0;
  ALTER TABLE "notifications" ADD COLUMN "meeting_id" integer;
  ALTER TABLE "notifications" ADD COLUMN "calendar" varchar;
  ALTER TABLE "notifications" ADD COLUMN "calendar_method" "enum_notifications_calendar_method";
  ALTER TABLE "meetings_answers" ADD CONSTRAINT "meetings_answers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "meetings_answers" ADD CONSTRAINT "meetings_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "meetings_answers_order_idx" ON "meetings_answers" USING btree ("_order");
  CREATE INDEX "meetings_answers_parent_id_idx" ON "meetings_answers" USING btree ("_parent_id");
  CREATE INDEX "meetings_answers_user_idx" ON "meetings_answers" USING btree ("user_id");
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "notifications_meeting_idx" ON "notifications" USING btree ("meeting_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "meetings_answers" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "meetings_answers" CASCADE;
  ALTER TABLE "notifications" DROP CONSTRAINT "notifications_meeting_id_meetings_id_fk";
  
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_notifications_kind";
  CREATE TYPE "public"."enum_notifications_kind" AS ENUM('referral-new', 'referral-returned', 'referral-done', 'deadline-reminder', 'overdue-list', 'overdue-supervisor', 'director-digest');
  ALTER TABLE "notifications" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_notifications_kind" USING "kind"::"public"."enum_notifications_kind";
  DROP INDEX "notifications_meeting_idx";
  ALTER TABLE "meetings" DROP COLUMN "sequence";
  ALTER TABLE "notifications" DROP COLUMN "meeting_id";
  ALTER TABLE "notifications" DROP COLUMN "calendar";
  ALTER TABLE "notifications" DROP COLUMN "calendar_method";
  DROP TYPE "public"."enum_meetings_answers_answer";
  DROP TYPE "public"."enum_notifications_calendar_method";`)
}
