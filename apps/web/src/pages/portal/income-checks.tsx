import {
  FoodAidSelfCheckRequest,
  HousingSelfCheckRequest,
  MealsSelfCheckRequest,
} from '@ostoja/domain/self-checks/self-checks';
import { type ReactNode, useState } from 'react';
import type { FieldValues, UseFormSetValue } from 'react-hook-form';
import type { z } from 'zod';
import { type PortalSelfCheckAnswer, portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { withBindings } from '../../components/kit/bindings.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { CheckAnswer } from './check-answer.tsx';
import { AmountField, type Bound, KnowsField } from './check-fields.tsx';
import { useLongDate } from './format.ts';
import { parseZloty } from './money.ts';
import type { PortalCheck } from './self-check-paths.ts';

// The self-checks that compare a household's income with a limit: meals (200 % of the criterion),
// food aid (265 %) and the housing allowance (40 % / 30 % of the average wage, with the flat).

/** A whole number as typed; NaN (the schema names the field) when it is not one. */
export const wholeNumber = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s) : Number.NaN);
/** Złoty (or m², to two places) as typed, in hundredths; -1 (under every minimum) when not a number. */
export const hundredths = (s: string) => parseZloty(s) ?? -1;

type HouseholdValues = { persons: string; income: string };
type HouseholdForm = { bind(k: keyof HouseholdValues, bodyPath?: string): Bound };

/** The day asked and the household, as every income check sends them. */
export const householdBody = (v: HouseholdValues) => ({
  date: todayIso(),
  persons: wholeNumber(v.persons),
  monthlyIncome: hundredths(v.income),
});

/** The answer in words and figures: the criterion and the limit with their dates. */
function useFigures() {
  const { t, money } = useI18n();
  const longDate = useLongDate();
  return (a: PortalSelfCheckAnswer, check: PortalCheck): [string, string][] => {
    const rows: [string, string][] =
      check === 'housingAllowance'
        ? [
            [t('portalCheck.fig.wage'), money(a.criterion)],
            [t('portalCheck.fig.wageLimit', { percent: a.percent }), money(a.limit)],
          ]
        : [
            [t('portalCheck.fig.criterion', { date: longDate(a.criterionFrom) }), money(a.criterion)],
            [
              t('portalCheck.fig.limit', { percent: a.percent, date: longDate(a.percentFrom) }),
              money(a.limit),
            ],
          ];
    rows.push([t('portalCheck.fig.income'), money(a.incomePerPerson)]);
    if (a.normativeArea !== null && a.maxAreaHundredths !== null) {
      rows.push([t('portalCheck.fig.normative'), t('portalCheck.m2', { area: a.normativeArea })]);
      const max = (a.maxAreaHundredths / 100).toLocaleString('pl-PL', { minimumFractionDigits: 2 });
      rows.push([t('portalCheck.fig.maxArea'), t('portalCheck.m2', { area: max })]);
    }
    if (a.energyAmount) rows.push([t('portalCheck.fig.energy'), money(a.energyAmount)]);
    rows.push([t('portalCheck.fig.on'), longDate(a.on)]);
    return rows;
  };
}

/**
 * A self-check's form whose answer shows below it: the answer takes the focus when it comes and
 * goes when anything is typed anew (the form's setter, and so `set`, `bind` and `tick`, clear it).
 */
export function useAnswerForm<V extends FieldValues, S extends z.ZodType, A>(
  schema: S,
  empty: V,
  toBody: (v: V) => z.input<S>,
  save: (body: z.input<S>) => Promise<A>,
) {
  const [answer, setAnswer] = useState<A | null>(null);
  const edit = useEditForm({
    schema,
    defaultValues: empty,
    toBody,
    save,
    onSaved: (a) => {
      setAnswer(a);
      requestAnimationFrame(() => document.getElementById('check-answer')?.focus());
    },
  });
  const setValue: UseFormSetValue<V> = (name, value, options) => {
    setAnswer(null);
    edit.form.setValue(name, value, options);
  };
  return { f: withBindings({ ...edit, form: { ...edit.form, setValue } }), answer };
}

