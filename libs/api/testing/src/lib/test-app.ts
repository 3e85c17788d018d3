import { ConfigModule, configureApp, CsrfCookieMiddleware, CsrfGuard, DatabaseModule } from '@consulta/api/core';
import { CSRF_COOKIE, CSRF_HEADER } from '@consulta/shared/contracts';
import { DynamicModule, INestApplication, MiddlewareConsumer, Module, NestModule, Provider, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { testDatabaseUrl } from './test-database';

export interface TestAppOptions {
  imports: (Type<unknown> | DynamicModule)[];
  /** Extra global guards (for example the identity access guard), applied after CSRF. */
  guards?: Type<unknown>[];
  providers?: Provider[];
  env?: Record<string, string>;
}

/**
 * A Nest application with the production HTTP pipeline (validation, errors, CSRF, security
 * headers) on the run's test database. Migrations are already applied by globalSetup.
 */
export async function createTestApp(options: TestAppOptions): Promise<INestApplication> {
  Object.assign(process.env, {
    DATABASE_URL: testDatabaseUrl(),
    MIGRATIONS_RUN: 'false',
    SEED_DEMO: 'false',
    NODE_ENV: 'test',
    DATABASE_POOL_SIZE: '4',
    ...options.env,
  });

  @Module({
    imports: [ConfigModule, DatabaseModule, ...options.imports],
    providers: [
      { provide: APP_GUARD, useClass: CsrfGuard },
      ...(options.guards ?? []).map((guard) => ({ provide: APP_GUARD, useClass: guard })),
      ...(options.providers ?? []),
    ],
  })
  class TestRootModule implements NestModule {
    configure(consumer: MiddlewareConsumer): void {
      consumer.apply(CsrfCookieMiddleware).forRoutes('{*path}');
    }
  }

  const moduleRef = await Test.createTestingModule({ imports: [TestRootModule] }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();
  return app;
}

/**
 * A supertest agent that keeps cookies like a browser and sends the CSRF header on every
 * mutating request, as the Angular app does. Create with `await TestClient.create(app)`.
 */
export class TestClient {
  private constructor(
    readonly agent: ReturnType<typeof request.agent>,
    private readonly csrfToken: string,
    private readonly ip?: string,
  ) {}

  static async create(app: INestApplication, options: { ip?: string } = {}): Promise<TestClient> {
    const agent = request.agent(app.getHttpServer() as Parameters<typeof request.agent>[0]);
    const response = await agent.get('/api/csrf-cookie');
    const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    const token = setCookie.map((cookie) => new RegExp(`^${CSRF_COOKIE}=([^;]+)`).exec(cookie)?.[1]).find(Boolean);
    if (!token) throw new Error('The app did not issue a CSRF cookie');
    return new TestClient(agent, token, options.ip);
  }

  get csrf(): string {
    return this.csrfToken;
  }

  private withIp<T extends { set(name: string, value: string): T }>(test: T): T {
    return this.ip ? test.set('X-Forwarded-For', this.ip) : test;
  }

  get(url: string) {
    return this.withIp(this.agent.get(url));
  }
  post(url: string, body?: object) {
    return this.withIp(this.agent.post(url).set(CSRF_HEADER, this.csrfToken)).send(body);
  }
  patch(url: string, body?: object) {
    return this.withIp(this.agent.patch(url).set(CSRF_HEADER, this.csrfToken)).send(body);
  }
  put(url: string, body?: object) {
    return this.withIp(this.agent.put(url).set(CSRF_HEADER, this.csrfToken)).send(body);
  }
  delete(url: string) {
    return this.withIp(this.agent.delete(url).set(CSRF_HEADER, this.csrfToken));
  }
}
