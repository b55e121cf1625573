import type { OrgUnit, OrgUnitInput, Parity } from '@ostoja/domain/org/address';
import type { Queryable } from '../../db/db.ts';
import { insertedId, oneRow, rowOf, rowsOf } from '../../db/rows.ts';

const UNIT_COLUMNS = `id, kind, name, parent_id AS "parentId", office_id AS "officeId", street, building,
  postal_code AS "postalCode", city, phone, email, opening_hours AS "openingHours", version`;

export async function listUnits(q: Queryable) {
  return rowsOf<OrgUnit>(q, `SELECT ${UNIT_COLUMNS} FROM org_unit ORDER BY sort_key, id`);
}

export async function findUnit(q: Queryable, id: string) {
  return rowOf<OrgUnit>(q, `SELECT ${UNIT_COLUMNS} FROM org_unit WHERE id = $1`, [id]);
}

type UnitRow = Omit<OrgUnitInput, 'openingHours'> & { openingHours: unknown; sortKey: string };

const unitParams = (u: UnitRow) => [
  u.kind,
  u.name,
  u.parentId ?? null,
  u.officeId ?? null,
  u.street ?? null,
  u.building ?? null,
  u.postalCode ?? null,
  u.city ?? null,
  u.phone ?? null,
  u.email ?? null,
  JSON.stringify(u.openingHours),
  u.sortKey,
];

export async function insertUnit(q: Queryable, u: UnitRow) {
  return insertedId(
    q,
    `INSERT INTO org_unit (kind, name, parent_id, office_id, street, building, postal_code, city, phone, email,
                           opening_hours, sort_key)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    unitParams(u),
  );
}

export async function updateUnit(q: Queryable, id: string, version: number, u: UnitRow) {
  return oneRow(
    q,
    `UPDATE org_unit SET kind = $1, name = $2, parent_id = $3, office_id = $4, street = $5, building = $6,
            postal_code = $7, city = $8, phone = $9, email = $10, opening_hours = $11, sort_key = $12,
            version = version + 1, updated_at = now()
      WHERE id = $13 AND version = $14`,
    [...unitParams(u), id, version],
  );
}

export interface StreetRow {
  id: string;
  fieldTeamId: string;
  street: string;
  city: string;
  numberFrom: number | null;
  numberTo: number | null;
  parity: Parity;
}

const STREET_COLUMNS = `id, field_team_id AS "fieldTeamId", street, city, number_from AS "numberFrom",
  number_to AS "numberTo", parity`;

export async function listStreets(q: Queryable, fieldTeamId: string) {
  return rowsOf<StreetRow>(
    q,
    `SELECT ${STREET_COLUMNS} FROM field_team_street WHERE field_team_id = $1 ORDER BY street_key, number_from NULLS FIRST`,
    [fieldTeamId],
  );
}

export async function streetsByKey(q: Queryable, key: string) {
  return rowsOf<StreetRow>(q, `SELECT ${STREET_COLUMNS} FROM field_team_street WHERE street_key = $1`, [key]);
}

export async function insertStreet(q: Queryable, s: Omit<StreetRow, 'id'> & { streetKey: string }) {
  return insertedId(
    q,
    `INSERT INTO field_team_street (field_team_id, street, street_key, city, number_from, number_to, parity)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [s.fieldTeamId, s.street, s.streetKey, s.city, s.numberFrom, s.numberTo, s.parity],
  );
}

export async function deleteStreet(q: Queryable, id: string) {
  return rowOf<{ fieldTeamId: string }>(
    q,
    'DELETE FROM field_team_street WHERE id = $1 RETURNING field_team_id AS "fieldTeamId"',
    [id],
  );
}

/** The centre itself (the org unit of kind 'centre'), as its letters and files name it. */
export interface Centre {
  name: string;
  street: string | null;
  building: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
}

export async function centre(q: Queryable): Promise<Centre> {
  const r = await q.query<Centre>(
    `SELECT name, street, building, postal_code AS "postalCode", city, phone FROM org_unit WHERE kind = 'centre'
      ORDER BY created_at LIMIT 1`,
  );
  return (
    r.rows[0] ?? {
      name: 'Ośrodek Pomocy Społecznej',
      street: null,
      building: null,
      postalCode: null,
      city: null,
      phone: null,
    }
  );
}

export const centreAddress = (c: Centre) =>
  [[c.street, c.building].filter(Boolean).join(' '), [c.postalCode, c.city].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');

/** The centre's stored settings, one row per key (a key without a row keeps its default). */
export async function centreSettingRows(q: Queryable) {
  return rowsOf<{ key: string; value: unknown }>(q, 'SELECT key, value FROM centre_setting');
}

export async function upsertCentreSetting(q: Queryable, key: string, value: unknown, by: string) {
  await q.query(
    `INSERT INTO centre_setting (key, value, updated_by_id) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
    [key, JSON.stringify(value), by],
  );
}
