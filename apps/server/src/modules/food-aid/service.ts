import type { PartnerInput, ReferralInput } from '@ostoja/domain/food-aid/referral';
import { parseDistributionCsv, referralErrors, thresholdOn } from '@ostoja/domain/food-aid/rules';
import { incomeLimit } from '@ostoja/domain/programs/eligibility';
import type { FieldError } from '@ostoja/domain/shared/validation';
import type { z } from 'zod';
import type { StaffContext } from '../../http/context.ts';
import { AppError, badRequest, conflict, fieldError, notFound } from '../../http/errors.ts';
import { decodeCursor, NameCursor, namePage, toPage } from '../../shared/cursor.ts';
import { exportList } from '../../shared/export.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import { personScope, personVisible } from '../registry/access.ts';
import { knownToCentre } from '../registry/release.ts';
import * as repo from './repo.ts';

// FEPŻ food aid: partners, the worker's referral checked against the programme's threshold in
// force on the day, the partner's monthly list (CSV) and its report back (CSV, all lines or none).

type Out<S extends z.ZodType> = z.output<S>;

export const listPartners = namePage(repo.listPartners);

export async function addPartner(ctx: StaffContext, input: Out<typeof PartnerInput>) {
  if (await repo.partnerNameTaken(ctx.q, input.name))
    throw conflict('foodAid.nameTaken', 'error.validation', [
      { path: 'name', message: 'validation.foodAid.nameTaken' },
    ]);
  const id = await repo.insertPartner(ctx.q, { ...input, contact: input.contact ?? null });
  await ctx.audit({
    action: 'create',
    entity: 'foodAidPartner',
    entityId: id,
    details: { name: input.name },
  });
  return (await repo.findPartner(ctx.q, id))!;
}

const view = ({ pesel: _p, sortKey: _s, ...r }: repo.ReferralRow) => r;

async function referralOf(ctx: StaffContext, id: string) {
  const r = await repo.findReferral(ctx.q, id, personScope(ctx.actor));
  if (!r) throw notFound();
  return r;
}

export async function getReferral(ctx: StaffContext, id: string) {
  const r = await referralOf(ctx, id);
  await ctx.audit({ action: 'read', entity: 'foodAidReferral', entityId: id, persons: [r.personId] });
  return view(r);
}

/**
 * The worker's referral: an art. 7 reason and income within the threshold in force on the day of
 * issue (the limit it gave is kept with the referral); a criterion not met is a 400 naming its field.
 */
export async function refer(ctx: StaffContext, input: Out<typeof ReferralInput>) {
  if (!(await personVisible(ctx.q, ctx.actor, input.personId)))
    throw fieldError('personId', 'validation.programs.unknownPerson');
  await knownToCentre(ctx, [{ id: input.personId, path: 'personId' }]);
  if (!(await repo.findPartner(ctx.q, input.partnerId)))
    throw fieldError('partnerId', 'validation.foodAid.unknownPartner');
  const threshold = thresholdOn(await repo.thresholds(ctx.q), input.issuedOn);
  const criteria = await benefitsRepo.periodOn(ctx.q, input.issuedOn);
  if (!threshold || !criteria) throw fieldError('issuedOn', 'validation.foodAid.noThreshold');
  const errors = referralErrors(threshold.percent, input, criteria);
  if (errors.length) throw badRequest(errors);
  const id = await repo.insertReferral(
    ctx.q,
    {
      ...input,
      thresholdPercent: threshold.percent,
      limitGrosze: incomeLimit(threshold.percent, input.householdSize, criteria),
    },
    ctx.actor.id,
  );
  await ctx.audit({ action: 'create', entity: 'foodAidReferral', entityId: id, persons: [input.personId] });
  return view(await referralOf(ctx, id));
}

