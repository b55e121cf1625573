import type { FastifyRequest } from 'fastify';
import { type AppError, badRequest } from './errors.ts';

// Bad input that got past a route's schema and was refused by PostgreSQL, and NUL bytes, which
// PostgreSQL cannot store: both are the client's mistake, answered 400 naming the field, never 500.

type Path = (string | number)[];

/** Every string in the request with the field it came in: path and query by name, body by its path. */
function* inputs(req: FastifyRequest): Generator<[string, string]> {
  for (const [where, value] of [
    ['params', req.params],
    ['query', req.query],
    ['body', req.body],
  ] as const)
    yield* walk(value, where === 'body' ? [] : [], 0);
}

function* walk(v: unknown, path: Path, depth: number): Generator<[string, string]> {
  if (typeof v === 'string') yield [path.join('.'), v];
  else if (typeof v === 'number' || typeof v === 'bigint') yield [path.join('.'), String(v)];
  else if (v && typeof v === 'object' && depth < 8 && !Buffer.isBuffer(v))
    for (const [k, child] of Object.entries(v))
      yield* walk(child, [...path, Array.isArray(v) ? Number(k) : k], depth + 1);
}

/** The fields of the request whose value matches; the first of them named, or none. */
function fieldsWhere(req: FastifyRequest, match: (value: string) => boolean): string[] {
  const found: string[] = [];
  for (const [path, value] of inputs(req)) if (path && match(value)) found.push(path);
  return found.slice(0, 1);
}

const snake = (column: string) => column.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

/** The value PostgreSQL quotes in its message (`…: "abc"`, `value "12" is out of range`). */
const quoted = (message: string) => /"((?:[^"\\]|\\.)*)"/.exec(message)?.[1];

/**
 * A PostgreSQL error caused by the request's values, as a 400 naming the field whose value caused
 * it where the error lets us tell; null for anything else (a fault of ours stays a 500).
 */
export function inputErrorOf(
  err: { code?: unknown; message: string; detail?: unknown },
  req: FastifyRequest,
) {
  const code = typeof err.code === 'string' ? err.code : '';
  const error = (message: string, fields: string[]) =>
    fields.length ? badRequest(fields.map((path) => ({ path, message }))) : badRequest([], message);
  switch (code) {
    // invalid_text_representation, datetime/interval overflow, invalid datetime format, numeric out of range
    case '22P02':
    case '22008':
    case '22007':
    case '22015':
    case '22003': {
      const value = quoted(err.message);
      return error('validation.invalid', value === undefined ? [] : fieldsWhere(req, (v) => v === value));
    }
    // string_data_right_truncation: "value too long for type character varying(200)"
    case '22001': {
      const max = Number(/\((\d+)\)/.exec(err.message)?.[1] ?? Number.POSITIVE_INFINITY);
      return error(
        `validation.tooLong?max=${max}`,
        fieldsWhere(req, (v) => [...v].length > max),
      );
    }
    // character_not_in_repertoire / untranslatable_character: NUL and the like
    case '22021':
    case '22P05':
      return error(
        'validation.invalidCharacters',
        fieldsWhere(req, (v) => v.includes('\u0000')),
      );
    // foreign_key_violation: "Key (org_unit_id)=(…) is not present in table …": the record named does not exist
    case '23503': {
      const m = /Key \(([^)]+)\)=\(([^)]*)\)/.exec(String(err.detail ?? ''));
      if (!m || !String(err.detail).includes('is not present')) return null;
      const byValue = fieldsWhere(req, (v) => v === m[2]);
      return error('validation.invalidOption', byValue.length ? byValue : [snake(m[1]!)]);
    }
    // check_violation, not_null_violation: a value the table refuses
    case '23514':
    case '23502':
      return error('validation.invalid', []);
    default:
      return null;
  }
}

/** Where a NUL byte came in: the query parameter, the path, or the body field; null when none did. */
export function nulByteError(req: FastifyRequest): AppError | null {
  const [path = '', query = ''] = req.raw.url?.split('?') ?? [];
  const nul = (s: string) => s.includes('\u0000') || s.includes('%00');
  if (nul(path)) return badRequest([{ path: 'path', message: 'validation.invalidCharacters' }]);
  if (nul(query)) {
    let name = 'query';
    try {
      for (const [k, v] of new URLSearchParams(query))
        if (k.includes('\u0000') || v.includes('\u0000')) {
          name = k.split('\u0000').join('') || 'query';
          break;
        }
    } catch {
      // a malformed query is named as a whole
    }
    return badRequest([{ path: name, message: 'validation.invalidCharacters' }]);
  }
  return null;
}

/** A NUL byte anywhere in a parsed JSON body, named by its field. */
export function nulInBody(req: FastifyRequest): AppError | null {
  if (req.body === undefined || req.body === null || typeof req.body !== 'object') return null;
  for (const [path, value] of walk(req.body, [], 0))
    if (value.includes('\u0000'))
      return badRequest([{ path: path || 'body', message: 'validation.invalidCharacters' }]);
  return null;
}
