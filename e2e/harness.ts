// Browser-test harness: a fresh PostgreSQL database per test file, the real server built
// in-process on a random port and serving the built web app, and Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { type Db, openPostgres } from '../apps/server/src/db/db.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { userId } from '../apps/server/src/modules/family-support/routes.examples.ts';
import { DEMO_PASSWORD, seedDemo } from '../apps/server/src/seed/demo.ts';
import { staffContext } from '../apps/server/src/test/route-examples.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB_DIST = join(ROOT, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export { DEMO_PASSWORD };

export interface Harness {
  baseUrl: string;
  context: BrowserContext;
  db: Db;
  /** A new tab; console errors and uncaught exceptions are collected in `pageErrors`. */
  newPage(): Promise<Page>;
  pageErrors: string[];
  /** "path: Missing translation: key" for each key a screen showed instead of its text. */
  missingTexts: Set<string>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment for the server's config (e.g. OSTOJA_LOGIN_LOCK_AFTER). */
  env?: Record<string, string>;
}

/** Builds apps/web when there is no build yet (scripts/test.sh builds it before the suite). */
function ensureWebBuilt(): void {
  if (existsSync(join(WEB_DIST, 'index.html')) && process.env.E2E_BUILD !== '1') return;
  execFileSync('npm', ['run', 'build', '--silent', '-w', 'apps/web'], { cwd: ROOT, stdio: 'inherit' });
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      'DATABASE_URL must point at a PostgreSQL server for the browser tests (scripts/test.sh starts one).',
    );
  return url;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  ensureWebBuilt();
  const serverUrl = databaseUrl();
  const dbName = `e2e_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(serverUrl, 1);
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(serverUrl);
  url.pathname = `/${dbName}`;
  const db = openPostgres(url.toString());
  const cleanups: (() => Promise<unknown>)[] = [
    async () => {
      // pg's pool.end() resolves before its sockets have closed; a FORCE drop that kills a closing
      // connection makes the pool emit an unhandled 'error'. Wait for the connections to go first.
      for (let i = 0; i < 50; i++) {
        const r = await admin.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [dbName],
        );
        if (r.rows[0]?.n === 0) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.close();
    },
    () => db.close(),
  ];
  const profile = mkdtempSync(join(tmpdir(), 'ostoja-e2e-'));
  cleanups.unshift(async () => rmSync(profile, { recursive: true, force: true }));
  const close = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e: unknown) => console.error('teardown:', e));
  };
  try {
    await migrate(db);
    await seedDemo(db);
    const config = loadConfig({ ...process.env, ...opts.env, OSTOJA_WEB_DIST: WEB_DIST });
    const { app } = await buildApp(db, config);
    await app.listen({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => app.close());
    const { port } = app.server.address() as AddressInfo;
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 900 },
      locale: 'pl-PL',
      timezoneId: 'Europe/Warsaw',
    });
    cleanups.push(() => context.close());
    const pageErrors: string[] = [];
    const missingTexts = new Set<string>();
    const watch = (page: Page) => {
      page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
      // Anything the Content-Security-Policy blocked (an inline script or style, eval) is a bug too.
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) pageErrors.push(`${page.url()}: ${m.text()}`);
        // A key shown instead of its text (the screen's strings were not loaded).
        if (m.text().startsWith('Missing translation: '))
          missingTexts.add(`${new URL(page.url()).pathname}: ${m.text()}`);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    return {
      baseUrl: `http://127.0.0.1:${port}`,
      context,
      db,
      pageErrors,
      missingTexts,
      async newPage() {
        return context.newPage();
      },
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

// The one set-up of a browser test file: `useHarness()` starts the server and a tab before the
// file's tests and closes them after. `h` and `page` are ES module live bindings: a file imports
// them and reads the values set here in beforeAll (one module instance per test file).
export let h: Harness;
export let page: Page;