export async function listReferrals(
  ctx: StaffContext,
  query: { month: string; partnerId?: string | undefined; after?: string | undefined; limit: number },
) {
  const rows = await repo.referralsOfMonth(
    ctx.q,
    query.month,
    query.partnerId ?? null,
    personScope(ctx.actor),
    decodeCursor(NameCursor, query.after),
    query.limit + 1,
  );
  const page = toPage(rows, query.limit, (r) => [r.sortKey, r.id], view);
  await ctx.audit({
    action: 'list',
    entity: 'foodAidReferral',
    details: { month: query.month, results: page.items.length },
    persons: page.items.map((r) => r.personId),
  });
  return page;
}

/** The month's list for the partner: who may collect food, and two columns it fills in and sends back. */
export async function monthList(ctx: StaffContext, partnerId: string, month: string) {
  const partner = await repo.findPartner(ctx.q, partnerId);
  if (!partner) throw fieldError('partnerId', 'validation.foodAid.unknownPartner');
  const rows = await repo.referralsOfMonth(ctx.q, month, partnerId, personScope(ctx.actor), null, 100_000);
  return exportList(ctx, 'csv', {
    entity: 'foodAidList',
    entityId: partnerId,
    details: { month },
    name: `FEPZ-${month}-${partner.name}`,
    columns: [
      { key: 'id', label: 'Nr skierowania' },
      { key: 'surname', label: 'Nazwisko' },
      { key: 'firstName', label: 'Imię' },
      { key: 'pesel', label: 'PESEL' },
      { key: 'householdSize', label: 'Liczba osób w gospodarstwie', type: 'number' },
      { key: 'validUntil', label: 'Skierowanie ważne do' },
      { key: 'kilograms', label: 'Wydano kg' },
      { key: 'parcels', label: 'Wydano paczek' },
    ],
    rows: rows.map(({ reasons: _r, ...r }) => ({ ...r, kilograms: '', parcels: '' })),
  });
}

const rejectRows = (errors: FieldError[]) =>
  new AppError(400, 'validation', `error.foodAid.csvRow?line=${errors[0]!.path.split('.')[1] ?? ''}`, errors);

/**
 * The partner's report of the month: every line must name a referral on its list of that month;
 * one bad line → 400 naming each line and column, nothing imported. A month imported again is replaced.
 */
export async function importDistribution(ctx: StaffContext, partnerId: string, month: string, csv: string) {
  if (!(await repo.findPartner(ctx.q, partnerId))) throw notFound();
  const parsed = parseDistributionCsv(csv);
  if (parsed.errors.length) throw rejectRows(parsed.errors);
  const listed = await repo.onMonthList(
    ctx.q,
    parsed.rows.map((r) => r.referralId),
    partnerId,
    month,
  );
  const errors = parsed.rows
    .filter((r) => !listed.some((l) => l.id === r.referralId))
    .map((r) => ({ path: `csv.${r.line}.referral`, message: 'validation.foodAid.notOnList' }));
  if (errors.length) throw rejectRows(errors);
  for (const r of parsed.rows) await repo.upsertDistribution(ctx.q, { ...r, month }, ctx.actor.id);
  await ctx.audit({
    action: 'import',
    entity: 'foodAidDistribution',
    entityId: partnerId,
    details: { month, lines: parsed.rows.length },
    persons: [...new Set(listed.map((l) => l.personId))],
  });
  return {
    rows: parsed.rows.length,
    kilograms: Math.round(parsed.rows.reduce((s, r) => s + r.kilograms * 100, 0)) / 100,
    parcels: parsed.rows.reduce((s, r) => s + r.parcels, 0),
  };
}

/** The programme's figures of a year (counts, no names). */
export async function yearFigures(ctx: StaffContext, year: number) {
  const y = await repo.year(ctx.q, `${year}-01-01`, `${year}-12-31`);
  return {
    year,
    ...y,
    kilograms: Math.round(y.partners.reduce((s, p) => s + p.kilograms * 100, 0)) / 100,
    parcels: y.partners.reduce((s, p) => s + p.parcels, 0),
  };
}
