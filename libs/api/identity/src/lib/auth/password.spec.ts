import { ErrorCode } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import {
  createIdentityApp,
  latestMail,
  newClient,
  randomIp,
  registerUser,
  strongPassword,
  tokenFromMail,
  uniqueEmail,
} from '../../testing/identity-test-kit';
import { UserTokenEntity, UserTokenPurpose } from '../tokens/user-token.entity';

describe('passwords', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp();
  });
  afterAll(() => app.close());

  describe('reset', () => {
    it('answers 202 for an unknown address and sends nothing', async () => {
      const client = await newClient(app);
      const email = uniqueEmail();
      await client.post('/api/auth/password-reset/request', { email }).expect(202);
      expect(await latestMail(client, email)).toBeUndefined();
    });

    it('mails a link; the new password works, the old does not, every session ends, the address counts as verified', async () => {
      const { client: signedIn, email, password } = await registerUser(app);
      const visitor = await newClient(app);
      await visitor.post('/api/auth/password-reset/request', { email: email.toUpperCase() }).expect(202);
      const mail = await latestMail(visitor, email);
      expect(mail?.subject).toBe('Consulta: ustaw nowe hasło');
      const token = await tokenFromMail(visitor, email, '/reset-password');

      const newPassword = strongPassword();
      await visitor.post('/api/auth/password-reset/confirm', { token, password: newPassword }).expect(204);

      expect((await signedIn.get('/api/auth/session')).body.user).toBeNull();
      expect((await visitor.post('/api/auth/login', { email, password }).expect(401)).body.code).toBe(ErrorCode.InvalidCredentials);
      const login = await visitor.post('/api/auth/login', { email, password: newPassword }).expect(200);
      expect(login.body.user.emailVerified).toBe(true);
    });

    it('answers TOKEN_USED for a second use and TOKEN_EXPIRED after an hour', async () => {
      const { client, email, user } = await registerUser(app);
      await client.post('/api/auth/password-reset/request', { email }).expect(202);
      const used = await tokenFromMail(client, email, '/reset-password');
      await client.post('/api/auth/password-reset/confirm', { token: used, password: strongPassword() }).expect(204);
      expect(
        (await client.post('/api/auth/password-reset/confirm', { token: used, password: strongPassword() }).expect(410)).body.code,
      ).toBe(ErrorCode.TokenUsed);

      await client.post('/api/auth/password-reset/request', { email }).expect(202);
      const expired = await tokenFromMail(client, email, '/reset-password');
      const tokens = app.get(DataSource).getRepository(UserTokenEntity);
      const row = await tokens.findOneByOrFail({ userId: user.id, purpose: UserTokenPurpose.PasswordReset, usedAt: IsNull() });
      expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(3600 * 1000 + 1000);
      await tokens.update({ userId: user.id, purpose: UserTokenPurpose.PasswordReset }, { expiresAt: new Date(Date.now() - 1000) });
      expect(
        (await client.post('/api/auth/password-reset/confirm', { token: expired, password: strongPassword() }).expect(410)).body.code,
      ).toBe(ErrorCode.TokenExpired);
    });

    it('refuses a weak new password and leaves the token usable', async () => {
      const { client, email } = await registerUser(app);
      await client.post('/api/auth/password-reset/request', { email }).expect(202);
      const token = await tokenFromMail(client, email, '/reset-password');
      expect((await client.post('/api/auth/password-reset/confirm', { token, password: 'Mieszkaniec2024' }).expect(400)).body.code).toBe(
        ErrorCode.PasswordTooWeak,
      );
      await client.post('/api/auth/password-reset/confirm', { token, password: strongPassword() }).expect(204);
    });

    it('answers TOKEN_INVALID for an unknown token', async () => {
      const client = await newClient(app);
      const response = await client.post('/api/auth/password-reset/confirm', { token: 'nope', password: strongPassword() }).expect(400);
      expect(response.body.code).toBe(ErrorCode.TokenInvalid);
    });

    it('limits requests per IP with RATE_LIMITED', async () => {
      const client = await newClient(app, randomIp());
      for (let attempt = 0; attempt < 10; attempt++)
        await client.post('/api/auth/password-reset/request', { email: uniqueEmail() }).expect(202);
      const response = await client.post('/api/auth/password-reset/request', { email: uniqueEmail() }).expect(429);
      expect(response.body.code).toBe(ErrorCode.RateLimited);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('sends at most 3 mails an hour to one address, still answering 202', async () => {
      const { email } = await registerUser(app);
      const client = await newClient(app);
      for (let attempt = 0; attempt < 5; attempt++) await client.post('/api/auth/password-reset/request', { email }).expect(202);
      const mails = (await client.get(`/api/dev/outbox?to=${email}`)).body as { subject: string }[];
      expect(mails.filter((mail) => mail.subject === 'Consulta: ustaw nowe hasło')).toHaveLength(3);
    });
  });

  describe('change', () => {
    it('needs the current password, keeps this session and ends the others', async () => {
      const { client, email, password } = await registerUser(app);
      const otherDevice = await newClient(app);
      await otherDevice.post('/api/auth/login', { email, password }).expect(200);

      const newPassword = strongPassword();
      await client.post('/api/auth/change-password', { currentPassword: password, newPassword }).expect(204);

      expect((await client.get('/api/auth/session')).body.user.email).toBe(email);
      expect((await otherDevice.get('/api/auth/session')).body.user).toBeNull();
      await (await newClient(app)).post('/api/auth/login', { email, password: newPassword }).expect(200);
    });

    it('answers WRONG_PASSWORD for a wrong current password', async () => {
      const { client } = await registerUser(app);
      const response = await client
        .post('/api/auth/change-password', { currentPassword: 'not-it-at-all', newPassword: strongPassword() })
        .expect(400);
      expect(response.body.code).toBe(ErrorCode.WrongPassword);
    });

    it('answers PASSWORD_TOO_WEAK for a weak new password', async () => {
      const { client, password } = await registerUser(app);
      const response = await client
        .post('/api/auth/change-password', { currentPassword: password, newPassword: 'Przepraszam12' })
        .expect(400);
      expect(response.body.code).toBe(ErrorCode.PasswordTooWeak);
    });

    it('stops guessing the current password after 5 wrong tries', async () => {
      const { client, password } = await registerUser(app);
      for (let attempt = 0; attempt < 5; attempt++) {
        await client.post('/api/auth/change-password', { currentPassword: `wrong-${attempt}`, newPassword: strongPassword() }).expect(400);
      }
      const response = await client
        .post('/api/auth/change-password', { currentPassword: password, newPassword: strongPassword() })
        .expect(429);
      expect(response.body.code).toBe(ErrorCode.RateLimited);
    });

    it('needs a signed-in user', async () => {
      const client = await newClient(app);
      const response = await client.post('/api/auth/change-password', { currentPassword: 'a', newPassword: strongPassword() }).expect(401);
      expect(response.body.code).toBe(ErrorCode.Unauthenticated);
    });
  });

  describe('profile', () => {
    it('updates the own display name and language', async () => {
      const { client, email } = await registerUser(app);
      const response = await client.patch('/api/auth/me', { displayName: ' Anna Maria Nowak ', locale: 'en' }).expect(200);
      expect(response.body).toMatchObject({ email, displayName: 'Anna Maria Nowak', locale: 'en' });
      await client.post('/api/auth/resend-verification').expect(202);
      expect((await latestMail(client, email))?.subject).toBe('Consulta: confirm your e-mail address');
    });

    it('rejects an empty name, an unknown language and unknown fields', async () => {
      const { client } = await registerUser(app);
      const response = await client.patch('/api/auth/me', { displayName: '', locale: 'xx', role: 'admin' }).expect(400);
      expect(response.body.code).toBe(ErrorCode.ValidationFailed);
      expect(response.body.details.map((detail: { field: string }) => detail.field).sort()).toEqual(['displayName', 'locale', 'role']);
    });

    it('needs a signed-in user', async () => {
      const client = await newClient(app);
      expect((await client.patch('/api/auth/me', { locale: 'en' }).expect(401)).body.code).toBe(ErrorCode.Unauthenticated);
    });
  });
});
