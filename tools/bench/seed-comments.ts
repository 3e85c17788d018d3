// Builds the load-benchmark database: (re)creates DATABASE_URL's database, migrates it, seeds the Kraków consultation, 20,000 residents and 100,000 published comments from real Polis statements.
//
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432/consulta_bench node tools/run-ts.cjs tools/bench/seed-comments.ts
// Optional: BENCH_COMMENTS (100000), BENCH_USERS (20000). The database name must contain "bench": it is dropped first.
import { baseDataSourceOptions } from '@consulta/api/core';
import { DEMO_CONSULTATION_SLUG } from '@consulta/api/consultation';
import { PasswordHasher } from '@consulta/api/identity';
import { NestFactory } from '@nestjs/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const COMMENTS = Number(process.env['BENCH_COMMENTS'] ?? 100_000);
const USERS = Number(process.env['BENCH_USERS'] ?? 20_000);
/** Share of all comments on the benchmark's "big" section (the one comments-read.sh reads). */
const BIG_SECTION_SHARE = 0.4;
const DAYS = 30;
const BATCH = 10_000;
const POLIS_DIR = join(__dirname, '../../../shared/data/polis');

const FIRST_NAMES = [
  'Anna',
  'Piotr',
  'Katarzyna',
  'Tomasz',
  'Magdalena',
  'Paweł',
  'Agnieszka',
  'Michał',
  'Joanna',
  'Krzysztof',
  'Ewa',
  'Marcin',
];
const LAST_NAMES = [
  'Nowak',
  'Kowalska',
  'Wiśniewski',
  'Wójcik',
  'Kamińska',
  'Lewandowski',
  'Zielińska',
  'Szymański',
  'Woźniak',
  'Dąbrowska',
];
const STANCES = ['support', 'oppose', 'neutral', 'proposes_change'] as const;
const ORGANISATIONS: [string, string][] = [
  ['ngo', 'Stowarzyszenie Kraków Miastem Pieszych'],
  ['business', 'Izba Gospodarcza Małopolski'],
  ['public_institution', 'Zarząd Zieleni Miejskiej'],
  ['district_councillor', 'Rada Dzielnicy V Krowodrza'],
];

interface Paragraph {
  key: string;
  sectionKey: string;
  text: string;
}

