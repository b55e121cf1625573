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

/** Granted decisions overlapping the period, from the projection's covering index (report_decision_period_idx). */
export const HELPED = `helped AS (
  SELECT benefit, period_from, period_to, person_id, household_id, help_reasons, pension
    FROM report_decision WHERE period_to >= $1::date AND period_from <= $2::date
)`;

/**
 * The helped families, and their members during the period (household_membership), once each
 * however often they moved in and out; `spouse`: the member is the applicant's spouse or partner.
 */
export const MEMBERS = `fam AS (SELECT household_id, bool_or(pension) AS pension FROM helped GROUP BY household_id),
members AS (
  SELECT m.household_id, m.person_id, bool_or(m.relation IN ('spouse', 'partner')) AS spouse
    FROM household_membership m JOIN fam ON fam.household_id = m.household_id
   WHERE m.valid_from <= $2::date AND (m.valid_to IS NULL OR m.valid_to >= $1::date)
   GROUP BY m.household_id, m.person_id
)`;

/**
 * Net expense per payment item in the period, from the ledger's expense postings
 * (report_expense_date_idx). An item counts as a benefit paid when its net expense is positive.
 */
export const PAID = `paid AS (
  SELECT payment_item_id AS id, benefit, person_id, household_id, sum(amount)::bigint AS amount
    FROM report_expense WHERE on_date BETWEEN $1::date AND $2::date
   GROUP BY payment_item_id, benefit, person_id, household_id
)`;

/**
 * Each helped family's make-up during the period: size, children under 18 on the last day,
 * whether the applicant lives with a spouse or partner, and whether a home visit (wywiad) of
 * its applications recorded a pension (rodzina emerytów i rencistów). Needs HELPED and MEMBERS.
 */
export const FAMILIES = `families AS (
  SELECT m.household_id, count(*)::int AS size,
         count(*) FILTER (WHERE p.birth_date > $2::date - interval '18 years')::int AS children,
         bool_or(m.spouse) AS couple, bool_or(fam.pension) AS pensioner
    FROM members m JOIN person p ON p.id = m.person_id JOIN fam ON fam.household_id = m.household_id
   GROUP BY m.household_id
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
