import { CSRF_HEADER, ErrorCode, Role } from '@consulta/shared/contracts';
import { Controller, Get, INestApplication, Module, Post } from '@nestjs/common';
import request from 'supertest';
import { createIdentityApp, latestMail, newClient, registerUser, setCookies, tokenFromMail } from '../../testing/identity-test-kit';
import { SessionUser } from '../sessions/session-user';
import { UserRepository } from '../users/user.repository';
import { Authenticated, CurrentUser, Public, RequireVerifiedEmail, Roles } from './access.decorators';

@Controller('access-test')
class AccessTestController {
  @Get('forgotten')
  forgotten(): { secret: string } {
    return { secret: 'should never be served' };
  }

  @Get('public')
  @Public()
  everyone(@CurrentUser() user: SessionUser | null): { email: string | null } {
    return { email: user?.email ?? null };
  }

  @Post('public')
  @Public()
  write(): { ok: true } {
    return { ok: true };
  }

  @Get('signed-in')
  @Authenticated()
  signedIn(@CurrentUser() user: SessionUser): { email: string; role: Role } {
    return { email: user.email, role: user.role };
  }

  @Get('staff')
  @Roles(Role.Moderator, Role.Admin)
  staff(): { ok: true } {
    return { ok: true };
  }

  @Get('admin')
  @Roles(Role.Admin)
  admin(): { ok: true } {
    return { ok: true };
  }

  @Get('verified')
  @Authenticated()
  @RequireVerifiedEmail()
  verified(): { ok: true } {
    return { ok: true };
  }
}

@Controller('access-test-class')
@Roles(Role.Admin)
class ClassLevelController {
  @Get('inherited')
  inherited(): { ok: true } {
    return { ok: true };
  }

  @Get('overridden')
  @Public()
  overridden(): { ok: true } {
    return { ok: true };
  }
}

@Module({ controllers: [AccessTestController, ClassLevelController] })
class AccessTestModule {}

describe('AccessGuard', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp({ imports: [AccessTestModule] });
  });
  afterAll(() => app.close());

  it('refuses a route without an access decorator, even to an admin', async () => {
    const { client, user } = await registerUser(app);
    await app.get(UserRepository).update(user.id, { role: Role.Admin });
    const response = await client.get('/api/access-test/forgotten').expect(403);
    expect(response.body).toEqual({ statusCode: 403, code: ErrorCode.Forbidden, message: 'This route is not available.' });
  });

  it('serves public routes to visitors and still knows a signed-in user there', async () => {
    expect((await (await newClient(app)).get('/api/access-test/public').expect(200)).body).toEqual({ email: null });
    const { client, email } = await registerUser(app);
    expect((await client.get('/api/access-test/public').expect(200)).body).toEqual({ email });
  });

  it('answers UNAUTHENTICATED (401) to visitors on signed-in routes', async () => {
    const client = await newClient(app);
    for (const path of ['signed-in', 'staff', 'admin', 'verified']) {
      const response = await client.get(`/api/access-test/${path}`).expect(401);
      expect(response.body.code).toBe(ErrorCode.Unauthenticated);
    }
  });

  it('enforces roles with FORBIDDEN (403)', async () => {
    const { client, user } = await registerUser(app);
    expect((await client.get('/api/access-test/signed-in').expect(200)).body).toMatchObject({ role: Role.Resident });
    expect((await client.get('/api/access-test/staff').expect(403)).body.code).toBe(ErrorCode.Forbidden);

    await app.get(UserRepository).update(user.id, { role: Role.Moderator });
    await client.get('/api/access-test/staff').expect(200);
    expect((await client.get('/api/access-test/admin').expect(403)).body.code).toBe(ErrorCode.Forbidden);

    await app.get(UserRepository).update(user.id, { role: Role.Admin });
    await client.get('/api/access-test/admin').expect(200);
  });

  it('applies a class-level policy, and a method-level one overrides it', async () => {
    const { client, user } = await registerUser(app);
    await client.get('/api/access-test-class/inherited').expect(403);
    await (await newClient(app)).get('/api/access-test-class/overridden').expect(200);
    await app.get(UserRepository).update(user.id, { role: Role.Admin });
    await client.get('/api/access-test-class/inherited').expect(200);
  });

  it('answers EMAIL_NOT_VERIFIED until the address is confirmed', async () => {
    const { client, email } = await registerUser(app);
    expect((await client.get('/api/access-test/verified').expect(403)).body.code).toBe(ErrorCode.EmailNotVerified);
    await client.post('/api/auth/verify-email', { token: await tokenFromMail(client, email, '/verify-email') }).expect(204);
    await client.get('/api/access-test/verified').expect(200);
  });

  it('leaves unknown API routes to the 404 handler', async () => {
    const response = await (await newClient(app)).get('/api/no-such-route').expect(404);
    expect(response.body.code).toBe(ErrorCode.NotFound);
  });

  it('serves the CSRF cookie to anyone', async () => {
    const response = await request(app.getHttpServer()).get('/api/csrf-cookie').expect(204);
    expect(setCookies(response)).toEqual([expect.stringMatching(/^XSRF-TOKEN=[A-Za-z0-9_-]{43}; Path=\/; SameSite=Strict$/)]);
  });
});

describe('CSRF protection in front of identity routes', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createIdentityApp({ imports: [AccessTestModule] });
  });
  afterAll(() => app.close());

  it('refuses a mutating request without the header', async () => {
    const client = await newClient(app);
    const response = await client.agent.post('/api/auth/login').send({ email: 'anna@example.pl', password: 'whatever-it-is' }).expect(403);
    expect(response.body.code).toBe(ErrorCode.CsrfTokenInvalid);
    await client.agent.post('/api/access-test/public').expect(403);
  });

  it('refuses a header that does not match the cookie', async () => {
    const client = await newClient(app);
    const response = await client.agent.post('/api/auth/logout').set(CSRF_HEADER, 'A'.repeat(43)).expect(403);
    expect(response.body.code).toBe(ErrorCode.CsrfTokenInvalid);
  });

  it('refuses a foreign Origin even with a valid header', async () => {
    const { client } = await registerUser(app);
    const response = await client.post('/api/auth/logout').set('Origin', 'https://evil.example').expect(403);
    expect(response.body.code).toBe(ErrorCode.CsrfTokenInvalid);
    expect((await client.get('/api/auth/session')).body.user).not.toBeNull();
  });

  it('lets the same request through with the header and a same-site Origin', async () => {
    const client = await newClient(app);
    await client.post('/api/access-test/public').set('Origin', 'http://consulta.test').expect(201);
    expect(await latestMail(client, 'nobody@example.pl')).toBeUndefined();
  });
});
