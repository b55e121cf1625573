import { afterAll, beforeAll } from 'vitest';
import { userId } from '../modules/family-support/routes.examples.ts';
import { createTestApp, type TestApp } from './db.ts';
import { staffContext } from './route-examples.ts';

/**
 * A test file's app on its own database, with sessions of the demo logins given (`who[login]` is
 * the cookie) and the fixtures' use cases run as the `staff` login; closed after the file.
 */
export function staffApp(opts: {
  logins: string[];
  staff: string;
  app?: Parameters<typeof createTestApp>[0];
}) {
  let t: TestApp | undefined;
  const who: Record<string, string> = {};
  let staffId = '';
  beforeAll(async () => {
    t = await createTestApp(opts.app);
    for (const login of opts.logins) who[login] = await t.login(login);
    staffId = await userId(t.db, opts.staff);
  });
  afterAll(() => t?.close());
  const app = () => t!;
  return {
    get t() {
      return app();
    },
    who,
    /** The fixtures' context: use cases as the staff login, and the database. */
    fx: () => ({ staff: () => staffContext(app().db, staffId), q: app().db }),
    /** A request with a session cookie (none: anonymous) in the language given. */
    call: (method: 'GET' | 'POST', url: string, cookie: string | null, payload?: object, lang = 'pl') =>
      app().app.inject({
        method,
        url,
        headers: { ...(cookie ? { cookie } : {}), 'accept-language': lang },
        ...(payload ? { payload } : {}),
      }),
  };
}

/** The benefits section's app: its clerk runs the fixtures; the director, the auditor and a social worker sign in. */
export const benefitsStaffApp = () =>
  staffApp({
    logins: ['swiadczenia', 'dyrektor', 'pracownik', 'audytor'],
    staff: 'swiadczenia',
    app: { caseload: false },
  });
