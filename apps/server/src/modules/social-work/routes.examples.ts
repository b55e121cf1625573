import type { Examples, Fixtures } from '../../test/route-examples.ts';

/**
 * A case file of a household of field team 1, led by the demo social worker (of team 1), with a
 * contract in force, so that every role the matrix allows (the worker, the director, the auditor)
 * reaches it.
 */
async function caseFile({ q, ids }: Fixtures) {
  const h = await q.query<{ id: string; personId: string }>(
    `SELECT h.id, m.person_id AS "personId" FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
     JOIN household_membership m ON m.household_id = h.id AND m.valid_to IS NULL ORDER BY h.id LIMIT 1`,
  );
  const { id: householdId, personId } = h.rows[0]!;
  const c = await q.query<{ id: string }>(
    `INSERT INTO case_file (household_id, opened_on, open_reason, lead_worker_id, problems, review_due)
     VALUES ($1, '2026-01-05', 'Zgłoszenie', $2, '{4}', '2026-07-05') RETURNING id`,
    [householdId, ids.worker],
  );
  const caseFileId = c.rows[0]!.id;
  const k = await q.query<{ id: string }>(
    `INSERT INTO social_contract (case_file_id, number, part, person_id, concluded_on, valid_to, goals, person_obligations, centre_obligations)
     VALUES ($1, 'KS/2026/' || gen_random_uuid(), 'B', $2, '2026-01-10', '2026-06-30', 'Praca', 'Szukać pracy', 'Wsparcie')
     RETURNING id`,
    [caseFileId, personId],
  );
  await q.query(
    `INSERT INTO social_contract_action (contract_id, type, on_date, actor_id) VALUES ($1, 'sign', '2026-01-10', $2)`,
    [k.rows[0]!.id, ids.worker],
  );
  const t = await q.query<{ id: string }>(
    `INSERT INTO case_task (case_file_id, title, due, assignee_id) VALUES ($1, 'Wizyta', '2026-02-01', $2) RETURNING id`,
    [caseFileId, ids.worker],
  );
  return { caseFileId, householdId, personId, contractId: k.rows[0]!.id, taskId: t.rows[0]!.id };
}

export const examples: Examples = {
  'GET /api/v1/case-files': () => ({ query: {} }),
  'GET /api/v1/persons/:id/broken-contracts': async (fx) => ({
    params: { id: (await caseFile(fx)).personId },
  }),
  'POST /api/v1/case-files': async (fx) => {
    const { householdId } = await caseFile(fx);
    return {
      body: {
        householdId,
        openedOn: '2026-02-02',
        openReason: 'Bezrobocie',
        problems: ['4'],
        reviewDue: '2026-08-02',
      },
    };
  },
  'GET /api/v1/case-files/:id': async (fx) => ({ params: { id: (await caseFile(fx)).caseFileId } }),
  'POST /api/v1/case-files/:id/closure': async (fx) => ({
    params: { id: (await caseFile(fx)).caseFileId },
    body: { closedOn: '2026-03-01', closeReason: 'Cel osiągnięty' },
  }),
  'POST /api/v1/case-files/:id/plan-items': async (fx) => ({
    params: { id: (await caseFile(fx)).caseFileId },
    body: {
      goal: 'Praca',
      action: 'Rejestracja w PUP',
      who: 'Klient',
      byWhen: '2026-03-01',
      expectedEffect: 'Status bezrobotnego',
    },
  }),
  'GET /api/v1/case-files/:id/notes': async (fx) => ({ params: { id: (await caseFile(fx)).caseFileId } }),
  'POST /api/v1/case-files/:id/notes': async (fx) => ({
    params: { id: (await caseFile(fx)).caseFileId },
    body: { contactOn: '2026-02-03', kind: 'visit', body: 'Wizyta w domu' },
  }),
  'POST /api/v1/case-files/:id/tasks': async (fx) => ({
    params: { id: (await caseFile(fx)).caseFileId },
    body: { title: 'Telefon do PUP', due: '2026-02-10' },
  }),
  'POST /api/v1/case-tasks/:id/done': async (fx) => ({
    params: { id: (await caseFile(fx)).taskId },
    body: { on: '2026-02-01' },
  }),
  'GET /api/v1/my-case-tasks': () => ({}),
  'POST /api/v1/case-files/:id/contracts': async (fx) => {
    const { caseFileId, personId } = await caseFile(fx);
    return {
      params: { id: caseFileId },
      body: {
        part: 'A',
        personId,
        concludedOn: '2026-02-05',
        validTo: '2026-05-05',
        goals: 'Uregulowanie zadłużenia',
        personObligations: 'Spłata ratalna',
        centreObligations: 'Poradnictwo',
      },
    };
  },
  'POST /api/v1/social-contracts/:id/actions': async (fx) => ({
    params: { id: (await caseFile(fx)).contractId },
    body: { type: 'review', on: '2026-03-01' },
  }),
  'GET /api/v1/social-contracts/:id/art11': async (fx) => {
    const { contractId } = await caseFile(fx);
    await fx.q.query(
      `INSERT INTO social_contract_action (contract_id, type, on_date, note, actor_id) VALUES ($1, 'break', '2026-02-01', 'Brak kontaktu', $2)`,
      [contractId, fx.ids.worker],
    );
    return { params: { id: contractId } };
  },
  'GET /api/v1/social-contracts/:id/pdf': async (fx) => ({ params: { id: (await caseFile(fx)).contractId } }),
};
