import { readFileSync } from 'node:fs';
import { LEGAL_PARAMETER_HISTORY } from '@ostoja/domain/benefits/legal-parameters';
import { describe, expect, it } from 'vitest';

// The migration is plain SQL and, once applied, never changes; the domain constants are what
// the unit tests exercise. Generating the INSERT from the constants at migration time would
// let a later edit of the constants change what an old migration means, so the two are kept
// side by side and this test holds them equal.
const sql = readFileSync(new URL('../../../migrations/0010_legal-parameters.sql', import.meta.url), 'utf8');
// 0080 sets the single person's cap of zasiłek okresowy on the seeded rows.
const caps = readFileSync(
  new URL('../../../migrations/0080_okresowy-single-cap.sql', import.meta.url),
  'utf8',
);
const capOf = new Map(
  [...caps.matchAll(/SET zasilek_okresowy_single_max = (\d+) WHERE valid_from = '([\d-]+)'/g)].map((m) => [
    m[2],
    Number(m[1]),
  ]),
);

function seededRows() {
  const row =
    /^\('(\d{4}-\d{2}-\d{2})', (\d+), (\d+), (\d+), (\d+), (\d+), (\d+), (\d+), (NULL|\d+), (\d+), '([^']*)'\)[,;]$/gm;
  return [...sql.matchAll(row)].map((m) => ({
    validFrom: m[1],
    criterionSingle: Number(m[2]),
    criterionPerPerson: Number(m[3]),
    zasilekStalyMax: Number(m[4]),
    zasilekStalyMin: Number(m[5]),
    zasilekStalyPercent: Number(m[6]),
    zasilekOkresowyMinPercent: Number(m[7]),
    zasilekOkresowyMinAmount: Number(m[8]),
    zasilekOkresowySingleMax: capOf.get(m[1]!) ?? (m[9] === 'NULL' ? null : Number(m[9])),
    farmHectareIncome: Number(m[10]),
    legalBasis: m[11],
  }));
}

describe('migrations 0010 and 0080 seed the domain history', () => {
  it('row for row, number for number', () => {
    expect(seededRows()).toEqual(LEGAL_PARAMETER_HISTORY);
  });
});
