import { AlimonyFundCalculatorRequest } from '@ostoja/domain/alimony-fund/calculator';
import { alimonyFundVerdict, Knows } from '@ostoja/domain/self-checks/self-checks';
import { useState } from 'react';
import { z } from 'zod';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { RowFieldsets } from '../../components/kit/row-fieldsets.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { CheckAnswer } from './check-answer.tsx';
import { useLongDate } from './format.ts';
import { hundredths, KnowsField } from './income-checks.tsx';

// The alimony fund by its public calculator (the criterion, the age limits, "złotówka za
// złotówkę" with the 100 zł floor, the cap), and the enforcement the resident knows of.

interface Child {
  birthDate: string;
  alimony: string;
  inSchool: boolean;
  disability: boolean;
}
interface Values {
  income: string;
  others: string;
  children: Child[];
  enforcement: string;
}
const CHILD: Child = { birthDate: '', alimony: '', inSchool: false, disability: false };
const EMPTY: Values = { income: '', others: '1', children: [CHILD], enforcement: '' };

const Request = z.intersection(AlimonyFundCalculatorRequest, z.object({ enforcement: Knows }));
type Answer = Awaited<ReturnType<typeof portalApi.alimonySelfCheck>>;

/** The children with alimony first (so "osoba 1" of the steps is child 1), then the rest of the family. */
function toBody(v: Values): z.input<typeof Request> {
  const periodStart = `${todayIso().slice(0, 7)}-01`;
  return {
    periodStart,
    familyMonthlyIncome: hundredths(v.income),
    members: [
      ...v.children.map((c) => ({
        role: 'child' as const,
        birthDate: c.birthDate,
        inSchool: c.inSchool,
        significantDisability: c.disability,
        courtAlimony: hundredths(c.alimony),
      })),
      // The others' age is not asked: only the entitled persons' age counts.
      ...Array.from({ length: Number(v.others) }, () => ({
        role: 'parent' as const,
        birthDate: periodStart,
      })),
    ],
    enforcement: v.enforcement as 'yes',
  };
}

export function AlimonyFundCheck() {
  const { t, money } = useI18n();
  const longDate = useLongDate();
  const [answer, setAnswer] = useState<{ a: Answer; enforcement: Knows; month: string } | null>(null);
  const f = useEditForm({
    schema: Request,
    defaultValues: EMPTY,
    toBody,
    save: async ({ enforcement, ...body }) => ({
      a: await portalApi.alimonySelfCheck(body),
      enforcement: enforcement as Knows,
      month: body.periodStart,
    }),
    onSaved: (r) => {
      setAnswer(r);
      requestAnimationFrame(() => document.getElementById('check-answer')?.focus());
    },
  });
  const v = f.values;
  const set = (path: string, value: unknown) => {
    setAnswer(null);
    f.form.setValue(path as never, value as never);
  };
  const result = answer ? alimonyFundVerdict(answer.a.eligible, answer.enforcement) : null;
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <TextField
          id={fieldId('familyMonthlyIncome')}
          label={t('portalCheck.familyIncome')}
          hint={t('portalCheck.familyIncomeHint')}
          value={v.income}
          onValue={(x) => set('income', x)}
          error={f.errors.familyMonthlyIncome}
          inputMode="decimal"
          required
          className="w-short"
        />
        <SelectField
          id={fieldId('others')}
          label={t('portalCheck.others.count')}
          value={v.others}
          onValue={(x) => set('others', x)}
          options={Array.from({ length: 9 }, (_, n) => ({ value: String(n), label: String(n) }))}
        />
        <RowFieldsets
          rows={v.children}
          onRows={(rows) => set('children', rows)}
          blank={CHILD}
          legend={(n) => t('portalCheck.child', { n })}
          removeLabel={(n) => t('portalCheck.removeChild', { n })}
          addLabel={t('portalCheck.addChild')}
        >
          {(c, i) => (
            <>
              <TextField
                id={fieldId(`members.${i}.birthDate`)}
                label={t('portalCheck.birthDate')}
                type="date"
                value={c.birthDate}
                onValue={(x) => set(`children.${i}.birthDate`, x)}
                error={f.errors[`members.${i}.birthDate`]}
                required
              />
              <TextField
                id={fieldId(`members.${i}.courtAlimony`)}
                label={t('portalCheck.alimony')}
                value={c.alimony}
                onValue={(x) => set(`children.${i}.alimony`, x)}
                error={f.errors[`members.${i}.courtAlimony`]}
                inputMode="decimal"
                required
                className="w-short"
              />
              <CheckboxField
                id={fieldId(`members.${i}.inSchool`)}
                label={t('portalCheck.inSchool')}
                checked={c.inSchool}
                onChecked={(x) => set(`children.${i}.inSchool`, x)}
              />
              <CheckboxField
                id={fieldId(`members.${i}.significantDisability`)}
                label={t('portalCheck.significantDisability')}
                checked={c.disability}
                onChecked={(x) => set(`children.${i}.disability`, x)}
              />
            </>
          )}
        </RowFieldsets>
        <KnowsField
          id="enforcement"
          legend={t('portalCheck.enforcement')}
          value={v.enforcement}
          onValue={(x) => set('enforcement', x)}
          error={f.errors.enforcement}
        />
      </EditForm>
      {answer && result ? (
        <CheckAnswer
          check="alimonyFund"
          verdict={result.verdict}
          reason={result.reason}
          amount={result.verdict === 'no' ? null : answer.a.monthlyAmount}
          figures={[
            [t('portalCheck.fig.criterionNow'), money(answer.a.criterion)],
            [t('portalCheck.fig.income'), money(answer.a.incomePerPerson)],
            ...answer.a.items.map((x): [string, string] => [
              t('portalCheck.fig.child', { n: x.personIndex + 1 }),
              money(x.amount),
            ]),
            [t('portalCheck.fig.total'), money(answer.a.monthlyAmount)],
            [t('portalCheck.fig.on'), longDate(answer.month)],
          ]}
          explanation={answer.a.explanation}
        />
      ) : null}
    </>
  );
}