/** One income check's form and its yes / no / maybe below it. */
function useCheck<V extends FieldValues & HouseholdValues, S extends z.ZodType>(
  check: PortalCheck,
  schema: S,
  empty: V,
  toBody: (v: V) => z.input<S>,
  save: (body: z.input<S>) => Promise<PortalSelfCheckAnswer>,
) {
  const { t } = useI18n();
  const { f, answer } = useAnswerForm(schema, empty, toBody, save);
  const figures = useFigures();
  const view = answer ? (
    <CheckAnswer
      check={check}
      verdict={answer.verdict}
      reason={answer.reason}
      amount={answer.amount}
      figures={figures(answer, check)}
      explanation={answer.explanation}
    />
  ) : null;
  /** The form (the household first, then the check's own fields) and the answer below it. */
  const frame = (fields: ReactNode, incomeLabel?: 'portalCheck.housingIncome') => (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        {/* V has the household's fields; its generic paths are not resolved here */}
        <Household f={f as unknown as HouseholdForm} incomeLabel={incomeLabel} />
        {fields}
      </EditForm>
      {view}
    </>
  );
  return { f, frame };
}

/** The household's size and its monthly net income, as every income check asks them. */
export function Household({
  f,
  incomeLabel,
}: {
  f: HouseholdForm;
  incomeLabel?: 'portalCheck.housingIncome';
}) {
  const { t } = useI18n();
  return (
    <>
      <AmountField label={t('portalCheck.persons')} {...f.bind('persons')} inputMode="numeric" />
      <AmountField
        label={t(incomeLabel ?? 'portalCheck.income')}
        hint={t('portalCheck.incomeHint')}
        {...f.bind('income', 'monthlyIncome')}
      />
    </>
  );
}

export function MealsCheck() {
  const { t } = useI18n();
  const { f, frame } = useCheck(
    'meals',
    MealsSelfCheckRequest,
    { persons: '', income: '', schoolChild: false },
    (v) => ({ ...householdBody(v), schoolChild: v.schoolChild }),
    portalApi.mealsSelfCheck,
  );
  return frame(<CheckboxField label={t('portalCheck.schoolChild')} {...f.tick('schoolChild')} />);
}

export function FoodAidCheck() {
  const { t } = useI18n();
  const { f, frame } = useCheck(
    'foodAid',
    FoodAidSelfCheckRequest,
    { persons: '', income: '', difficulty: '' },
    (v) => ({ ...householdBody(v), difficulty: v.difficulty as 'yes' }),
    portalApi.foodAidSelfCheck,
  );
  return frame(<KnowsField legend={t('portalCheck.difficulty')} {...f.bind('difficulty')} />);
}

export function HousingCheck() {
  const { t } = useI18n();
  const { f, frame } = useCheck(
    'housingAllowance',
    HousingSelfCheckRequest,
    {
      persons: '',
      income: '',
      area: '',
      expenses: '',
      wheelchairUser: false,
      electricityContract: false,
      legalTitle: '',
    },
    (v) => ({
      ...householdBody(v),
      areaHundredths: hundredths(v.area),
      monthlyExpenses: hundredths(v.expenses),
      wheelchairUser: v.wheelchairUser,
      electricityContract: v.electricityContract,
      legalTitle: v.legalTitle as 'yes',
    }),
    portalApi.housingSelfCheck,
  );
  return frame(
    <>
      <AmountField label={t('portalCheck.area')} {...f.bind('area', 'areaHundredths')} />
      <AmountField label={t('portalCheck.expenses')} {...f.bind('expenses', 'monthlyExpenses')} />
      <CheckboxField label={t('portalCheck.wheelchair')} {...f.tick('wheelchairUser')} />
      <CheckboxField label={t('portalCheck.electricity')} {...f.tick('electricityContract')} />
      <KnowsField legend={t('portalCheck.legalTitle')} {...f.bind('legalTitle')} />
    </>,
    'portalCheck.housingIncome',
  );
}
