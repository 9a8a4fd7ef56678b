import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// A referral's response becomes rich text (Lexical state, as a letter's body): each stored plain
// response is kept as its paragraphs, one a line, as src/lib/letters/text.ts plainToRichText
// makes them (tests/int/referrals.test.ts holds the two to each other). Postgres allows no
// subquery in ALTER COLUMN … USING, so the text is carried through a new column.
// `proposed` marks the drafts made at registration (the triage), which every office chief may
// send: the drafts already waiting were made by their letter's registrar.

/** Fills `table`.response_rich from its plain `response`. */
export const plainResponsesToRichText = (table: string) =>
  sql`UPDATE ${sql.identifier(table)} r SET "response_rich" = jsonb_build_object('root', jsonb_build_object(
      'type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'rtl',
      'children', (
        SELECT jsonb_agg(jsonb_build_object(
                 'type', 'paragraph', 'format', '', 'indent', 0, 'version', 1, 'direction', 'rtl', 'textFormat', 0,
                 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', t.line, 'format', 0, 'detail', 0, 'mode', 'normal', 'style', '', 'version', 1)))
               ORDER BY t.n)
        FROM regexp_split_to_table(btrim(r."response", E' \\t\\r\\n'), E'[\\r\\n]+') WITH ORDINALITY AS t(line, n))))
    WHERE r."response" IS NOT NULL AND btrim(r."response", E' \\t\\r\\n') <> ''`

/** Fills `table`.response_text from its rich `response`: paragraphs as lines. */
export const richResponsesToPlainText = (table: string) =>
  sql`UPDATE ${sql.identifier(table)} r SET "response_text" = (
      SELECT string_agg(p.text, E'\\n' ORDER BY p.n)
      FROM (SELECT (SELECT coalesce(string_agg(c.node->>'text', '' ORDER BY c.m), '')
                    FROM jsonb_array_elements(para.node->'children') WITH ORDINALITY AS c(node, m)) AS text, para.n
            FROM jsonb_array_elements(r."response"->'root'->'children') WITH ORDINALITY AS para(node, n)) p)
    WHERE r."response" IS NOT NULL`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "referrals" ADD COLUMN "response_rich" jsonb`)
  await db.execute(plainResponsesToRichText('referrals'))
  await db.execute(sql`
  ALTER TABLE "referrals" DROP COLUMN "response";
  ALTER TABLE "referrals" RENAME COLUMN "response_rich" TO "response";
  ALTER TABLE "referrals" ADD COLUMN "proposed" boolean DEFAULT false;
  UPDATE "referrals" r SET "proposed" = true
    FROM "referrals_rels" rr JOIN "letters" l ON l."id" = rr."letters_id"
    WHERE rr."parent_id" = r."id" AND rr."path" = 'record' AND r."state" = 'draft' AND r."from_id" = l."registered_by_id";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "referrals" ADD COLUMN "response_text" varchar`)
  await db.execute(richResponsesToPlainText('referrals'))
  await db.execute(sql`
  ALTER TABLE "referrals" DROP COLUMN "response";
  ALTER TABLE "referrals" RENAME COLUMN "response_text" TO "response";
  ALTER TABLE "referrals" DROP COLUMN "proposed";`)
}
