/* Helpers for the report HTTP specs: the app (identity, consultations, participation with screening, moderation, reports,
   a fast job worker), people, a pre-moderated consultation with areas and a two-section document, jobs to wait for. */
import { ConsultationModule } from '@consulta/api/consultation';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { JobsModule } from '@consulta/api/jobs';
import { ModerationModule, ScreeningModule } from '@consulta/api/moderation';
import { ParticipationModule } from '@consulta/api/participation';
import { createTestApp, TestClient } from '@consulta/api/testing';
import { CommentDto, CreateCommentRequest, JobDto, JobState, Role, Stance, SubmitterType, UserDto } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ReportsModule } from '../lib/reports.module';

export interface Person {
  client: TestClient;
  user: UserDto;
  email: string;
}

export interface ReportConsultation {
  slug: string;
  title: string;
  /** Section keys in document order, and the first paragraph of the second section. */
  sections: { key: string; title: string }[];
  paragraph: { key: string; text: string };
}

const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export function createReportsApp(): Promise<INestApplication> {
  return createTestApp({
    imports: [
      IdentityModule,
      ConsultationModule,
      ParticipationModule.withScreening(ScreeningModule),
      ModerationModule,
      ReportsModule,
      JobsModule.forRoot({ maintenance: false, pollIntervalMs: 50, heartbeatMs: 200, leaseMs: 5000, retryBaseDelayMs: 20 }),
    ],
    guards: [AccessGuard],
    env: { TRUST_PROXY: '1' },
  });
}

/** A verified account with a role, name and address of its own, signed in from its own IP address. */
export async function aPerson(app: INestApplication, role: Role = Role.Resident, displayName = `Osoba ${role}`): Promise<Person> {
  const client = await TestClient.create(app, { ip: randomIp() });
  const email = `r.${randomBytes(6).toString('hex')}@example.pl`;
  const response = await client.post('/api/auth/register', {
    email,
    displayName,
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  const user = (response.body as { user: UserDto }).user;
  await app.get(DataSource).query('UPDATE "users" SET "email_verified_at" = now(), "role" = $1 WHERE "id" = $2', [role, user.id]);
  return { client, user, email };
}

export const DOCUMENT = `# Strategia zieleni

## Cele

Kraków zwiększy powierzchnię terenów zielonych o dziesięć procent.

## Działania

Miasto posadzi tysiąc drzew rocznie wzdłuż głównych ulic.

Parki kieszonkowe powstaną w każdej dzielnicy.
`;

/** A published, open, pre-moderated consultation (opened two days ago) with two areas and a two-section document. */
export async function aConsultation(admin: TestClient): Promise<ReportConsultation> {
  const slug = `raport-${randomBytes(4).toString('hex')}`;
  const title = `Strategia zieleni ${slug.slice(-4)}`;
  const day = 24 * 3600 * 1000;
  await admin
    .post('/api/admin/consultations', {
      slug,
      title,
      summary: 'Projekt strategii',
      opensAt: new Date(Date.now() - 2 * day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: 'pre',
      areas: [
        { key: 'stare-miasto', name: 'Stare Miasto' },
        { key: 'podgorze', name: 'Podgórze' },
      ],
      published: true,
    })
    .expect(201);
  await admin.post(`/api/admin/consultations/${slug}/versions`, { markdown: DOCUMENT }).expect(201);
  const detail = (await admin.get(`/api/consultations/${slug}`).expect(200)).body as {
    document: { sections: { key: string; title: string; paragraphs: { key: string; text: string }[] }[] };
  };
  const sections = detail.document.sections;
  return {
    slug,
    title,
    sections: sections.map((section) => ({ key: section.key, title: section.title })),
    paragraph: { key: sections[1].paragraphs[0].key, text: sections[1].paragraphs[0].text },
  };
}

export async function aComment(
  person: Person,
  consultation: ReportConsultation,
  fields: Partial<CreateCommentRequest> & { text: string },
): Promise<CommentDto> {
  const response = await person.client.post(`/api/consultations/${consultation.slug}/comments`, {
    sectionKey: consultation.sections[0].key,
    stance: Stance.Support,
    submitterType: SubmitterType.Resident,
    personalDataConsent: true,
    ...fields,
  });
  if (response.status !== 201) throw new Error(`comment failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as CommentDto;
}

/** Moves the consultation's closing into the past (as if its time had run out). */
export async function closeConsultation(app: INestApplication, slug: string): Promise<void> {
  await app.get(DataSource).query(`UPDATE "consultations" SET "closes_at" = now() - interval '1 second' WHERE "slug" = $1`, [slug]);
}

/** Polls GET /api/jobs/:id until the job has finished; returns it. */
export async function awaitJob(client: TestClient, jobId: string, timeoutMs = 20_000): Promise<JobDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = (await client.get(`/api/jobs/${jobId}`).expect(200)).body as JobDto;
    if (job.state !== JobState.Queued && job.state !== JobState.Running) return job;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for job ${jobId} (${job.state}, ${job.progress})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Runs a report job to success through the staff routes; fails the test otherwise. */
export async function runJob(client: TestClient, path: string, body: object = {}): Promise<JobDto> {
  const started = await client.post(path, body);
  if (started.status !== 202) throw new Error(`${path} answered ${started.status} ${JSON.stringify(started.body)}`);
  const job = await awaitJob(client, (started.body as { jobId: string }).jobId);
  if (job.state !== JobState.Succeeded) throw new Error(`job ${job.kind} ended ${job.state}: ${JSON.stringify(job.error)}`);
  return job;
}

/** Downloads a binary body as a Buffer. */
export async function download(
  client: TestClient,
  url: string,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const response = await client.agent
    .get(url)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });
  const headers: Record<string, string> = response.headers;
  const body = response.body as Buffer;
  return { status: response.status, headers, body };
}
