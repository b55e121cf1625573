import type { DueRecord, RetentionRule } from '@ostoja/domain/records/records';
import type { RecordKind, RetentionCategory } from '@ostoja/domain/records/retention';
import { polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { Queryable } from '../../db/db.ts';
import { type After, insertedId, rowOf, rowsOf } from '../../db/rows.ts';

/** What replaces a name (and keeps the registry's sort and search columns consistent with it). */
const ANONYMISED = 'Anonimizowano';

// SQL of records management. Records and their persons come from the views of migration 0110
// (retention_record, retention_record_person); the retention rule is retention_due_on().

const ACTION_SQL = `CASE r.category WHEN 'A' THEN 'archive' WHEN 'BE' THEN 'review' ELSE 'destroy' END`;

const RULE_COLUMNS = `r.record_kind AS "recordKind", r.jrwa_symbol AS "jrwaSymbol", r.category, r.years,
  ${ACTION_SQL} AS action, r.version, r.updated_at AS "updatedAt"`;

type RuleRow = Omit<RetentionRule, 'updatedAt'> & { updatedAt: Date };

export async function rules(q: Queryable) {
  return rowsOf<RuleRow>(
    q,
    `SELECT ${RULE_COLUMNS} FROM retention_rule r ORDER BY r.jrwa_symbol, r.record_kind`,
  );
}

export async function updateRule(
  q: Queryable,
  kind: RecordKind,
  v: { jrwaSymbol: string; category: RetentionCategory; years: number; version: number },
  actorId: string,
) {
  return rowOf<RuleRow>(
    q,
    `UPDATE retention_rule r SET jrwa_symbol = $2, category = $3, years = $4, version = version + 1,
            updated_by = $6, updated_at = now()
      WHERE record_kind = $1 AND version = $5 RETURNING ${RULE_COLUMNS}`,
    [kind, v.jrwaSymbol, v.category, v.years, v.version, actorId],
  );
}

export async function ruleExists(q: Queryable, kind: RecordKind) {
  return (await q.query('SELECT 1 FROM retention_rule WHERE record_kind = $1', [kind])).rows.length > 0;
}

/**
 * Closed records whose period ends by `until` and that no protocol lists yet, in order of the day
 * they fell due, after the keyset. `destroyOnly` keeps the categories a protocol destroys (B, Bc).
 */
export async function dueRecords(
  q: Queryable,
  until: string,
  after: [string, string, string] | null,
  limit: number | null,
  destroyOnly = false,
) {
  return rowsOf<DueRecord>(
    q,
    `SELECT * FROM (
       SELECT x.record_kind AS "recordKind", x.record_id AS "recordId", x.number, r.jrwa_symbol AS "jrwaSymbol",
              r.category, ${ACTION_SQL} AS action, r.years, x.closed_on::text AS "closedOn",
              retention_due_on(x.closed_on, r.years)::text AS "dueOn"
         FROM retention_record x JOIN retention_rule r ON r.record_kind = x.record_kind
        WHERE x.closed_on IS NOT NULL AND retention_due_on(x.closed_on, r.years) <= $1::date
          AND ($5::boolean IS FALSE OR r.category IN ('B', 'Bc'))
          AND NOT EXISTS (SELECT 1 FROM destruction_protocol_item i
                           WHERE i.record_kind = x.record_kind AND i.record_id = x.record_id)) d
      WHERE $2::date IS NULL OR (d."dueOn"::date, d."recordKind", d."recordId") > ($2::date, $3::text, $4::uuid)
      ORDER BY d."dueOn", d."recordKind", d."recordId" LIMIT $6`,
    [until, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, destroyOnly, limit],
  );
}

const PROTOCOL_COLUMNS = `p.id, p.number, to_char(p.month, 'YYYY-MM') AS month, p.status, p.committee,
  (SELECT count(*) FROM destruction_protocol_item i WHERE i.protocol_id = p.id)::int AS "itemCount",
  p.created_at AS "createdAt", p.signed_on::text AS "signedOn", p.archive_consent AS "archiveConsent",
  p.anonymised_at AS "anonymisedAt", p.anonymised_persons AS "anonymisedPersons", p.version`;

export interface ProtocolRow {
  id: string;
  number: string;
  month: string;
  status: 'draft' | 'signed' | 'anonymised';
  committee: { name: string; function: string }[];
  itemCount: number;
  createdAt: Date;
  signedOn: string | null;
  archiveConsent: string | null;
  anonymisedAt: Date | null;
  anonymisedPersons: number | null;
  version: number;
}

export async function insertProtocol(
  q: Queryable,
  p: { number: string; month: string; committee: unknown; actorId: string },
) {
  return insertedId(
    q,
    `INSERT INTO destruction_protocol (number, month, committee, created_by)
     VALUES ($1, ($2 || '-01')::date, $3, $4) RETURNING id`,
    [p.number, p.month, JSON.stringify(p.committee), p.actorId],
  );
}

/** Lists in the protocol every record of category B/Bc due by `until` that no protocol lists yet. */
export async function insertProtocolItems(q: Queryable, protocolId: string, until: string) {
  const r = await q.query(
    `INSERT INTO destruction_protocol_item (protocol_id, record_kind, record_id, number, jrwa_symbol, category, years, closed_on, due_on)
     SELECT $1, x.record_kind, x.record_id, x.number, r.jrwa_symbol, r.category, r.years, x.closed_on,
            retention_due_on(x.closed_on, r.years)
       FROM retention_record x JOIN retention_rule r ON r.record_kind = x.record_kind
      WHERE x.closed_on IS NOT NULL AND retention_due_on(x.closed_on, r.years) <= $2::date
        AND r.category IN ('B', 'Bc')
     ON CONFLICT (record_kind, record_id) DO NOTHING`,
    [protocolId, until],
  );
  return r.rowCount ?? 0;
}

export async function protocol(q: Queryable, id: string, lock = false) {
  return rowOf<ProtocolRow>(
    q,
    `SELECT ${PROTOCOL_COLUMNS} FROM destruction_protocol p WHERE p.id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
}

export async function protocols(q: Queryable, after: After, limit: number) {
  return rowsOf<ProtocolRow & { key: string }>(
    q,
    `SELECT ${PROTOCOL_COLUMNS}, p.created_at::text AS key FROM destruction_protocol p
      WHERE $1::timestamptz IS NULL OR (p.created_at, p.id) < ($1::timestamptz, $2::uuid)
      ORDER BY p.created_at DESC, p.id DESC LIMIT $3`,
    [after?.[0] ?? null, after?.[1] ?? null, limit],
  );
}

export async function protocolItems(
  q: Queryable,
  id: string,
  after: [string, string, string] | null,
  limit: number | null,
) {
  return rowsOf<DueRecord>(
    q,
    `SELECT i.record_kind AS "recordKind", i.record_id AS "recordId", i.number, i.jrwa_symbol AS "jrwaSymbol",
            i.category, CASE i.category WHEN 'A' THEN 'archive' WHEN 'BE' THEN 'review' ELSE 'destroy' END AS action,
            i.years, i.closed_on::text AS "closedOn", i.due_on::text AS "dueOn"
       FROM destruction_protocol_item i
      WHERE i.protocol_id = $1
        AND ($2::date IS NULL OR (i.due_on, i.record_kind, i.record_id) > ($2::date, $3::text, $4::uuid))
      ORDER BY i.due_on, i.record_kind, i.record_id LIMIT $5`,
    [id, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit],
  );
}

export async function signProtocol(
  q: Queryable,
  id: string,
  v: { signedOn: string; archiveConsent: string; version: number },
  actorId: string,
) {
  const r = await q.query(
    `UPDATE destruction_protocol SET status = 'signed', signed_on = $2, archive_consent = $3, signed_by = $5,
            version = version + 1
      WHERE id = $1 AND version = $4 AND status = 'draft'`,
    [id, v.signedOn, v.archiveConsent, v.version, actorId],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function markAnonymised(q: Queryable, id: string, persons: number) {
  await q.query(
    `UPDATE destruction_protocol SET status = 'anonymised', anonymised_at = now(), anonymised_persons = $2,
            version = version + 1 WHERE id = $1`,
    [id, persons],
  );
}

/**
 * Persons of the protocol's records none of whose records is still kept: every record that holds
 * their data is listed in a signed protocol. Not yet anonymised ones only; locked for the run.
 */
export async function protocolPersons(q: Queryable, protocolId: string) {
  const r = await q.query<{ id: string }>(
    `SELECT p.id FROM person p
      WHERE p.anonymised_at IS NULL
        AND EXISTS (SELECT 1 FROM retention_record_person rp JOIN destruction_protocol_item i
                      ON i.record_kind = rp.record_kind AND i.record_id = rp.record_id
                     WHERE rp.person_id = p.id AND i.protocol_id = $1)
        AND NOT EXISTS (SELECT 1 FROM retention_record_person rp
                         WHERE rp.person_id = p.id
                           AND NOT EXISTS (SELECT 1 FROM destruction_protocol_item i JOIN destruction_protocol d ON d.id = i.protocol_id
                                            WHERE i.record_kind = rp.record_kind AND i.record_id = rp.record_id
                                              AND d.status IN ('signed', 'anonymised')))
      ORDER BY p.id FOR UPDATE`,
    [protocolId],
  );
  return r.rows.map((x) => x.id);
}

/** Records of the person still kept on `today`: open, or closed with their period not ended. */
export async function recordsStillKept(q: Queryable, personId: string, today: string) {
  const r = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM retention_record_person rp
       JOIN retention_record x ON x.record_kind = rp.record_kind AND x.record_id = rp.record_id
       JOIN retention_rule r ON r.record_kind = x.record_kind
      WHERE rp.person_id = $1
        AND (x.closed_on IS NULL OR r.category IN ('A', 'BE') OR retention_due_on(x.closed_on, r.years) > $2::date)`,
    [personId, today],
  );
  return r.rows[0]!.n;
}

/**
 * Replaces the personal data of the persons with placeholders and clears the copies other tables
 * keep (payment items, consultations, rectification history). The audit rows stay as they are:
 * they name the person by id only, and the app cannot change them anyway.
 */
export async function anonymisePersons(q: Queryable, ids: string[]) {
  if (ids.length === 0) return;
  await q.query(
    `WITH old AS (SELECT id, surname_folded, first_name_folded FROM person WHERE id = ANY($1::uuid[])),
     upd AS (
       UPDATE person p SET first_name = 'Anonimizowano', second_name = NULL, surname = 'Anonimizowano', pesel = NULL,
              document_type = 'other', document_number = 'ANON-' || p.id::text, phone = NULL, email = NULL,
              street = NULL, building = NULL, apartment = NULL, postal_code = NULL, city = NULL,
              birth_date = date_trunc('year', p.birth_date)::date,
              sort_key = $2, surname_folded = 'anonimizowano', surname_key = $3,
              search_text = 'anonimizowano anonimizowano', anonymised_at = now(), version = p.version + 1, updated_at = now()
        WHERE p.id = ANY($1::uuid[]) RETURNING p.id)
     DELETE FROM person_name n USING old
      WHERE (n.kind = 's' AND n.folded = old.surname_folded OR n.kind = 'g' AND n.folded = old.first_name_folded)
        AND NOT EXISTS (SELECT 1 FROM person o WHERE o.id <> ALL($1::uuid[])
                          AND (n.kind = 's' AND o.surname_folded = n.folded OR n.kind = 'g' AND o.first_name_folded = n.folded))`,
    [ids, polishSortKey(`${ANONYMISED} ${ANONYMISED}`), polishSortKey(ANONYMISED)],
  );
  await q.query(
    `UPDATE payment_item SET recipient_name = 'Anonimizowano', recipient_pesel = NULL, recipient_address = NULL,
            iban = CASE WHEN method = 'transfer' THEN 'PL00000000000000000000000000' END, document_number = NULL
      WHERE person_id = ANY($1::uuid[])`,
    [ids],
  );
  await q.query('UPDATE counselling_consultation SET client_name = NULL WHERE person_id = ANY($1::uuid[])', [
    ids,
  ]);
  await q.query('DELETE FROM person_revision WHERE person_id = ANY($1::uuid[])', [ids]);
  // The UKR status's history says who recorded what and when, like the revisions: it goes too.
  await q.query('DELETE FROM person_ukr_status_change WHERE person_id = ANY($1::uuid[])', [ids]);
  // A household whose every member ever is anonymised keeps no address either.
  await q.query(
    `UPDATE household h SET street = 'Anonimizowano', building = '-', apartment = NULL, postal_code = NULL
      WHERE EXISTS (SELECT 1 FROM household_membership m WHERE m.household_id = h.id AND m.person_id = ANY($1::uuid[]))
        AND NOT EXISTS (SELECT 1 FROM household_membership m JOIN person o ON o.id = m.person_id
                         WHERE m.household_id = h.id AND o.anonymised_at IS NULL)`,
    [ids],
  );
}

/** The person's social-work case files and consultations (the rest of the export is the registry's history). */
export async function caseFilesOf(q: Queryable, personId: string) {
  return rowsOf<{ id: string; openedOn: string; closedOn: string | null }>(
    q,
    `SELECT DISTINCT f.id, f.opened_on::text AS "openedOn", f.closed_on::text AS "closedOn"
       FROM retention_record_person rp JOIN case_file f ON f.id = rp.record_id
      WHERE rp.record_kind = 'caseFile' AND rp.person_id = $1 ORDER BY 2 DESC`,
    [personId],
  );
}

export async function consultationsOf(q: Queryable, personId: string) {
  return rowsOf<{ id: string; heldOn: string; kind: string }>(
    q,
    `SELECT c.id, c.held_on::text AS "heldOn", c.kind FROM counselling_consultation c
      WHERE c.person_id = $1 ORDER BY c.held_on DESC`,
    [personId],
  );
}
