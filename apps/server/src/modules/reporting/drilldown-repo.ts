import { drillKind, type Figure, isServiceSection } from '@ostoja/domain/reporting/mrpips';
import { todayInPoland } from '@ostoja/domain/shared/today';
import type { Queryable } from '../../db/db.ts';
import { type After, rowsOf } from '../../db/rows.ts';
import type { Actor } from '../../http/context.ts';
import { personScope } from '../registry/access.ts';
import { CONTRACT_EVENTS } from '../social-work/indicator-repo.ts';
import { FAMILIES, FAMILY_TYPE_SQL, HELPED, MEMBERS, PAID } from './helped-repo.ts';
import { CHOSEN_MEMBERS, SOCIAL_WORK_ROWS } from './mrpips-repo.ts';
import { servicePersons } from './mrpips-services-repo.ts';

// The lists behind MRPiPS-03 figures. Each list is the same set the figure counts, built from
// the same CTEs, with the registry's row scope (personScope) inside the query: a person the
// reader may not see is not in the list (the figure stays a count). Keyset pagination on
// (sort key, id), so a list of 100 000 rows reads only its page.

export interface DrillRow {
  id: string;
  sortKey: string;
  // A list of persons, families or payments also carries `personId`: whose data the row shows (logged with the read).
  [column: string]: string | number | null;
}

/** The helped decisions a figure of the benefits or reasons section counts ($3: its row). */
function helpedFilter(f: Figure): string {
  if (f.row === 'total') return 'true';
  return f.section === 'reasons' ? '$3::text = ANY (h.help_reasons)' : 'h.benefit = $3::text';
}

/** Households the figure counts, as CTE `chosen(household_id)`, with their `members`. */
function chosenHouseholds(f: Figure): string {
  // Social work counts households with or without a benefit: their members come from the registry.
  if (f.section === 'socialWork')
    return `${SOCIAL_WORK_ROWS}, chosen AS (SELECT household_id FROM sw_rows WHERE row = COALESCE($3::text, 'total')),
      ${CHOSEN_MEMBERS}`;
  const members = `${HELPED}, ${MEMBERS}`;
  if (f.section === 'familyTypes')
    return `${members}, ${FAMILIES}, chosen AS (SELECT household_id FROM families WHERE ${FAMILY_TYPE_SQL[f.row]})`;
  return `${members}, chosen AS (SELECT DISTINCT h.household_id FROM helped h WHERE ${helpedFilter(f)})`;
}

/** Whom a family's row names: the beneficiary, or in social work the household's applicant. */
function familyHead(f: Figure): string {
  if (f.section === 'socialWork')
    return `applicant AS (SELECT DISTINCT ON (household_id) household_id AS id, person_id FROM members
      ORDER BY household_id, (relation <> 'applicant'), person_id)`;
  return `applicant AS (
    SELECT DISTINCT ON (h.household_id) h.household_id AS id, h.person_id
      FROM helped h JOIN chosen c ON c.household_id = h.household_id ORDER BY h.household_id, h.person_id
  )`;
}

/** The persons a persons figure counts, as CTE `chosen_persons(id)`. */
function chosenPersons(f: Figure): string {
  // The non-cash sections: every figure of a row opens the persons the row counts.
  if (isServiceSection(f.section)) return servicePersons(f.section, todayInPoland());
  if (f.section === 'contracts') {
    const event = CONTRACT_EVENTS[f.row as keyof typeof CONTRACT_EVENTS];
    return `chosen_persons AS (SELECT DISTINCT k.person_id AS id FROM social_contract_action a
      JOIN social_contract k ON k.id = a.contract_id WHERE a.on_date BETWEEN $1::date AND $2::date AND a.type = '${event}')`;
  }
  // The beneficiaries themselves (benefits.*.persons) or everyone in the chosen families.
  if (f.column === 'persons')
    return `${HELPED}, chosen_persons AS (SELECT DISTINCT h.person_id AS id FROM helped h WHERE ${helpedFilter(f)})`;
  return `${chosenHouseholds(f)},
    chosen_persons AS (SELECT DISTINCT m.person_id AS id FROM members m JOIN chosen c ON c.household_id = m.household_id)`;
}

const PERSON_COLUMNS = `p.id, p.id AS "personId", p.sort_key AS "sortKey", p.surname, p.first_name AS "firstName",
  p.birth_date AS "birthDate", p.citizenship`;

export async function drill(
  q: Queryable,
  actor: Actor,
  f: Figure,
  period: { from: string; to: string },
  page: { after: After; limit: number },
) {
  const kind = drillKind(f);
  const rowParam = f.row === 'total' ? null : f.row;
  const keyset = `($4::text IS NULL OR (p.sort_key, x.id) > ($4::text COLLATE "C", $5::uuid))`;
  // Every list names $3 (the row) with its type, even a total that does not filter on it.
  const ARGS = 'args AS (SELECT $3::text AS row_key)';
  let sql: string;
  if (kind === 'payments') {
    const positive = f.column === 'benefits' ? 'x.amount > 0' : 'x.amount <> 0';
    sql = `WITH ${ARGS}, ${PAID}
      SELECT x.id, p.id AS "personId", p.sort_key AS "sortKey", p.surname, p.first_name AS "firstName", x.benefit,
             to_char(i.month, 'YYYY-MM') AS month, i.paid_on AS "paidOn", i.decision_number AS "decisionNumber",
             x.amount
        FROM paid x JOIN payment_item i ON i.id = x.id JOIN person p ON p.id = x.person_id
       WHERE ${positive} AND ($3::text IS NULL OR x.benefit = $3) AND ${personScope(actor, 'p')} AND ${keyset}`;
  } else if (kind === 'families') {
    sql = `WITH ${ARGS}, ${chosenHouseholds(f)}, ${familyHead(f)}
      SELECT x.id, p.id AS "personId", p.sort_key AS "sortKey", p.surname, p.first_name AS "firstName",
             concat_ws(' ', hh.street, hh.building || COALESCE('/' || hh.apartment, ''), hh.city) AS address,
             (SELECT count(DISTINCT m.person_id) FROM members m WHERE m.household_id = x.id)::int AS members
        FROM applicant x JOIN person p ON p.id = x.person_id JOIN household hh ON hh.id = x.id
       WHERE ${personScope(actor, 'p')} AND ${keyset}`;
  } else {
    sql = `WITH ${ARGS}, ${chosenPersons(f)}
      SELECT ${PERSON_COLUMNS} FROM chosen_persons x JOIN person p ON p.id = x.id
       WHERE ${personScope(actor, 'p')} AND ${keyset}`;
  }
  return rowsOf<DrillRow>(q, `${sql} ORDER BY p.sort_key, x.id LIMIT $6`, [
    period.from,
    period.to,
    rowParam,
    page.after?.[0] ?? null,
    page.after?.[1] ?? null,
    page.limit + 1,
  ]);
}

/** Dział 1: who was employed in the position on the day (staff, not registry persons). */
export async function staffList(q: Queryable, position: string | null, onDate: string) {
  return rowsOf<DrillRow>(
    q,
    `SELECT id, full_name AS "sortKey", full_name AS "fullName", position, fte, valid_from AS "validFrom",
            valid_to AS "validTo"
       FROM staff_position
      WHERE valid_from <= $1::date AND (valid_to IS NULL OR valid_to >= $1::date)
        AND ($2::text IS NULL OR position = $2)
      ORDER BY full_name, id`,
    [onDate, position],
  );
}
