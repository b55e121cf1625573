import { z } from 'zod';
import { type ExplanationStep, money, step } from '../benefits/explanation.ts';
import { familyBenefits } from '../i18n/family-benefits.ts';
import { registerMessages } from '../i18n/index.ts';
import { divideHalfUp } from '../shared/money.ts';
import { isoDate } from '../shared/validation.ts';
import { benefitPeriodOf, type FamilyBenefitParameters } from './parameters.ts';
import {
  ageInMonth,
  type Child,
  criterionFor,
  ksztalcenieRehabilitacja,
  samotneWychowywanie,
  spreadReduction,
  totalForReduction,
  urodzenie,
  wielodzietnosc,
  withinAgeLimit,
  zasilekRodzinnyAmount,
  zlotowkaZaZlotowke,
} from './zasilek-rodzinny.ts';

// Whoever renders a step needs its messages, whether or not it loaded the package index.
registerMessages(familyBenefits);

export const ADDITION_KINDS = [
  'urodzenie',
  'urlopWychowawczy',
  'samotneWychowywanie',
  'wielodzietnosc',
  'ksztalcenieRehabilitacja',
  'rozpoczecieRokuSzkolnego',
  'naukaPozaMiejscemInternat',
  'naukaPozaMiejscemDojazd',
] as const;
export type AdditionKind = (typeof ADDITION_KINDS)[number];
/** The dodatki paid once (with the first month of the right), not monthly. */
export const ONE_OFF: readonly AdditionKind[] = ['urodzenie', 'rozpoczecieRokuSzkolnego'];

const USR = 'ustawy o świadczeniach rodzinnych';
export const USR_ART = (n: string) => `art. ${n} ${USR}`;

/** POST /api/v1/calculators/family-benefits — the public self-check (issue 18, item 7). */
export const FamilyBenefitsCalculatorRequest = z
  .object({
    periodStart: isoDate.refine((d) => d.endsWith('-01'), 'validation.familyBenefits.firstOfMonth'),
    familyMonthlyIncome: z.number().int().min(0).max(1_000_000_000),
    members: z
      .array(
        z.object({
          role: z.enum(['parent', 'child', 'other']),
          birthDate: isoDate,
          disabilityCertificate: z.boolean().default(false),
          inSchool: z.boolean().default(false),
        }),
      )
      .min(1)
      .max(30),
    singleParent: z.boolean().default(false),
    additions: z
      .array(z.object({ kind: z.enum(ADDITION_KINDS), childIndex: z.number().int().min(0) }))
      .max(100)
      .default([]),
  })
  .superRefine((r, ctx) => {
    r.members.forEach((m, i) => {
      if (m.birthDate > `${r.periodStart.slice(0, 8)}31`)
        ctx.addIssue({
          code: 'custom',
          path: ['members', i, 'birthDate'],
          message: 'validation.familyBenefits.bornAfter',
        });
    });
    r.additions.forEach((a, i) => {
      if (r.members[a.childIndex]?.role !== 'child')
        ctx.addIssue({
          code: 'custom',
          path: ['additions', i, 'childIndex'],
          message: 'validation.familyBenefits.notAChild',
        });
    });
  });
export type FamilyBenefitsCalculatorRequest = z.output<typeof FamilyBenefitsCalculatorRequest>;

export const BENEFIT_ITEM_KINDS = ['zasilekRodzinny', ...ADDITION_KINDS] as const;
export interface BenefitItem {
  kind: (typeof BENEFIT_ITEM_KINDS)[number];
  personIndex: number;
  amount: number;
  period: 'monthly' | 'oneOff';
}

export interface FamilyBenefitsAnswer {
  eligible: boolean;
  criterion: number;
  incomePerPerson: number;
  monthlyAmount: number;
  oneOffAmount: number;
  items: BenefitItem[];
  steps: ExplanationStep[];
}

const kindParam = (kind: string) => ({ message: `familyBenefits.kind.${kind}`, fallback: kind });
const ADDITION_ARTICLE: Record<AdditionKind, string> = {
  urodzenie: '9',
  urlopWychowawczy: '10',
  samotneWychowywanie: '11a',
  wielodzietnosc: '12a',
  ksztalcenieRehabilitacja: '13',
  rozpoczecieRokuSzkolnego: '14',
  naukaPozaMiejscemInternat: '15',
  naukaPozaMiejscemDojazd: '15',
};

