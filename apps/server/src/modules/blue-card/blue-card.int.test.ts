import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/db.ts';
import { userId } from '../family-support/routes.examples.ts';
import { type Call, type Family, familyApp, heldMeeting, nkA, pdfText, perpetrator } from './test-helpers.ts';

let t: TestApp;
let call: Call;
let worker: string; // pracownik: opens the procedure (social worker, in the group)
let chair: string; // niebieska: chairs the interdisciplinary team
let psych: string; // psycholog: a group member
let director: string;
let f: Family;

familyApp(['pracownik', 'niebieska', 'psycholog', 'dyrektor'], (a) => {
  ({ t, call, f } = a);
  [worker, chair, psych, director] = a.sessions as [string, string, string, string];
});

const staffId = (login: string) => userId(t.db, login);

describe('Niebieska Karta from NK-A to the end of monitoring, through HTTP', () => {
  it('runs the whole procedure with computed deadlines, the disclosure rule and PDFs', async () => {
    const opened = await call('POST', '/api/v1/blue-cards', worker, nkA(f.victim, f.child));
    expect(opened.statusCode).toBe(201);
    const p = opened.json();
    const id: string = p.id;
    expect(p.number).toBe('NK/2026/0001');
    expect(p.status).toBe('opened');
    // Friday 6 Nov + 5 working days, 11 November a holiday.
    expect(p.deadlines.chairDue).toBe('2026-11-16');
    expect(p.pending).toEqual({ kind: 'chairTransfer', due: '2026-11-16' });
    expect(p.allowedActions).toEqual(['addParticipant', 'handOverFormB', 'transferToChair']);
    const perp = p.participants.find((x: { roles: string[] }) => x.roles.includes('perpetrator'));
    expect(perp).toMatchObject({
      firstName: 'Zbigniew',
      surname: 'Gwałtowny',
      pesel: perpetrator.pesel,
    });
    expect(p.participants.find((x: { personId: string }) => x.personId === f.child).roles).toEqual([
      'child',
      'witness',
    ]);

    const mine = (await call('GET', '/api/v1/blue-cards/deadlines', worker)).json();
    expect(mine.items).toContainEqual(
      expect.objectContaining({ procedureId: id, kind: 'chairTransfer', due: '2026-11-16' }),
    );

    expect(
      (
        await call('POST', `/api/v1/blue-cards/${id}/form-b`, worker, {
          personId: f.victim,
          on: '2026-11-06',
        })
      ).statusCode,
    ).toBe(200);
    const child = await call('POST', `/api/v1/blue-cards/${id}/form-b`, worker, {
      personId: f.child,
      on: '2026-11-06',
    });
    expect(child.json().error.fields[0]).toMatchObject({ path: 'personId' });

    const transferred = (
      await call('POST', `/api/v1/blue-cards/${id}/transfer`, worker, { on: '2026-11-10' })
    ).json();
    expect(transferred.status).toBe('withChair');
    expect(transferred.deadlines.diagnosticGroupDue).toBe('2026-11-16');

    const dash = (await call('GET', '/api/v1/blue-cards/dashboard', chair)).json();
    expect(dash.atRisk).toContainEqual(
      expect.objectContaining({ procedureId: id, kind: 'diagnosticGroupForming' }),
    );
    expect(dash.byStatus).toEqual({ withChair: 1 });
    expect((await call('GET', '/api/v1/blue-cards/dashboard', worker)).statusCode).toBe(403);

    const police = { fullName: 'asp. Marek Dzielnicowy', institution: 'KPP w Pruszkowie', kind: 'police' };
    const sw = {
      staffUserId: await staffId('pracownik'),
      institution: 'MOPS w Pruszkowie',
      kind: 'socialWorker',
    };
    const ps = {
      staffUserId: await staffId('psycholog'),
      institution: 'MOPS w Pruszkowie',
      kind: 'psychologist',
    };
    expect(
      (
        await call('POST', `/api/v1/blue-cards/${id}/diagnostic-group`, worker, {
          on: '2026-11-12',
          members: [sw, police],
        })
      ).statusCode,
    ).toBe(403);
    const noPolice = await call('POST', `/api/v1/blue-cards/${id}/diagnostic-group`, chair, {
      on: '2026-11-12',
      members: [sw, ps],
    });
    expect(noPolice.statusCode).toBe(400);
    expect(noPolice.json().error.fields).toEqual([
      { path: 'members', message: expect.stringContaining('Policji') },
    ]);
    const formed = (
      await call('POST', `/api/v1/blue-cards/${id}/diagnostic-group`, chair, {
        on: '2026-11-12',
        members: [sw, ps, police],
      })
    ).json();
    expect(formed.status).toBe('diagnosticGroupFormed');
    expect(formed.deadlines.firstMeetingDue).toBe('2026-11-26');

    // The psychologist sees the procedure now that he is in its group.
    expect((await call('GET', `/api/v1/blue-cards/${id}`, psych)).statusCode).toBe(200);
    const together = await call('POST', `/api/v1/blue-cards/${id}/meetings`, psych, {
      date: '2026-11-18',
      time: '10:00',
      place: 'MOPS, ul. Jasna 3',
      kind: 'group',
      invitedPersonIds: [f.victim, perp.personId],
    });
    expect(together.statusCode).toBe(400);
    const m1 = (
      await call('POST', `/api/v1/blue-cards/${id}/meetings`, psych, {
        date: '2026-11-18',
        time: '10:00',
        place: 'MOPS, ul. Jasna 3',
        kind: 'withVictim',
        invitedPersonIds: [f.victim],
        invitedOn: '2026-11-12',
      })
    ).json().meetings[0];
    expect(m1.invitedMemberIds).toHaveLength(3);
    // One invitation (zawiadomienie) per invited institution and person, each addressed to them alone.
    const invitation = async (inviteeId: string) => {
      const r = await call(
        'GET',
        `/api/v1/blue-cards/${id}/meetings/${m1.id}/invitations/${inviteeId}/pdf`,
        psych,
      );
      expect(r.statusCode).toBe(200);
      return pdfText(r.rawPayload);
    };
    const invitedMembers = (await call('GET', `/api/v1/blue-cards/${id}`, psych))
      .json()
      .diagnosticGroup.filter((x: { id: string }) => m1.invitedMemberIds.includes(x.id));
    const policeMember = invitedMembers.find(
      (x: { institution: string }) => x.institution === police.institution,
    );
    const toPolice = await invitation(policeMember.id);
    for (const s of [
      'ZAWIADOMIENIE',
      'Zawiadomienie o posiedzeniu grupy diagnostyczno-pomocowej',
      police.fullName,
      police.institution,
      'NK/2026/0001',
      '18.11.2026 r., godz. 10:00',
      'MOPS, ul. Jasna 3',
    ])
      expect(toPolice).toContain(s);
    const toVictim = await invitation(f.victim);
    expect(toVictim).toContain(`${f.firstName} ${f.surname}`);
    expect(toVictim).toContain('18.11.2026 r., godz. 10:00');
    expect(toVictim).not.toContain(police.fullName);
    // Someone not invited to this meeting (the person using violence) gets no invitation to it.
    expect(
      (
        await call(
          'GET',
          `/api/v1/blue-cards/${id}/meetings/${m1.id}/invitations/${perp.personId}/pdf`,
          psych,
        )
      ).statusCode,
    ).toBe(404);
    const held = (
      await call('POST', `/api/v1/blue-cards/${id}/meetings/${m1.id}/record`, psych, {
        heldOn: '2026-11-18',
        presentMemberIds: m1.invitedMemberIds,
        presentPersonIds: [f.victim],
        minutes: 'Pani ustaliła z grupą plan pomocy; zgłoszono potrzebę konsultacji prawnej.',
      })
    ).json();
    expect(held.status).toBe('inProgress');
    expect(held.pending).toBeNull();

    const planC = {
      kind: 'C',
      personId: f.victim,
      filledOn: '2026-11-18',
      situation: 'Przemoc fizyczna i psychiczna ze strony męża.',
      plan: [
        {
          action: 'Konsultacja prawna — zakaz zbliżania się',
          responsible: 'Łukasz Poradniczy',
          due: '2026-12-01',
        },
      ],
      agreedWithPerson: true,
    };
    expect(
      (
        await call('POST', `/api/v1/blue-cards/${id}/forms`, worker, { ...planC, personId: perp.personId })
      ).json().error.fields[0].path,
    ).toBe('personId');
    expect((await call('POST', `/api/v1/blue-cards/${id}/forms`, worker, planC)).statusCode).toBe(200);
    const m2 = await heldMeeting(call, id, worker, {
      date: '2026-11-19',
      time: '12:00',
      place: 'KPP w Pruszkowie',
      kind: 'withPerpetrator',
      persons: [perp.personId],
      minutes: 'Rozmowa z osobą stosującą przemoc; przekazano NK-D.',
    });
    await call('POST', `/api/v1/blue-cards/${id}/forms`, worker, {
      kind: 'D',
      personId: perp.personId,
      filledOn: '2026-11-19',
    });
    await call('POST', `/api/v1/blue-cards/${id}/forms`, worker, {
      kind: 'E',
      personId: perp.personId,
      filledOn: '2026-11-19',
      assessment: 'Deklaruje udział w programie; nadużywa alkoholu.',
      actions: [{ action: 'Udział w programie korekcyjno-edukacyjnym', responsible: 'PCPR w Pruszkowie' }],
    });
    const referred = (
      await call('POST', `/api/v1/blue-cards/${id}/referrals`, worker, {
        personId: perp.personId,
        programme: 'correctiveEducational',
        institution: 'PCPR w Pruszkowie',
        referredOn: '2026-11-19',
      })
    ).json();
    const form = (k: string) => referred.forms.find((x: { kind: string }) => x.kind === k).id;

    // PDFs: the team's copy of NK-A has every person, in Polish letters.
    const pdf = (path: string, who = worker) => call('GET', `/api/v1/blue-cards/${id}/${path}`, who);
    const a = await pdf(`forms/${form('A')}/pdf`);
    expect(a.statusCode).toBe(200);
    const aText = pdfText(a.rawPayload);
    for (const s of [
      'NIEBIESKA KARTA – A',
      'NK/2026/0001',
      `${f.firstName} ${f.surname}`,
      'Zbigniew Gwałtowny',
      'Paulina Środowiskowa (pracownik socjalny)',
      'Wezwano Policję; udzielono pierwszej pomocy.',
      'fizyczna, psychiczna',
    ])
      expect(aText).toContain(s);
    // The person using violence never gets NK-A, NK-C or minutes; NK-D and NK-E he may, and they name no victim.
    for (const path of [
      `forms/${form('A')}/pdf`,
      `forms/${form('C')}/pdf`,
      `meetings/${m1.id}/minutes/pdf`,
      `meetings/${m2.id}/minutes/pdf`,
    ]) {
      const r = await pdf(`${path}?recipientPersonId=${perp.personId}`);
      expect([path, r.statusCode, r.json().error.code]).toEqual([path, 403, 'notDisclosable']);
    }
    for (const k of ['D', 'E']) {
      const r = await pdf(`forms/${form(k)}/pdf?recipientPersonId=${perp.personId}`);
      expect(r.statusCode).toBe(200);
      const text = pdfText(r.rawPayload);
      expect(text).toContain(`NIEBIESKA KARTA – ${k}`);
      expect(text).toContain('Zbigniew Gwałtowny');
      expect(text).not.toContain(f.surname);
    }
    const c = await pdf(`forms/${form('C')}/pdf?recipientPersonId=${f.victim}`);
    expect(pdfText(c.rawPayload)).toMatch(/Konsultacja prawna .*Łukasz Poradniczy 01\.12\.2026/);
    expect(pdfText((await pdf(`meetings/${m1.id}/minutes/pdf`)).rawPayload)).toContain(
      'Protokół z posiedzenia grupy diagnostyczno-pomocowej',
    );

    const early = await call('POST', `/api/v1/blue-cards/${id}/closure`, worker, {
      on: '2026-11-20',
      reason: 'violenceStopped',
      justification: 'Przemoc ustała.',
    });
    expect(early.json().error.fields).toEqual([
      { path: 'reason', message: expect.stringContaining('zrealizowania planu') },
    ]);
    const closed = (
      await call('POST', `/api/v1/blue-cards/${id}/closure`, worker, {
        on: '2026-11-20',
        reason: 'violenceStopped',
        planDone: true,
        justification: 'Przemoc ustała, plan zrealizowany.',
      })
    ).json();
    expect(closed.status).toBe('monitoring');
    expect(closed.monitoringUntil).toBe('2027-08-20');
    expect(
      (
        await call('POST', `/api/v1/blue-cards/${id}/closure`, worker, {
          on: '2026-11-20',
          reason: 'noGrounds',
          justification: 'x',
        })
      ).json().error.code,
    ).toBe('actionNotAllowed');
    expect(
      (await call('POST', `/api/v1/blue-cards/${id}/monitoring-end`, worker, { on: '2027-08-19' })).json()
        .error.fields[0].message,
    ).toBe('Monitorowanie trwa do 20.08.2027.');
    const ended = (
      await call('POST', `/api/v1/blue-cards/${id}/monitoring-end`, worker, { on: '2027-08-20' })
    ).json();
    expect(ended.status).toBe('closed');
    expect(ended.allowedActions).toEqual([]);
    expect(ended.actions.map((x: { type: string }) => x.type)).toEqual([
      'open',
      'handOverFormB',
      'transferToChair',
      'formDiagnosticGroup',
      'scheduleMeeting',
      'recordMeeting',
      'fillFormC',
      'scheduleMeeting',
      'recordMeeting',
      'fillFormD',
      'fillFormE',
      'refer',
      'close',
      'endMonitoring',
    ]);

    const reg = (await call('GET', '/api/v1/blue-cards/register?year=2026', chair)).json();
    expect(reg.items).toEqual([
      expect.objectContaining({
        number: 'NK/2026/0001',
        closureReason: 'violenceStopped',
        perpetrators: 'Zbigniew Gwałtowny',
      }),
    ]);
    const csv = await call('GET', '/api/v1/blue-cards/register/export?year=2026', chair);
    expect(csv.body).toContain('Numer;Data wszczęcia;Wszczynający');
    expect(csv.body).toContain('NK/2026/0001;2026-11-06;pracownik socjalny;MOPS w Pruszkowie;zakończona');

    const stats = (await call('GET', '/api/v1/blue-cards/statistics?year=2026', director)).json();
    expect(stats).toMatchObject({
      opened: 1,
      openedBy: { socialWorker: 1 },
      closed: { violenceStopped: 1, noGrounds: 0 },
      meetingsHeld: 2,
      personsByRole: { victim: 1, perpetrator: 1, witness: 1, child: 1 },
    });
    expect(stats.persons).toContainEqual({ role: 'perpetrator', sex: 'M', ageGroup: '30-59', count: 1 });

    const log = (await call('GET', `/api/v1/blue-cards/${id}/access-log`, chair)).json().items;
    expect(
      log.some(
        (e: { actorLogin: string; action: string }) => e.actorLogin === 'psycholog' && e.action === 'read',
      ),
    ).toBe(true);
    expect(log.some((e: { action: string }) => e.action === 'print')).toBe(true);
  });
});
