import { randomUUID } from 'node:crypto';
import { pickLocale } from '@ostoja/domain/i18n/index';
import { type Permission, rolesHave } from '@ostoja/domain/identity/permissions';
import { zodFieldErrors } from '@ostoja/domain/shared/validation';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Db, isDatabaseUnavailable, type Queryable } from '../db/db.ts';
import { type Asker, entryOfRows, insertAudit, readLogged } from './audit-write.ts';
import type { Actor, AuditEntry, LoggedRead, RequestContext, StaffContext } from './context.ts';
import { AppError, badRequest, type errorBody, forbidden, unauthenticated } from './errors.ts';
import { screenOf } from './purpose.ts';
import { type PublicBucket, rateLimit } from './rate-limit.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type Ctx<P extends Permission> = P extends 'public' ? RequestContext : StaffContext;
/** What a handler returns: the response schema's server-side type (Dates, not strings), or an error body it chose to send. */
type Out<R> = R extends z.ZodType ? z.output<R> | ReturnType<typeof errorBody> : unknown;

export interface RouteDef<
  Perm extends Permission = Permission,
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: Method;
  url: string;
  /** The single permission this route needs; checked before anything else runs. */
  permission: Perm;
  summary: string;
  tags?: string[];
  params?: P;
  query?: Q;
  body?: B;
  /**
   * What a success sends (a schema from packages/domain): the server checks and serialises the
   * handler's result with it (extra properties are left out), and the OpenAPI document shows it.
   */
  response?: R;
  /** Success status (200 by default). */
  status?: number;
  /**
   * false: no transaction — for routes that write nothing but their audit entries (the public
   * calculator, searches, pages and lists): each statement commits on its own, so BEGIN/COMMIT
   * cost no round trips. Their reads of personal data are logged all the same: in the read's own
   * statement (ctx.readLogged) or in one statement before the answer is sent.
   */
  transaction?: boolean;
  /**
   * true: a report, dashboard or export that reads and writes nothing but its audit entries. It
   * runs on the read replica (DATABASE_READ_URL) when there is one, and on the primary when there
   * is none or it cannot be reached; the audit entries are written on the primary before the
   * answer is sent, so no read goes out unlogged.
   */
  replica?: boolean;
  /**
   * Open to a staff member who must still set up two-factor sign-in (their role requires it):
   * signing out, their own account's security and sessions. Every other route answers 403 to them.
   */
  duringEnrolment?: boolean;
  /** A public POST's brake: the request counts in this bucket once its input is valid; 429 once full. */
  rateLimit?: PublicBucket;
  handler(
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> },
    ctx: Ctx<Perm>,
    reply: FastifyReply,
  ): Promise<Out<R>>;
}

/** The params of a route on one record (`…/:id`): its uuid. */
export const IdParams = z.object({ id: z.uuid() });

/** Declares a route; the generics keep the handler's input typed by its schemas. */
export function defineRoute<
  Perm extends Permission,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
  R extends z.ZodType | undefined = undefined,
>(def: RouteDef<Perm, P, Q, B, R>): RouteDef {
  return def as unknown as RouteDef;
}

export type Authenticate = (req: FastifyRequest) => Promise<Actor | null>;

function parse(schema: z.ZodType | undefined, value: unknown, where: string, req: FastifyRequest) {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const locale = pickLocale(req.headers['accept-language']);
  // Body fields are named as they are in the body; params and query with their own names.
  const fields = zodFieldErrors(r.error, locale).map((f) => ({ ...f, path: f.path || where }));
  throw badRequest(fields);
}

/**
 * The one choke point: authentication, the route's permission, input validation, and one
 * transaction per use case in which the audit entries are written with the change or read.
 */
