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
