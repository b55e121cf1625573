import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { userId } from '../family-support/routes.examples.ts';
import { type Call, type Family, familyApp, nkA } from './test-helpers.ts';

let t: TestApp;
let call: Call;
let worker: string;
let chair: string;
let psych: string;
let admin: string;
let f: Family;

familyApp(['pracownik', 'niebieska', 'psycholog', 'admin'], (a) => {
  ({ t, call, f } = a);
  [worker, chair, psych, admin] = a.sessions as [string, string, string, string];
});

const staffId = (login: string) => userId(t.db, login);

describe('Niebieska Karta: time limits as data, and the diagnostic group’s make-up', () => {
  it('takes the time limits in force on the opening day, as the administrator set them', async () => {
    const period = {
      validFrom: '2027-01-01',
      chairTransferWorkingDays: 7,
      diagnosticGroupFormingWorkingDays: 3,
      firstMeetingWorkingDays: 10,
      monitoringMonthsNoGrounds: 9,
      monitoringMonthsViolenceStopped: 6,
      legalBasis: 'zweryfikowane terminy (przykład)',
    };
    expect((await call('POST', '/api/v1/blue-card-parameters', chair, period)).statusCode).toBe(403);
    expect((await call('POST', '/api/v1/blue-card-parameters', admin, period)).statusCode).toBe(201);
    expect((await call('POST', '/api/v1/blue-card-parameters', admin, period)).json().error.code).toBe(
      'periodExists',
    );
    const p = (await call('POST', '/api/v1/blue-cards', worker, nkA(f.victim, f.child, '2027-01-04'))).json();
    expect(p.number).toBe('NK/2027/0001');
    // 6 January (Trzech Króli) is a holiday.
    expect(p.deadlines.chairDue).toBe('2027-01-14');
    expect(p.parameters.chairTransferWorkingDays).toBe(7);
  });

  it('lets only the chair change the group; a removed member loses sight of the procedure', async () => {
    const p = (
      await call('POST', '/api/v1/blue-cards', worker, {
        ...nkA(f.victim, f.child),
        transferredToChairOn: '2026-11-06',
      })
    ).json();
    expect(p.status).toBe('withChair');
    const g = (
      await call('POST', `/api/v1/blue-cards/${p.id}/diagnostic-group`, chair, {
        on: '2026-11-09',
        members: [
          { staffUserId: await staffId('pracownik2'), institution: 'MOPS', kind: 'socialWorker' },
          { staffUserId: await staffId('psycholog'), institution: 'MOPS', kind: 'psychologist' },
          { fullName: 'asp. Jan Policyjny', institution: 'KPP', kind: 'police' },
        ],
      })
    ).json();
    const psychMember = g.diagnosticGroup.find(
      (m: { fullName: string }) => m.fullName === 'Łukasz Poradniczy',
    );
    expect((await call('GET', `/api/v1/blue-cards/${p.id}`, psych)).statusCode).toBe(200);
    const lastSw = g.diagnosticGroup.find((m: { kind: string }) => m.kind === 'socialWorker');
    /** The chair takes the member out of the diagnostic group on 10 November. */
    const removeMember = async (memberId: string) =>
      (
        await call('POST', `/api/v1/blue-cards/${p.id}/diagnostic-group-change`, chair, {
          on: '2026-11-10',
          remove: [memberId],
        })
      ).statusCode;
    expect(await removeMember(lastSw.id)).toBe(400);
    expect(await removeMember(psychMember.id)).toBe(200);
    expect((await call('GET', `/api/v1/blue-cards/${p.id}`, psych)).statusCode).toBe(404);
  });

  it('keeps the action log append-only in the database itself', async () => {
    const p = (await call('POST', '/api/v1/blue-cards', worker, nkA(f.victim, f.child))).json();
    for (const sql of [
      'UPDATE blue_card_action SET on_date = on_date + 1 WHERE procedure_id = $1',
      'DELETE FROM blue_card_action WHERE procedure_id = $1',
    ])
      await expect(t.db.query(sql, [p.id])).rejects.toThrow(/append-only/);
    expect((await call('GET', `/api/v1/blue-cards/${p.id}`, worker)).json().actions).toHaveLength(1);
  });
});
