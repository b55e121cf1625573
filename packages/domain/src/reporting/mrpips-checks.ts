import { APPLICATION_BENEFITS } from '../applications/application.ts';
import { HELP_REASONS } from '../applications/help-reasons.ts';
import { CRISIS_KINDS } from '../crisis-intervention/crisis-case.ts';
import { CARE_SERVICE_KINDS } from '../services/fee-table.ts';
import { SHELTER_KINDS } from '../shelters/shelter.ts';
import { STAFF_POSITIONS } from './mrpips.ts';

// MRPiPS-03's validation in CAS [M: the ministry's rule list is not published with the form; these
// are the rules its objaśnienia state and the validator is known to apply]: a total row is the sum
// of its rows where the figures add up (money, hours, benefits, headcount), a total of persons or
// families counts each once (so it lies between the largest row and the sum of the rows), a "w tym"
// row is at most its parent, persons in families are at least the families, and the sections that
// count the same helped families agree with each other. Pure: it reads only the figures.

export type CheckRule =
  | 'sumOfRows'
  | 'distinctTotal'
  | 'partOfRow'
  | 'personsInFamilies'
  | 'sameAcrossSections';

/** A check that failed: the figure it is about, what it holds and what the rule expects of it. */
export interface FailedCheck {
  rule: CheckRule;
  /** The figure checked, `section.row.column`. */
  figure: string;
  actual: number;
  /** The figures the expectation is computed from. */
  against: string[];
  /** The expected value (sumOfRows, sameAcrossSections) or bound (the others), as a text: "= 12", "≤ 5", "5–9". */
  expected: string;
}

export interface CheckedReport {
  sections: { section: string; rows: { row: string; values: Record<string, number> }[] }[];
}

const SUMS: { section: string; columns: string[]; total: string; rows: readonly string[] }[] = [
  { section: 'staffing', columns: ['headcount'], total: 'total', rows: STAFF_POSITIONS },
  { section: 'benefits', columns: ['benefits', 'amount'], total: 'total', rows: APPLICATION_BENEFITS },
  { section: 'careServices', columns: ['hours', 'amount', 'fees'], total: 'total', rows: CARE_SERVICE_KINDS },
  {
    section: 'meals',
    columns: ['meals', 'amount'],
    total: 'total',
    rows: ['meal', 'zasilekCelowy', 'foodInKind'],
  },
  { section: 'shelters', columns: ['days', 'fees'], total: 'total', rows: SHELTER_KINDS },
  { section: 'crisis', columns: ['days'], total: 'total', rows: CRISIS_KINDS },
  {
    section: 'familyTypes',
    columns: ['families', 'personsInFamilies'],
    total: 'total',
    rows: ['size1', 'size2', 'size3', 'size4', 'size5', 'size6plus'],
  },
  {
    section: 'familyTypes',
    columns: ['families', 'personsInFamilies'],
    total: 'withChildren',
    rows: ['children1', 'children2', 'children3', 'children4plus'],
  },
];

const DISTINCT: { section: string; columns: string[]; rows: readonly string[] }[] = [
  { section: 'benefits', columns: ['persons', 'families'], rows: APPLICATION_BENEFITS },
  { section: 'careServices', columns: ['persons'], rows: CARE_SERVICE_KINDS },
  { section: 'meals', columns: ['persons'], rows: ['meal', 'zasilekCelowy', 'foodInKind'] },
  { section: 'shelters', columns: ['persons'], rows: SHELTER_KINDS },
  { section: 'crisis', columns: ['persons', 'families'], rows: CRISIS_KINDS },
  // A family has one or more reasons: the total counts it once.
  { section: 'reasons', columns: ['families'], rows: HELP_REASONS },
];

const PARTS: { section: string; columns: string[]; part: string; whole: string }[] = [
  { section: 'meals', columns: ['persons', 'meals', 'amount'], part: 'mealChildren', whole: 'meal' },
  {
    section: 'socialWork',
    columns: ['families', 'personsInFamilies'],
    part: 'withoutBenefit',
    whole: 'total',
  },
  {
    section: 'familyTypes',
    columns: ['families', 'personsInFamilies'],
    part: 'withChildren',
    whole: 'total',
  },
  {
    section: 'familyTypes',
    columns: ['families', 'personsInFamilies'],
    part: 'incomplete',
    whole: 'withChildren',
  },
  { section: 'familyTypes', columns: ['families', 'personsInFamilies'], part: 'pensioners', whole: 'total' },
  { section: 'dps', columns: ['persons'], part: 'admitted', whole: 'residing' },
];

/** The helped families and the persons in them, counted three ways that must agree. */
const SAME: { figure: string; as: string[] }[] = [
  { figure: 'benefits.total.families', as: ['familyTypes.total.families', 'reasons.total.families'] },
  {
    figure: 'benefits.total.personsInFamilies',
    as: ['familyTypes.total.personsInFamilies', 'reasons.total.personsInFamilies'],
  },
];

/** Hours are to the hundredth; money and counts are integers. */
const equal = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** The checks that fail on a report's figures; an empty list when it is consistent. */
export function mrpipsChecks(report: CheckedReport): FailedCheck[] {
  const values = new Map<string, number>();
  for (const s of report.sections)
    for (const r of s.rows)
      for (const [c, v] of Object.entries(r.values)) values.set(`${s.section}.${r.row}.${c}`, v);
  // Only sections the report holds are checked (a figure of a missing section is not a failure).
  const has = (id: string) => values.has(id);
  const v = (id: string) => values.get(id) ?? 0;
  const failed: FailedCheck[] = [];
  const fail = (rule: CheckRule, figure: string, against: string[], expected: string) =>
    failed.push({ rule, figure, actual: v(figure), against, expected });

  for (const x of SUMS)
    for (const c of x.columns) {
      const total = `${x.section}.${x.total}.${c}`;
      if (!has(total)) continue;
      const rows = x.rows.map((r) => `${x.section}.${r}.${c}`);
      const sum = rows.reduce((s, id) => s + v(id), 0);
      if (!equal(v(total), sum)) fail('sumOfRows', total, rows, `= ${Math.round(sum * 100) / 100}`);
    }
  for (const x of DISTINCT)
    for (const c of x.columns) {
      const total = `${x.section}.total.${c}`;
      if (!has(total)) continue;
      const rows = x.rows.map((r) => `${x.section}.${r}.${c}`);
      const sum = rows.reduce((s, id) => s + v(id), 0);
      const max = Math.max(0, ...rows.map(v));
      if (v(total) < max || v(total) > sum) fail('distinctTotal', total, rows, `${max}–${sum}`);
    }
  for (const x of PARTS)
    for (const c of x.columns) {
      const part = `${x.section}.${x.part}.${c}`;
      const whole = `${x.section}.${x.whole}.${c}`;
      if (has(part) && has(whole) && v(part) > v(whole)) fail('partOfRow', part, [whole], `≤ ${v(whole)}`);
    }
  for (const s of report.sections)
    for (const r of s.rows) {
      const base = 'families' in r.values ? 'families' : 'persons';
      if (!('personsInFamilies' in r.values) || !(base in r.values)) continue;
      const id = `${s.section}.${r.row}.personsInFamilies`;
      const of = `${s.section}.${r.row}.${base}`;
      if (v(id) < v(of)) fail('personsInFamilies', id, [of], `≥ ${v(of)}`);
    }
  for (const x of SAME)
    for (const other of x.as)
      if (has(x.figure) && has(other) && v(other) !== v(x.figure))
        fail('sameAcrossSections', other, [x.figure], `= ${v(x.figure)}`);
  return failed;
}
