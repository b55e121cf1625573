import { rolesHave } from '@ostoja/domain/identity/permissions';
import { INDICATOR_QUERIES, indicatorQuery } from '@ostoja/domain/reporting/indicators';
import type { StaffContext } from '../../http/context.ts';
import { commissionFigures } from '../alcohol-commission/programme-repo.ts';
import { groupsOfYear } from '../alcohol-commission/repo.ts';
import * as blueCard from '../blue-card/service-reports.ts';
import { yearCounts } from '../counselling/work.ts';
import { familySupportYear } from '../family-support/repo-indicators.ts';
import * as foodAid from '../food-aid/repo.ts';
import { grantedMonths } from '../housing-allowances/repo.ts';
import { programmesYear } from '../programs/repo.ts';
import { servicesIn } from '../services/indicator-repo.ts';
import { recipientsIn } from '../services/neighbour-repo.ts';
import { socialWorkYear } from '../social-work/indicator-repo.ts';
import { HELPED, SIZES, SOCIAL_ASSISTANCE_EXPENSE, tuneForReport, yearRange } from './helped-repo.ts';

// The SQL behind the registry of indicator queries. Keys are grouped by source: one set-based
// aggregate per source and year computes every key of that source at once, so a report of 40
// indicators runs a handful of queries however large the registry is.

type Values = Record<string, number>;
type Source = (ctx: StaffContext, year: number) => Promise<Values>;

const one = async <T>(ctx: StaffContext, sql: string, params: unknown[]) =>
  (await ctx.q.query<T>(sql, params)).rows[0]!;

/**
 * Staff in a position at any time in the year (the staffing table); where the table has no
 * rows at all, active accounts with the matching role (a centre that has not filled it yet).
 */
const staffing: Source = async (ctx, year) => {
  const r = await one<{ sw: number; fa: number; carers: number; rows: number }>(
    ctx,
    `SELECT count(DISTINCT COALESCE(staff_user_id::text, full_name)) FILTER (WHERE position = 'socialWorker')::int AS sw,
            count(DISTINCT COALESCE(staff_user_id::text, full_name)) FILTER (WHERE position = 'familyAssistant')::int AS fa,
            count(DISTINCT COALESCE(staff_user_id::text, full_name)) FILTER (WHERE position = 'carer')::int AS carers,
            (SELECT count(*)::int FROM staff_position) AS rows
       FROM staff_position WHERE valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $1::date)`,
    yearRange(year),
  );
  if (r.rows > 0)
    return { 'staff.socialWorkers': r.sw, 'staff.familyAssistants': r.fa, 'staff.carers': r.carers };
  const roles = await one<{ sw: number; fa: number }>(
    ctx,
    `SELECT count(*) FILTER (WHERE r.role = 'socialWorker')::int AS sw,
            count(*) FILTER (WHERE r.role = 'familyAssistant')::int AS fa
       FROM staff_role r JOIN staff_user u ON u.id = r.user_id WHERE u.is_active`,
    [],
  );
  return { 'staff.socialWorkers': roles.sw, 'staff.familyAssistants': roles.fa, 'staff.carers': 0 };
};

/** Persons, families and persons in families helped, and families by art. 7 reason: one query. */
const assistance: Source = async (ctx, year) => {
  const r = await ctx.q.query<{ reason: string | null; families: number; persons: number; members: number }>(
    `WITH ${HELPED}, ${SIZES},
     by_reason AS (
       SELECT reason, count(*)::int AS families
         FROM (SELECT DISTINCT r.reason, h.household_id FROM helped h CROSS JOIN LATERAL unnest(h.help_reasons) AS r(reason)) x
        GROUP BY reason
     )
     SELECT NULL AS reason, count(*)::int AS families,
            (SELECT count(*) FROM (SELECT DISTINCT person_id FROM helped) x)::int AS persons,
            COALESCE(sum(size), 0)::int AS members
       FROM sizes
     UNION ALL SELECT reason, families, 0, 0 FROM by_reason`,
    yearRange(year),
  );
  const total = r.rows.find((x) => x.reason === null)!;
  const values: Values = {
    'assistance.persons': total.persons,
    'assistance.families': total.families,
    'assistance.personsInFamilies': total.members,
  };
  for (const x of r.rows)
    if (x.reason !== null) values[`assistance.familiesByReason.${x.reason}`] = x.families;
  return values;
};

/**
 * Social assistance decisions issued in the year (decision_decided_idx), by benefit, and refusals;
 * family benefit decisions (usr, no application_id) are another act's and not counted here.
 */
