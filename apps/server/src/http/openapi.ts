import { z } from 'zod';
import type { RouteDef } from './route.ts';

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        fields: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
      required: ['code', 'message', 'fields'],
    },
  },
};

// 'input' is the wire form for both directions: a response's timestamps are strings on the wire.
const toJson = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

/** OpenAPI 3.1 document generated from the same route definitions and zod schemas the server runs. */
export function buildOpenApi(routes: RouteDef[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const js = toJson(schema) as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(js.properties ?? {}))
        parameters.push({
          name,
          in: where,
          required: where === 'path' || !!js.required?.includes(name),
          schema: s,
        });
    }
    paths[path] ??= {};
    paths[path][r.method.toLowerCase()] = {
      summary: r.summary,
      tags: r.tags ?? [r.url.split('/')[3] ?? 'api'],
      'x-permission': r.permission,
      security: r.permission === 'public' ? [] : [{ session: [] }],
      parameters,
      ...(r.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toJson(r.body) } } } }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: 'OK',
          ...(r.response ? { content: { 'application/json': { schema: toJson(r.response) } } } : {}),
        },
        ...Object.fromEntries(
          ['400', '401', '403', '404', '409'].map((c) => [
            c,
            { description: c, content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Ostoja API',
      version: '1',
      description: 'Social assistance centre back office and portal.',
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ostoja_session' } } },
    paths,
  };
}
