import fastifyHelmet from '@fastify/helmet';
import { pickLocale } from '@ostoja/domain/i18n/index';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import { AppError, errorBody } from './errors.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The Content-Security-Policy of every response. The built web app loads only its own files
 * (no inline script or style element; React's style props go through the CSSOM, which CSP allows),
 * so nothing else is let in: an injected <script> or on*= attribute does not run.
 */
export function cspDirectives(https: boolean): Record<string, string[] | null> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    // Only over TLS: on plain http (the demo) it would turn the app's own requests into https ones.
    upgradeInsecureRequests: https ? [] : null,
  };
}

/** Whether a request's Origin header is this site (as the client reached it) or one configured as ours. */
export function isAllowedOrigin(req: FastifyRequest, config: Config): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true; // Not sent by a browser for this request (curl, scripts, old forms).
  const o = origin.toLowerCase();
  const host = req.host.toLowerCase();
  if (o === `${req.protocol}://${host}`) return true;
  // Behind a TLS proxy that does not forward the scheme, the browser's origin is https.
  if (config.secureCookies && o === `https://${host}`) return true;
  return config.allowedOrigins.includes(o);
}

/**
 * Security headers (helmet) and the refusal of state-changing requests from a foreign Origin, which
 * with SameSite=Strict session cookies closes cross-site request forgery from both sides.
 */
export async function registerSecurity(app: FastifyInstance, config: Config) {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: cspDirectives(config.secureCookies) },
    // Browsers obey HSTS only over TLS; sent only when the installation says it is served over https.
    strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  app.addHook('onRequest', async (req, reply) => {
    if (!STATE_CHANGING.has(req.method) || isAllowedOrigin(req, config)) return;
    const locale = pickLocale(req.headers['accept-language']);
    return reply
      .status(403)
      .send(errorBody(new AppError(403, 'foreignOrigin', 'error.foreignOrigin'), locale));
  });
}