/** The dodatki asked for, each checked against its article (one per kind and child). */
function additionItems(
  p: FamilyBenefitParameters,
  r: FamilyBenefitsCalculatorRequest,
  entitled: ReadonlySet<number>,
  steps: ExplanationStep[],
): BenefitItem[] {
  const items: BenefitItem[] = [];
  const d = p.dodatki;
  const child = (i: number): Child => r.members[i]!;
  const refuse = (kind: AdditionKind, i: number, reason: string) =>
    steps.push(
      step(USR_ART(ADDITION_ARTICLE[kind]), 'familyBenefits.step.additionRefused', {
        kind: kindParam(kind),
        n: i + 1,
        reason: { message: `familyBenefits.reason.${reason}`, fallback: reason },
      }),
    );
  const seen = new Set<string>();
  const add = (kind: AdditionKind, i: number, amount: number) => {
    items.push({ kind, personIndex: i, amount, period: ONE_OFF.includes(kind) ? 'oneOff' : 'monthly' });
    steps.push(
      step(USR_ART(ADDITION_ARTICLE[kind]), 'familyBenefits.step.addition', {
        kind: kindParam(kind),
        n: i + 1,
        amount: money(amount),
      }),
    );
  };
  const single = r.additions.filter((a) => a.kind === 'samotneWychowywanie' && entitled.has(a.childIndex));
  const singleIdx = [...new Set(single.map((a) => a.childIndex))];
  const cap = samotneWychowywanie(p, singleIdx.map(child));
  let baseLeft = cap.base;
  let raiseLeft = cap.raise;
  for (const a of r.additions) {
    const i = a.childIndex;
    const key = a.kind.startsWith('naukaPoza') ? `nauka:${i}` : `${a.kind}:${i}`;
    if (a.kind === 'urlopWychowawczy' ? seen.has('urlop') : seen.has(key)) continue;
    seen.add(a.kind === 'urlopWychowawczy' ? 'urlop' : key);
    if (!entitled.has(i)) {
      refuse(a.kind, i, 'noZasilek');
      continue;
    }
    const c = child(i);
    switch (a.kind) {
      case 'urodzenie': {
        const amount = urodzenie(p, c, r.periodStart);
        amount ? add(a.kind, i, amount) : refuse(a.kind, i, 'overOneYear');
        break;
      }
      case 'urlopWychowawczy':
        add(a.kind, i, d.urlopWychowawczy);
        break;
      case 'samotneWychowywanie': {
        if (!r.singleParent) {
          refuse(a.kind, i, 'notSingleParent');
          break;
        }
        const base = Math.min(d.samotneWychowywanie, baseLeft);
        const raise = c.disabilityCertificate ? Math.min(d.samotneNiepelnosprawne, raiseLeft) : 0;
        baseLeft -= base;
        raiseLeft -= raise;
        if (base + raise > 0) add(a.kind, i, base + raise);
        else refuse(a.kind, i, 'capReached');
        break;
      }
      case 'wielodzietnosc':
        break; // the family's, below
      case 'ksztalcenieRehabilitacja': {
        const amount = ksztalcenieRehabilitacja(p, c, r.periodStart);
        amount ? add(a.kind, i, amount) : refuse(a.kind, i, 'noCertificate');
        break;
      }
      case 'rozpoczecieRokuSzkolnego':
        c.inSchool ? add(a.kind, i, d.rozpoczecieRokuSzkolnego) : refuse(a.kind, i, 'notInSchool');
        break;
      case 'naukaPozaMiejscemInternat':
      case 'naukaPozaMiejscemDojazd':
        if (!c.inSchool) refuse(a.kind, i, 'notInSchool');
        else
          add(
            a.kind,
            i,
            a.kind === 'naukaPozaMiejscemInternat' ? d.naukaPozaMiejscemInternat : d.naukaPozaMiejscemDojazd,
          );
        break;
    }
  }
  if (r.additions.some((a) => a.kind === 'wielodzietnosc')) {
    // Art. 12a: for the third and further entitled children — the youngest ones carry it.
    const order = [...entitled].sort((a, b) => child(a).birthDate.localeCompare(child(b).birthDate) || a - b);
    if (wielodzietnosc(p, order.length) === 0)
      refuse(
        'wielodzietnosc',
        r.additions.find((a) => a.kind === 'wielodzietnosc')!.childIndex,
        'fewerThanThree',
      );
    for (const i of order.slice(2)) add('wielodzietnosc', i, d.wielodzietnosc);
  }
  return items;
}

