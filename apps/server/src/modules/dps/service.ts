import { endsProperly, safeFileName, sniffFileType } from '@ostoja/domain/portal/files';
import type {
  CreateDpsReferral,
  DpsFee,
  DpsFeeInput,
  DpsHomeCostInput,
  DpsHomeInput,
} from '@ostoja/domain/services/dps';
import {
  afterExemption,
  agreementProblem,
  DPS_ART,
  dpsFee,
  gminaCostInMonth,
} from '@ostoja/domain/services/dps-fee';
import { z } from 'zod';
import { documentRead, personsOf, type StaffContext } from '../../http/context.ts';
import { conflict, fieldConflict, fieldError, notFound } from '../../http/errors.ts';
import { loggedPage } from '../../http/logged.ts';
import { decodeCursor, keyId, namePage, toPage } from '../../shared/cursor.ts';
import { nextDecisionNumber } from '../../shared/register.ts';
import * as applicationsRepo from '../applications/repo.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import { personScope } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import { candidatePage } from '../services/service.ts';
import { feeLetter, referralLetter } from './decision-pdf.ts';
import * as repo from './repo.ts';

// Domy pomocy społecznej: the homes with their published costs, the referral file, the decision
// referring, the decision setting the fee, admission and what the gmina pays. One transaction each.

type Out<S extends z.ZodType> = z.output<S>;
const ENTITY = 'dpsReferral';

export const listHomes = namePage(repo.listHomes);

export async function addHome(ctx: StaffContext, input: Out<typeof DpsHomeInput>) {
  if (await repo.homeNamed(ctx.q, input.name)) throw fieldError('name', 'validation.dps.homeExists');
  const id = await repo.insertHome(ctx.q, input, ctx.actor.id);
  await repo.insertCost(ctx.q, id, input.cost, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: 'dpsHome', entityId: id, details: { name: input.name } });
  return (await repo.findHome(ctx.q, id))!;
}

/** A new year's published cost; one already given from that day is never overwritten. */
export async function addCost(ctx: StaffContext, homeId: string, input: Out<typeof DpsHomeCostInput>) {
  if (!(await repo.findHome(ctx.q, homeId))) throw notFound();
  if (!(await repo.insertCost(ctx.q, homeId, input, ctx.actor.id)))
    throw fieldError('validFrom', 'validation.dps.costExists');
  await ctx.audit({
    action: 'update',
    entity: 'dpsHome',
    entityId: homeId,
    details: { cost: input.validFrom },
  });
  return (await repo.findHome(ctx.q, homeId))!;
}

const Created = z.tuple([z.string().max(100), keyId]);

export async function listReferrals(ctx: StaffContext, after: string | undefined, limit: number) {
  const rows = await repo.listReferrals(
    ctx.q,
    personScope(ctx.actor),
    decodeCursor(Created, after),
    limit + 1,
  );
  const page = toPage(
    rows,
    limit,
    (r) => [r.createdAt, r.id],
    ({ createdAt: _c, ...r }) => r,
  );
  return loggedPage(ctx, ENTITY, page, null);
}

export async function waitingList(ctx: StaffContext, after: string | undefined, limit: number) {
  const cursor = decodeCursor(z.tuple([z.number().int().min(0)]), after);
  const rows = await repo.waitingList(ctx.q, personScope(ctx.actor), cursor?.[0] ?? null, limit + 1);
  const page = toPage(rows, limit, (r) => [r.place]);
  return loggedPage(ctx, 'dpsWaitingList', page, null);
}

export const candidates = (ctx: StaffContext, after: string | undefined, limit: number) =>
  candidatePage(ctx, 'dpsCandidate', repo.candidates, after, limit);

async function load(ctx: StaffContext, id: string) {
  const r = await repo.findReferral(ctx.q, id, personScope(ctx.actor));
  if (!r) throw notFound();
  return r;
}

/** The letter of the decision referring, or of the one setting the fee, as PDF (the read logged). */
export async function decisionDocument(ctx: StaffContext, id: string, which: 'referral' | 'fee') {
  const r = await load(ctx, id);
  return which === 'referral' ? referralLetter(ctx, r) : feeLetter(ctx, r);
}

export async function getReferral(ctx: StaffContext, id: string) {
  const r = await load(ctx, id);
  await ctx.audit({ action: 'read', entity: ENTITY, entityId: id, persons: [r.personId] });
  const {
    homeId: _h,
    referredBy: _r,
    feeDecidedBy: _f,
    feeNumber,
    feeDecidedOn,
    fee,
    costValidFrom,
    ...rest
  } = r;
  const decided: Out<typeof DpsFee> | null =
    fee && feeNumber && feeDecidedOn
      ? {
          number: feeNumber,
          decidedOn: feeDecidedOn,
          monthlyCostGrosze: r.monthlyCostGrosze!,
          costValidFrom: costValidFrom!,
          residentIncomeGrosze: r.residentIncomeGrosze!,
          residentPct: fee.residentPct,
          residentGrosze: r.residentGrosze!,
          relativesGrosze: r.relativesGrosze!,
          gminaGrosze: r.gminaGrosze!,
          relatives: fee.relatives as never,
          payments: fee.payments as never,
          steps: fee.steps as never,
        }
      : null;
  return { ...rest, documents: await repo.documents(ctx.q, id), fee: decided };
}

