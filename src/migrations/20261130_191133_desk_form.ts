import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_registry_books_requirements_items" AS ENUM('sender', 'senderNumber', 'senderDate', 'subject', 'bodyOrAttachment', 'body', 'attachments', 'summary', 'recipients');
  CREATE TYPE "public"."enum_registry_books_requirements_kind" AS ENUM('incoming', 'outgoing', 'internal');
  CREATE TABLE "registry_books_requirements_items" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_registry_books_requirements_items",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "registry_books_requirements" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_registry_books_requirements_kind" NOT NULL
  );
  
  ALTER TABLE "registry_books_requirements_items" ADD CONSTRAINT "registry_books_requirements_items_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."registry_books_requirements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registry_books_requirements" ADD CONSTRAINT "registry_books_requirements_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."registry_books"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "registry_books_requirements_items_order_idx" ON "registry_books_requirements_items" USING btree ("order");
  CREATE INDEX "registry_books_requirements_items_parent_idx" ON "registry_books_requirements_items" USING btree ("parent_id");
  CREATE INDEX "registry_books_requirements_order_idx" ON "registry_books_requirements" USING btree ("_order");
  CREATE INDEX "registry_books_requirements_parent_id_idx" ON "registry_books_requirements" USING btree ("_parent_id");`)

  // Existing books get, for each kind they number, the registry's default requirements
  // (src/lib/letters/requirements.ts DEFAULT_REQUIREMENTS as of this migration), so the office
  // sees and may edit them; a kind without a row falls back to the same default anyway.
  await db.execute(sql`
  INSERT INTO "registry_books_requirements" ("_order", "_parent_id", "id", "kind")
    SELECT k."order", k."parent_id", substr(md5(k."parent_id"::text || ':' || k."value"::text), 1, 24), k."value"::text::"enum_registry_books_requirements_kind"
    FROM "registry_books_kinds" k;
  INSERT INTO "registry_books_requirements_items" ("order", "parent_id", "value")
    SELECT d."ord", r."id", d."item"::"enum_registry_books_requirements_items"
    FROM "registry_books_requirements" r
    JOIN (VALUES
      ('incoming', 'sender', 1), ('incoming', 'senderNumber', 2), ('incoming', 'senderDate', 3), ('incoming', 'subject', 4), ('incoming', 'bodyOrAttachment', 5),
      ('outgoing', 'subject', 1), ('internal', 'subject', 1)
    ) AS d ("kind", "item", "ord") ON d."kind" = r."kind"::text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "registry_books_requirements_items" CASCADE;
  DROP TABLE "registry_books_requirements" CASCADE;
  DROP TYPE "public"."enum_registry_books_requirements_items";
  DROP TYPE "public"."enum_registry_books_requirements_kind";`)
}
