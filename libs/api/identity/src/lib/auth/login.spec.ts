import { ErrorCode, SESSION_COOKIE } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  createIdentityApp,
  newClient,
  randomIp,
  registerUser,
  sessionSetCookie,
  sessionTokenFrom,
  strongPassword,
  uniqueEmail,
} from '../../testing/identity-test-kit';
import { SessionEntity } from '../sessions/session.entity';
import { hashSecretToken } from '../tokens/secret-token';

describe('sign-in, sessions and sign-out', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp();
  });
  afterAll(() => app.close());

  it('answers a null user to a visitor', async () => {
    const client = await newClient(app);
    expect((await client.get('/api/auth/session').expect(200)).body).toEqual({ user: null });
  });

  it('signs in with a new session token, and the previous one stops working (no fixation)', async () => {
    const { client, email, password } = await registerUser(app);
    const before = await client.get('/api/auth/session');
    const registrationCookie = client.agent.jar.getCookie(SESSION_COOKIE, {
      path: '/',
      domain: '127.0.0.1',
      secure: false,
      script: false,
    })?.value;

    const response = await client.post('/api/auth/login', { email: ` ${email.toUpperCase()}`, password }).expect(200);
    expect(response.body.user).toMatchObject({ email });
    const token = sessionTokenFrom(response);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toBe(registrationCookie);
    expect(before.body.user.email).toBe(email);

    const rows = await app.get(DataSource).getRepository(SessionEntity).findBy({ userId: response.body.user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ tokenHash: hashSecretToken(token ?? ''), ip: expect.stringMatching(/^10\./), userAgent: null });
    expect(rows[0].expiresAt.getTime()).toBeGreaterThan(Date.now() + 13 * 24 * 3600 * 1000);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, path / with the configured lifetime', async () => {
    const { email, password } = await registerUser(app);
    const client = await newClient(app);
    const cookie = sessionSetCookie(await client.post('/api/auth/login', { email, password }).expect(200)) ?? '';
    expect(cookie.split('; ')).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${14 * 24 * 3600}`]));
  });

  it('answers INVALID_CREDENTIALS alike for a wrong password and an unknown address', async () => {
    const { email } = await registerUser(app);
    const client = await newClient(app);
    const wrong = await client.post('/api/auth/login', { email, password: 'not-the-password' }).expect(401);
    const unknown = await client.post('/api/auth/login', { email: uniqueEmail(), password: 'not-the-password' }).expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: ErrorCode.InvalidCredentials,
      message: 'The e-mail address or password is not correct.',
    });
    expect(unknown.body).toEqual(wrong.body);
    expect(sessionSetCookie(wrong)).toBeUndefined();
  });

  it('rejects a malformed login body', async () => {
    const client = await newClient(app);
    const response = await client.post('/api/auth/login', { email: 'nobody', password: 12345 }).expect(400);
    expect(response.body.code).toBe(ErrorCode.ValidationFailed);
    expect(response.body.details.map((detail: { field: string }) => detail.field)).toEqual(expect.arrayContaining(['email', 'password']));
  });

  it('signs out: deletes the session, clears the cookie, and the old token no longer works', async () => {
    const { client, email, password } = await registerUser(app);
    const login = await client.post('/api/auth/login', { email, password }).expect(200);
    const token = sessionTokenFrom(login) ?? '';

    const logout = await client.post('/api/auth/logout').expect(204);
    expect(sessionSetCookie(logout)).toMatch(new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`));
    expect((await client.get('/api/auth/session')).body).toEqual({ user: null });
    expect(
      await app
        .get(DataSource)
        .getRepository(SessionEntity)
        .countBy({ tokenHash: hashSecretToken(token) }),
    ).toBe(0);

    // Replaying the stolen cookie value gets nothing either.
    const replay = await client.agent.get('/api/auth/session').set('Cookie', `${SESSION_COOKIE}=${token}`);
    expect(replay.body).toEqual({ user: null });
  });

  it('signing out without a session is not an error', async () => {
    const client = await newClient(app);
    await client.post('/api/auth/logout').expect(204);
  });

  it('ignores and deletes an expired session', async () => {
    const { client, user } = await registerUser(app);
    const sessions = app.get(DataSource).getRepository(SessionEntity);
    await sessions.update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const response = await client.get('/api/auth/session').expect(200);
    expect(response.body).toEqual({ user: null });
    expect(sessionSetCookie(response)).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(await sessions.countBy({ userId: user.id })).toBe(0);
  });

  describe('throttling', () => {
    it('after 5 failures for one account answers LOGIN_THROTTLED with Retry-After, from any IP and even with the right password', async () => {
      const { email, password } = await registerUser(app);
      for (let attempt = 0; attempt < 5; attempt++) {
        const client = await newClient(app);
        await client.post('/api/auth/login', { email, password: `wrong-${attempt}` }).expect(401);
      }
      const client = await newClient(app);
      const response = await client.post('/api/auth/login', { email, password }).expect(429);
      expect(response.body).toMatchObject({
        code: ErrorCode.LoginThrottled,
        message: expect.stringMatching(/Try again in \d+ minutes?\./),
      });
      const retryAfter = Number(response.headers['retry-after']);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    });

    it('counts failures for addresses without an account the same way', async () => {
      const email = uniqueEmail();
      for (let attempt = 0; attempt < 5; attempt++) {
        await (await newClient(app)).post('/api/auth/login', { email, password: 'whatever-it-is' }).expect(401);
      }
      await (await newClient(app)).post('/api/auth/login', { email, password: 'whatever-it-is' }).expect(429);
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      const { email, password } = await registerUser(app);
      const client = await newClient(app);
      for (let attempt = 0; attempt < 4; attempt++) await client.post('/api/auth/login', { email, password: 'wrong' }).expect(401);
      await client.post('/api/auth/login', { email, password }).expect(200);
      for (let attempt = 0; attempt < 4; attempt++) await client.post('/api/auth/login', { email, password: 'wrong' }).expect(401);
      await client.post('/api/auth/login', { email, password }).expect(200);
    });

    it('after 20 attempts from one IP answers LOGIN_THROTTLED for any account', async () => {
      const ip = randomIp();
      const client = await newClient(app, ip);
      for (let attempt = 0; attempt < 20; attempt++) {
        await client.post('/api/auth/login', { email: uniqueEmail(), password: 'not-a-password' }).expect(401);
      }
      const { email, password } = await registerUser(app, { password: strongPassword() });
      const response = await client.post('/api/auth/login', { email, password }).expect(429);
      expect(response.body.code).toBe(ErrorCode.LoginThrottled);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      // Another IP is not affected.
      await (await newClient(app)).post('/api/auth/login', { email, password }).expect(200);
    });
  });
});
