import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { attachmentTitle } from '../lib/files/labels'

// An attachment's title, «name (type، size)», what it is shown by everywhere instead of its
// server-made file name; rows stored before it get theirs here (a row without an original name
// is «پیوست <id>»). A letter's attachments keep their rows as a relationship.
// A deadline a person typed was stored as 00:00 Tehran of its day, which made the referral
// overdue a whole day early; it meant the end of that day (src/lib/jalali/endOfDay.ts), as the
// field now stores every deadline: each moves to 23:59:59.999 of its Tehran day (fixed +03:30,
// like every Dabir time), in the referral and in its kartabl rows. Counted deadlines already end
// their day and stay as they are.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attachments" ADD COLUMN "title" varchar;`)
  const { rows } = await db.execute(sql`SELECT id, original_name, filesize, detected_type FROM attachments`)
  for (const row of rows as { id: number; original_name: string | null; filesize: number | null; detected_type: string | null }[]) {
    const title = attachmentTitle({ id: row.id, originalName: row.original_name, filesize: row.filesize == null ? null : Number(row.filesize), detectedType: row.detected_type })
    await db.execute(sql`UPDATE attachments SET title = ${title} WHERE id = ${row.id}`)
  }
  await db.execute(sql`
   UPDATE "referrals" SET "deadline" = to_timestamp(((floor(((extract(epoch FROM "deadline") * 1000)::bigint + 12600000) / 86400000.0)::bigint + 1) * 86400000 - 12600000 - 1) / 1000.0)
    WHERE "deadline" IS NOT NULL;
   UPDATE "referral_inbox" i SET "deadline" = r."deadline" FROM "referrals" r
    WHERE i."referral_id" = r."id" AND i."deadline" IS DISTINCT FROM r."deadline";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attachments" DROP COLUMN "title";`)
}
