import { Logger } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import express, { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cspNonce } from '@consulta/api/core';

const NONCE_PLACEHOLDER = /ngCspNonce="[^"]*"/i;

/**
 * Serves the built Angular app from the same port as the API: hashed assets with long caching,
 * every other non-API GET gets index.html (client-side routes) with this response's CSP nonce.
 */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const root = resolve(webDist);
  const indexPath = join(root, 'index.html');
  if (!existsSync(indexPath)) {
    new Logger('WebApp').warn(`No built web app at ${root}: run "npx nx build web". Only the API is served.`);
    return;
  }
  const indexHtml = readFileSync(indexPath, 'utf8');
  const assets = express.static(root, { index: false, maxAge: '1y', immutable: true, setHeaders: noCacheForHtml });
  // API requests never look at the disk (a stat per request cost ~10 % of the API's CPU under load).
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) next();
    else void assets(request, response, next);
  });
  app.use((request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (isApiPath(request.path)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(indexHtml.replace(NONCE_PLACEHOLDER, `ngCspNonce="${cspNonce(response)}"`));
  });
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

function noCacheForHtml(response: Response, path: string): void {
  if (path.endsWith('.html')) response.setHeader('Cache-Control', 'no-cache');
}
