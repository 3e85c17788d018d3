// Adds what the report reads to a database seeded by seed-comments.ts: off-platform channels, rejected/hidden/withdrawn states, approved dispositions, themes with assignments and responses; closes the consultation.
//
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/consulta_bench_report node tools/run-ts.cjs tools/bench/report-seed.ts
// Deterministic (hash of each comment's id). Re-running replaces these additions.
import { DEMO_CONSULTATION_SLUG } from '@consulta/api/consultation';
import { THEME_COLOURS } from '@consulta/shared/contracts';
import { Client } from 'pg';

const THEMES = [
  'Zieleń i drzewa',
  'Transport publiczny',
  'Rowery i piesi',
  'Mieszkania',
  'Kultura',
  'Edukacja',
  'Bezpieczeństwo',
  'Czyste powietrze',
  'Turystyka',
  'Partycypacja',
  'Gospodarka',
  'Dziedzictwo',
];
const COLOURS = THEME_COLOURS;
const DECISIONS = ['noted', 'accepted', 'partly_accepted', 'not_accepted', 'further_work'];

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required');
  if (!/bench/i.test(new URL(url).pathname)) throw new Error('Refusing to change a database whose name does not contain "bench".');
  const started = Date.now();
  const step = (label: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${label}`);
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const { id } = (await db.query<{ id: string }>(`SELECT "id" FROM "consultations" WHERE "slug" = $1`, [DEMO_CONSULTATION_SLUG])).rows[0];
    const staff = (
      await db.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "role" IN ('admin', 'moderator') ORDER BY "email" LIMIT 1`)
    ).rows[0].id;
    // A bucket 0..999 per comment from its id: the same comments get the same treatment on every run.
    const bucket = `(('x' || substr(md5(c."id"::text), 1, 8))::bit(32)::int & 1023) % 1000`;
    await db.query(`DELETE FROM "themes" WHERE "consultation_id" = $1`, [id]);
    await db.query(`DELETE FROM "dispositions" d USING "comments" c WHERE c."id" = d."comment_id" AND c."consultation_id" = $1`, [id]);
    await db.query(`DELETE FROM "moderation_items" WHERE "consultation_id" = $1 AND "channel" <> 'online'`, [id]);
    await db.query(
      `UPDATE "comments" SET "state" = 'published', "rejection_reason" = NULL WHERE "consultation_id" = $1 AND "state" <> 'published'`,
      [id],
    );
    // The consultation ran over the seeded comments' 30 days and closed a minute ago.
    await db.query(
      `UPDATE "consultations" SET "opens_at" = (SELECT min("created_at") - interval '1 hour' FROM "comments" WHERE "consultation_id" = $1),
         "closes_at" = now() - interval '1 minute', "publication_state" = 'published' WHERE "id" = $1`,
      [id],
    );
    await db.query(`DELETE FROM "report_versions" WHERE "consultation_id" = $1`, [id]);
    await db.query(`DELETE FROM "report_drafts" WHERE "consultation_id" = $1`, [id]);

    const states = await db.query(
      `UPDATE "comments" c SET "state" = CASE WHEN ${bucket} < 30 THEN 'rejected' WHEN ${bucket} < 45 THEN 'hidden' ELSE 'withdrawn' END,
         "rejection_reason" = CASE WHEN ${bucket} < 30 THEN (ARRAY['off_topic','offensive','spam','duplicate'])[1 + ${bucket} % 4] END
       WHERE c."consultation_id" = $1 AND ${bucket} < 55`,
      [id],
    );
    step(`${states.rowCount} comments rejected, hidden or withdrawn`);
    const offPlatform = await db.query(
      `INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "consultation_id", "author_id", "search_text", "created_at",
         "channel", "received_at", "submitter_name")
       SELECT c."id", 'comment', c."id", c."consultation_id", $2, '', c."created_at",
              (ARRAY['paper','email','meeting'])[1 + ${bucket} % 3], c."created_at" - interval '2 hours', 'Nadawca listu'
       FROM "comments" c WHERE c."consultation_id" = $1 AND ${bucket} BETWEEN 60 AND 89
       ON CONFLICT ("item_id") DO UPDATE SET "channel" = excluded."channel", "received_at" = excluded."received_at"`,
      [id, staff],
    );
    step(`${offPlatform.rowCount} comments received off the platform (paper, e-mail, meeting)`);
    const dispositions = await db.query(
      `INSERT INTO "dispositions" ("comment_id", "version", "decision", "justification", "state", "drafted_by", "drafted_by_name",
         "approved_by", "approved_by_name", "approved_at")
       SELECT c."id", 1, ($2::text[])[1 + ${bucket} % 5], 'Uzasadnienie stanowiska miasta w sprawie tej uwagi, z odwołaniem do zapisów dokumentu.',
              'approved', $3, 'Bench', $3, 'Bench', now()
       FROM "comments" c WHERE c."consultation_id" = $1 AND c."state" = 'published' AND ${bucket} % 10 < 4`,
      [id, DECISIONS, staff],
    );
    step(`${dispositions.rowCount} approved dispositions`);
    const themes = await db.query<{ id: string }>(
      `INSERT INTO "themes" ("consultation_id", "name", "description", "colour", "origin", "response")
       SELECT $1, name, 'Uwagi dotyczące: ' || lower(name), colour, 'seed', 'Miasto uwzględni uwagi w tym temacie w kolejnej wersji dokumentu.'
       FROM unnest($2::text[], $3::text[]) AS t(name, colour) RETURNING "id"`,
      [id, THEMES, COLOURS],
    );
    const assigned = await db.query(
      `INSERT INTO "theme_assignments" ("theme_id", "comment_id", "source")
       SELECT ($2::uuid[])[1 + (${bucket} + k * 5) % array_length($2::uuid[], 1)], c."id", 'staff'
       FROM "comments" c CROSS JOIN generate_series(0, 1) AS k
       WHERE c."consultation_id" = $1 AND ${bucket} % 10 < 6 AND (k = 0 OR ${bucket} % 3 = 0)
       ON CONFLICT DO NOTHING`,
      [id, themes.rows.map((row) => row.id)],
    );
    step(`${themes.rowCount} themes, ${assigned.rowCount} assignments`);
    await db.query(`DELETE FROM "comment_anchor_counts" WHERE "consultation_id" = $1`, [id]);
    await db.query(
      `INSERT INTO "comment_anchor_counts" ("consultation_id", "section_key", "paragraph_key", "published")
       SELECT "consultation_id", "section_key", coalesce("paragraph_key", ''), count(*) FROM "comments"
       WHERE "state" = 'published' AND "consultation_id" = $1 GROUP BY 1, 2, 3`,
      [id],
    );
    await db.query('VACUUM ANALYZE');
    step('closed the consultation; VACUUM ANALYZE done');
  } finally {
    await db.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
