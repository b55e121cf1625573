import { describe, expect, it } from 'vitest';
import { benefitsStaffApp } from '../../test/staff-app.ts';
import { cardBody, largeFamily } from './test-family.ts';
import { onlineBody } from './test-online.ts';

// The Karta Dużej Rodziny applied for on the portal: a resident files it without signing in, the
// clerk finds it among the KDR module's online applications and registers it.
const s = benefitsStaffApp();
const { who, fx, call } = s;
let n = 0;
const PORTAL = '/api/v1/portal/large-family-card-applications';
const BASE = '/api/v1/large-family-cards';
const count = async () =>
  (await s.t.db.query('SELECT count(*)::int AS c FROM large_family_card_online_application')).rows[0]!
    .c as number;

describe('a resident applies on the portal', () => {
  it('files without signing in, gets an E/ reference and the attachments still to bring; the clerk sees it', async () => {
    const res = await call('POST', PORTAL, null, onlineBody(++n));
    expect(res.statusCode).toBe(201);
    const filed = res.json();
    expect(filed.reference).toMatch(/^E\/\d{4}\/\d{5}$/);
    expect(filed.id).toBeUndefined();
    expect(filed.attachmentsNeeded).toEqual(['identity', 'schoolCertificate', 'disabilityCertificate']);
    expect(filed.attachmentsMissing).toEqual(['disabilityCertificate']);

    const list = await call('GET', `${BASE}/online-applications`, who.swiadczenia!);
    expect(list.statusCode).toBe(200);
    const row = list.json().items.find((i: { reference: string }) => i.reference === filed.reference);
    expect(row).toMatchObject({
      applicantName: `Ola Portalowa-${n}`,
      members: 4,
      status: 'received',
      applicationId: null,
    });
    const one = await call('GET', `${BASE}/online-applications/${row.id}`, who.swiadczenia!);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      familyQualifies: true,
      phone: '600100200',
      attachments: ['identity', 'schoolCertificate'],
      attachmentsMissing: ['disabilityCertificate'],
    });
    expect(one.json().familyMembers.map((m: { firstName: string }) => m.firstName)).toEqual([
      'Ola',
      'Kuba',
      'Lena',
      'Mia',
    ]);
    const read = await s.t.db.query(
      `SELECT count(*)::int AS c FROM audit_log WHERE entity = 'largeFamilyCardOnlineApplication' AND entity_id = $1`,
      [row.id],
    );
    expect(read.rows[0]!.c).toBe(1);
  });

  it('answers 400 naming each bad field, in the resident’s language, and keeps nothing', async () => {
    const before = await count();
    const body = onlineBody(++n);
    body.members[0]!.role = 'child';
    body.members[1]!.birthDate = '03.03.2007';
    const res = await call('POST', PORTAL, null, body, 'en');
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields;
    expect(fields).toContainEqual({
      path: 'members.0.role',
      message: "The application is made by a parent or a parent's spouse — enter them first.",
    });
    expect(fields.map((f: { path: string }) => f.path)).toContain('members.1.birthDate');
    const noDeclaration = await call('POST', PORTAL, null, { ...onlineBody(++n), declaration: false });
    expect(noDeclaration.statusCode).toBe(400);
    expect(noDeclaration.json().error.fields[0].path).toBe('declaration');
    expect(await count()).toBe(before);
  });

  it('is read by the benefits section only: a social worker gets 403, nobody signed out 401', async () => {
    expect((await call('GET', `${BASE}/online-applications`, who.pracownik!)).statusCode).toBe(403);
    expect((await call('GET', `${BASE}/online-applications`, null)).statusCode).toBe(401);
    expect((await call('GET', `${BASE}/online-applications`, who.dyrektor!)).statusCode).toBe(200);
  });
});

describe('the clerk registers it', () => {
  it('marks the portal application registered with the card application, and refuses to register it twice', async () => {
    const filed = (await call('POST', PORTAL, null, onlineBody(++n))).json();
    const list = (await call('GET', `${BASE}/online-applications`, who.swiadczenia!)).json();
    const id = list.items.find((i: { reference: string }) => i.reference === filed.reference).id;
    const f = await largeFamily(fx(), 500 + n);
    const res = await call('POST', `${BASE}/applications`, who.swiadczenia!, {
      ...cardBody(f),
      onlineApplicationId: id,
    });
    expect(res.statusCode).toBe(201);
    const one = (await call('GET', `${BASE}/online-applications/${id}`, who.swiadczenia!)).json();
    expect(one).toMatchObject({ status: 'registered', applicationId: res.json().id });

    const cards = async () =>
      (await s.t.db.query('SELECT count(*)::int AS c FROM large_family_card')).rows[0]!.c as number;
    const before = await cards();
    const g = await largeFamily(fx(), 600 + n);
    const twice = await call('POST', `${BASE}/applications`, who.swiadczenia!, {
      ...cardBody(g),
      onlineApplicationId: id,
    });
    expect(twice.statusCode).toBe(409);
    expect(await cards()).toBe(before);
  });
});
