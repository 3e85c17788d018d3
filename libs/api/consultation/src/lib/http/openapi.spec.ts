import { ApiErrorResponse } from '@consulta/api/core';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { createConsultationApp } from '../../testing/consultation-test-kit';

describe('consultation OpenAPI', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await createConsultationApp();
  });
  afterAll(() => app.close());

  it('documents every route with its response and error bodies', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build(), { extraModels: [ApiErrorResponse] });
    const routes = {
      '/api/consultations': ['get'],
      '/api/consultations/{slug}': ['get'],
      '/api/consultations/{slug}/versions': ['get'],
      '/api/consultations/{slug}/versions/{number}': ['get'],
      '/api/admin/consultations': ['get', 'post'],
      '/api/admin/consultations/{slug}': ['patch'],
      '/api/admin/consultations/{slug}/versions': ['post'],
      '/api/consultations/{slug}/versions/diff': ['get'],
      '/api/staff/consultations/{slug}/versions/{to}/changes/{paragraphKey}/links': ['put'],
    };
    for (const [path, methods] of Object.entries(routes)) {
      for (const method of methods) {
        const operation = (document.paths[path] as Record<string, { tags?: string[]; responses: Record<string, unknown> }>)[method];
        expect(operation.tags?.length).toBeGreaterThan(0);
        const success = Object.keys(operation.responses).find((status) => status.startsWith('2'));
        expect(JSON.stringify(operation.responses[success ?? ''])).toContain('$ref');
      }
    }
    const importVersion = JSON.stringify(document.paths['/api/admin/consultations/{slug}/versions'].post?.responses);
    expect(importVersion).toContain('ImportDocumentResultResponse');
    expect(JSON.stringify(document.paths['/api/admin/consultations/{slug}/versions'].post?.responses['422'])).toContain('ApiErrorResponse');
    expect(document.components?.schemas?.['ConsultationDetailResponse']).toBeDefined();
    expect(JSON.stringify(document.paths['/api/consultations/{slug}/versions/diff'].get?.responses['400'])).toContain(
      'DOCUMENT_DIFF_RANGE_INVALID',
    );
    expect(document.components?.schemas?.['ParagraphChangeResponse']).toBeDefined();
  });
});
