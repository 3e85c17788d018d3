import { MailService } from '@consulta/api/core';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createIdentityApp, newClient, PUBLIC_URL, registerUser, uniqueEmail } from '../../testing/identity-test-kit';

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** The text body of a single-part message, decoded from base64 or quoted-printable (nodemailer picks one). */
function textBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

describe('mail over SMTP (a real smtp-server)', () => {
  let server: SMTPServer;
  let received: ReceivedMail[];
  let app: INestApplication;

  beforeAll(async () => {
    received = [];
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    app = await createIdentityApp({ env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Consulta <no-reply@consulta.test>' } });
  });

  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers MailService mail to the SMTP server instead of the outbox', async () => {
    const to = uniqueEmail();
    await app.get(MailService).send({ to, subject: 'Test', text: 'Zażółć gęślą jaźń.' });
    const mail = received.find((candidate) => candidate.to.includes(to));
    expect(mail?.from).toBe('no-reply@consulta.test');
    expect(mail?.raw).toMatch(/^Subject: Test$/m);
    expect(textBody(mail?.raw ?? '')).toContain('Zażółć gęślą jaźń.');
  });

  it('sends the verification link of a new account by SMTP, and the dev outbox stays off', async () => {
    const { client, email } = await registerUser(app);
    const mail = received.find((candidate) => candidate.to.includes(email));
    const body = textBody(mail?.raw ?? '');
    expect(body).toMatch(new RegExp(`${PUBLIC_URL}/verify-email\\?token=([A-Za-z0-9_-]{43})`));
    const token = new RegExp(`${PUBLIC_URL}/verify-email\\?token=([A-Za-z0-9_-]{43})`).exec(body)?.[1];

    await client.get('/api/dev/outbox').expect(404);
    await (await newClient(app)).post('/api/auth/verify-email', { token }).expect(204);
    expect((await client.get('/api/auth/session')).body.user.emailVerified).toBe(true);
  });
});
