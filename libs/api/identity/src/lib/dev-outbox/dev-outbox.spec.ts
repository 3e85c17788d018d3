import { MailService } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { createIdentityApp, newClient, PUBLIC_URL, registerUser, uniqueEmail } from '../../testing/identity-test-kit';

describe('dev outbox', () => {
  describe('enabled (no SMTP_URL, not production)', () => {
    let app: INestApplication;

    beforeAll(async () => {
      app = await createIdentityApp();
    });
    afterAll(() => app.close());

    it('lists the verification mail with its link, and serves it by id', async () => {
      const { client, email } = await registerUser(app);
      const list = await client.get(`/api/dev/outbox?to=${encodeURIComponent(email.toUpperCase())}`).expect(200);
      expect(list.body).toEqual([
        {
          id: expect.any(String),
          to: email,
          subject: 'Consulta: potwierdź swój adres e-mail',
          text: expect.stringContaining(`${PUBLIC_URL}/verify-email?token=`),
          links: [expect.stringMatching(/^http:\/\/consulta\.test\/verify-email\?token=[A-Za-z0-9_-]{43}$/)],
          createdAt: expect.any(String),
        },
      ]);
      const one = await client.get(`/api/dev/outbox/${list.body[0].id}`).expect(200);
      expect(one.body).toEqual(list.body[0]);
    });

    it('lists newest first', async () => {
      const to = uniqueEmail();
      const mail = app.get(MailService);
      await mail.send({ to, subject: 'first', text: 'See https://example.pl/a.' });
      await mail.send({ to, subject: 'second', text: 'No links here.' });
      const client = await newClient(app);
      const list = await client.get(`/api/dev/outbox?to=${to}`).expect(200);
      expect(list.body.map((message: { subject: string }) => message.subject)).toEqual(['second', 'first']);
      expect(list.body[1].links).toEqual(['https://example.pl/a']);
      const all = await client.get('/api/dev/outbox').expect(200);
      expect(all.body.length).toBeGreaterThanOrEqual(2);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const client = await newClient(app);
      expect((await client.get(`/api/dev/outbox/${randomUUID()}`).expect(404)).body.code).toBe(ErrorCode.NotFound);
      await client.get('/api/dev/outbox/not-a-uuid').expect(404);
    });
  });

  describe('disabled (DEV_OUTBOX=false)', () => {
    let app: INestApplication;

    beforeAll(async () => {
      app = await createIdentityApp({ env: { DEV_OUTBOX: 'false' } });
    });
    afterAll(() => app.close());

    it('answers 404 to the list and to a message', async () => {
      const { client } = await registerUser(app);
      expect((await client.get('/api/dev/outbox').expect(404)).body).toEqual({
        statusCode: 404,
        code: ErrorCode.NotFound,
        message: 'Not found.',
      });
      await client.get(`/api/dev/outbox/${randomUUID()}`).expect(404);
    });
  });
});
