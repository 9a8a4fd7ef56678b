import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "divisions" ADD COLUMN "title" varchar;
  CREATE INDEX "divisions_title_idx" ON "divisions" USING btree ("title");`)
  // Existing divisions get the title the beforeChange hook gives new ones
  // (src/lib/divisions/title.ts): «نام (سطح)», below a county «نام (سطح، شهرستان …)».
  await db.execute(sql`
  WITH RECURSIVE up AS (
    SELECT d.id AS node, d.parent_id AS at FROM divisions d
    UNION ALL
    SELECT up.node, p.parent_id FROM up JOIN divisions p ON p.id = up.at WHERE p.type <> 'county'
  ),
  county AS (
    SELECT DISTINCT ON (up.node) up.node, c.name FROM up JOIN divisions c ON c.id = up.at AND c.type = 'county'
  )
  UPDATE divisions d SET title = d.name || ' (' ||
    CASE d.type WHEN 'province' THEN 'استان' WHEN 'county' THEN 'شهرستان' WHEN 'district' THEN 'بخش'
      WHEN 'rural_district' THEN 'دهستان' WHEN 'city' THEN 'شهر' WHEN 'urban_district' THEN 'ناحیه شهری'
      WHEN 'village' THEN 'روستا' ELSE d.type::text END ||
    CASE WHEN d.type IN ('province', 'county') OR county.name IS NULL THEN '' ELSE '، شهرستان ' || county.name END || ')'
  FROM divisions d2 LEFT JOIN county ON county.node = d2.id
  WHERE d2.id = d.id;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "divisions_title_idx";
  ALTER TABLE "divisions" DROP COLUMN "title";`)
}
