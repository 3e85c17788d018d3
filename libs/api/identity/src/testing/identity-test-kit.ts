/* Helpers for the identity specs: an app with the real pipeline, clients with their own IPs, users, mail. */
import { createTestApp, TestClient } from '@consulta/api/testing';
import { OutboxMessageDto, RegisterRequest, SESSION_COOKIE, UserDto } from '@consulta/shared/contracts';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { randomBytes, randomInt } from 'node:crypto';
import { AccessGuard } from '../lib/access/access.guard';
import { IdentityModule } from '../lib/identity.module';
import { generatePassword } from '../lib/passwords/generate-password';

export const PUBLIC_URL = 'http://consulta.test';

/**
 * IdentityModule + AccessGuard behind CSRF, trusting one proxy hop so that each client's
 * X-Forwarded-For is its IP. The environment is restored afterwards (config is read at start-up).
 */
export async function createIdentityApp(
  options: { env?: Record<string, string>; imports?: (Type<unknown> | DynamicModule)[] } = {},
): Promise<INestApplication> {
  const env = { TRUST_PROXY: '1', PUBLIC_URL, ...options.env };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  try {
    return await createTestApp({ imports: [IdentityModule, ...(options.imports ?? [])], guards: [AccessGuard], env });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

export function randomIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** A browser of its own: cookies, CSRF header and a random client IP. */
export function newClient(app: INestApplication, ip = randomIp()): Promise<TestClient> {
  return TestClient.create(app, { ip });
}

export function uniqueEmail(prefix = 'resident'): string {
  return `${prefix}.${randomBytes(5).toString('hex')}@example.pl`;
}

export function strongPassword(): string {
  return generatePassword();
}

export interface RegisteredUser {
  client: TestClient;
  email: string;
  password: string;
  displayName: string;
  user: UserDto;
}

/** Registers a fresh resident through the API; the returned client is signed in. */
export async function registerUser(app: INestApplication, overrides: Partial<RegisterRequest> = {}): Promise<RegisteredUser> {
  const client = await newClient(app);
  const body = { email: uniqueEmail(), displayName: 'Anna Nowak', password: strongPassword(), ...overrides };
  const response = await client.post('/api/auth/register', body);
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return {
    client,
    email: body.email.trim().toLowerCase(),
    password: body.password,
    displayName: body.displayName,
    user: (response.body as { user: UserDto }).user,
  };
}

/** The newest mail to this address in the dev outbox (read over HTTP, as a developer would). */
export async function latestMail(client: TestClient, to: string): Promise<OutboxMessageDto | undefined> {
  const response = await client.get(`/api/dev/outbox?to=${encodeURIComponent(to)}`).expect(200);
  return (response.body as OutboxMessageDto[])[0];
}

/** The token of the first link to `path` in the newest mail to `to`. */
export async function tokenFromMail(client: TestClient, to: string, path: '/verify-email' | '/reset-password'): Promise<string> {
  const mail = await latestMail(client, to);
  const link = mail?.links.find((candidate) => candidate.startsWith(`${PUBLIC_URL}${path}?token=`));
  if (!link) throw new Error(`No ${path} link in the latest mail to ${to}: ${JSON.stringify(mail)}`);
  return new URL(link).searchParams.get('token') ?? '';
}

/** Set-Cookie lines of a response. */
export function setCookies(response: { headers: Record<string, unknown> }): string[] {
  return ([] as string[]).concat((response.headers['set-cookie'] as string[] | string | undefined) ?? []);
}

/** The session cookie's Set-Cookie line, if the response set or cleared it. */
export function sessionSetCookie(response: { headers: Record<string, unknown> }): string | undefined {
  return setCookies(response).find((line) => line.startsWith(`${SESSION_COOKIE}=`));
}

export function sessionTokenFrom(response: { headers: Record<string, unknown> }): string | undefined {
  return (
    sessionSetCookie(response)
      ?.split(';')[0]
      ?.slice(SESSION_COOKIE.length + 1) || undefined
  );
}
