import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { allRoutes } from '../modules/index.ts';
import { buildOpenApi } from './openapi.ts';

// Routes still answering without a response schema. The list only shrinks: give a route its
// schema (in packages/domain, beside its request schema) and take it off the list.
const WITHOUT_RESPONSE_SCHEMA = [
  // Added by issue 13 to modules not yet on the contract; they go when their module is ported.
  'GET /api/v1/audit',
  'GET /api/v1/decisions/:id/pdf',
];

const routes = allRoutes(loadConfig({}));
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('response schemas', () => {
  it('every route has a response schema, except those on the shrinking list', () => {
    const missing = routes.filter((r) => !r.response).map(key);
    expect(missing.filter((k) => !WITHOUT_RESPONSE_SCHEMA.includes(k))).toEqual([]);
  });

  it('a route on the list that has gained its schema is taken off the list', () => {
    const listed = new Set(WITHOUT_RESPONSE_SCHEMA);
    expect(routes.filter((r) => r.response && listed.has(key(r))).map(key)).toEqual([]);
    // And nothing stays listed that is no route at all.
    const all = new Set(routes.map(key));
    expect(WITHOUT_RESPONSE_SCHEMA.filter((k) => !all.has(k))).toEqual([]);
  });

  it('the OpenAPI document shows what a route answers, timestamps as strings', () => {
    const doc = buildOpenApi(routes) as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
    };
    const ok = doc.paths['/api/v1/persons/{id}']?.get?.responses['200'] as {
      content: { 'application/json': { schema: { properties: Record<string, { type?: string }> } } };
    };
    const props = ok.content['application/json'].schema.properties;
    expect(props.surname?.type).toBe('string');
    expect(props.createdAt?.type).toBe('string');
    expect(props.history?.type).toBe('array');
    expect(doc.paths['/api/v1/households']?.post?.responses['201']?.content).toBeDefined();
  });
});
