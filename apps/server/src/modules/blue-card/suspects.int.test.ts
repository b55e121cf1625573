import { makePesel } from '@ostoja/domain/shared/pesel';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { type Call, type Family, familyApp, nkA } from './test-helpers.ts';

// NK-A from the police, who know the person suspected of violence only by name: the procedure
// opens flagged incomplete, and the team completes the record later.

let t: TestApp;
let call: Call;
let worker: string; // pracownik: opens the procedure
let outsider: string; // asystent: may work on procedures, but not on this one
let f: Family;

familyApp(['pracownik', 'asystent'], (a) => {
  ({ t, call, f } = a);
  [worker, outsider] = a.sessions as [string, string];
});

const byName = {
  firstName: 'Zenon',
  surname: 'Nieustalony',
  address: 'Pruszków, ul. Kraszewskiego (nr nieznany)',
  description: 'Ok. 45 lat, partner pokrzywdzonej, nie mieszka z rodziną.',
};
const police = { kind: 'police', name: 'sierż. Anna Patrolowa', institution: 'KPP w Pruszkowie' };

describe('NK-A with the suspect known only by name', () => {
  it('was refused as a registry person without PESEL or document, and is accepted as an incomplete record', async () => {
    const { participants, ...rest } = nkA(f.victim, f.child);
    const victimOnly = participants.filter((p) => 'personId' in p);
    // As a registry person the name alone is not enough (PESEL or an identity document).
    const asPerson = await call('POST', '/api/v1/blue-cards', worker, {
      ...rest,
      initiator: police,
      participants: [...victimOnly, { person: byName, role: 'perpetrator' }],
    });
    expect(asPerson.statusCode).toBe(400);

    const persons = async () => (await t.db.query('SELECT 1 FROM person')).rowCount;
    const before = await persons();
    const opened = await call('POST', '/api/v1/blue-cards', worker, {
      ...rest,
      initiator: police,
      participants: victimOnly,
      suspects: [byName],
    });
    expect(opened.statusCode).toBe(201);
    const p = opened.json();
    expect(p.incomplete).toBe(true);
    expect(p.suspects).toEqual([
      expect.objectContaining({
        ...byName,
        birthDate: null,
        sex: null,
        personId: null,
        recordedOn: '2026-11-06',
      }),
    ]);
    // Nothing half-identified enters the registry.
    expect(await persons()).toBe(before);
    // Still one victim and one suspect are required.
    const none = await call('POST', '/api/v1/blue-cards', worker, { ...rest, participants: victimOnly });
    expect(none.json().error.fields).toContainEqual(
      expect.objectContaining({
        path: 'participants',
        message: expect.stringContaining('podejrzewaną o stosowanie'),
      }),
    );

    const suspectId = p.suspects[0].id;
    const url = `/api/v1/blue-cards/${p.id}/suspects/${suspectId}/completion`;
    const identified = {
      on: '2026-11-10',
      person: { pesel: makePesel('1981-02-03', 'M', 412), firstName: 'Zenon', surname: 'Nieustalony' },
    };
    // Outside the procedure's team the procedure does not exist.
    expect((await call('POST', url, outsider, identified)).statusCode).toBe(404);
    const empty = await call('POST', url, worker, { on: '2026-11-10' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0].path).toBe('personId');

    const done = await call('POST', url, worker, identified);
    expect(done.statusCode).toBe(200);
    const q = done.json();
    expect(q.incomplete).toBe(false);
    expect(q.suspects[0]).toMatchObject({ completedOn: '2026-11-10', personId: expect.any(String) });
    expect(q.participants).toContainEqual(
      expect.objectContaining({ firstName: 'Zenon', surname: 'Nieustalony', roles: ['perpetrator'] }),
    );
    expect(q.actions.at(-1)).toMatchObject({ type: 'addParticipant', payload: { suspectId } });
    const again = await call('POST', url, worker, identified);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('suspectCompleted');
  });
});
