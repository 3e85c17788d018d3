import { createTestApp, TestClient } from '@consulta/api/testing';
import { INestApplication } from '@nestjs/common';
import { HealthModule } from '@consulta/api/core';

describe('GET /api/health', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createTestApp({ imports: [HealthModule] });
  });
  afterAll(() => app.close());

  it('reports the database as up', async () => {
    const client = await TestClient.create(app);
    const response = await client.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('sends the strict security headers', async () => {
    const client = await TestClient.create(app);
    const response = await client.get('/api/health');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown route with the stable error body', async () => {
    const client = await TestClient.create(app);
    const response = await client.get('/api/nowhere').expect(404);
    expect(response.body).toEqual({ statusCode: 404, code: 'NOT_FOUND', message: expect.any(String) });
  });
});
