import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The planner's estimate for a rare word is «at most half the rarest frequent word». With the
// default 100-level statistics that is a few tenths of a percent of a million letters, enough
// to make it scan every letter by date for a name that occurs twice. Ten thousand frequent
// words make rare ones look rare (docs/benchmarks.md, the lookup).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "search_index" ALTER COLUMN "tsv" SET STATISTICS 10000;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "search_index" ALTER COLUMN "tsv" SET STATISTICS -1;`)
}