const decisions: Source = async (ctx, year) => {
  const r = await ctx.q.query<{ benefit: string | null; issued: number; refused: number }>(
    `SELECT benefit, count(*)::int AS issued, count(*) FILTER (WHERE outcome = 'refuse')::int AS refused
       FROM decision WHERE decided_on BETWEEN $1 AND $2 AND application_id IS NOT NULL GROUP BY ROLLUP (benefit)`,
    yearRange(year),
  );
  const values: Values = {};
  for (const x of r.rows) {
    if (x.benefit === null) {
      values['decisions.issued'] = x.issued;
      values['decisions.refused'] = x.refused;
    } else values[`decisions.issued.${x.benefit}`] = x.issued;
  }
  return values;
};

/** An indicator that is one count of the rows dated within the year (`sql` over $1..$2, as n). */
const yearCount =
  (key: string, sql: string): Source =>
  async (ctx, year) => ({ [key]: (await one<{ n: number }>(ctx, sql, yearRange(year))).n });

const applications = yearCount(
  'applications.received',
  'SELECT count(*)::int AS n FROM application WHERE submitted_on BETWEEN $1 AND $2',
);

/**
 * Social assistance paid (the ledger's expense postings, report_expense_date_idx), in total and to
 * citizens of Ukraine (person.citizenship, person_citizenship_idx); and to them under every act
 * the centre pays out (family benefits, the alimony fund, housing allowances too), as seed 002 sums it.
 */
const payments: Source = async (ctx, year) => {
  const r = await one<{ total: number; ua: number; uaPersons: number; uaAll: number }>(
    ctx,
    `WITH e AS NOT MATERIALIZED (
       SELECT person_id, amount, ${SOCIAL_ASSISTANCE_EXPENSE} AS assistance FROM report_expense
        WHERE on_date BETWEEN $1::date AND $2::date
     )
     SELECT (SELECT COALESCE(sum(amount), 0) FROM e WHERE assistance)::bigint AS total,
            COALESCE(sum(e.amount) FILTER (WHERE e.assistance), 0)::bigint AS ua,
            count(DISTINCT e.person_id) FILTER (WHERE e.assistance AND e.amount > 0)::int AS "uaPersons",
            COALESCE(sum(e.amount), 0)::bigint AS "uaAll"
       FROM e JOIN person p ON p.id = e.person_id AND p.citizenship = 'UA'`,
    yearRange(year),
  );
  return {
    'payments.total': r.total,
    'payments.ukrainianCitizens': r.ua,
    'payments.ukrainianCitizens.persons': r.uaPersons,
    'payments.ukrainianCitizens.allActs': r.uaAll,
  };
};

/**
 * Social assistance paid to persons holding the UKR status on the day of the payment (help under
 * art. 29 of the act of 12.03.2022 on help to citizens of Ukraine), and to how many of them
 * (the year's postings, report_expense_date_idx, joined to the few persons with a status, person_ukr_status_idx).
 */
const ukrStatus: Source = async (ctx, year) => {
  const r = await one<{ paid: number; persons: number }>(
    ctx,
    `SELECT COALESCE(sum(e.amount), 0)::bigint AS paid,
            count(DISTINCT e.person_id) FILTER (WHERE e.amount > 0)::int AS persons
       FROM person p JOIN report_expense e ON e.person_id = p.id
      WHERE p.ukr_status <> 'none' AND e.on_date BETWEEN $1::date AND $2::date AND ${SOCIAL_ASSISTANCE_EXPENSE}
        AND p.ukr_since <= e.on_date AND (p.ukr_lost_on IS NULL OR p.ukr_lost_on > e.on_date)`,
    yearRange(year),
  );
  return { 'payments.ukrStatus': r.paid, 'payments.ukrStatus.persons': r.persons };
};

/** Counts through the Niebieska Karta module's own statistics (counts only, its read is logged). */
const blueCardSource: Source = async (ctx, year) => {
  const s = await blueCard.statistics(ctx, year);
  return { 'blueCard.opened': s.opened, 'blueCard.meetingsHeld': s.meetingsHeld };
};

const counselling: Source = async (ctx, year) => {
  const c = await yearCounts(ctx, year);
  return {
    'counselling.total': c.consultations.total,
    'counselling.inPerson': c.consultations.inPerson,
    'counselling.phone': c.consultations.phone,
    'counselling.psychological': c.byKind
      .filter((k) => k.kind === 'psychological')
      .reduce((n, k) => n + k.consultations, 0),
  };
};

