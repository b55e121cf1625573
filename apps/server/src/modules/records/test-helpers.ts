import { makePesel } from '@ostoja/domain/shared/pesel';
import { foldDiacritics, polishSortKey } from '@ostoja/domain/shared/polish-text';
import type { Queryable } from '../../db/db.ts';

// Records closed long ago, for the retention tests and the route examples: a person of their
// own (so that anonymising them touches no one else) with a foster-care placement that ended on
// `endedOn` — the simplest record kind that names one person (retention_rule 'fosterCare', B-10).

export async function personWithClosedRecord(q: Queryable, serial: number, endedOn: string) {
  const surname = `Archiwalny${String.fromCharCode(65 + (serial % 26))}${serial}`;
  const first = 'Zdzisław';
  // Born in a year of its own per serial, so the PESEL meets none of the demo centre's.
  const birthDate = `${1925 + (serial % 60)}-02-27`;
  const pesel = makePesel(birthDate, 'M', serial % 1000);
  const folded = foldDiacritics(surname);
  const p = await q.query<{ id: string }>(
    `INSERT INTO person (pesel, first_name, surname, birth_date, sex, sort_key, surname_folded, search_text)
     VALUES ($1, $2, $3, $4, 'M', $5, $6, $7) RETURNING id`,
    [
      pesel,
      first,
      surname,
      birthDate,
      polishSortKey(`${surname} ${first}`),
      folded,
      `${folded} ${foldDiacritics(first)} ${pesel}`,
    ],
  );
  const personId = p.rows[0]!.id;
  const k = await q.query<{ id: string }>(
    `INSERT INTO foster_child (person_id, placed_on, ended_on, placement_kind, placement_name, powiat)
     VALUES ($1, $2::date - 400, $2, 'fosterFamily', 'Rodzina zastępcza Nowaków', 'pruszkowski') RETURNING id`,
    [personId, endedOn],
  );
  return { personId, recordId: k.rows[0]!.id, surname, pesel };
}
