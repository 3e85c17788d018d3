import { AppConfig, ConfigValidationError, configureApp } from '@consulta/api/core';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { AppModule } from './app/app.module';
import { setUpOpenApi } from './app/openapi';
import { serveWebApp } from './app/web-app';

async function bootstrap(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: false, bodyParser: false });
  configureApp(app);
  setUpOpenApi(app);
  const config = app.get(AppConfig);
  serveWebApp(app, config.WEB_DIST ?? join(process.cwd(), 'dist/apps/web/browser'));
  await app.listen(config.PORT, config.HOST);
  Logger.log(`Consulta is running at ${config.publicUrl} (API under /api, docs at /api/docs)`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigValidationError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