const volunteers = yearCount(
  'volunteers.agreements',
  'SELECT count(*)::int AS n FROM volunteer_agreement WHERE concluded_on BETWEEN $1 AND $2',
);

const socialWork: Source = async (ctx, year) => {
  const s = await socialWorkYear(ctx.q, ...yearRange(year));
  return {
    'socialWork.families': s.families,
    'socialWork.persons': s.persons,
    'socialWork.familiesWithoutBenefit': s.withoutBenefit,
    'socialContracts.concluded': s.concluded,
    'socialContracts.completed': s.completed,
    'socialContracts.broken': s.broken,
  };
};

const familySupport: Source = async (ctx, year) => {
  const f = await familySupportYear(ctx.q, ...yearRange(year));
  return {
    'familySupport.familiesWithAssistant': f.withAssistant,
    'fosterCare.children': f.fosterChildren,
    'fosterCare.gminaShare': f.fosterCost,
  };
};

/**
 * Support centres (issue 17): persons present at least once in the year at the day care home or
 * a Klub Senior+, their days of attendance, and children present at the day room or a children's club;
 * the places of the day rooms and children's clubs registered by the year's end (the register keeps no closing).
 */
const centres: Source = async (ctx, year) => {
  const r = await one<{ seniors: number; seniorDays: number; children: number; childPlaces: number }>(
    ctx,
    `SELECT count(DISTINCT e.person_id) FILTER (WHERE f.kind IN ('dayCareHome', 'seniorClub'))::int AS seniors,
            count(*) FILTER (WHERE f.kind IN ('dayCareHome', 'seniorClub'))::int AS "seniorDays",
            count(DISTINCT e.person_id) FILTER (WHERE f.kind IN ('dayRoom', 'childrenClub'))::int AS children,
            (SELECT COALESCE(sum(capacity), 0) FROM facility
              WHERE kind IN ('dayRoom', 'childrenClub') AND created_at::date <= $2::date)::int AS "childPlaces"
       FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id JOIN facility f ON f.id = e.facility_id
      WHERE a.present AND a.day BETWEEN $1 AND $2`,
    yearRange(year),
  );
  return {
    'centres.seniorParticipants': r.seniors,
    'centres.seniorAttendanceDays': r.seniorDays,
    'centres.childParticipants': r.children,
    'centres.childPlaces': r.childPlaces,
  };
};

/** Housing allowances (issue 19): households granted a month of the year, and the months' amounts. */
const housingAllowances: Source = async (ctx, year) => {
  const rows = await grantedMonths(ctx.q, `${year}-01`, `${year}-12`);
  const of = (b: string) => rows.find((r) => r.benefit === b) ?? { households: 0, amount: 0 };
  return {
    'housingAllowances.households': of('dodatekMieszkaniowy').households,
    'housingAllowances.amount': of('dodatekMieszkaniowy').amount,
    'housingAllowances.energyHouseholds': of('dodatekEnergetyczny').households,
    'housingAllowances.energyAmount': of('dodatekEnergetyczny').amount,
  };
};

/** Projects and programmes (issue 17): persons taking part at any time of the year, by kind; completions in it. */
const programs: Source = async (ctx, year) => {
  const rows = await programmesYear(ctx.q, ...yearRange(year));
  const values: Values = { 'programs.completions': rows.find((r) => r.kind === null)?.completions ?? 0 };
  for (const r of rows) if (r.kind !== null) values[`programs.participants.${r.kind}`] = r.participants;
  return values;
};

/** FEPŻ food aid (issue 17): persons referred in the year, persons in their households, food handed out (whole kg). */
const foodAidSource: Source = async (ctx, year) => {
  const y = await foodAid.year(ctx.q, ...yearRange(year));
  return {
    'foodAid.persons': y.persons,
    'foodAid.personsInHouseholds': y.personsInHouseholds,
    'foodAid.kilograms': Math.round(y.partners.reduce((s, p) => s + p.kilograms, 0)),
    'foodAid.parcels': y.partners.reduce((s, p) => s + p.parcels, 0),
  };
};

/** Care services and the meals programme (issue 16): recipients, hours delivered, meals and their cost. */
const services: Source = async (ctx, year) => {
  const [from, to] = yearRange(year);
  const s = await servicesIn(ctx.q, from, to);
  const r = await recipientsIn(ctx.q, from, to);
  return {
    'neighbourServices.recipients': r.neighbourClients,
    'telecare.users': r.telecareUsers,
    'careServices.recipients': s.careRecipients,
    'careServices.specialistRecipients': s.specialistRecipients,
    'careServices.mentalDisorderRecipients': s.mentalRecipients,
    'careServices.hoursDelivered': s.careHours,
    'meals.pupils': s.pupils,
    'meals.adults': s.adults,
    'meals.served': s.meals,
    'meals.cost': s.mealsCost,
    'meals.cashForFood': s.cashForFood,
    'meals.cashForFoodAmount': s.cashAmount,
  };
};

