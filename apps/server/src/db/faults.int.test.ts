import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../modules/audit/chain-repo.ts';
import { createTestApp, type TestApp } from '../test/db.ts';
import { http } from '../test/http.ts';

// Faults of the database under the app, made real (no mock of our code): a statement held up by a
// lock past the statement timeout answers 503 in bounded time; the disk of the tablespace holding
// the uploaded files runs full (a 512 kB tmpfs) and the upload answers 507 with nothing
// half-written. After each, the data are whole and the audit chain verifies.
let t: TestApp;
let worker: string;
let admin: string;
const TIMEOUT_MS = 1500;

beforeAll(async () => {
  t = await createTestApp({ env: { OSTOJA_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) } });
  worker = await t.login('pracownik');
  admin = await t.login('admin');
});
afterAll(() => t?.close());

// A person the social worker sees: outside both sealed compartments (ids are random, so the first by
// id was sometimes a Niebieska Karta or commission person, answered as missing after the lock).
const anyPerson = async () =>
  (
    await t.db.query<{ id: string; version: number; pesel: string; firstName: string }>(
      `SELECT id, version, pesel, first_name AS "firstName" FROM person p WHERE pesel IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM blue_card_person s WHERE s.person_id = p.id AND s.sealed)
          AND NOT EXISTS (SELECT 1 FROM alcohol_proceeding ap WHERE ap.person_id = p.id AND ap.sealed)
        ORDER BY id LIMIT 1`,
    )
  ).rows[0]!;

describe('a slow database', () => {
  it('answers 503 with Retry-After once the statement timeout passes, not a hung request; nothing is lost', async () => {
    const p = await anyPerson();
    const auditRows = async () =>
      (await t.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log')).rows[0]!.n;
    const before = await auditRows();
    await t.owner.tx(async (q) => {
      // Another session holds the table (a long migration, a stuck report): every read of it waits.
      await q.query('LOCK TABLE person IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const read = await t.app.inject({
        method: 'GET',
        url: `/api/v1/persons/${p.id}`,
        headers: { cookie: worker },
      });
      const took = Date.now() - started;
      expect(read.statusCode).toBe(503);
      expect(read.headers['retry-after']).toBe('5');
      expect(read.json().error.code).toBe('databaseTimeout');
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 100);
      expect(took).toBeLessThan(TIMEOUT_MS + 5000);
      const write = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/persons/${p.id}`,
        headers: { cookie: worker },
        payload: { person: { pesel: p.pesel, firstName: p.firstName, surname: 'Wolna' }, version: p.version },
      });
      expect(write.statusCode, write.body).toBe(503);
    });
    // Neither the read's audit row nor the edit was half-written; the same requests work again.
    expect(await auditRows()).toBe(before);
    expect((await anyPerson()).version).toBe(p.version);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/persons/${p.id}`,
      headers: { cookie: worker },
    });
    expect(again.statusCode).toBe(200);
    expect((await verifyAuditChain(t.owner)).broken).toBeNull();
  });
});

/** Root, and the PostgreSQL server on this machine (its data directory visible here): a tmpfs can be given to it. */
async function canMountForServer() {
  if (process.getuid?.() !== 0) return null;
  const dir = (await t.owner.query<{ d: string }>(`SELECT current_setting('data_directory') AS d`)).rows[0]!
    .d;
  return existsSync(dir) ? statSync(dir) : null;
}

describe('the disk of the uploaded files full', () => {
  it('answers 507, keeps the upload as it was before the part, and takes the part once there is room', async (ctx) => {
    const server = await canMountForServer();
    // Needs root to mount a tmpfs and a local server to give it to (as `npm test` runs); said, not hidden.
    if (!server)
      return ctx.skip(`needs root and the PostgreSQL server on this machine (uid ${process.getuid?.()})`);
    const dir = mkdtempSync('/tmp/ostoja-full-');
    const space = `full_${(await t.owner.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db}`;
    execFileSync('mount', [
      '-t',
      'tmpfs',
      '-o',
      `size=512k,uid=${server.uid},gid=${server.gid},mode=700`,
      'tmpfs',
      dir,
    ]);
    try {
      await t.owner.query(`CREATE TABLESPACE ${space} LOCATION '${dir}'`);
      await t.owner.query(`ALTER TABLE portal_document SET TABLESPACE ${space}`);
      // Random bytes: PostgreSQL compresses what it can, and a file of one repeated byte fills nothing.
      const pdf = Buffer.concat([
        Buffer.from('%PDF-1.4\n%'),
        randomBytes(600_000 - 17),
        Buffer.from('\n%%EOF\n'),
      ]);
      const first = 300_000;
      const created = await http(t).post('/api/v1/portal-content/documents', admin, {
        category: 'report',
        texts: { pl: { title: 'Sprawozdanie', description: 'Roczne.' } },
        fileName: 'sprawozdanie.pdf',
        size: pdf.length,
        data: pdf.subarray(0, first).toString('base64'),
      });
      expect(created.statusCode).toBe(201);
      const id: string = created.json().id;
      const rest = { offset: first, data: pdf.subarray(first).toString('base64') };
      /** The administrator sends the rest of the document. */
      const sendRest = () =>
        t.app.inject({
          method: 'POST',
          url: `/api/v1/portal-content/documents/${id}/parts`,
          headers: { cookie: admin },
          payload: rest,
        });
      const full = await sendRest();
      expect(full.statusCode).toBe(507);
      expect(full.json().error).toMatchObject({
        code: 'insufficientStorage',
        message: expect.stringMatching(/miejsca/),
      });
      const stored = async () =>
        (
          await t.owner.query<{ n: number; sha: string | null }>(
            'SELECT octet_length(data) AS n, sha256 AS sha FROM portal_document WHERE id = $1',
            [id],
          )
        ).rows[0]!;
      expect(await stored()).toEqual({ n: first, sha: null });

      execFileSync('mount', ['-o', 'remount,size=16m', dir]);
      const ok = await sendRest();
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({ complete: true, received: pdf.length });
      expect((await stored()).n).toBe(pdf.length);
      expect((await verifyAuditChain(t.owner)).broken).toBeNull();
    } finally {
      await t.owner.query('ALTER TABLE portal_document SET TABLESPACE pg_default').catch(() => {});
      await t.owner.query(`DROP TABLESPACE IF EXISTS ${space}`).catch(() => {});
      execFileSync('umount', [dir]);
      rmdirSync(dir);
    }
  });
});
