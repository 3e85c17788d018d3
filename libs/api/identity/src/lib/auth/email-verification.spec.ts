import { ErrorCode } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createIdentityApp, latestMail, newClient, registerUser, tokenFromMail } from '../../testing/identity-test-kit';
import { hashSecretToken } from '../tokens/secret-token';
import { UserTokenEntity } from '../tokens/user-token.entity';

describe('e-mail verification', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp();
  });
  afterAll(() => app.close());

  it('confirms the address with the mailed token, also from another browser', async () => {
    const { client, email } = await registerUser(app);
    const token = await tokenFromMail(client, email, '/verify-email');
    const otherBrowser = await newClient(app);
    await otherBrowser.post('/api/auth/verify-email', { token }).expect(204);
    expect((await client.get('/api/auth/session')).body.user.emailVerified).toBe(true);
  });

  it('stores only the hash of the token, expiring after 48 hours', async () => {
    const { client, email, user } = await registerUser(app);
    const token = await tokenFromMail(client, email, '/verify-email');
    const rows = await app.get(DataSource).getRepository(UserTokenEntity).findBy({ userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashSecretToken(token));
    expect(rows[0].expiresAt.getTime() - rows[0].createdAt.getTime()).toBeCloseTo(48 * 3600 * 1000, -4);
  });

  it('answers TOKEN_USED for a second use', async () => {
    const { client, email } = await registerUser(app);
    const token = await tokenFromMail(client, email, '/verify-email');
    await client.post('/api/auth/verify-email', { token }).expect(204);
    const response = await client.post('/api/auth/verify-email', { token }).expect(410);
    expect(response.body.code).toBe(ErrorCode.TokenUsed);
  });

  it('answers TOKEN_EXPIRED after the expiry', async () => {
    const { client, email, user } = await registerUser(app);
    const token = await tokenFromMail(client, email, '/verify-email');
    await app
      .get(DataSource)
      .getRepository(UserTokenEntity)
      .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    const response = await client.post('/api/auth/verify-email', { token }).expect(410);
    expect(response.body.code).toBe(ErrorCode.TokenExpired);
    expect((await client.get('/api/auth/session')).body.user.emailVerified).toBe(false);
  });

  it('answers TOKEN_INVALID for an unknown token and VALIDATION_FAILED for a missing one', async () => {
    const client = await newClient(app);
    expect((await client.post('/api/auth/verify-email', { token: 'x'.repeat(43) }).expect(400)).body.code).toBe(ErrorCode.TokenInvalid);
    expect((await client.post('/api/auth/verify-email', {}).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
  });

  it('does not accept a password reset token as a verification token', async () => {
    const { client, email } = await registerUser(app);
    await client.post('/api/auth/password-reset/request', { email }).expect(202);
    const resetToken = await tokenFromMail(client, email, '/reset-password');
    expect((await client.post('/api/auth/verify-email', { token: resetToken }).expect(400)).body.code).toBe(ErrorCode.TokenInvalid);
  });

  describe('resend', () => {
    it('needs a signed-in user', async () => {
      const client = await newClient(app);
      expect((await client.post('/api/auth/resend-verification').expect(401)).body.code).toBe(ErrorCode.Unauthenticated);
    });

    it('mails a new link that works, and the old link then counts as used', async () => {
      const { client, email } = await registerUser(app);
      const first = await tokenFromMail(client, email, '/verify-email');
      await client.post('/api/auth/resend-verification').expect(202);
      const second = await tokenFromMail(client, email, '/verify-email');
      expect(second).not.toBe(first);
      await client.post('/api/auth/verify-email', { token: second }).expect(204);
      expect((await client.post('/api/auth/verify-email', { token: first }).expect(410)).body.code).toBe(ErrorCode.TokenUsed);
    });

    it('answers EMAIL_ALREADY_VERIFIED once confirmed', async () => {
      const { client, email } = await registerUser(app);
      await client.post('/api/auth/verify-email', { token: await tokenFromMail(client, email, '/verify-email') }).expect(204);
      expect((await client.post('/api/auth/resend-verification').expect(409)).body.code).toBe(ErrorCode.EmailAlreadyVerified);
    });

    it('is limited per user with RATE_LIMITED', async () => {
      const { client, email } = await registerUser(app);
      for (let attempt = 0; attempt < 3; attempt++) await client.post('/api/auth/resend-verification').expect(202);
      const response = await client.post('/api/auth/resend-verification').expect(429);
      expect(response.body.code).toBe(ErrorCode.RateLimited);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect((await client.get(`/api/dev/outbox?to=${email}`)).body).toHaveLength(4);
      expect((await latestMail(client, email))?.subject).toContain('potwierdź');
    });
  });
});
