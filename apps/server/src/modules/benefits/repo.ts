import type { LegalParameterPeriod } from '@ostoja/domain/benefits/legal-parameters';
import type { LocalResolution } from '@ostoja/domain/benefits/local-resolutions';
import type { Queryable } from '../../db/db.ts';
import { rowOf, rowsOf } from '../../db/rows.ts';

const PERIOD_COLUMNS = `to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", criterion_single AS "criterionSingle",
  criterion_per_person AS "criterionPerPerson", zasilek_staly_max AS "zasilekStalyMax",
  zasilek_staly_min AS "zasilekStalyMin", zasilek_staly_percent AS "zasilekStalyPercent",
  zasilek_okresowy_min_percent AS "zasilekOkresowyMinPercent",
  zasilek_okresowy_min_amount AS "zasilekOkresowyMinAmount",
  zasilek_okresowy_single_max AS "zasilekOkresowySingleMax", farm_hectare_income AS "farmHectareIncome",
  legal_basis AS "legalBasis"`;

const RESOLUTION_COLUMNS = `id, number, to_char(adopted_on, 'YYYY-MM-DD') AS "adoptedOn",
  to_char(valid_from, 'YYYY-MM-DD') AS "validFrom", to_char(valid_to, 'YYYY-MM-DD') AS "validTo",
  kind, percent, programme, title`;

export async function listPeriods(q: Queryable) {
  return rowsOf<LegalParameterPeriod>(
    q,
    `SELECT ${PERIOD_COLUMNS} FROM legal_parameter_period ORDER BY valid_from`,
  );
}

/** The period in force on `date`; the unique index on valid_from serves the lookup. */
export async function periodOn(q: Queryable, date: string) {
  return rowOf<LegalParameterPeriod>(
    q,
    `SELECT ${PERIOD_COLUMNS} FROM legal_parameter_period
      WHERE valid_from <= $1::date ORDER BY valid_from DESC LIMIT 1`,
    [date],
  );
}

export async function earliestValidFrom(q: Queryable) {
  const r = await q.query<{ from: string | null }>(
    `SELECT to_char(min(valid_from), 'YYYY-MM-DD') AS "from" FROM legal_parameter_period`,
  );
  return r.rows[0]?.from ?? null;
}

export async function periodExists(q: Queryable, validFrom: string) {
  const r = await q.query('SELECT 1 FROM legal_parameter_period WHERE valid_from = $1::date', [validFrom]);
  return r.rowCount > 0;
}

export async function insertPeriod(q: Queryable, p: LegalParameterPeriod, actorId: string) {
  await q.query(
    `INSERT INTO legal_parameter_period (valid_from, criterion_single, criterion_per_person, zasilek_staly_max,
       zasilek_staly_min, zasilek_staly_percent, zasilek_okresowy_min_percent, zasilek_okresowy_min_amount,
       zasilek_okresowy_single_max, farm_hectare_income, legal_basis, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      p.validFrom,
      p.criterionSingle,
      p.criterionPerPerson,
      p.zasilekStalyMax,
      p.zasilekStalyMin,
      p.zasilekStalyPercent,
      p.zasilekOkresowyMinPercent,
      p.zasilekOkresowyMinAmount,
      p.zasilekOkresowySingleMax,
      p.farmHectareIncome,
      p.legalBasis,
      actorId,
    ],
  );
}

export type ResolutionRow = LocalResolution & { id: string };

export async function listResolutions(q: Queryable) {
  return rowsOf<ResolutionRow>(
    q,
    `SELECT ${RESOLUTION_COLUMNS} FROM local_resolution ORDER BY valid_from DESC, number`,
  );
}

export async function resolutionExists(q: Queryable, number: string, kind: string) {
  const r = await q.query('SELECT 1 FROM local_resolution WHERE number = $1 AND kind = $2', [number, kind]);
  return r.rowCount > 0;
}

export async function insertResolution(q: Queryable, res: LocalResolution, actorId: string) {
  const r = await q.query<ResolutionRow>(
    `INSERT INTO local_resolution (number, adopted_on, valid_from, valid_to, kind, percent, programme, title, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${RESOLUTION_COLUMNS}`,
    [
      res.number,
      res.adoptedOn,
      res.validFrom,
      res.validTo,
      res.kind,
      res.percent,
      res.programme,
      res.title,
      actorId,
    ],
  );
  return r.rows[0]!;
}