async function main(): Promise<void> {
  const url = process.env['DATABASE_URL'];
  if (!url) throw new Error('DATABASE_URL is required, e.g. postgres://postgres@127.0.0.1:5432/consulta_bench');
  const started = Date.now();
  const step = (label: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${label}`);

  await recreateDatabase(url);
  step(`created database ${new URL(url).pathname.slice(1)}`);

  const migrations = new DataSource(baseDataSourceOptions(url, 2));
  await migrations.initialize();
  await migrations.runMigrations();
  await migrations.destroy();
  step('migrations applied');

  const statements = loadPolisStatements();
  step(`${statements.length} Polis statements loaded`);

  // The app's own seeding (consultation, districts, document version 1, demo accounts), then one password hash for every resident.
  Object.assign(process.env, {
    DATABASE_URL: url,
    MIGRATIONS_RUN: 'false',
    SEED_DEMO: 'true',
    NODE_ENV: 'production',
    DATABASE_POOL_SIZE: '2',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { AppModule } = require('../../apps/api/src/app/app.module') as typeof import('../../apps/api/src/app/app.module');
  const app = await NestFactory.createApplicationContext(AppModule, { logger: ['error', 'warn'] });
  const passwordHash = await app.get(PasswordHasher).hash(randomBytes(16).toString('hex'));
  await app.close();
  step('Kraków consultation and demo accounts seeded by the app');

  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const consultation = (await db.query<{ id: string }>(`SELECT "id" FROM "consultations" WHERE "slug" = $1`, [DEMO_CONSULTATION_SLUG]))
      .rows[0];
    const version = (
      await db.query<{ id: string; number: number }>(
        `SELECT "id", "number" FROM "document_versions" WHERE "consultation_id" = $1 ORDER BY "number" DESC LIMIT 1`,
        [consultation.id],
      )
    ).rows[0];
    const sectionKeys = (
      await db.query<{ key: string }>(`SELECT "key" FROM "document_sections" WHERE "version_id" = $1 ORDER BY "position"`, [version.id])
    ).rows.map((row) => row.key);
    const paragraphs = (
      await db.query<Paragraph>(
        `SELECT p."key", s."key" AS "sectionKey", p."text" FROM "document_paragraphs" p JOIN "document_sections" s ON s."id" = p."section_id"
         WHERE p."version_id" = $1 ORDER BY p."position"`,
        [version.id],
      )
    ).rows;
    const areaKeys = (
      await db.query<{ key: string }>(`SELECT "key" FROM "consultation_areas" WHERE "consultation_id" = $1`, [consultation.id])
    ).rows.map((row) => row.key);
    const staffId = (await db.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "role" IN ('moderator', 'admin') LIMIT 1`)).rows[0]?.id;
    // The section with the most paragraphs carries the big share.
    const bigSection = [...sectionKeys].sort(
      (a, b) => paragraphs.filter((p) => p.sectionKey === b).length - paragraphs.filter((p) => p.sectionKey === a).length,
    )[0];

    await db.query(
      `INSERT INTO "users" ("email", "display_name", "password_hash", "role", "locale", "email_verified_at", "created_at")
       SELECT 'bench-' || lpad(i::text, 6, '0') || '@bench.consulta.test',
              ($2::text[])[1 + i % array_length($2::text[], 1)] || ' ' || ($3::text[])[1 + (i / 7) % array_length($3::text[], 1)],
              $4, 'resident', 'pl', now() - interval '40 days', now() - interval '40 days'
       FROM generate_series(1, $1::int) AS i`,
      [USERS, FIRST_NAMES, LAST_NAMES, passwordHash],
    );
    const userIds = (await db.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "email" LIKE 'bench-%' ORDER BY "email"`)).rows.map(
      (row) => row.id,
    );
    await db.query(`CREATE TEMP TABLE "bench_users" ("idx" int PRIMARY KEY, "id" uuid NOT NULL UNIQUE)`);
    await db.query(`INSERT INTO "bench_users" SELECT * FROM unnest($1::int[], $2::uuid[])`, [userIds.map((_, i) => i), userIds]);
    step(`${userIds.length} verified residents (one shared password hash)`);

    // Bulk load without per-row triggers (superuser only): every foreign key below comes from rows just read, and the
    // counters the triggers and the API keep (comment_anchor_counts, agree_count, reply_count) are computed explicitly.
    await db.query(`SET session_replication_role = replica`);
    const random = mulberry32(20131001);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const now = Date.now();
    for (let offset = 0; offset < COMMENTS; offset += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, COMMENTS - offset) }, (_, j) => {
        const n = offset + j;
        const sectionKey = random() < BIG_SECTION_SHARE ? bigSection : pick(sectionKeys.filter((key) => key !== bigSection));
        const inSection = paragraphs.filter((p) => p.sectionKey === sectionKey);
        const paragraph = inSection.length > 0 && random() < 0.7 ? pick(inSection) : null;
        const quote = paragraph && random() < 0.15 ? paragraph.text.slice(0, Math.min(60, paragraph.text.length)) : null;
        const stance = pick(STANCES);
        const organisation = random() < 0.08 ? pick(ORGANISATIONS) : null;
        const cycle = Math.floor(n / statements.length);
        return {
          id: randomUUID(),
          author: userIds[Math.floor(random() * userIds.length)],
          sectionKey,
          paragraphKey: paragraph?.key ?? null,
          quote,
          quoteEnd: quote?.length ?? null,
          text: statements[n % statements.length] + (cycle > 0 ? ` (${cycle + 1})` : ''),
          stance,
          proposedWording: stance === 'proposes_change' ? statements[(n * 7 + 3) % statements.length] : null,
          areaKey: random() < 0.6 ? pick(areaKeys) : null,
          submitterType: organisation?.[0] ?? 'resident',
          organisationName: organisation?.[1] ?? null,
          // Long tail: most comments have none or a few agreements (mean about 10), a few over a hundred.
          agreeCount: Math.floor(Math.pow(random(), 12) * 130),
          createdAt: new Date(now - random() * DAYS * 24 * 3600 * 1000).toISOString(),
        };
      });
      const column = <K extends keyof (typeof rows)[number]>(key: K): (typeof rows)[number][K][] => rows.map((row) => row[key]);
      await db.query(
        `INSERT INTO "comments" ("id", "consultation_id", "author_id", "section_key", "paragraph_key", "quote", "quote_start", "quote_end",
           "document_version", "text", "stance", "proposed_wording", "area_key", "submitter_type", "organisation_name", "state",
           "agree_count", "created_at")
         SELECT t."id", $1, t."author", t."section_key", t."paragraph_key", t."quote", CASE WHEN t."quote" IS NULL THEN NULL ELSE 0 END, t."quote_end",
           $2, t."text", t."stance", t."proposed_wording", t."area_key", t."submitter_type", t."organisation_name", 'published',
           t."agree_count", t."created_at"
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::int[], $9::text[], $10::text[], $11::text[], $12::text[],
           $13::text[], $14::text[], $15::int[], $16::timestamptz[])
           AS t("id", "author", "section_key", "paragraph_key", "quote", "quote_end", "text", "stance", "proposed_wording", "area_key",
             "submitter_type", "organisation_name", "agree_count", "created_at")`,
        [
          consultation.id,
          version.number,
          column('id'),
          column('author'),
          column('sectionKey'),
          column('paragraphKey'),
          column('quote'),
          column('quoteEnd'),
          column('text'),
          column('stance'),
          column('proposedWording'),
          column('areaKey'),
          column('submitterType'),
          column('organisationName'),
          column('agreeCount'),
          column('createdAt'),
        ],
      );
    }
    // The per-anchor counts the trigger would have kept (triggers are off in replica mode).
    await db.query(`DELETE FROM "comment_anchor_counts"`);
    await db.query(
      `INSERT INTO "comment_anchor_counts" ("consultation_id", "section_key", "paragraph_key", "published")
       SELECT "consultation_id", "section_key", coalesce("paragraph_key", ''), count(*) FROM "comments" WHERE "state" = 'published'
       GROUP BY 1, 2, 3`,
    );
    step(`${COMMENTS} published comments (${Math.round(BIG_SECTION_SHARE * 100)}% on section ${bigSection}), counts per anchor`);

    // One agreement row per counted agreement, never by the comment's author (the stride is coprime with the number of users).
    const agreements = await db.query(
      `INSERT INTO "comment_agreements" ("comment_id", "user_id", "created_at")
       SELECT c."id", u."id", c."created_at" + (now() - c."created_at") * random()
       FROM "comments" c
       JOIN "bench_users" a ON a."id" = c."author_id"
       CROSS JOIN LATERAL generate_series(1, c."agree_count") AS j
       JOIN "bench_users" u ON u."idx" = (a."idx" + j * $1::int) % $2::int`,
      [coprimeStride(userIds.length), userIds.length],
    );
    step(`${agreements.rowCount} agreements (agree_count matches)`);

    // Replies on about one comment in ten, a few of them official answers from staff; reply_count counts published replies.
    const replies = await db.query(
      `INSERT INTO "replies" ("comment_id", "author_id", "depth", "text", "official", "state", "created_at")
       SELECT c."id", CASE WHEN official THEN $2::uuid ELSE u."id" END, 1, ($1::text[])[1 + (abs(hashtext(c."id"::text || k)) % array_length($1::text[], 1))],
              official, 'published', c."created_at" + (now() - c."created_at") * random()
       FROM "comments" c
       JOIN "bench_users" a ON a."id" = c."author_id"
       CROSS JOIN LATERAL generate_series(1, 1 + abs(hashtext(c."id"::text)) % 3) AS k
       JOIN "bench_users" u ON u."idx" = (a."idx" + 1 + k * 31) % $3::int
       CROSS JOIN LATERAL (SELECT $2::uuid IS NOT NULL AND abs(hashtext(c."id"::text || 'official' || k)) % 50 = 0 AS official) o
       WHERE abs(hashtext(c."id"::text || 'replied')) % 10 = 0`,
      [statements.slice(0, 2000), staffId ?? null, userIds.length],
    );
    await db.query(
      `UPDATE "comments" c SET "reply_count" = r."count"
       FROM (SELECT "comment_id", count(*)::int AS "count" FROM "replies" WHERE "state" = 'published' GROUP BY "comment_id") r
       WHERE r."comment_id" = c."id"`,
    );
    step(`${replies.rowCount} replies (reply_count matches)`);

    await db.query(`SET session_replication_role = DEFAULT`);
    await db.query('VACUUM ANALYZE');
    step('VACUUM ANALYZE done');
    const sizes = (
      await db.query<{ sectionKey: string; count: number }>(
        `SELECT "section_key" AS "sectionKey", count(*)::int AS "count" FROM "comments" GROUP BY 1 ORDER BY 2 DESC`,
      )
    ).rows;
    console.log(`Comments per section: ${sizes.map((row) => `${row.sectionKey}=${row.count}`).join(', ')}`);
    console.log(`BIG_SECTION=${bigSection}`);
  } finally {
    await db.end();
  }
}

/** Drops and creates the database named in `url` (its name must contain "bench", so a real database is never touched). */
async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/bench/i.test(name) || !/^[A-Za-z0-9_]+$/.test(name)) {
    throw new Error(`Refusing to recreate database "${name}": use a name with "bench" in it, e.g. consulta_bench.`);
  }
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

/** Statements of every Polis conversation in POLIS_DIR (comment-body column), without moderated-out ones and very short ones. */
function loadPolisStatements(): string[] {
  const statements = new Set<string>();
  for (const entry of readdirSync(POLIS_DIR, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const [header, ...records] = parseCsv(readFileSync(join(POLIS_DIR, entry.name, 'comments.csv'), 'utf8'));
    const body = header.indexOf('comment-body');
    const moderated = header.indexOf('moderated');
    for (const record of records) {
      const text = record[body]?.replace(/\s+/g, ' ').trim() ?? '';
      if (record[moderated] === '-1' || text.length < 20 || text.length > 2000) continue;
      statements.add(text);
    }
  }
  if (statements.size === 0) throw new Error(`No Polis statements found under ${POLIS_DIR}`);
  return [...statements];
}

/** RFC 4180: quoted fields may hold commas, newlines and doubled quotes. */
function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < content.length; i++) {
    const char = content[i];
    if (quoted) {
      if (char === '"' && content[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && content[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

function coprimeStride(users: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  let stride = 7919;
  while (gcd(stride, users) !== 1) stride += 2;
  return stride;
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