/**
 * The alcohol commission (MKRPA) through its own yearly figures (the programme report's counts):
 * permit opinions, inspections and sellers' trainings at sale points, proceedings towards treatment.
 */
const alcoholCommission: Source = async (ctx, year) => {
  const f = await commissionFigures(ctx.q, year);
  return {
    'alcohol.permitsOpined': f.permitsOpined!,
    'alcohol.salePointAudits': f.inspections! + f.sellerTrainings!,
    'alcohol.proceedings': f.proceedingsConducted!,
    'alcohol.newReports': f.newReports!,
    'alcohol.personsReferredToExperts': f.personsReferredToExperts!,
    'alcohol.courtPetitions': f.courtPetitions!,
  };
};

/** Shelters (art. 48a ups): persons referred for a stay covering a day of the year. */
const shelters = yearCount(
  'shelters.persons',
  'SELECT count(DISTINCT person_id)::int AS n FROM shelter_referral WHERE period_to >= $1 AND period_from <= $2',
);

/** Karta Dużej Rodziny: cards granted in the year, and the families they went to. */
const largeFamilyCards: Source = async (ctx, year) => {
  const r = await one<{ cards: number; families: number }>(
    ctx,
    `SELECT count(*)::int AS cards, count(DISTINCT a.household_id)::int AS families
       FROM large_family_card c JOIN large_family_card_application a ON a.id = c.application_id
      WHERE c.valid_from BETWEEN $1 AND $2`,
    yearRange(year),
  );
  return { 'largeFamilyCards.issued': r.cards, 'largeFamilyCards.families': r.families };
};

/** Hours to one decimal, as the programme's report gives the groups' work. */
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** The consultation point (PIK): its specialists' consultations and persons, its groups' hours by kind. */
const consultationPoint: Source = async (ctx, year) => {
  const point = await yearCounts(ctx, year, true);
  const groups = await groupsOfYear(ctx.q, year);
  const minutes = (kind: string) => groups.filter((g) => g.kind === kind).reduce((n, g) => n + g.minutes, 0);
  return {
    'consultationPoint.consultations': point.consultations.total,
    'consultationPoint.persons': point.persons,
    'consultationPoint.supportGroupHours': hours(minutes('support')),
    'consultationPoint.therapyGroupHours': hours(minutes('therapy')),
  };
};

const SOURCES: Record<string, Source> = {
  staffing,
  assistance,
  decisions,
  applications,
  payments,
  blueCard: blueCardSource,
  counselling,
  volunteers,
  socialWork,
  familySupport,
  centres,
  housingAllowances,
  programs,
  foodAid: foodAidSource,
  services,
  alcoholCommission,
  consultationPoint,
  shelters,
  largeFamilyCards,
  ukrStatus,
};

/** A computed value, or `restricted` where the actor may not see the figure (Blue Card counts). */
export type IndicatorValue = { value: number; restricted?: false } | { value: null; restricted: true };

/**
 * Values of the given keys for a year, each source queried once. Keys of Niebieska Karta need
 * `blueCard.statistics`; without it they come back restricted and the module is not asked.
 */
export async function computeIndicators(
  ctx: StaffContext,
  keys: readonly string[],
  year: number,
): Promise<Map<string, IndicatorValue>> {
  const mayBlueCard = rolesHave(ctx.actor.roles, 'blueCard.statistics');
  const sources = new Set<string>();
  for (const k of keys) {
    const meta = indicatorQuery(k);
    if (meta && (!meta.blueCard || mayBlueCard)) sources.add(meta.source);
  }
  const values: Values = {};
  if (sources.size > 0) await tuneForReport(ctx.q);
  for (const s of sources) Object.assign(values, await SOURCES[s]!(ctx, year));
  const out = new Map<string, IndicatorValue>();
  for (const k of keys) {
    const meta = indicatorQuery(k);
    if (!meta) continue;
    out.set(k, meta.blueCard && !mayBlueCard ? { value: null, restricted: true } : { value: values[k] ?? 0 });
  }
  return out;
}

export const ALL_KEYS = INDICATOR_QUERIES.map((x) => x.key);
