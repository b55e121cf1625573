import type { IssueDecision } from '@ostoja/domain/applications/decision';
import { afterAll, beforeAll, expect } from 'vitest';
import type { z } from 'zod';
import { type StaffContext, staffContext } from '../http/context.ts';
import { approveDecision } from '../modules/applications/approval.ts';
import * as applications from '../modules/applications/service.ts';
import { createTestApp, type TestApp } from './db.ts';
import { http } from './http.ts';
import { pdfText } from './pdf-text.ts';

/**
 * Issues a decision the way a centre with four-eyes approval does: `ctx` drafts it and another
 * authorised staff member (a demo account holding an upoważnienie) approves and signs it.
 * Where the centre has four-eyes approval off, the draft step already issued it.
 */
export async function issueApproved(
  ctx: StaffContext,
  applicationId: string,
  input: z.input<typeof IssueDecision>,
) {
  const drafted = await applications.issueDecision(ctx, applicationId, {
    paymentMethod: 'cashDesk',
    ...input,
  } as z.output<typeof IssueDecision>);
  if (drafted.status !== 'awaitingApproval') return drafted;
  const approver = await ctx.q.query<{ id: string }>(
    `SELECT id FROM staff_user WHERE authorisation_number IS NOT NULL AND is_active AND id <> $1 ORDER BY login LIMIT 1`,
    [ctx.actor.id],
  );
  return approveDecision(staffContext(ctx.q, approver.rows[0]!.id), applicationId, {});
}

/** A two-person household of field team 1 from the demo registry: its applicant and the other member. */
export async function twoPersonHousehold(q: StaffContext['q'], order: 'ASC' | 'DESC' = 'ASC') {
  const r = await q.query<{ id: string; applicantId: string; otherId: string }>(
    `SELECT h.id, a.person_id AS "applicantId", o.person_id AS "otherId"
       FROM household h JOIN org_unit f ON f.id = h.field_team_id AND f.name LIKE '%nr 1%'
       JOIN household_membership a ON a.household_id = h.id AND a.valid_to IS NULL AND a.relation = 'applicant'
       JOIN household_membership o ON o.household_id = h.id AND o.valid_to IS NULL AND o.relation <> 'applicant'
      WHERE (SELECT count(*) FROM household_membership m WHERE m.household_id = h.id AND m.valid_to IS NULL) = 2
      ORDER BY h.id ${order} LIMIT 1`,
  );
  return r.rows[0]!;
}

/** Sessions of who takes a benefit decision: the worker (field team 1), the clerk who drafts, the director who signs. */
export async function decisionSessions(t: TestApp) {
  return {
    worker: await t.login('pracownik'),
    clerk: await t.login('swiadczenia'),
    director: await t.login('dyrektor'),
  };
}

/**
 * A test file's app for the decision flow over HTTP, made before its tests and closed after them:
 * the sessions of `decisionSessions`, the demo's two-person household (`twoPersonHousehold`), the
 * requests as a session, the four-eyes decision and the decision letter's text.
 */
export function decisionFlowApp(opts?: Parameters<typeof createTestApp>[0], order: 'ASC' | 'DESC' = 'ASC') {
  const f = {} as Awaited<ReturnType<typeof decisionSessions>> & {
    t: TestApp;
    household: Awaited<ReturnType<typeof twoPersonHousehold>>;
  };
  beforeAll(async () => {
    f.t = await createTestApp(opts);
    Object.assign(f, await decisionSessions(f.t));
    f.household = await twoPersonHousehold(f.t.db, order);
  });
  afterAll(() => f.t?.close());
  const post = (url: string, cookie: string, payload: object) => http(f.t).post(url, cookie, payload);
  const get = (url: string, cookie: string) => http(f.t).get(url, cookie);
  return Object.assign(f, {
    post,
    get,
    /** The household's applicant files an application in person with the worker (a zasiłek okresowy unless `body` says otherwise). */
    async apply(body: { submittedOn?: string; benefits?: string[]; helpReasons?: string[] } = {}) {
      const res = await post('/api/v1/applications', f.worker, {
        householdId: f.household.id,
        applicantId: f.household.applicantId,
        channel: 'inPerson',
        submittedOn: '2026-11-02',
        benefits: ['zasilekOkresowy'],
        helpReasons: ['4'],
        ...body,
      });
      expect(res.statusCode).toBe(201);
      return res.json();
    },
    /** A home visit's record: the applicant's income sources, none for the other member. */
    homeVisit: (visitedOn: string, conclusions: string, applicantSources: object[]) => ({
      visitedOn,
      conclusions,
      members: [
        { personId: f.household.applicantId, sources: applicantSources },
        { personId: f.household.otherId, sources: [] },
      ],
    }),
    /** Four-eyes approval (on by default): the clerk drafts the decision, the director approves and signs it. */
    async decide(appId: string, body: object) {
      const drafted = await post(`/api/v1/applications/${appId}/decisions`, f.clerk, body);
      expect(drafted.statusCode, drafted.body).toBe(200);
      expect(drafted.json().status).toBe('awaitingApproval');
      const approved = await post(`/api/v1/applications/${appId}/decision-approval`, f.director, {});
      expect(approved.statusCode, approved.body).toBe(200);
      return approved.json();
    },
    /** The decision letter's text as pdftotext reads it. */
    async decisionText(decisionId: string) {
      const pdf = await get(`/api/v1/decisions/${decisionId}/pdf`, f.clerk);
      expect(pdf.statusCode).toBe(200);
      return pdfText(pdf.rawPayload);
    },
  });
}
