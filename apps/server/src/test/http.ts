import type { TestApp } from './db.ts';

/** Requests to the test app as a session (its cookie): `http(t).post(url, cookie, body)`. */
export function http(t: TestApp) {
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  return {
    get: (url: string, cookie: string) => call('GET', url, cookie),
    post: (url: string, cookie: string, payload: object = {}) => call('POST', url, cookie, payload),
    put: (url: string, cookie: string, payload: object) => call('PUT', url, cookie, payload),
  };
}

/**
 * Requests as residents on the public pages of the app `app()` gives: a POST comes from an address
 * of its own (10.`net`.x.y) unless `from` names one, so the per-IP brakes do not interfere; the
 * session cookie and the language only when given.
 */
export function residentHttp(app: () => TestApp, net: number) {
  let n = 0;
  const headers = (cookie?: string, lang?: string) => ({
    ...(cookie ? { cookie } : {}),
    ...(lang ? { 'accept-language': lang } : {}),
  });
  return {
    post: (url: string, payload: object, o: { cookie?: string; from?: string; lang?: string } = {}) =>
      app().app.inject({
        method: 'POST',
        url,
        payload,
        remoteAddress: o.from ?? `10.${net}.${Math.floor(++n / 250)}.${n % 250}`,
        headers: headers(o.cookie, o.lang),
      }),
    get: (url: string, query: Record<string, string> = {}, cookie?: string, lang?: string) =>
      app().app.inject({ method: 'GET', url, query, headers: headers(cookie, lang) }),
  };
}
