/* Helpers for the consultation HTTP specs: the app with the real pipeline and access guard, signed-in staff, builders. */
import { AccessGuard, IdentityModule } from '@consulta/api/identity';
import { createTestApp, TestClient } from '@consulta/api/testing';
import { CreateConsultationRequest, ModerationMode, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ConsultationModule } from '../lib/consultation.module';

/** ConsultationModule with identity's AccessGuard behind CSRF; one proxy hop so each client has its own IP. */
export async function createConsultationApp(): Promise<INestApplication> {
  const env = { TRUST_PROXY: '1' };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  try {
    return await createTestApp({ imports: [ConsultationModule, IdentityModule], guards: [AccessGuard], env });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

export function anonymous(app: INestApplication): Promise<TestClient> {
  return TestClient.create(app, { ip: randomIp() });
}

/** A new account registered through the API, promoted to `role` in the database, signed in. */
export async function signedInAs(app: INestApplication, role: Role): Promise<TestClient> {
  const client = await anonymous(app);
  const email = `${role}.${randomBytes(5).toString('hex')}@example.pl`;
  const response = await client.post('/api/auth/register', {
    email,
    displayName: 'Test Staff',
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  if (role !== Role.Resident) await app.get(DataSource).query('UPDATE "users" SET "role" = $1 WHERE "email" = $2', [role, email]);
  return client;
}

export function uniqueSlug(prefix = 'konsultacja'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

const DAY = 24 * 3600 * 1000;
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString();

/** A valid creation request: published, open now for two weeks, unless overridden. */
export function aConsultation(overrides: Partial<CreateConsultationRequest> = {}): CreateConsultationRequest {
  return {
    slug: uniqueSlug(),
    title: 'Zielone podwórka',
    summary: 'Jak zazielenić podwórka w centrum miasta?',
    opensAt: daysFromNow(-1),
    closesAt: daysFromNow(14),
    moderationMode: ModerationMode.Post,
    areas: [
      { key: 'd01-stare-miasto', name: 'I Stare Miasto' },
      { key: 'd02-grzegorzki', name: 'II Grzegórzki' },
    ],
    published: true,
    ...overrides,
  };
}
