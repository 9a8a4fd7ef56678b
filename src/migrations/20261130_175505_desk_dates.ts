import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { attachmentTitle } from '../lib/files/labels'

// An attachment's title, «name (type، size)», what it is shown by everywhere instead of its
// server-made file name; rows stored before it get theirs here (a row without an original name
// is «پیوست <id>»). Nothing else of the schema changes: the referral deadline's end-of-day rule
// is a field hook, and a letter's attachments keep their rows as a relationship.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attachments" ADD COLUMN "title" varchar;`)
  const { rows } = await db.execute(sql`SELECT id, original_name, filesize, detected_type FROM attachments`)
  for (const row of rows as { id: number; original_name: string | null; filesize: number | null; detected_type: string | null }[]) {
    const title = attachmentTitle({ id: row.id, originalName: row.original_name, filesize: row.filesize == null ? null : Number(row.filesize), detectedType: row.detected_type })
    await db.execute(sql`UPDATE attachments SET title = ${title} WHERE id = ${row.id}`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "attachments" DROP COLUMN "title";`)
}
