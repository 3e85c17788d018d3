import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { randomBytes } from 'node:crypto';

/** The nonce helmet puts in the CSP; web-app.ts writes the same value into index.html for Angular. */
export function cspNonce(response: Response): string {
  return (response.locals as { cspNonce: string }).cspNonce;
}

/**
 * Helmet with a strict CSP: scripts only from this origin, styles from this origin or carrying the
 * per-response nonce (Angular's component styles), no inline event handlers, no framing, no plugins.
 * Swagger UI (/api/docs) gets its own policy because it uses inline styles.
 */
export function securityHeaders(): RequestHandler {
  const strict = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", (_request, response) => `'nonce-${cspNonce(response as Response)}'`],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const docs = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    (response.locals as { cspNonce: string }).cspNonce = randomBytes(16).toString('base64');
    (request.path.startsWith('/api/docs') ? docs : strict)(request, response, next);
  };
}
