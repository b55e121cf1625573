import {
  FoodAidSelfCheckRequest,
  HousingSelfCheckRequest,
  MealsSelfCheckRequest,
} from '@ostoja/domain/self-checks/self-checks';
import { useState } from 'react';
import type { z } from 'zod';
import { type PortalSelfCheckAnswer, portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { CheckAnswer } from './check-answer.tsx';
import { useLongDate } from './format.ts';
import { parseZloty } from './money.ts';
import type { PortalCheck } from './self-check-paths.ts';

// The self-checks that compare a household's income with a limit: meals (200 % of the criterion),
// food aid (265 %) and the housing allowance (40 % / 30 % of the average wage, with the flat).

/** A whole number as typed; NaN (the schema names the field) when it is not one. */
export const wholeNumber = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s) : Number.NaN);
/** Złoty (or m², to two places) as typed, in hundredths; -1 (under every minimum) when not a number. */
export const hundredths = (s: string) => parseZloty(s) ?? -1;

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
 * goes when anything is typed anew.
 */
export function useAnswerForm<V extends Record<string, unknown>, S extends z.ZodType, A>(
  schema: S,
  empty: V,
  toBody: (v: V) => z.input<S>,
  save: (body: z.input<S>) => Promise<A>,
) {
  const [answer, setAnswer] = useState<A | null>(null);
  const f = useEditForm({
    schema,
    defaultValues: empty,
    toBody,
    save,
    onSaved: (a) => {
      setAnswer(a);
      requestAnimationFrame(() => document.getElementById('check-answer')?.focus());
    },
  });
  const set = (k: keyof V & string) => (x: unknown) => {
    setAnswer(null);
    f.form.setValue(k as never, x as never);
  };
  return { f, set, answer };
}

/** One income check's form and its yes / no / maybe below it. */
function useCheck<V extends Record<string, unknown>, S extends z.ZodType>(
  check: PortalCheck,
  schema: S,
  empty: V,
  toBody: (v: V) => z.input<S>,
  save: (body: z.input<S>) => Promise<PortalSelfCheckAnswer>,
) {
  const { f, set, answer } = useAnswerForm(schema, empty, toBody, save);
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
  return { f, set, view };
}

/** The household's size and its monthly net income, as every income check asks them. */
export function Household({
  f,
  set,
  incomeLabel,
}: {
  f: { values: { persons: string; income: string }; errors: Record<string, string> };
  set(k: 'persons' | 'income'): (x: unknown) => void;
  incomeLabel?: 'portalCheck.housingIncome';
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={fieldId('persons')}
        label={t('portalCheck.persons')}
        value={f.values.persons}
        onValue={set('persons')}
        error={f.errors.persons}
        inputMode="numeric"
        required
        className="w-short"
      />
      <TextField
        id={fieldId('monthlyIncome')}
        label={t(incomeLabel ?? 'portalCheck.income')}
        hint={t('portalCheck.incomeHint')}
        value={f.values.income}
        onValue={set('income')}
        error={f.errors.monthlyIncome}
        inputMode="decimal"
        required
        className="w-short"
      />
    </>
  );
}

export function KnowsField({
  id,
  legend,
  value,
  onValue,
  error,
}: {
  id: string;
  legend: string;
  value: string;
  onValue(v: string): void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <RadioGroup
      id={fieldId(id)}
      legend={legend}
      value={value}
      onValue={onValue}
      error={error}
      required
      options={(['yes', 'no', 'unsure'] as const).map((k) => ({ value: k, label: t(`portalCheck.${k}`) }))}
    />
  );
}

export function MealsCheck() {
  const { t } = useI18n();
  const { f, set, view } = useCheck(
    'meals',
    MealsSelfCheckRequest,
    { persons: '', income: '', schoolChild: false },
    (v) => ({
      date: todayIso(),
      persons: wholeNumber(v.persons),
      monthlyIncome: hundredths(v.income),
      schoolChild: v.schoolChild,
    }),
    portalApi.mealsSelfCheck,
  );
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <Household f={f} set={set} />
        <CheckboxField
          id={fieldId('schoolChild')}
          label={t('portalCheck.schoolChild')}
          checked={f.values.schoolChild}
          onChecked={set('schoolChild')}
        />
      </EditForm>
      {view}
    </>
  );
}

export function FoodAidCheck() {
  const { t } = useI18n();
  const { f, set, view } = useCheck(
    'foodAid',
    FoodAidSelfCheckRequest,
    { persons: '', income: '', difficulty: '' },
    (v) => ({
      date: todayIso(),
      persons: wholeNumber(v.persons),
      monthlyIncome: hundredths(v.income),
      difficulty: v.difficulty as 'yes',
    }),
    portalApi.foodAidSelfCheck,
  );
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <Household f={f} set={set} />
        <KnowsField
          id="difficulty"
          legend={t('portalCheck.difficulty')}
          value={f.values.difficulty}
          onValue={set('difficulty')}
          error={f.errors.difficulty}
        />
      </EditForm>
      {view}
    </>
  );
}

export function HousingCheck() {
  const { t } = useI18n();
  const { f, set, view } = useCheck(
    'housingAllowance',
    HousingSelfCheckRequest,
    {
      persons: '',
      income: '',
      area: '',
      expenses: '',
      wheelchair: false,
      electricity: false,
      legalTitle: '',
    },
    (v) => ({
      date: todayIso(),
      persons: wholeNumber(v.persons),
      monthlyIncome: hundredths(v.income),
      areaHundredths: hundredths(v.area),
      monthlyExpenses: hundredths(v.expenses),
      wheelchairUser: v.wheelchair,
      electricityContract: v.electricity,
      legalTitle: v.legalTitle as 'yes',
    }),
    portalApi.housingSelfCheck,
  );
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <Household f={f} set={set} incomeLabel="portalCheck.housingIncome" />
        <TextField
          id={fieldId('areaHundredths')}
          label={t('portalCheck.area')}
          value={f.values.area}
          onValue={set('area')}
          error={f.errors.areaHundredths}
          inputMode="decimal"
          required
          className="w-short"
        />
        <TextField
          id={fieldId('monthlyExpenses')}
          label={t('portalCheck.expenses')}
          value={f.values.expenses}
          onValue={set('expenses')}
          error={f.errors.monthlyExpenses}
          inputMode="decimal"
          required
          className="w-short"
        />
        <CheckboxField
          id={fieldId('wheelchairUser')}
          label={t('portalCheck.wheelchair')}
          checked={f.values.wheelchair}
          onChecked={set('wheelchair')}
        />
        <CheckboxField
          id={fieldId('electricityContract')}
          label={t('portalCheck.electricity')}
          checked={f.values.electricity}
          onChecked={set('electricity')}
        />
        <KnowsField
          id="legalTitle"
          legend={t('portalCheck.legalTitle')}
          value={f.values.legalTitle}
          onValue={set('legalTitle')}
          error={f.errors.legalTitle}
        />
      </EditForm>
      {view}
    </>
  );
}