/** The file is opened on an application with a home visit that counted the person. */
export async function createReferral(ctx: StaffContext, input: Out<typeof CreateDpsReferral>) {
  const app = await applicationsRepo.findApplication(ctx.q, input.applicationId);
  if (!app) throw fieldError('applicationId', 'validation.services.unknownApplication');
  const wywiad = (await applicationsRepo.wywiady(ctx.q, app.id))[0];
  if (!wywiad) throw fieldError('applicationId', 'validation.services.noWywiad');
  if (!wywiad.members.some((m) => m.personId === input.personId))
    throw fieldError('personId', 'validation.services.notMember');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  if (!(await repo.findHome(ctx.q, input.homeId))) throw fieldError('homeId', 'validation.dps.unknownHome');
  if (await repo.openReferralOf(ctx.q, input.personId)) throw fieldConflict('dps.openReferral', 'personId');
  const id = await repo.insertReferral(ctx.q, { ...input, wywiadId: wywiad.id }, ctx.actor.id);
  await ctx.audit({ action: 'create', entity: ENTITY, entityId: id, persons: [input.personId] });
  return getReferral(ctx, id);
}

/** Logs a change of the referral file `r` (naming its person) and answers the file as it now is. */
async function changed(
  ctx: StaffContext,
  r: { id: string; personId: string },
  action: 'create' | 'update',
  details: Record<string, unknown>,
) {
  await ctx.audit({ action, entity: ENTITY, entityId: r.id, details, persons: [r.personId] });
  return getReferral(ctx, r.id);
}

/** A scanned document of the file: PDF, JPEG or PNG proven by its bytes, complete. */
export async function addDocument(
  ctx: StaffContext,
  id: string,
  input: { kind: string; fileName: string; dataBase64: string },
) {
  const r = await load(ctx, id);
  const data = Buffer.from(input.dataBase64, 'base64');
  const type = sniffFileType(data.subarray(0, 16));
  if (!type) throw fieldError('dataBase64', 'validation.file.type');
  if (!endsProperly(type, data)) throw fieldError('dataBase64', 'validation.file.damaged');
  const docId = await repo.insertDocument(
    ctx.q,
    { referralId: id, kind: input.kind, fileName: safeFileName(input.fileName, type), mediaType: type, data },
    ctx.actor.id,
  );
  return changed(ctx, r, 'update', { document: docId, kind: input.kind });
}

export async function document(ctx: StaffContext, id: string, docId: string) {
  const r = await load(ctx, id);
  const d = await repo.documentData(ctx.q, id, docId);
  if (!d) throw notFound();
  await ctx.audit(documentRead(ENTITY, id, [r.personId], { document: docId }));
  return d;
}

/**
 * Art. 59 ust. 1 ups: the decision referring. The file must hold the consent (art. 54 ust. 1) and
 * the medical certificate; the decision's date places the person on the waiting list.
 */
export async function refer(ctx: StaffContext, id: string, decidedOn: string) {
  const r = await load(ctx, id);
  if (r.referredOn) throw conflict('dps.alreadyReferred', 'error.dps.alreadyReferred');
  const kinds = new Set((await repo.documents(ctx.q, id)).map((d) => d.kind));
  if (!kinds.has('consent') || !kinds.has('medical'))
    throw fieldError('documents', 'validation.dps.documentsMissing');
  if (decidedOn < r.consentOn) throw fieldError('decidedOn', 'validation.dps.beforeConsent');
  await repo.setReferred(ctx.q, id, await nextDecisionNumber(ctx.q, decidedOn), decidedOn, ctx.actor.id);
  return changed(ctx, r, 'create', { decision: 'referral' });
}

const money = (amount: number) => ({ money: amount });

/**
 * Art. 59 ust. 1 and art. 61 ups: the decision setting the fee, with the payer order in its
 * justification: the resident up to 70 % of income, the relatives by agreement above 300 % of the
 * criterion, less their exemptions (art. 64, 64a), and the gmina the rest up to the average cost.
 */
