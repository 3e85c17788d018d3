import { ApiErrorResponse } from '@consulta/api/core';
import { CSRF_HEADER, SESSION_COOKIE } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Consulta API')
    .setDescription(
      'Public consultations for cities. Every error answers `{ statusCode, code, message }`. ' +
        `Mutating requests need the ${CSRF_HEADER} header equal to the XSRF-TOKEN cookie.`,
    )
    .setVersion('0.1.0')
    .addCookieAuth(SESSION_COOKIE)
    .addApiKey({ type: 'apiKey', in: 'header', name: CSRF_HEADER }, 'csrf')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorResponse] });
}

/** Browsable docs at /api/docs, the JSON at /api/docs-json. */
export function setUpOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });
}
