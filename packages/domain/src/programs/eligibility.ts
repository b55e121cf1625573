import { percentHalfUp } from '../shared/money.ts';
import type { FieldError } from '../shared/validation.ts';

// Recruitment to a project or programme: its eligibility criteria are the project's own data
// (the regulamin rekrutacji of each project, [M]), checked when a participant is added. Each
// unmet criterion names the field of the request that fails it.

/** The criteria a project may set; `percent` is of the art. 8 ups income criterion. */
export type Criterion =
  | { kind: 'ageMin'; years: number }
  | { kind: 'ageMax'; years: number }
  | { kind: 'incomeMax'; percent: number }
  | { kind: 'reason'; reasons: readonly string[] };

export interface Candidate {
  birthDate: string | null;
  /** The day of joining: age and the criterion in force are taken on it. */
  on: string;
  incomePerPersonGrosze: number | null;
  householdSize: number | null;
  reasons: readonly string[];
}

export interface IncomeCriteria {
  criterionSingle: number;
  criterionPerPerson: number;
}

/** Full years of age on a day (a birthday on 29 February counts from 1 March in other years). */
export function ageOn(birthDate: string, on: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

// Art. 8 ust. 1 ups: the criterion of a single person, or per person in a family; a programme's
// threshold is a percentage of it, rounded half up to the grosz.
export function incomeLimit(percent: number, householdSize: number, c: IncomeCriteria): number {
  return percentHalfUp(householdSize === 1 ? c.criterionSingle : c.criterionPerPerson, percent);
}

/** "2676,50 zł": the limit inside a validation message. */
export const zloty = (grosze: number) =>
  `${Math.floor(grosze / 100)},${String(grosze % 100).padStart(2, '0')} zł`;

/** Income at most `percent` % of the criterion; the error names the income field. */
export function incomeErrors(
  percent: number,
  c: Pick<Candidate, 'incomePerPersonGrosze' | 'householdSize'>,
  criteria: IncomeCriteria,
): FieldError[] {
  if (c.incomePerPersonGrosze === null || c.householdSize === null)
    return [{ path: 'incomePerPersonGrosze', message: 'validation.programs.incomeRequired' }];
  const limit = incomeLimit(percent, c.householdSize, criteria);
  return c.incomePerPersonGrosze > limit
    ? [
        {
          path: 'incomePerPersonGrosze',
          message: `validation.programs.incomeOver?percent=${percent}&limit=${zloty(limit)}`,
        },
      ]
    : [];
}

/** Every criterion the candidate does not meet, as field errors (empty: eligible). */
export function unmetCriteria(
  criteria: readonly Criterion[],
  c: Candidate,
  income: IncomeCriteria | null,
): FieldError[] {
  const errors: FieldError[] = [];
  const age = c.birthDate ? ageOn(c.birthDate, c.on) : null;
  for (const k of criteria) {
    if (k.kind === 'ageMin' && (age === null || age < k.years))
      errors.push({ path: 'personId', message: `validation.programs.ageMin?years=${k.years}` });
    if (k.kind === 'ageMax' && (age === null || age > k.years))
      errors.push({ path: 'personId', message: `validation.programs.ageMax?years=${k.years}` });
    if (k.kind === 'incomeMax') {
      if (!income) errors.push({ path: 'joinedOn', message: 'validation.programs.noCriterion' });
      else errors.push(...incomeErrors(k.percent, c, income));
    }
    if (k.kind === 'reason' && !c.reasons.some((r) => k.reasons.includes(r)))
      errors.push({ path: 'reasons', message: `validation.programs.reason?reasons=${k.reasons.join(', ')}` });
  }
  return errors;
}
