import { randomUUID } from 'node:crypto';
import { dataCategory } from '@ostoja/domain/audit/data-category';
import { pickLocale } from '@ostoja/domain/i18n/index';
import { type Permission, rolesHave } from '@ostoja/domain/identity/permissions';
import { zodFieldErrors } from '@ostoja/domain/shared/validation';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serializerCompiler } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Db, isDatabaseUnavailable, type Queryable } from '../db/db.ts';
import type { Actor, AuditEntry, RequestContext, StaffContext } from './context.ts';
import { AppError, badRequest, type errorBody, forbidden, unauthenticated } from './errors.ts';

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
   * false: no transaction — only for routes that write nothing and read nothing personal
   * (e.g. the public calculator), where BEGIN/COMMIT would be pure overhead.
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
  handler(
    input: { params: Infer<P>; query: Infer<Q>; body: Infer<B> },
    ctx: Ctx<Perm>,
    reply: FastifyReply,
  ): Promise<Out<R>>;
}

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
        const requestId = String(req.id);
        const context = (q: Queryable, audit: RequestContext['audit']): RequestContext => ({
          q,
          actor,
          requestId,
          ip: req.ip,
          locale: pickLocale(req.headers['accept-language']),
          audit,
        });
        const call = (ctx: RequestContext) => route.handler(input as never, ctx as never, reply);
        const who = { actor, requestId, ip: req.ip, purpose: `${route.method} ${route.url}` };
        const write = (q: Queryable) => (e: AuditEntry) => insertAudit(q, e, who);
        let result: unknown;
        if (route.replica && replica) {
          result = await onReplica(replica, db, call, context, write);
        } else {
          const run =
            route.transaction === false ? (fn: (q: Db) => Promise<unknown>) => fn(db) : db.tx.bind(db);
          result = await run((q) => call(context(q, write(q))));
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** One audit row: who, what, the persons it touched, the route that asked (its purpose), the data's category. */
async function insertAudit(
  q: Queryable,
  e: AuditEntry,
  w: { actor: Actor | null; requestId: string; ip: string; purpose: string },
) {
  const who = e.actor ?? w.actor;
  const one = e.entity === 'person' && e.entityId && UUID.test(e.entityId) ? [e.entityId] : [];
  const persons = [...new Set([...one, ...(e.persons ?? [])])];
  await q.query(
    `INSERT INTO audit_log (actor_id, actor_login, action, entity, entity_id, request_id, ip, details, persons, purpose, category)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      who?.id ?? null,
      who?.login ?? null,
      e.action,
      e.entity,
      e.entityId ?? null,
      w.requestId,
      w.ip,
      e.details ?? null,
      persons.length ? persons : null,
      w.purpose,
      dataCategory(e.entity),
    ],
  );
}

/**
 * A read-only route on the replica: its audit entries are kept until the read has succeeded, then
 * written in one transaction on the primary. A replica that cannot be reached sends the route to
 * the primary, where it runs like any other: reports keep working while the replica is rebuilt.
 */
async function onReplica(
  replica: Db,
  primary: Db,
  call: (ctx: RequestContext) => Promise<unknown>,
  context: (q: Queryable, audit: RequestContext['audit']) => RequestContext,
  write: (q: Queryable) => (e: AuditEntry) => Promise<void>,
) {
  const entries: AuditEntry[] = [];
  let result: unknown;
  try {
    result = await replica.tx((q) =>
      call(
        context(q, async (e) => {
          entries.push(e);
        }),
      ),
    );
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    return primary.tx((q) => call(context(q, write(q))));
  }
  if (entries.length) {
    await primary.tx(async (q) => {
      for (const e of entries) await write(q)(e);
    });
  }
  return result;
}

export const newRequestId = () => randomUUID();
