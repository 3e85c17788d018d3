import { configureApp } from '@consulta/api/core';
import { pendingSchemaChanges, testDatabaseUrl } from '@consulta/api/testing';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { buildOpenApiDocument } from './openapi';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

describe('the assembled API', () => {
  let app: INestApplication;

  beforeAll(async () => {
    Object.assign(process.env, { DATABASE_URL: testDatabaseUrl(), MIGRATIONS_RUN: 'false', SEED_DEMO: 'false', NODE_ENV: 'test' });
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error', 'warn'] });
    configureApp(app);
    await app.init();
  });
  afterAll(() => app.close());

  it('has committed migrations that agree with every entity', async () => {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const entities = dataSource.entityMetadatas.map((metadata) => metadata.target);
    expect(entities.length).toBeGreaterThan(0);
    expect(await pendingSchemaChanges(entities)).toEqual([]);
  });

  it('documents every endpoint in OpenAPI with a tag, a success response and its error shape', () => {
    const document = buildOpenApiDocument(app);
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      HTTP_METHODS.flatMap((method) => {
        const operation = item[method];
        return operation ? [{ path, method, operation }] : [];
      }),
    );
    expect(operations.length).toBeGreaterThan(10);
    const incomplete = operations
      .filter(({ operation }) => {
        const statuses = Object.keys(operation.responses ?? {});
        return !operation.tags?.length || !statuses.some((status) => /^2\d\d$/.test(status));
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(incomplete).toEqual([]);
  });
});
