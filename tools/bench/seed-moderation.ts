// Adds moderation data to the benchmark database of seed-comments.ts (run it after that script): screening results from the real flagger, states, reports, claims, bench staff and poster accounts.
//
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/consulta_bench node tools/run-ts.cjs tools/bench/seed-moderation.ts
// Optional: BENCH_PASSWORD (password of the accounts created here, default "bench-password-2026"), BENCH_MODERATORS (20),
// BENCH_POSTERS (200), BENCH_BACKLOG_DAYS (4). Re-running replaces the moderation data (states are reset to published first).
import { baseDataSourceOptions } from '@consulta/api/core';
import { PasswordHasher } from '@consulta/api/identity';
import {
  fingerprintSimilarity,
  foldDiacritics,
  lshBandKeys,
  NEAR_DUPLICATE_THRESHOLD,
  TextFingerprint,
  textFingerprint,
  TextFlagger,
} from '@consulta/api/text-analysis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const PASSWORD = process.env['BENCH_PASSWORD'] ?? 'bench-password-2026';
const MODERATORS = Number(process.env['BENCH_MODERATORS'] ?? 20);
const POSTERS = Number(process.env['BENCH_POSTERS'] ?? 200);
/** Items newer than this have not been reviewed yet: the queue's backlog. */
const BACKLOG_DAYS = Number(process.env['BENCH_BACKLOG_DAYS'] ?? 4);
/** The app's rules (ScreeningService, POSTING_RATE, report threshold default). */
const CANDIDATE_LIMIT = 50;
const RATE_WINDOW_MS = 10 * 60_000;
const RATE_PER_AUTHOR = 6;
const REPORT_THRESHOLD = 3;
const BATCH = 5_000;

interface Item {
  type: 'comment' | 'reply';
  id: string;
  commentId: string;
  consultationId: string;
  authorId: string | null;
  text: string;
  createdAt: Date;
}

interface Flag {
  reason: string;
  detail: string;
  start: number | null;
  end: number | null;
  match: string | null;
}

interface Screened {
  flags: Flag[];
  fingerprint: TextFingerprint | null;
  bandKeys: string[];
  groupId: string | null;
  searchText: string;
  state: string;
  rejectionReason: string | null;
  reportCount: number;
  reportsSinceReview: number;
  claimedBy: string | null;
}

