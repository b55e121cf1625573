import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { allRoutes } from '../modules/index.ts';
import { buildOpenApi } from './openapi.ts';

const routes = allRoutes(loadConfig({}));
const key = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

describe('response schemas', () => {
  it('every route has a response schema (a file answers with PdfFile, CsvFile or FileBody)', () => {
    expect(routes.filter((r) => !r.response).map(key)).toEqual([]);
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
