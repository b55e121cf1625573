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

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': state.locale };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const screen = screenOf(window.location.pathname);
  if (screen) headers['X-Ostoja-Purpose'] = screen;
  let res: Response;
  try {
    res = await fetch(path, {
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
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = (json as { error?: Record<string, unknown> } | null)?.error ?? {};
    const { code, message, fields, ...extra } = err as {
      code?: string;
      message?: string;
      fields?: FieldError[];
    };
    if (res.status === 401 && path !== '/api/v1/auth/login' && path !== '/api/v1/auth/me')
      state.onUnauthenticated();
    throw new ApiError(res.status, code ?? 'http', message ?? res.statusText, fields ?? [], extra);
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

/** Every list of the API answers one page in this envelope. */
export type Page<T> = ListPage<T>;