const REJECTION_FOR: Record<string, string> = {
  profanity: 'offensive',
  personal_data: 'personal_data',
  link: 'spam',
  posting_rate: 'spam',
};
const REPORT_REASONS = ['offensive', 'hate_speech', 'spam', 'off_topic', 'personal_data', 'other'];

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required, e.g. postgres://postgres@127.0.0.1:5432/consulta_bench');
  if (!/bench/i.test(new URL(url).pathname)) throw new Error('Refusing to change a database whose name does not contain "bench".');
  const started = Date.now();
  const step = (label: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${label}`);
  const random = mulberry32(20251125);

  // Migrations added since seed-comments.ts ran (the queue reads every table of the current schema).
  const migrations = new DataSource(baseDataSourceOptions(url, 2));
  await migrations.initialize();
  const applied = await migrations.runMigrations();
  await migrations.destroy();
  step(`migrations up to date (${applied.length} applied now)`);

  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    // Start from seed-comments.ts' state (re-runnable).
    await db.query(`DELETE FROM "users" WHERE "email" LIKE 'bench-moderator-%' OR "email" LIKE 'bench-poster-%'`);
    await db.query(`SET session_replication_role = replica`);
    await db.query(`TRUNCATE "moderation_band_keys", "moderation_flags", "moderation_reports", "redactions", "moderation_items"`);
    await db.query(
      `UPDATE "comments" SET "state" = 'published', "rejection_reason" = NULL, "rejection_note" = NULL WHERE "state" <> 'published'`,
    );
    await db.query(
      `UPDATE "replies" SET "state" = 'published', "rejection_reason" = NULL, "rejection_note" = NULL WHERE "state" <> 'published'`,
    );

    const passwordHash = await new PasswordHasher().hash(PASSWORD);
    const staff = await db.query<{ id: string }>(
      `INSERT INTO "users" ("email", "display_name", "password_hash", "role", "locale", "email_verified_at")
       SELECT 'bench-moderator-' || lpad(i::text, 2, '0') || '@bench.consulta.test', 'Moderator ' || i, $2, 'moderator', 'pl', now()
       FROM generate_series(1, $1::int) AS i RETURNING "id"`,
      [MODERATORS, passwordHash],
    );
    const moderatorIds = staff.rows.map((row) => row.id);
    await db.query(
      `INSERT INTO "users" ("email", "display_name", "password_hash", "role", "locale", "email_verified_at")
       SELECT 'bench-poster-' || lpad(i::text, 3, '0') || '@bench.consulta.test', 'Mieszkaniec ' || i, $2, 'resident', 'pl', now()
       FROM generate_series(1, $1::int) AS i`,
      [POSTERS, passwordHash],
    );
    step(
      `${MODERATORS} moderators (bench-moderator-NN@bench.consulta.test) and ${POSTERS} posters (bench-poster-NNN@…), password "${PASSWORD}"`,
    );

    const items = (
      await db.query<Item>(
        `SELECT * FROM (
           SELECT 'comment' AS "type", c."id", c."id" AS "commentId", c."consultation_id" AS "consultationId", c."author_id" AS "authorId",
                  c."text", c."created_at" AS "createdAt" FROM "comments" c
           UNION ALL
           SELECT 'reply', r."id", r."comment_id", c."consultation_id", r."author_id", r."text", r."created_at"
           FROM "replies" r JOIN "comments" c ON c."id" = r."comment_id") t
         ORDER BY "createdAt", "id"`,
      )
    ).rows;
    const residentIds = (await db.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "email" LIKE 'bench-0%'`)).rows.map(
      (row) => row.id,
    );
    step(`${items.length} comments and replies read`);

    // Screening as ScreeningService does it, item by item in submission order: text flags, fold, fingerprint and band keys,
    // near-duplicate candidates among earlier items of the consultation (at most 50), grouped under the first item's group.
    const flagger = new TextFlagger();
    const screened = new Map<string, Screened>();
    const byBand = new Map<string, string[]>();
    let flagMs = 0;
    let fingerprintMs = 0;
    for (const item of items) {
      let clock = performance.now();
      const flags: Flag[] = flagger.flag(item.text).map((flag) => ({
        reason: flag.reason,
        detail: String(flag.detail).slice(0, 200),
        start: flag.start,
        end: flag.end,
        match: flag.match,
      }));
      const searchText = foldDiacritics(item.text);
      flagMs += performance.now() - clock;
      clock = performance.now();
      const value = textFingerprint(item.text);
      const bandKeys = lshBandKeys(value);
      const fingerprint = bandKeys.length ? value : null;
      const candidates = new Set<string>();
      for (const key of bandKeys) {
        for (const id of byBand.get(`${item.consultationId}:${key}`) ?? []) {
          if (candidates.size >= CANDIDATE_LIMIT) break;
          candidates.add(id);
        }
      }
      const similar = fingerprint
        ? [...candidates].filter((id) => {
            const other = screened.get(id)?.fingerprint;
            return other ? fingerprintSimilarity(fingerprint, other) >= NEAR_DUPLICATE_THRESHOLD : false;
          })
        : [];
      let groupId: string | null = null;
      if (similar.length > 0) {
        groupId = similar.map((id) => screened.get(id)?.groupId).find((group) => group) ?? similar[0];
        flags.push({ reason: 'near_duplicate', detail: similar[0], start: null, end: null, match: null });
        for (const id of similar) {
          const other = screened.get(id);
          if (other && other.groupId === null) other.groupId = groupId;
        }
      }
      for (const key of bandKeys) {
        const bucketKey = `${item.consultationId}:${key}`;
        const bucket = byBand.get(bucketKey);
        if (bucket) bucket.push(item.id);
        else byBand.set(bucketKey, [item.id]);
      }
      fingerprintMs += performance.now() - clock;
      screened.set(item.id, {
        flags,
        fingerprint,
        bandKeys,
        groupId,
        searchText,
        state: 'published',
        rejectionReason: null,
        reportCount: 0,
        reportsSinceReview: 0,
        claimedBy: null,
      });
    }
    step(
      `screened with the real flagger: text flags + fold ${(flagMs / 1000).toFixed(1)} s (${((flagMs / items.length) * 1000).toFixed(0)} µs/item), ` +
        `fingerprints + near-duplicate grouping ${(fingerprintMs / 1000).toFixed(1)} s`,
    );

    // Posting rate per account, as the app counts it at submission: this item and the account's earlier ones in the window.
    const byAuthor = new Map<string, Item[]>();
    for (const item of items) {
      if (!item.authorId) continue;
      const key = `${item.consultationId}:${item.authorId}`;
      const list = byAuthor.get(key);
      if (list) list.push(item);
      else byAuthor.set(key, [item]);
    }
    for (const list of byAuthor.values()) {
      let first = 0;
      for (let i = 0; i < list.length; i++) {
        while (list[i].createdAt.getTime() - list[first].createdAt.getTime() >= RATE_WINDOW_MS) first++;
        const count = i - first + 1;
        if (count >= RATE_PER_AUTHOR) {
          screened
            .get(list[i].id)
            ?.flags.push({ reason: 'posting_rate', detail: `author:${count}/10min`, start: null, end: null, match: null });
        }
      }
    }

    // States. Items older than the backlog were reviewed: a holding flag was rejected (70 %, with the matching reason) or approved;
    // 1 % of the rest hidden later, 0.5 % withdrawn by their authors. Items in the backlog wait as pending when they hold, and a
    // share of the unflagged ones too (a pre-moderated stretch of the consultation), so the backlog is a realistic queue.
    const backlogFrom = Date.now() - BACKLOG_DAYS * 24 * 3600_000;
    for (const item of items) {
      const entry = screened.get(item.id);
      if (!entry) continue;
      const holding = entry.flags.find((flag) => flag.reason !== 'near_duplicate');
      const inBacklog = item.createdAt.getTime() >= backlogFrom;
      if (inBacklog) {
        if (holding || random() < 0.85) entry.state = 'pending';
      } else if (holding && random() < 0.7) {
        entry.state = 'rejected';
        entry.rejectionReason = REJECTION_FOR[holding.reason] ?? 'other';
      } else if (random() < 0.01) {
        entry.state = 'hidden';
        entry.rejectionReason = pick(random, ['offensive', 'off_topic', 'spam']);
      } else if (random() < 0.005) {
        entry.state = 'withdrawn';
      }
    }

    // Reports: 3 % of published items reported once to five times by residents other than the author; at the threshold the
    // item went back to pending with a 'reports' flag (ReportService).
    const reports: { itemId: string; reporterId: string; reason: string; createdAt: Date }[] = [];
    for (const item of items) {
      const entry = screened.get(item.id);
      if (!entry || entry.state !== 'published' || random() >= 0.03) continue;
      const count = 1 + Math.floor(Math.pow(random(), 2) * 5);
      const reporters = new Set<string>();
      while (reporters.size < count) {
        const reporter = pick(random, residentIds);
        if (reporter !== item.authorId) reporters.add(reporter);
      }
      for (const reporterId of reporters) {
        reports.push({
          itemId: item.id,
          reporterId,
          reason: pick(random, REPORT_REASONS),
          createdAt: new Date(item.createdAt.getTime() + random() * (Date.now() - item.createdAt.getTime())),
        });
      }
      entry.reportCount = count;
      entry.reportsSinceReview = count;
      if (count >= REPORT_THRESHOLD) {
        entry.state = 'pending';
        entry.flags.push({ reason: 'reports', detail: `${count} reports`, start: null, end: null, match: null });
      }
    }

    // Claims: each moderator holds a batch of ten of the oldest pending comments (ten-minute claims from now).
    const pendingComments = items.filter((item) => item.type === 'comment' && screened.get(item.id)?.state === 'pending');
    moderatorIds.forEach((moderatorId, index) => {
      for (const item of pendingComments.slice(index * 10, index * 10 + 10)) {
        const entry = screened.get(item.id);
        if (entry) entry.claimedBy = moderatorId;
      }
    });

    // Write: moderation rows, flags, band keys, reports; states on comments and replies.
    for (let offset = 0; offset < items.length; offset += BATCH) {
      const batch = items.slice(offset, offset + BATCH);
      const rows = batch.map((item) => ({ item, entry: screened.get(item.id) as Screened }));
      await db.query(
        `INSERT INTO "moderation_items" ("item_id", "item_type", "comment_id", "reply_id", "consultation_id", "author_id", "search_text",
           "fingerprint", "duplicate_group_id", "flag_count", "flag_reasons", "report_count", "reports_since_review", "claimed_by",
           "claimed_until", "created_at")
         SELECT t."id", t."type", t."comment_id", CASE WHEN t."type" = 'reply' THEN t."id" END, t."consultation_id", t."author_id", t."search_text",
           t."fingerprint"::jsonb, t."group_id", t."flag_count", coalesce((SELECT array_agg(DISTINCT r) FROM unnest(string_to_array(t."reasons", ',')) r), '{}'),
           t."report_count", t."report_count", t."claimed_by", CASE WHEN t."claimed_by" IS NULL THEN NULL ELSE now() + interval '10 minutes' END,
           t."created_at"
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::uuid[], $9::int[], $10::text[],
           $11::int[], $12::uuid[], $13::timestamptz[])
           AS t("id", "type", "comment_id", "consultation_id", "author_id", "search_text", "fingerprint", "group_id", "flag_count", "reasons",
             "report_count", "claimed_by", "created_at")`,
        [
          rows.map(({ item }) => item.id),
          rows.map(({ item }) => item.type),
          rows.map(({ item }) => item.commentId),
          rows.map(({ item }) => item.consultationId),
          rows.map(({ item }) => item.authorId),
          rows.map(({ entry }) => entry.searchText),
          rows.map(({ entry }) => (entry.fingerprint ? JSON.stringify(entry.fingerprint) : null)),
          rows.map(({ entry }) => entry.groupId),
          rows.map(({ entry }) => entry.flags.length),
          rows.map(({ entry }) => (entry.flags.length ? entry.flags.map((flag) => flag.reason).join(',') : null)),
          rows.map(({ entry }) => entry.reportCount),
          rows.map(({ entry }) => entry.claimedBy),
          rows.map(({ item }) => item.createdAt.toISOString()),
        ],
      );
      const flags = rows.flatMap(({ item, entry }) => entry.flags.map((flag) => ({ itemId: item.id, createdAt: item.createdAt, ...flag })));
      if (flags.length) {
        await db.query(
          `INSERT INTO "moderation_flags" ("item_id", "reason", "detail", "start_offset", "end_offset", "match", "created_at")
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::timestamptz[])`,
          [
            flags.map((flag) => flag.itemId),
            flags.map((flag) => flag.reason),
            flags.map((flag) => flag.detail),
            flags.map((flag) => flag.start),
            flags.map((flag) => flag.end),
            flags.map((flag) => flag.match),
            flags.map((flag) => flag.createdAt.toISOString()),
          ],
        );
      }
      const bands = rows.flatMap(({ item, entry }) => entry.bandKeys.map((key) => [item.consultationId, key, item.id]));
      if (bands.length) {
        await db.query(
          `INSERT INTO "moderation_band_keys" ("consultation_id", "band_key", "item_id")
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[]) ON CONFLICT DO NOTHING`,
          [bands.map((band) => band[0]), bands.map((band) => band[1]), bands.map((band) => band[2])],
        );
      }
      for (const type of ['comment', 'reply'] as const) {
        const changed = rows.filter(({ item, entry }) => item.type === type && entry.state !== 'published');
        if (!changed.length) continue;
        await db.query(
          `UPDATE "${type === 'comment' ? 'comments' : 'replies'}" x SET "state" = t."state", "rejection_reason" = t."reason"
           FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t("id", "state", "reason") WHERE x."id" = t."id"`,
          [changed.map(({ item }) => item.id), changed.map(({ entry }) => entry.state), changed.map(({ entry }) => entry.rejectionReason)],
        );
      }
    }
    for (let offset = 0; offset < reports.length; offset += BATCH * 4) {
      const batch = reports.slice(offset, offset + BATCH * 4);
      await db.query(
        `INSERT INTO "moderation_reports" ("item_id", "reporter_id", "reason", "created_at") SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[])`,
        [
          batch.map((report) => report.itemId),
          batch.map((report) => report.reporterId),
          batch.map((report) => report.reason),
          batch.map((report) => report.createdAt.toISOString()),
        ],
      );
    }
    step(`written: moderation rows, flags, band keys, ${reports.length} reports, states`);

    // The counters the triggers keep (off in replica mode): published comments per anchor, published replies per comment.
    await db.query(`DELETE FROM "comment_anchor_counts"`);
    await db.query(
      `INSERT INTO "comment_anchor_counts" ("consultation_id", "section_key", "paragraph_key", "published")
       SELECT "consultation_id", "section_key", coalesce("paragraph_key", ''), count(*) FROM "comments" WHERE "state" = 'published'
       GROUP BY 1, 2, 3`,
    );
    await db.query(
      `UPDATE "comments" c SET "reply_count" = coalesce(r."count", 0)
       FROM "comments" c2 LEFT JOIN (SELECT "comment_id", count(*)::int AS "count" FROM "replies" WHERE "state" = 'published' GROUP BY 1) r
         ON r."comment_id" = c2."id"
       WHERE c2."id" = c."id" AND c."reply_count" IS DISTINCT FROM coalesce(r."count", 0)`,
    );
    await db.query(`SET session_replication_role = DEFAULT`);
    await db.query('VACUUM ANALYZE');
    step('counters rebuilt, VACUUM ANALYZE done');

    const summary = await db.query<{ what: string; count: number }>(
      `SELECT 'comments ' || "state" AS "what", count(*)::int AS "count" FROM "comments" GROUP BY "state"
       UNION ALL SELECT 'replies ' || "state", count(*)::int FROM "replies" GROUP BY "state"
       UNION ALL SELECT 'flag ' || "reason", count(DISTINCT "item_id")::int FROM "moderation_flags" GROUP BY "reason"
       UNION ALL SELECT 'pending comments flagged ' || r, count(*)::int FROM "moderation_items" m JOIN "comments" c ON c."id" = m."item_id",
         unnest(m."flag_reasons") r WHERE c."state" = 'pending' GROUP BY r
       UNION ALL SELECT 'near-duplicate groups', count(DISTINCT "duplicate_group_id")::int FROM "moderation_items"
       UNION ALL SELECT 'band keys', count(*)::int FROM "moderation_band_keys"
       UNION ALL SELECT 'reported items', count(*)::int FROM "moderation_items" WHERE "report_count" > 0
       UNION ALL SELECT 'claimed items', count(*)::int FROM "moderation_items" WHERE "claimed_by" IS NOT NULL
       ORDER BY 1`,
    );
    for (const row of summary.rows) console.log(`${row.what}: ${row.count}`);
  } finally {
    await db.end();
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

/** Small seeded PRNG, so every run seeds the same data. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