/** The self-check of zasiłek rodzinny with its dodatki for one month, every step explained. */
export function calculateFamilyBenefits(
  p: FamilyBenefitParameters,
  r: FamilyBenefitsCalculatorRequest,
): FamilyBenefitsAnswer {
  const steps: ExplanationStep[] = [];
  const size = r.members.length;
  const disabledChild = r.members.some((m) => m.role === 'child' && m.disabilityCertificate);
  const criterion = criterionFor(p, disabledChild);
  const incomePerPerson = divideHalfUp(r.familyMonthlyIncome, size);
  const period = benefitPeriodOf(r.periodStart);
  steps.push(
    step(USR_ART(disabledChild ? '5 ust. 2' : '5 ust. 1'), 'familyBenefits.step.criterion', {
      period: period.label,
      baseYear: String(period.baseYear),
      criterion: money(criterion),
    }),
    step(USR_ART('3 pkt 2'), 'familyBenefits.step.income', {
      income: money(r.familyMonthlyIncome),
      size,
      perPerson: money(incomePerPerson),
    }),
  );
  const entitled = new Set<number>();
  const items: BenefitItem[] = [];
  r.members.forEach((m, i) => {
    if (m.role !== 'child') return;
    if (!withinAgeLimit(m, r.periodStart)) {
      steps.push(step(USR_ART('6 ust. 2'), 'familyBenefits.step.overAge', { n: i + 1 }));
      return;
    }
    entitled.add(i);
    const amount = zasilekRodzinnyAmount(p, m, r.periodStart);
    items.push({ kind: 'zasilekRodzinny', personIndex: i, amount, period: 'monthly' });
    steps.push(
      step(USR_ART('6 ust. 1'), 'familyBenefits.step.zasilek', {
        n: i + 1,
        age: ageInMonth(m.birthDate, r.periodStart),
        amount: money(amount),
      }),
    );
  });
  const none = (key: string, params = {}, article = USR_ART('5 ust. 3')) => {
    steps.push(step(article, key, params));
    return {
      eligible: false,
      criterion,
      incomePerPerson,
      monthlyAmount: 0,
      oneOffAmount: 0,
      items: [],
      steps,
    };
  };
  if (entitled.size === 0) return none('familyBenefits.step.noChild', {}, USR_ART('6 ust. 2'));
  items.push(...additionItems(p, r, entitled, steps));

  const sum = (f: (x: BenefitItem) => boolean) => items.filter(f).reduce((s, x) => s + x.amount, 0);
  const monthly = sum((x) => x.period === 'monthly');
  const oneOff = sum((x) => x.period === 'oneOff');
  const nauka = sum((x) => x.kind.startsWith('naukaPoza'));
  const total = totalForReduction(monthly, oneOff, nauka);
  const red = zlotowkaZaZlotowke(r.familyMonthlyIncome, criterion, size, total, p.minimumPayable);
  if (red.kind === 'full') {
    steps.push(
      step(USR_ART('5 ust. 1'), 'familyBenefits.step.withinCriterion', {
        monthly: money(monthly),
        oneOff: money(oneOff),
      }),
    );
    return {
      eligible: true,
      criterion,
      incomePerPerson,
      monthlyAmount: monthly,
      oneOffAmount: oneOff,
      items,
      steps,
    };
  }
  const params = { excess: money(red.excess), total: money(total), result: money(Math.max(0, red.result)) };
  if (red.kind === 'none')
    return none(
      red.result > 0 ? 'familyBenefits.step.underMinimum' : 'familyBenefits.step.overTotal',
      {
        ...params,
        minimum: money(p.minimumPayable),
      },
      USR_ART(red.result > 0 ? '5 ust. 3c' : '5 ust. 3'),
    );
  const spread = spreadReduction(
    items.map((x) => x.amount),
    red.result,
    total,
  );
  const reduced = items.map((x, i) => ({ ...x, amount: spread[i]! }));
  const rsum = (f: (x: BenefitItem) => boolean) => reduced.filter(f).reduce((s, x) => s + x.amount, 0);
  const monthlyAmount = rsum((x) => x.period === 'monthly');
  const oneOffAmount = rsum((x) => x.period === 'oneOff');
  steps.push(
    step(USR_ART('5 ust. 3–3b'), 'familyBenefits.step.reduced', {
      ...params,
      limit: money(criterion * size),
      monthly: money(monthlyAmount),
      oneOff: money(oneOffAmount),
    }),
  );
  return { eligible: true, criterion, incomePerPerson, monthlyAmount, oneOffAmount, items: reduced, steps };
}
