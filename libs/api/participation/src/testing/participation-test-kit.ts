/* Helpers for the participation HTTP specs: the app, verified users, staff, an open consultation with a document. */
import { ConsultationModule } from '@consulta/api/consultation';
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { createTestApp, TestClient } from '@consulta/api/testing';
import {
  ConsultationDetailDto,
  CreateCommentRequest,
  ModerationMode,
  Role,
  Stance,
  SubmitterType,
  UserDto,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ParticipationModule } from '../lib/participation.module';

export async function createParticipationApp(): Promise<INestApplication> {
  const env = { TRUST_PROXY: '1' };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  try {
    return await createTestApp({ imports: [IdentityModule, ConsultationModule, ParticipationModule], guards: [AccessGuard], env });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export interface Person {
  client: TestClient;
  user: UserDto;
  password: string;
}

/** A new account registered over HTTP, with the given role, verified unless said otherwise. */
export async function aPerson(
  app: INestApplication,
  options: { role?: Role; verified?: boolean; displayName?: string } = {},
): Promise<Person> {
  const client = await TestClient.create(app, { ip: randomIp() });
  const password = `${randomBytes(18).toString('base64url')}-Kr4k0w`;
  const email = `p.${randomBytes(6).toString('hex')}@example.pl`;
  const response = await client.post('/api/auth/register', { email, displayName: options.displayName ?? 'Anna Nowak', password });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  const user = (response.body as { user: UserDto }).user;
  const dataSource = app.get(DataSource);
  if (options.verified !== false) await dataSource.query('UPDATE "users" SET "email_verified_at" = now() WHERE "id" = $1', [user.id]);
  if (options.role && options.role !== Role.Resident)
    await dataSource.query('UPDATE "users" SET "role" = $1 WHERE "id" = $2', [options.role, user.id]);
  return { client, user, password };
}

export const DOCUMENT_MARKDOWN = `# Misja Krakowa

## Wizja

Kraków jest miastem otwartym, zielonym i przyjaznym dla mieszkańców.

Miasto dba o czyste powietrze i wygodny transport publiczny.

## Wartości

Współpraca, odpowiedzialność i szacunek dla dziedzictwa.
`;

export interface OpenConsultation {
  slug: string;
  detail: ConsultationDetailDto;
  sectionKey: string;
  otherSectionKey: string;
  paragraphKey: string;
  paragraphText: string;
}

/** An open consultation (post-moderation unless said) with a two-section document, created by `admin`. */
export async function anOpenConsultation(
  admin: TestClient,
  overrides: { moderationMode?: ModerationMode; opensAt?: string; closesAt?: string } = {},
): Promise<OpenConsultation> {
  const slug = `konsultacja-${randomBytes(4).toString('hex')}`;
  const day = 24 * 3600 * 1000;
  await admin
    .post('/api/admin/consultations', {
      slug,
      title: 'Misja Krakowa',
      summary: 'Projekt misji',
      opensAt: overrides.opensAt ?? new Date(Date.now() - day).toISOString(),
      closesAt: overrides.closesAt ?? new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: overrides.moderationMode ?? ModerationMode.Post,
      areas: [{ key: 'd01-stare-miasto', name: 'I Stare Miasto' }],
      published: true,
    })
    .expect(201);
  await admin.post(`/api/admin/consultations/${slug}/versions`, { markdown: DOCUMENT_MARKDOWN }).expect(201);
  const detail = (await admin.get(`/api/consultations/${slug}`).expect(200)).body as ConsultationDetailDto;
  const [first, second] = detail.document?.sections ?? [];
  return {
    slug,
    detail,
    sectionKey: first.key,
    otherSectionKey: second.key,
    paragraphKey: first.paragraphs[0].key,
    paragraphText: first.paragraphs[0].text,
  };
}

/** A valid comment on the section as a whole, unless overridden. */
export function aComment(sectionKey: string, overrides: Partial<CreateCommentRequest> = {}): CreateCommentRequest {
  return {
    sectionKey,
    text: 'Więcej zieleni w centrum miasta, proszę.',
    stance: Stance.Support,
    submitterType: SubmitterType.Resident,
    personalDataConsent: true,
    ...overrides,
  };
}

export async function commentCount(app: INestApplication): Promise<number> {
  const rows = await app.get(DataSource).query<{ count: number }[]>('SELECT count(*)::int AS "count" FROM "comments"');
  return rows[0].count;
}
