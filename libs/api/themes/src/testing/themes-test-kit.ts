/* Helpers for the themes HTTP specs: the app with a fast job worker, people, consultations, comments written directly. */
import { ConsultationModule } from '@consulta/api/consultation';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { JobsModule } from '@consulta/api/jobs';
import { ModerationModule, ScreeningModule } from '@consulta/api/moderation';
import { ParticipationModule } from '@consulta/api/participation';
import { createTestApp, TestClient } from '@consulta/api/testing';
import { CommentState, JobDto, JobState, Role, Stance, UserDto } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ThemesModule } from '../lib/themes.module';

export interface Person {
  client: TestClient;
  user: UserDto;
}

export interface TestConsultation {
  id: string;
  slug: string;
  sectionKeys: string[];
  base: string;
}

export function createThemesApp(): Promise<INestApplication> {
  return createTestApp({
    imports: [
      IdentityModule,
      ConsultationModule,
      ParticipationModule.withScreening(ScreeningModule),
      ModerationModule,
      ThemesModule,
      JobsModule.forRoot({
        maintenance: false,
        pollIntervalMs: 50,
        heartbeatMs: 200,
        leaseMs: 5000,
        retryBaseDelayMs: 20,
        progressWriteIntervalMs: 50,
      }),
    ],
    guards: [AccessGuard],
    env: { TRUST_PROXY: '1' },
  });
}

export async function aPerson(app: INestApplication, role: Role = Role.Resident): Promise<Person> {
  const client = await TestClient.create(app, { ip: `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` });
  const response = await client.post('/api/auth/register', {
    email: `t.${randomBytes(6).toString('hex')}@example.pl`,
    displayName: `Osoba ${role}`,
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  const user = (response.body as { user: UserDto }).user;
  await app.get(DataSource).query('UPDATE "users" SET "email_verified_at" = now(), "role" = $1 WHERE "id" = $2', [role, user.id]);
  return { client, user };
}

/** A published, open, post-moderated consultation with two sections and two areas. */
export async function aConsultation(app: INestApplication, admin: TestClient): Promise<TestConsultation> {
  const slug = `tematy-${randomBytes(4).toString('hex')}`;
  const day = 24 * 3600 * 1000;
  await admin
    .post('/api/admin/consultations', {
      slug,
      title: 'Misja Krakowa',
      summary: 'Projekt misji',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: 'post',
      areas: [
        { key: 'stare-miasto', name: 'Stare Miasto' },
        { key: 'nowa-huta', name: 'Nowa Huta' },
      ],
      published: true,
    })
    .expect(201);
  await admin
    .post(`/api/admin/consultations/${slug}/versions`, {
      markdown: '# Misja\n\n## Wizja\n\nKraków jest miastem otwartym.\n\n## Wartości\n\nWspółpraca i zaufanie.\n',
    })
    .expect(201);
  const detail = (await admin.get(`/api/consultations/${slug}`).expect(200)).body as { document: { sections: { key: string }[] } };
  return {
    id: await consultationId(app, slug),
    slug,
    sectionKeys: detail.document.sections.map((s) => s.key),
    base: `/api/staff/consultations/${slug}/themes`,
  };
}

export interface CommentSpec {
  text: string;
  stance?: Stance;
  state?: CommentState;
  section?: number;
  areaKey?: string | null;
  agree?: number;
}

/**
 * Comments written straight into the table (a builder: the HTTP path would hold many comments of one author for the
 * posting rate). created_at increases with the list order, so "oldest first" is the list order.
 */
export async function someComments(
  app: INestApplication,
  consultation: TestConsultation,
  author: Person,
  specs: CommentSpec[],
): Promise<string[]> {
  const dataSource = app.get(DataSource);
  const ids: string[] = [];
  const start = Date.now() - specs.length * 1000;
  for (const [index, spec] of specs.entries()) {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "comments" ("consultation_id", "author_id", "section_key", "document_version", "text", "stance", "area_key",
                               "submitter_type", "state", "agree_count", "created_at")
       VALUES ($1, $2, $3, 1, $4, $5, $6, 'resident', $7, $8, $9) RETURNING "id"`,
      [
        consultation.id,
        author.user.id,
        consultation.sectionKeys[spec.section ?? 0],
        spec.text,
        spec.stance ?? Stance.Support,
        spec.areaKey ?? null,
        spec.state ?? CommentState.Published,
        spec.agree ?? 0,
        new Date(start + index * 1000),
      ],
    );
    ids.push(row.id);
  }
  return ids;
}

/** Polls GET /api/jobs/:id until the job has finished; fails the test unless it succeeded. */
export async function awaitJob(client: TestClient, jobId: string, timeoutMs = 20_000): Promise<JobDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await client.get(`/api/jobs/${jobId}`).expect(200)).body as JobDto;
    if (job.state === JobState.Succeeded) return job;
    if (job.state === JobState.Failed || job.state === JobState.Cancelled)
      throw new Error(`job ${jobId} ${job.state}: ${JSON.stringify(job.error)}`);
    if (Date.now() > deadline) throw new Error(`Timed out waiting for job ${jobId} (${job.state})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Audit rows about a target, oldest first. */
export function auditOf(
  app: INestApplication,
  targetId: string,
): Promise<{ action: string; before: unknown; after: Record<string, unknown> | null }[]> {
  return app
    .get(DataSource)
    .query(`SELECT "action", "before", "after" FROM "audit_log" WHERE "target_id" = $1 ORDER BY "created_at", "id"`, [targetId]);
}

async function consultationId(app: INestApplication, slug: string): Promise<string> {
  const [row] = await app.get(DataSource).query<{ id: string }[]>(`SELECT "id" FROM "consultations" WHERE "slug" = $1`, [slug]);
  return row.id;
}
