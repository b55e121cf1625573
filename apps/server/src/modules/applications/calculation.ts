import type { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { ART } from '@ostoja/domain/benefits/articles';
import type { ExplanationStep } from '@ostoja/domain/benefits/explanation';
import { householdIncome, referenceMonth, referenceMonthStep } from '@ostoja/domain/benefits/income';
import { okresowyRaiseOn } from '@ostoja/domain/benefits/local-resolutions';
import { specjalnyZasilekCelowy, zasilekCelowy } from '@ostoja/domain/benefits/zasilek-celowy';
import { zasilekOkresowy } from '@ostoja/domain/benefits/zasilek-okresowy';
import { zasilekStaly } from '@ostoja/domain/benefits/zasilek-staly';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { fieldError } from '../../http/errors.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import type { ApplicationRow, WywiadRow } from './repo.ts';

export interface Calculation {
  eligible: boolean;
  /** The amount the decision grants: the proposed one within the legal bounds. */
  amount: number;
  minimumAmount: number;
  maximumAmount: number | null;
  criterion: number;
  income: number;
  incomePerPerson: number;
  householdSize: number;
  referenceMonth: string;
  parametersFrom: string;
  steps: ExplanationStep[];
}

/** Legal basis printed on the decision, per benefit; the letter names the act once after it. */
const bare = (article: string) => article.replace(/ ustawy o pomocy społecznej$/, '');
export const LEGAL_BASIS: Record<string, string> = {
  zasilekStaly: `art. 37 ust. 1 i ust. 2 oraz art. 106 ust. 1`,
  zasilekOkresowy: `${bare(ART.okresowy)}, ust. 2 i ust. 3 oraz art. 106 ust. 1`,
  zasilekCelowy: `${bare(ART.celowy)} oraz art. 106 ust. 1`,
  specjalnyZasilekCelowy: `${bare(ART.specjalnyCelowy)} oraz art. 106 ust. 1`,
};

/**
 * Income per art. 8 from the home visit (the members this decision counts), then the benefit's
 * calculator with the parameters in force on the day the application was filed.
 */
export async function calculateProposal(
  q: Queryable,
  app: ApplicationRow,
  wywiad: WywiadRow,
  p: z.output<typeof ProposalInput>,
  names: Map<string, string>,
): Promise<Calculation> {
  const period = await benefitsRepo.periodOn(q, app.submittedOn);
  if (!period) throw fieldError('periodFrom', 'validation.benefits.noParameters?from=2015-10-01');
  const ids = p.personIds ?? wywiad.members.map((m) => m.personId);
  const members = wywiad.members.filter((m) => ids.includes(m.personId));
  if (members.length !== ids.length) throw fieldError('personIds', 'validation.invalidOption');
  const month = referenceMonth(app.submittedOn, wywiad.incomeLost);
  const hi = householdIncome(period, {
    referenceMonth: month,
    members: members.map((m) => ({ ...m, name: names.get(m.personId) ?? '?' })),
    farmHectares: Number(wywiad.farmHectares),
  });
  const facts = { size: hi.size, income: hi.income };
  const steps: ExplanationStep[] = [referenceMonthStep(app.submittedOn, wywiad.incomeLost), ...hi.steps];
  const base = {
    criterion: 0,
    income: hi.income,
    incomePerPerson: hi.incomePerPerson,
    householdSize: hi.size,
    referenceMonth: month,
    parametersFrom: period.validFrom,
  };
  if (p.benefit === 'zasilekStaly') {
    const applicantIncome =
      hi.members[members.findIndex((m) => m.personId === app.applicantId)]?.income ?? hi.income;
    const r = zasilekStaly(period, { ...facts, applicantIncome, unableToWork: p.unableToWork });
    return {
      ...base,
      eligible: r.eligible,
      amount: r.amount,
      minimumAmount: r.amount,
      maximumAmount: r.amount,
      criterion: r.criterion,
      steps: [...steps, ...r.steps],
    };
  }
  if (p.benefit === 'zasilekOkresowy') {
    const raise = okresowyRaiseOn(await benefitsRepo.listResolutions(q), app.submittedOn);
    const r = zasilekOkresowy(period, facts, { localRaise: raise });
    const amount = r.eligible
      ? Math.min(r.maximumAmount, Math.max(r.minimumAmount, p.amount ?? r.minimumAmount))
      : 0;
    return {
      ...base,
      eligible: r.eligible,
      amount,
      minimumAmount: r.minimumAmount,
      maximumAmount: r.maximumAmount,
      criterion: r.criterion,
      steps: [...steps, ...r.steps],
    };
  }
  const requested = p.amount ?? 0;
  const r =
    p.benefit === 'zasilekCelowy'
      ? zasilekCelowy(period, facts, requested)
      : specjalnyZasilekCelowy(period, facts, requested);
  return {
    ...base,
    eligible: r.eligible,
    amount: r.amount,
    minimumAmount: 0,
    maximumAmount: r.ceiling,
    criterion: r.criterion,
    steps: [...steps, ...r.steps],
  };
}