export async function setFee(ctx: StaffContext, id: string, input: Out<typeof DpsFeeInput>) {
  const r = await load(ctx, id);
  if (!r.referredOn) throw conflict('dps.notReferred', 'error.dps.notReferred');
  if (r.feeNumber) throw conflict('dps.feeDecided', 'error.dps.feeDecided');
  if (input.decidedOn < r.referredOn) throw fieldError('decidedOn', 'validation.dps.beforeReferral');
  const cost = await repo.costOn(ctx.q, r.homeId, input.decidedOn);
  if (!cost) throw fieldError('decidedOn', 'validation.dps.noCost');
  const period = await benefitsRepo.periodOn(ctx.q, input.decidedOn);
  if (!period) throw fieldError('decidedOn', 'validation.benefits.noParameters?from=2015-10-01');
  const { criterionSingle, criterionPerPerson } = period;
  input.relatives.forEach((rel, i) => {
    const problem = agreementProblem(
      {
        id: String(i),
        relation: rel.relation,
        income: rel.incomeGrosze,
        size: rel.size,
        agreed: rel.agreedGrosze,
      },
      criterionSingle,
      criterionPerPerson,
    );
    if (problem) throw fieldError(`relatives.${i}.agreedGrosze`, `validation.dps.${problem}`);
  });
  const result = dpsFee({
    monthlyCost: cost.monthlyCostGrosze,
    residentIncome: input.residentIncomeGrosze,
    residentPct: input.residentPct,
    criterionSingle,
    criterionPerPerson,
    relatives: input.relatives.map((rel, i) => ({
      id: String(i),
      relation: rel.relation,
      income: rel.incomeGrosze,
      size: rel.size,
      agreed: afterExemption(rel.agreedGrosze, rel.exemption?.pct ?? 0),
    })),
  });
  const payments = result.payments.map((p) => {
    const index = p.relativeId === null ? null : Number(p.relativeId);
    return {
      payer: p.payer,
      relativeIndex: index,
      name: index === null ? null : input.relatives[index]!.name,
      amount: p.amount,
      article: p.article,
    };
  });
  const resident = payments[0]!.amount;
  const relatives = payments.filter((p) => p.payer === 'relative').reduce((s, p) => s + p.amount, 0);
  const steps = [
    {
      article: DPS_ART.cost,
      key: 'dps.step.cost',
      params: { cost: money(cost.monthlyCostGrosze), home: r.homeName, from: cost.validFrom },
    },
    {
      article: DPS_ART.resident,
      key: 'dps.step.resident',
      params: { income: money(input.residentIncomeGrosze), pct: input.residentPct, amount: money(resident) },
    },
    ...payments
      .filter((p) => p.payer === 'relative')
      .map((p) => {
        const rel = input.relatives[p.relativeIndex!]!;
        return {
          article: rel.exemption
            ? `${p.article}; art. ${rel.exemption.article.slice(3)} ustawy o pomocy społecznej`
            : p.article,
          key: rel.exemption ? 'dps.step.relativeExempt' : 'dps.step.relative',
          params: {
            name: rel.name,
            relation: { message: `dps.relation.${rel.relation}`, fallback: rel.relation },
            threshold: money(3 * (rel.size === 1 ? criterionSingle : criterionPerPerson * rel.size)),
            agreed: money(rel.agreedGrosze),
            pct: rel.exemption?.pct ?? 0,
            amount: money(p.amount),
          },
        };
      }),
    { article: DPS_ART.gmina, key: 'dps.step.gmina', params: { amount: money(result.gmina) } },
  ];
  await repo.setFee(
    ctx.q,
    id,
    {
      number: await nextDecisionNumber(ctx.q, input.decidedOn),
      decidedOn: input.decidedOn,
      homeCostId: cost.id,
      monthlyCostGrosze: cost.monthlyCostGrosze,
      residentIncomeGrosze: input.residentIncomeGrosze,
      residentGrosze: resident,
      relativesGrosze: relatives,
      gminaGrosze: result.gmina,
      fee: { residentPct: input.residentPct, relatives: input.relatives, payments, steps },
    },
    ctx.actor.id,
  );
  return changed(ctx, r, 'create', { decision: 'fee' });
}

/** The day the person entered the home: never before the decision referring. */
export async function admit(ctx: StaffContext, id: string, admittedOn: string) {
  const r = await load(ctx, id);
  if (!r.referredOn) throw fieldError('admittedOn', 'validation.dps.notReferred');
  if (r.admittedOn) throw conflict('dps.alreadyAdmitted', 'error.dps.alreadyAdmitted');
  if (admittedOn < r.referredOn) throw fieldError('admittedOn', 'validation.dps.admittedBeforeReferral');
  await repo.setAdmitted(ctx.q, id, admittedOn);
  return changed(ctx, r, 'update', { admittedOn });
}

/** What the gmina pays in a month for each resident it referred, and the total for the budget. */
export async function costReport(ctx: StaffContext, month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  const rows = await repo.residentsInMonth(ctx.q, personScope(ctx.actor), lastDay);
  const items = rows.map((r) => ({
    ...r,
    gminaGrosze: gminaCostInMonth(r.monthlyGminaGrosze, r.admittedOn, month),
  }));
  await ctx.audit({
    action: 'list',
    entity: 'dpsCost',
    details: { month, results: items.length },
    persons: personsOf(items),
  });
  return { month, items, totalGrosze: items.reduce((s, i) => s + i.gminaGrosze, 0), nextCursor: null };
}
