import { OTHER_ACT_BENEFITS } from '@ostoja/domain/benefits/benefit-kinds';
import type { Queryable } from '../../db/db.ts';

// The one definition of "helped in a period" that every report shares (MRPiPS-03, the strategy
// indicators, the dashboard), so their figures agree with each other:
//
//   a person is helped when a decision granting them a benefit covers a day of the period
//   (period_from..period_to overlaps it); their family is the application's household, and the
//   persons in the family are its members during the period.
//
// Amounts are what the payments ledger booked as expense in the period, so report totals equal
// the ledger to the grosz (a cancelled bank return reduces both; a reissue adds to neither).
//
// Each fragment is a CTE taking the period as $1 (from) and $2 (to), both dates.

/**
 * Granted decisions overlapping the period, from the projection's covering index
 * (report_decision_period_idx, index-only). NOT MATERIALIZED: each reference is planned with
 * the table's statistics (a materialised CTE has none, and misleads the joins); reading the
 * index twice costs less than a bad plan.
 */
export const HELPED = `helped AS NOT MATERIALIZED (
  SELECT benefit, period_from, period_to, person_id, household_id, help_reasons, pension, family_size, children, couple
    FROM report_decision WHERE period_to >= $1::date AND period_from <= $2::date
)`;

/**
 * Persons in each helped family: the family as it was on the first day of its benefit (from the
 * projection, no join); a family helped by several decisions counts at its largest.
 */
export const SIZES = `sizes AS (SELECT household_id, max(family_size) AS size FROM helped GROUP BY household_id)`;

/**
 * The members themselves, for the lists behind the figures: household_membership rows during
 * the period (the figures count the family on the benefit's first day; the two differ only
 * where a family changed during the period).
 */
export const MEMBERS = `members AS (
  SELECT DISTINCT m.household_id, m.person_id FROM household_membership m
   WHERE m.household_id IN (SELECT household_id FROM helped)
     AND m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)
)`;

/**
 * The expense postings of social assistance only: the benefits of other acts (OTHER_ACT_BENEFITS)
 * go through the same payment runs and ledger, but have reports of their own, never part of MRPiPS-03 or the dashboard's sums. `benefit`
 * is a column of report_expense_date_idx, so the reads stay index-only.
 */
export const SOCIAL_ASSISTANCE_EXPENSE = `benefit NOT IN (${OTHER_ACT_BENEFITS.map((b) => `'${b}'`).join(', ')})`;

/**
 * Net expense per payment item in the period, from the ledger's expense postings
 * (report_expense_date_idx). An item counts as a benefit paid when its net expense is positive.
 */
export const PAID = `paid AS (
  SELECT payment_item_id AS id, benefit, person_id, household_id, sum(amount)::bigint AS amount
    FROM report_expense WHERE on_date BETWEEN $1::date AND $2::date AND ${SOCIAL_ASSISTANCE_EXPENSE}
   GROUP BY payment_item_id, benefit, person_id, household_id
)`;

/**
 * Each helped family's make-up, from the projection: size, children under 18 and whether the
 * applicant lived with a spouse or partner (on the benefit's first day), and whether a home
 * visit recorded a pension (rodzina emerytów i rencistów). Needs HELPED.
 */
export const FAMILIES = `families AS (
  SELECT household_id, max(family_size) AS size, max(children) AS children, bool_or(couple) AS couple,
         bool_or(pension) AS pensioner
    FROM helped GROUP BY household_id
)`;

/** The SQL condition on a `families` row for each family-type row of MRPiPS-03. */
export const FAMILY_TYPE_SQL: Record<string, string> = {
  total: 'true',
  size1: 'size <= 1',
  size2: 'size = 2',
  size3: 'size = 3',
  size4: 'size = 4',
  size5: 'size = 5',
  size6plus: 'size >= 6',
  withChildren: 'children > 0',
  children1: 'children = 1',
  children2: 'children = 2',
  children3: 'children = 3',
  children4plus: 'children >= 4',
  incomplete: 'children > 0 AND NOT couple',
  pensioners: 'pensioner',
};

/** The year's first and last day as the $1/$2 pair. */
export const yearRange = (year: number): [string, string] => [`${year}-01-01`, `${year}-12-31`];

/**
 * For the length of the report's transaction: memory for its hash aggregates (a national-size
 * year groups a million families; spilling them to disk doubles the time) and no JIT (its
 * compile time exceeds its gain on these one-off queries).
 */
export async function tuneForReport(q: Queryable) {
  await q.query(`SELECT set_config('work_mem', '256MB', true), set_config('jit', 'off', true)`);
}
