import type { ProposalInput } from '@ostoja/domain/applications/wywiad';
import { ART } from '@ostoja/domain/benefits/articles';
import { type ExplanationStep, money, step } from '@ostoja/domain/benefits/explanation';
import { householdIncome, referenceMonth, referenceMonthStep } from '@ostoja/domain/benefits/income';
import { incomeChangeWithinTolerance } from '@ostoja/domain/benefits/income-timing';
import { okresowyRaiseOn } from '@ostoja/domain/benefits/local-resolutions';
import {
  ART_RESIDENCE,
  ART_UKR_HELP,
  type ResidenceEligibility,
  residenceEligibility,
} from '@ostoja/domain/benefits/residence-eligibility';
import { specjalnyZasilekCelowy, zasilekCelowy } from '@ostoja/domain/benefits/zasilek-celowy';
import { zasilekOkresowy } from '@ostoja/domain/benefits/zasilek-okresowy';
import { zasilekStaly } from '@ostoja/domain/benefits/zasilek-staly';
import { divideHalfUp } from '@ostoja/domain/shared/money';
import type { z } from 'zod';
import type { Queryable } from '../../db/db.ts';
import { fieldError } from '../../http/errors.ts';
import * as benefitsRepo from '../benefits/repo.ts';
import { findStatus } from '../registry/ukr-status-repo.ts';
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

/** The running benefit a change decision amends: what its income was, and its months. */
export interface Revision {
  number: string;
  decidedOn: string;
  periodFrom: string;
  periodTo: string;
  /** Household income and size the running benefit was computed on (its stored calculation). */
  income: number;
  householdSize: number;
}

/**
 * The reference month: of the application (art. 8 ust. 3), or — when the home visit was updated
 * after the running benefit was granted — the month before that update visit, the income the
 * update records (practice of the aktualizacja wywiadu, art. 107 ust. 4 [M]).
 */
function referenceFor(app: ApplicationRow, wywiad: WywiadRow, revision: Revision | null) {
  if (revision && wywiad.visitedOn > revision.decidedOn) {
    const month = referenceMonth(wywiad.visitedOn, wywiad.incomeLost);
    return {
      month,
      step: step(ART.income, 'benefits.income.updateMonth', { month, date: wywiad.visitedOn }),
    };
  }
  return {
    month: referenceMonth(app.submittedOn, wywiad.incomeLost),
    step: referenceMonthStep(app.submittedOn, wywiad.incomeLost),
  };
}

/**
 * Income per art. 8 from the home visit (the members this decision counts), then the benefit's
 * calculator with the parameters in force on the day the application was filed. For a change of
 * a running benefit (`revision`), a one-off income received while it runs counts (art. 8 ust. 11)
 * and a change of income of at most 10% of the criterion leaves its income as it was
 * (art. 106 ust. 3a–3b).
 */
export async function calculateProposal(
  q: Queryable,
  app: ApplicationRow,
  wywiad: WywiadRow,
  p: z.output<typeof ProposalInput>,
  names: Map<string, string>,
  revision: Revision | null = null,
): Promise<Calculation> {
  const calc = await incomeCalculation(q, app, wywiad, p, names, revision);
  // The applicant was found in the caller's scope already; here only their citizenship and stay count.
  const applicant = await findStatus(q, app.applicantId, 'true');
  if (!applicant) return calc;
  const r = residenceEligibility(
    { ...applicant, ukrSince: applicant.since, ukrStatus: applicant.status, ukrLostOn: applicant.lostOn },
    p.benefit,
    app.submittedOn,
  );
  if (r.eligible && r.basis === 'polishCitizen') return calc;
  const first = residenceStep(r, applicant);
  if (r.eligible) return { ...calc, steps: [first, ...calc.steps] };
  return { ...calc, eligible: false, amount: 0, steps: [first, ...calc.steps] };
}

/** The step that says on what title the applicant may get help, or why not (art. 5 ups, art. 29 of the act on Ukraine). */
function residenceStep(r: ResidenceEligibility, a: { since: string | null; lostOn: string | null }) {
  const key = r.eligible ? r.basis : r.reason;
  const article = key === 'ukrStatus' || key === 'notUnderUkrAct' ? ART_UKR_HELP : ART_RESIDENCE;
  return step(article, `benefits.residence.${key}`, { since: a.since ?? '', lostOn: a.lostOn ?? '' });
}

/** Income per art. 8 and the benefit's own calculator (the residence check is calculateProposal's). */
async function incomeCalculation(
  q: Queryable,
  app: ApplicationRow,
  wywiad: WywiadRow,
  p: z.output<typeof ProposalInput>,
  names: Map<string, string>,
  revision: Revision | null,
): Promise<Calculation> {
  const period = await benefitsRepo.periodOn(q, app.submittedOn);
  if (!period) throw fieldError('periodFrom', 'validation.benefits.noParameters?from=2015-10-01');
  const ids = p.personIds ?? wywiad.members.map((m) => m.personId);
  const members = wywiad.members.filter((m) => ids.includes(m.personId));
  if (members.length !== ids.length) throw fieldError('personIds', 'validation.invalidOption');
  const reference = referenceFor(app, wywiad, revision);
  const month = reference.month;
  const hi = householdIncome(period, {
    referenceMonth: month,
    applicationMonth: app.submittedOn.slice(0, 7),
    benefitPeriod: revision
      ? { from: revision.periodFrom.slice(0, 7), to: revision.periodTo.slice(0, 7) }
      : null,
    members: members.map((m) => ({ ...m, name: names.get(m.personId) ?? '?' })),
    farmHectares: Number(wywiad.farmHectares),
  });
  const steps: ExplanationStep[] = [reference.step, ...hi.steps];
  const income = revision ? revisedIncome(period, revision, hi, steps) : hi.income;
  const facts = { size: hi.size, income };
  const base = {
    criterion: 0,
    income,
    incomePerPerson: income === hi.income ? hi.incomePerPerson : divideHalfUp(income, hi.size),
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

/**
 * Art. 106 ust. 3a–3b: while a benefit runs, a change of the household's income of at most 10% of
 * its criterion does not change the benefit, so the income it was granted on still counts. The
 * rule is about a change of income only: with other persons counted, the income is set anew.
 */
function revisedIncome(
  period: Parameters<typeof incomeChangeWithinTolerance>[0],
  revision: Revision,
  hi: { income: number; size: number },
  steps: ExplanationStep[],
): number {
  if (revision.householdSize !== hi.size || revision.income === hi.income) return hi.income;
  const c = incomeChangeWithinTolerance(period, hi.size, revision.income, hi.income);
  const params = {
    before: money(revision.income),
    after: money(hi.income),
    change: money(c.change),
    limit: money(c.limit),
    decision: revision.number,
  };
  steps.push(
    step(
      ART.smallIncomeChange,
      c.tolerated ? 'benefits.income.smallChange' : 'benefits.income.largeChange',
      params,
    ),
  );
  return c.tolerated ? revision.income : hi.income;
}
