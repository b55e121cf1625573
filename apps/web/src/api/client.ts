import type { FieldError, Locale } from '@ostoja/domain';
import type { ListPage } from '@ostoja/domain/shared/list';
import type { z } from 'zod';
import { screenOf } from './purpose.ts';

/** An error answered by the API: `{"error":{code,message,fields,...}}`, already translated. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface ClientState {
  locale: Locale;
  onUnauthenticated: () => void;
}

const state: ClientState = { locale: 'pl', onUnauthenticated: () => {} };

/** The UI's language goes with every request, so the server's messages come back in it. */
export function setApiLocale(locale: Locale): void {
  state.locale = locale;
}

/** Called on every 401 except the login itself: the session ended, the app goes to the login page. */
export function setUnauthenticatedHandler(fn: () => void): void {
  state.onUnauthenticated = fn;
}

export type Query = Record<string, string | number | null | undefined>;

export function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/**
 * Sends a request in the UI's language with its JSON body, if any. A request that never reached the
 * server is an ApiError with status 0 (`network`); a cancelled one stays an AbortError.
 */
export async function send(
  method: string,
  path: string,
  locale: Locale,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
  signal?: AbortSignal,
): Promise<Response> {
  const headers: Record<string, string> = { ...extraHeaders, 'Accept-Language': locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', '');
  }
}

/** The error of a failed answer, from its body `{"error":{code,message,fields,...}}` (if it has one). */
export function errorOf(res: Response, json: unknown): ApiError {
  const err = (json as { error?: Record<string, unknown> } | null)?.error ?? {};
  const { code, message, fields, ...extra } = err as {
    code?: string;
    message?: string;
    fields?: FieldError[];
  };
  return new ApiError(res.status, code ?? 'http', message ?? res.statusText, fields ?? [], extra);
}

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const screen = screenOf(window.location.pathname);
  if (screen) headers['X-Ostoja-Purpose'] = screen;
  const res = await send(method, path, state.locale, body, headers, signal);
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    if (res.status === 401 && path !== '/api/v1/auth/login' && path !== '/api/v1/auth/me')
      state.onUnauthenticated();
    throw errorOf(res, json);
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

/** What a request body may be before the schema the server runs parses it (dates as text…). */
export type In<S extends z.ZodType> = z.input<S>;

/** A list's page request: the cursor the server gave and how many rows. */
export type PageQuery = { after?: string | undefined; limit: number };

/**
 * The calls every module's client repeats, made from the path once: a list page with its query in
 * the URL, and a record by its id.
 */
export const pageOf =
  <T, Q extends object = PageQuery>(path: string) =>
  (query: Q, signal?: AbortSignal) =>
    api.get<T>(withQuery(path, query as Query), signal);
export const byId =
  <T>(path: string) =>
  (id: string, signal?: AbortSignal) =>
    api.get<T>(`${path}/${id}`, signal);
/** A new record (or a setting): the body posted to the list's own path. */
export const postTo =
  <T, B>(path: string) =>
  (body: B) =>
    api.post<T>(path, body);
/** A read of the path alone, nothing to choose (the caseload, a module's deadlines). */
export const getAt =
  <T>(path: string) =>
  (signal?: AbortSignal) =>
    api.get<T>(path, signal);
/** A list's page under one record (`/facilities/{id}/enrolments`), its query in the URL. */
export const pageUnder =
  <T, Q extends object = PageQuery>(path: string, list: string) =>
  (id: string, query: Q, signal?: AbortSignal) =>
    api.get<T>(withQuery(`${path}/${id}/${list}`, query as Query), signal);
/** A change to a record: the body posted to an action under the record's path (`/case-files/{id}/notes`). */
export const postOn =
  <T, S extends z.ZodType>(path: string, action: string) =>
  (id: string, body: In<S>) =>
    api.post<T>(`${path}/${id}/${action}`, body);

/** Every list of the API answers one page in this envelope. */
export type Page<T> = ListPage<T>;
