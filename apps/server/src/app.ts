import { existsSync } from 'node:fs';
// Registers every translation file of the domain, so errors translate whatever module raised them.
import '@ostoja/domain';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { pickLocale } from '@ostoja/domain/i18n/index';
import Fastify, { type FastifyError } from 'fastify';
import type { Config } from './config.ts';
import { type Db, isDatabaseUnavailable, openPostgres } from './db/db.ts';
import { AppError, errorBody } from './http/errors.ts';
import { inputErrorOf, nulByteError, nulInBody } from './http/input-errors.ts';
import { buildOpenApi } from './http/openapi.ts';
import { registerRateLimit } from './http/rate-limit.ts';
import { newRequestId, registerRoutes } from './http/route.ts';
import { registerSecurity } from './http/security.ts';
import { authenticate, SESSION_COOKIE } from './modules/identity/service.ts';
import { sealStoredTotpSecrets } from './modules/identity/totp-seal.ts';
import { allRoutes } from './modules/index.ts';

/** Seconds a client is asked to wait while the database is unreachable (a restart takes a few). */
const DB_RETRY_AFTER_SECONDS = 5;

export async function buildApp(db: Db, config: Config, opts: { logger?: boolean } = {}) {
  // A missing key stops the start here, not at the first sign-in with a second factor.
  await sealStoredTotpSecrets(db, config.totpKey());
  const app = Fastify({
    logger: opts.logger ? { level: 'warn' } : false,
    genReqId: newRequestId,
    bodyLimit: 1_048_576,
    // Only a proxy we run may say who the client is; otherwise X-Forwarded-For could be forged.
    trustProxy: config.trustProxy,
  });
  await app.register(fastifyCookie);
  await registerSecurity(app, config);
  await registerRateLimit(app);

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    const locale = pickLocale(req.headers['accept-language']);
    if (err instanceof AppError) return reply.status(err.status).send(errorBody(err, locale));
    const pgCode = (err as { code?: string }).code;
    if (err.statusCode === 413 || pgCode === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.status(413).send(errorBody(new AppError(413, 'tooLarge', 'error.validation'), locale));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      // Malformed JSON, wrong content type and the like: the client's fault, said plainly.
      return reply.status(400).send(errorBody(new AppError(400, 'badRequest', 'error.badJson'), locale));
    }
    /** 503 with Retry-After: the database could not serve the request now; nothing was committed. */
    const retryLater = (code: string, key: string) => {
      req.log.warn(err.message);
      return reply
        .status(503)
        .header('Retry-After', String(DB_RETRY_AFTER_SECONDS))
        .send(errorBody(new AppError(503, code, key), locale));
    };
    // PostgreSQL restarting or unreachable: nothing was wrong with the request; ask for a retry.
    if (isDatabaseUnavailable(err)) return retryLater('databaseUnavailable', 'error.databaseUnavailable');
    // A statement cancelled by statement_timeout (config.statementTimeoutMs): a stalled or
    // overloaded database answers 503 in bounded time, never a hung request.
    if (pgCode === '57014') return retryLater('databaseTimeout', 'error.databaseTimeout');
    if (pgCode === '53100') {
      // The database's disk is full (uploads are stored in it): 507, and the transaction is rolled back.
      req.log.error(err.message);
      return reply
        .status(507)
        .send(errorBody(new AppError(507, 'insufficientStorage', 'error.insufficientStorage'), locale));
    }
    const input = inputErrorOf(err, req);
    if (input) {
      // Kept in the log: an error no field explains may still be ours.
      req.log.warn(err);
      return reply.status(400).send(errorBody(input, locale));
    }
    if (pgCode === '23505')
      return reply.status(409).send(errorBody(new AppError(409, 'conflict', 'error.conflict'), locale));
    if (pgCode === '40001' || pgCode === '40P01')
      return reply.status(409).send(errorBody(new AppError(409, 'retry', 'error.versionConflict'), locale));
    req.log.error(err);
    if (!opts.logger) console.error(err);
    return reply.status(500).send(errorBody(new AppError(400, 'internal', 'error.internal'), locale));
  });

  // PostgreSQL cannot store a NUL byte: refused before any route runs, in the path, the query or the body.
  app.addHook('onRequest', async (req) => {
    const nul = nulByteError(req);
    if (nul) throw nul;
  });
  app.addHook('preHandler', async (req) => {
    const nul = nulInBody(req);
    if (nul) throw nul;
  });

  const routes = allRoutes(config);
  const replica = await openReplica(db, config);
  if (replica) app.addHook('onClose', () => replica.close());
  registerRoutes(app, db, routes, (req) => authenticate(db, config, req.cookies[SESSION_COOKIE]), replica);
  const openapi = buildOpenApi(routes);
  app.get('/api/docs/openapi.json', async () => openapi);
  app.get('/api/health', async () => ({ ok: true }));

  app.setNotFoundHandler((req, reply) => {
    const locale = pickLocale(req.headers['accept-language']);
    if (req.url.startsWith('/api/') || !existsSync(`${config.webDist}/index.html`))
      return reply.status(404).send(errorBody(new AppError(404, 'notFound', 'error.notFound'), locale));
    // The single-page app handles its own routes.
    return reply.type('text/html').sendFile('index.html');
  });
  if (existsSync(config.webDist)) {
    await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: 'index.html' });
  }
  const instance = config.instanceName;
  app.addHook('onSend', async (_req, reply, payload) => {
    // Behind a proxy, tells which app instance answered (for operations and the two-instance test).
    if (instance) reply.header('X-Ostoja-Instance', instance);
    return payload;
  });
  return { app, routes };
}

/**
 * The read replica of DATABASE_READ_URL, connected as the role the app's own connections use
 * (the replica has the primary's roles). Reports fall back to the primary while it is unreachable.
 */
async function openReplica(db: Db, config: Config): Promise<Db | undefined> {
  if (!config.databaseReadUrl || db.kind !== 'postgres') return undefined;
  const role = (await db.query<{ role: string }>('SELECT current_user AS role')).rows[0]!.role;
  return openPostgres(config.databaseReadUrl, config.dbPool, role, config.statementTimeoutMs);
}
