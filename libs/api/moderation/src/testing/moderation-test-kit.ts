/* Helpers for the moderation HTTP specs: the app with screening, moderation and a fast job worker; people; consultations; mail. */
import { ConsultationModule } from '@consulta/api/consultation';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { JobsModule } from '@consulta/api/jobs';
import { ParticipationModule } from '@consulta/api/participation';
import { createTestApp, TestClient } from '@consulta/api/testing';
import { CommentDto, Locale, Role, Stance, SubmitterType, UserDto } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ModerationModule } from '../lib/moderation.module';
import { ScreeningModule } from '../lib/screening/screening.module';

export interface Person {
  client: TestClient;
  user: UserDto;
  email: string;
}

export interface OpenConsultation {
  slug: string;
  title: string;
  sectionKey: string;
}

const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

/** Identity, consultations, participation with screening, moderation, and a job worker polling every 50 ms. */
export function createModerationApp(): Promise<INestApplication> {
  return createTestApp({
    imports: [
      IdentityModule,
      ConsultationModule,
      ParticipationModule.withScreening(ScreeningModule),
      ModerationModule,
      JobsModule.forRoot({ maintenance: false, pollIntervalMs: 50, heartbeatMs: 200, leaseMs: 2000, retryBaseDelayMs: 20 }),
    ],
    guards: [AccessGuard],
    env: { TRUST_PROXY: '1' },
  });
}

/** A verified account with the given role and language, signed in from its own address. */
export async function aPerson(app: INestApplication, role: Role = Role.Resident, locale: Locale = 'pl'): Promise<Person> {
  const client = await TestClient.create(app, { ip: randomIp() });
  const email = `m.${randomBytes(6).toString('hex')}@example.pl`;
  const response = await client.post('/api/auth/register', {
    email,
    displayName: `Osoba ${role}`,
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  const user = (response.body as { user: UserDto }).user;
  const dataSource = app.get(DataSource);
  await dataSource.query('UPDATE "users" SET "email_verified_at" = now(), "role" = $1, "locale" = $2 WHERE "id" = $3', [
    role,
    locale,
    user.id,
  ]);
  // The registration's verification mail: gone, so that a spec sees only the mails it causes.
  await dataSource.query('DELETE FROM "dev_outbox" WHERE "to" = $1', [email]);
  return { client, user, email };
}

/** A published, open, post-moderated consultation with one section. */
export async function anOpenConsultation(admin: TestClient): Promise<OpenConsultation> {
  const slug = `moderacja-${randomBytes(4).toString('hex')}`;
  const title = `Misja Krakowa ${slug.slice(-4)}`;
  const day = 24 * 3600 * 1000;
  await admin
    .post('/api/admin/consultations', {
      slug,
      title,
      summary: 'Projekt misji',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: 'post',
      areas: [],
      published: true,
    })
    .expect(201);
  await admin
    .post(`/api/admin/consultations/${slug}/versions`, { markdown: '# Misja\n\n## Wizja\n\nKraków jest miastem otwartym.\n' })
    .expect(201);
  const detail = (await admin.get(`/api/consultations/${slug}`).expect(200)).body as { document: { sections: { key: string }[] } };
  return { slug, title, sectionKey: detail.document.sections[0].key };
}

/** Posts a comment (support, as a resident) and returns it; fails the test on anything but 201. */
export async function aComment(person: Person, consultation: OpenConsultation, text: string): Promise<CommentDto> {
  const response = await person.client.post(`/api/consultations/${consultation.slug}/comments`, {
    sectionKey: consultation.sectionKey,
    text,
    stance: Stance.Support,
    submitterType: SubmitterType.Resident,
    personalDataConsent: true,
  });
  if (response.status !== 201) throw new Error(`comment failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as CommentDto;
}

export interface OutboxMail {
  to: string;
  subject: string;
  text: string;
}

/** The dev outbox messages to `email`, oldest first. */
export async function mailsTo(app: INestApplication, email: string): Promise<OutboxMail[]> {
  return app
    .get(DataSource)
    .query<OutboxMail[]>(`SELECT "to", "subject", "text" FROM "dev_outbox" WHERE "to" = $1 ORDER BY "created_at"`, [email.toLowerCase()]);
}

/** Waits until `email` has received `count` messages (the job worker sends them), then returns them. */
export async function awaitMails(app: INestApplication, email: string, count: number, timeoutMs = 10_000): Promise<OutboxMail[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = await mailsTo(app, email);
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${count} mail(s) to ${email}; got ${mails.length}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Jobs of a kind whose payload mentions `id` (in any state). */
export async function jobsAbout(app: INestApplication, kind: string, id: string): Promise<number> {
  const rows = await app
    .get(DataSource)
    .query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "jobs" WHERE "kind" = $1 AND "payload"::text LIKE $2`, [
      kind,
      `%${id}%`,
    ]);
  return rows[0].count;
}