/** Registers the file's beforeAll/afterAll; a file's own beforeAll, registered later, runs after it. */
export function useHarness(opts: HarnessOptions = {}): void {
  beforeAll(async () => {
    h = await startHarness(opts);
    page = await h.newPage();
  });
  afterAll(async () => {
    const missing = [...(h?.missingTexts ?? [])];
    await h?.close();
    // Every screen the file visited showed its texts, not their keys.
    expect(missing).toEqual([]);
  });
}

/** Follows a link and waits for the new screen's heading (by default the link's name). */
export async function openLink(p: Page, link: string | RegExp, heading: string | RegExp = link) {
  await p.getByRole('link', { name: link }).click();
  await p.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Finds a person in the registry search of an application form and picks the one named `firstName`. */
export async function pickPerson(p: Page, query: string, firstName: string) {
  await p.getByRole('searchbox', { name: /Znajdź osobę w rejestrze/ }).fill(query);
  await p.getByRole('button', { name: 'Szukaj' }).click();
  await p.getByRole('button', { name: new RegExp(`Wybierz.*${firstName}`) }).click();
}

/** A fixture acting as the demo user `login`, for set-ups through the services (not the screens). */
export async function staffAs(login: string) {
  const id = await userId(h.db, login);
  return { staff: () => staffContext(h.db, id) };
}

/** Opens a screen from the main menu and waits for its heading (most screens' heading is the link's name). */
export async function openFromMenu(p: Page, link: string, heading: string | RegExp = link) {
  await p.getByRole('navigation', { name: 'Menu główne' }).getByRole('link', { name: link }).click();
  await p.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** Signs in through the (Polish) login form and waits for the role's landing page ("Moja praca", the director's dashboard). */
export async function login(page: Page, baseUrl: string, who: string, password = DEMO_PASSWORD) {
  // Tabs of one browser context share cookies: start from a signed-out state.
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('textbox', { name: 'Login', exact: true }).fill(who);
  await page.getByRole('textbox', { name: 'Hasło', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Zaloguj się' }).click();
  const landing = who === 'dyrektor' ? 'Pulpit dyrektora' : 'Moja praca';
  await page.getByRole('heading', { level: 1, name: landing }).waitFor();
}

/** A random whole number below `n` (random names and numbers keep reruns on a kept database apart). */
export const rnd = (n: number) => Math.floor(Math.random() * n);

/** The text of the elements an input's aria-describedby points at (its hint and its error). */
export async function description(p: Page, selector: string): Promise<string> {
  return p.locator(selector).evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
}

export interface AxeProblem {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** axe-core against WCAG 2.1 A and AA; the violations, compactly, so a failing test says what and where. */
export async function axeViolations(page: Page): Promise<AxeProblem[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Fails the test with the page's WCAG 2.1 AA violations, if axe finds any. */
export async function expectAccessible(p: Page) {
  expect(await axeViolations(p), `axe on ${p.url()}`).toEqual([]);
}

/** A demo applicant: the person, with the number of their application. */
export interface VisitedApplicant {
  id: string;
  pesel: string;
  firstName: string;
  surname: string;
  number: string;
}

/**
 * The applicant of a demo application whose latest home visit (`w`: members, farm_hectares) counted
 * them, still in that household, newest application first; `more` narrows it (SQL over p, a, w).
 */
export async function visitedApplicant(more = 'true'): Promise<VisitedApplicant> {
  const r = await h.db.query<VisitedApplicant>(
    `SELECT p.id, p.pesel, p.first_name AS "firstName", p.surname, a.number FROM application a
       JOIN person p ON p.id = a.applicant_id
       JOIN household_membership m ON m.person_id = p.id AND m.household_id = a.household_id AND m.valid_to IS NULL
       JOIN LATERAL (SELECT w.members, w.farm_hectares FROM wywiad w WHERE w.application_id = a.id
                      ORDER BY w.visited_on DESC, w.created_at DESC LIMIT 1) w ON true
      WHERE p.pesel IS NOT NULL AND a.submitted_on <= current_date
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(w.members) e WHERE e->>'personId' = p.id::text)
        AND (${more})
      ORDER BY a.submitted_on DESC, a.id LIMIT 1`,
  );
  if (!r.rows[0]) throw new Error(`no demo applicant with ${more}`);
  return r.rows[0];
}