export function registerRoutes(
  app: FastifyInstance,
  db: Db,
  routes: RouteDef[],
  authenticate: Authenticate,
  replica?: Db,
) {
  // Response schemas are zod schemas; routes without one are sent as before.
  app.setSerializerCompiler(serializerCompiler);
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      // Any 2xx answer is checked against the response schema; a mismatch is a 500, never a leak.
      ...(route.response ? { schema: { response: { '2xx': route.response } } } : {}),
      handler: async (req, reply) => {
        const actor =
          route.permission === 'public' ? await authenticate(req).catch(() => null) : await authenticate(req);
        if (route.permission !== 'public') {
          if (!actor) throw unauthenticated();
          if (!rolesHave(actor.roles, route.permission)) throw forbidden();
          if (actor.mustEnrolTotp && !route.duringEnrolment)
            throw new AppError(403, 'totpEnrolmentRequired', 'error.totpEnrolmentRequired');
        }
        const input = {
          params: parse(route.params, req.params, 'params', req),
          query: parse(route.query, req.query, 'query', req),
          body: parse(route.body, req.body, 'body', req),
        };
        if (route.rateLimit) await rateLimit(reply, route.rateLimit);
        const requestId = String(req.id);
        const who: Asker = {
          actor,
          requestId,
          ip: req.ip,
          purpose: `${route.method} ${route.url}`,
          screen: screenOf(req),
        };
        const context = (q: Queryable, audit: Audit): RequestContext => ({
          q,
          actor,
          requestId,
          ip: req.ip,
          locale: pickLocale(req.headers['accept-language']),
          audit: audit.write,
          readLogged: audit.readLogged,
        });
        const call = (ctx: RequestContext) => route.handler(input as never, ctx as never, reply);
        let result: unknown;
        if (route.replica && replica) {
          result = await onReplica(replica, db, call, context, who);
        } else if (route.transaction === false) {
          result = await withoutTransaction(db, call, context, who);
        } else {
          result = await db.tx((q) => call(context(q, immediate(q, who))));
        }
        // Handlers return what to send; it is sent here, after the transaction has committed.
        if (reply.sent) return reply;
        // A handler may choose its status (e.g. 200 for "already open" where 201 is the rule).
        if (route.status && reply.statusCode === 200) reply.status(route.status);
        return result ?? null;
      },
    });
  }
}

/** How a context writes its audit entries. */
interface Audit {
  write: RequestContext['audit'];
  readLogged: RequestContext['readLogged'];
}

/** In the request's transaction: each entry as it comes, a logged read in its own statement. */
const immediate = (q: Queryable, who: Asker): Audit => ({
  write: (e) => insertAudit(q, [e], who),
  readLogged: (text, params, log) => readLogged(q, text, params, log, who),
});

/**
 * A read route without a transaction: each statement commits on its own (a read takes one round
 * trip, not BEGIN/read/COMMIT). A logged read writes its entry in its own statement; other entries
 * are kept and written in one statement after the handler returns, before the answer is sent, so
 * no read goes out unlogged. A handler that fails writes only what its logged reads wrote.
 */
async function withoutTransaction(
  db: Db,
  call: (ctx: RequestContext) => Promise<unknown>,
  context: (q: Queryable, audit: Audit) => RequestContext,
  who: Asker,
) {
  const kept: AuditEntry[] = [];
  const result = await call(
    context(db, {
      write: async (e) => {
        kept.push(e);
      },
      readLogged: (text, params, log) => readLogged(db, text, params, log, who),
    }),
  );
  await insertAudit(db, kept, who);
  return result;
}

/**
 * A read-only route on the replica: its audit entries are kept until the read has succeeded, then
 * written in one statement on the primary. A replica that cannot be reached sends the route to
 * the primary, where it runs like any other: reports keep working while the replica is rebuilt.
 */
async function onReplica(
  replica: Db,
  primary: Db,
  call: (ctx: RequestContext) => Promise<unknown>,
  context: (q: Queryable, audit: Audit) => RequestContext,
  who: Asker,
) {
  const kept: AuditEntry[] = [];
  let result: unknown;
  try {
    result = await replica.tx((q) =>
      call(
        context(q, {
          write: async (e) => {
            kept.push(e);
          },
          // The standby cannot write: the read runs alone and its entry is kept with the others.
          readLogged: async <T>(text: string, params: readonly unknown[], log: LoggedRead) => {
            const rows = (await q.query<T>(text, params)).rows;
            kept.push(...entryOfRows(rows as Record<string, unknown>[], log));
            return rows;
          },
        }),
      ),
    );
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    return primary.tx((q) => call(context(q, immediate(q, who))));
  }
  await insertAudit(primary, kept, who);
  return result;
}

export const newRequestId = () => randomUUID();
