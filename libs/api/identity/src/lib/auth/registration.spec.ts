import { ErrorCode } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import {
  createIdentityApp,
  latestMail,
  newClient,
  PUBLIC_URL,
  registerUser,
  sessionSetCookie,
  strongPassword,
  uniqueEmail,
} from '../../testing/identity-test-kit';
import { UserRepository } from '../users/user.repository';

describe('POST /api/auth/register', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp();
  });
  afterAll(() => app.close());

  it('creates a resident, signs them in with a safe cookie and mails a Polish verification link', async () => {
    const client = await newClient(app);
    const email = uniqueEmail();
    const response = await client
      .post('/api/auth/register', { email, displayName: '  Anna Nowak ', password: strongPassword() })
      .expect(201);

    expect(response.body).toEqual({
      user: {
        id: expect.any(String),
        email,
        displayName: 'Anna Nowak',
        role: 'resident',
        emailVerified: false,
        locale: 'pl',
        createdAt: expect.any(String),
      },
    });
    const cookie = sessionSetCookie(response);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/Max-Age=\d+/);
    expect(cookie).not.toMatch(/Secure/);

    const session = await client.get('/api/auth/session').expect(200);
    expect(session.body.user).toMatchObject({ email, role: 'resident' });

    const mail = await latestMail(client, email);
    expect(mail?.subject).toBe('Consulta: potwierdź swój adres e-mail');
    expect(mail?.text).toContain('Dzień dobry, Anna Nowak!');
    expect(mail?.links).toEqual([expect.stringMatching(new RegExp(`^${PUBLIC_URL}/verify-email\\?token=[A-Za-z0-9_-]{43}$`))]);
  });

  it('writes the mail in English for an English-speaking resident', async () => {
    const { client, email } = await registerUser(app, { locale: 'en', displayName: 'John Smith' });
    const mail = await latestMail(client, email);
    expect(mail?.subject).toBe('Consulta: confirm your e-mail address');
    expect(mail?.text).toContain('Hello John Smith,');
  });

  it('normalises the e-mail address (trimmed, lower-case)', async () => {
    const email = uniqueEmail();
    const { user } = await registerUser(app, { email: `  ${email.toUpperCase()} ` });
    expect(user.email).toBe(email);
  });

  it('answers EMAIL_TAKEN for an address that exists, whatever its case', async () => {
    const { email } = await registerUser(app);
    const client = await newClient(app);
    const response = await client
      .post('/api/auth/register', { email: email.toUpperCase(), displayName: 'Someone Else', password: strongPassword() })
      .expect(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: ErrorCode.EmailTaken });
  });

  it('lets only one of two simultaneous registrations with one address through', async () => {
    const email = uniqueEmail();
    const [first, second] = await Promise.all([newClient(app), newClient(app)]);
    const responses = await Promise.all([
      first.post('/api/auth/register', { email, displayName: 'Anna Nowak', password: strongPassword() }),
      second.post('/api/auth/register', { email: email.toUpperCase(), displayName: 'Anna Nowak', password: strongPassword() }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(responses.find((response) => response.status === 409)?.body.code).toBe(ErrorCode.EmailTaken);
  });

  it('maps the unique index on lower(email) to EMAIL_TAKEN when the early check is raced', async () => {
    const users = app.get(UserRepository);
    const email = uniqueEmail();
    await users.create({ email, displayName: 'A', passwordHash: 'x' });
    await expect(users.create({ email: email.toUpperCase(), displayName: 'B', passwordHash: 'x' })).rejects.toMatchObject({
      code: ErrorCode.EmailTaken,
    });
  });

  describe('refuses weak passwords with PASSWORD_TOO_WEAK', () => {
    const cases: [string, (email: string) => string][] = [
      ['too short', () => 'Kx7!pq2'],
      ['a Polish word with a year (weak only with the Polish dictionary)', () => 'Mieszkaniec2024'],
      ['a common password', () => 'qwertyuiop123'],
      ['containing the e-mail local part', (email) => `${email.split('@')[0]}!Zq`],
      ['containing the display name', () => 'xQ7#ZofiaWrona'],
    ];
    it.each(cases)('%s', async (_name, password) => {
      const client = await newClient(app);
      const email = uniqueEmail();
      const response = await client
        .post('/api/auth/register', { email, displayName: 'Zofia Wrona', password: password(email) })
        .expect(400);
      expect(response.body).toMatchObject({
        code: ErrorCode.PasswordTooWeak,
        details: expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
      });
      expect(await latestMail(client, email)).toBeUndefined();
    });
  });

  it('rejects a malformed e-mail address with VALIDATION_FAILED on that field', async () => {
    const client = await newClient(app);
    const response = await client
      .post('/api/auth/register', { email: 'anna.nowak@', displayName: 'Anna', password: strongPassword() })
      .expect(400);
    expect(response.body).toMatchObject({
      code: ErrorCode.ValidationFailed,
      details: [{ field: 'email', message: 'email must be a valid e-mail address' }],
    });
  });

  it('rejects unknown fields (no role self-assignment)', async () => {
    const client = await newClient(app);
    const response = await client
      .post('/api/auth/register', { email: uniqueEmail(), displayName: 'Anna', password: strongPassword(), role: 'admin' })
      .expect(400);
    expect(response.body).toMatchObject({
      code: ErrorCode.ValidationFailed,
      details: [{ field: 'role', message: 'property role should not exist' }],
    });
  });

  it('rejects a missing display name and an unknown locale', async () => {
    const client = await newClient(app);
    const response = await client
      .post('/api/auth/register', { email: uniqueEmail(), displayName: '   ', password: strongPassword(), locale: 'de' })
      .expect(400);
    expect(response.body.code).toBe(ErrorCode.ValidationFailed);
    expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['displayName', 'locale']);
  });

  it('limits registrations per IP with RATE_LIMITED and Retry-After', async () => {
    const client = await newClient(app);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      // Invalid passwords keep this fast; the limit counts attempts, not successes.
      const response = await client.post('/api/auth/register', { email: uniqueEmail(), displayName: 'Anna', password: 'short' });
      statuses.push(response.status);
      if (response.status === 429) {
        expect(response.body.code).toBe(ErrorCode.RateLimited);
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([...Array(10).fill(400), 429]);
  });
});
