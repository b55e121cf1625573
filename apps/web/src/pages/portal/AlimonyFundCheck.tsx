import { AlimonyFundCalculatorRequest } from '@ostoja/domain/alimony-fund/calculator';
import { alimonyFundVerdict, Knows } from '@ostoja/domain/self-checks/self-checks';
import { z } from 'zod';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { RowFieldsets } from '../../components/kit/row-fieldsets.tsx';
import { todayIso } from '../../lib/format.ts';
import { CheckAnswer } from './check-answer.tsx';
import { AmountField, KnowsField } from './check-fields.tsx';
import { useLongDate } from './format.ts';
import { hundredths, useAnswerForm } from './income-checks.tsx';

// The alimony fund by its public calculator (the criterion, the age limits, "złotówka za
// złotówkę" with the 100 zł floor, the cap), and the enforcement the resident knows of.

/** A child with alimony: the fields are named as in the request's members (the children come first). */
interface Child {
  birthDate: string;
  courtAlimony: string;
  inSchool: boolean;
  significantDisability: boolean;
}
interface Values {
  income: string;
  others: string;
  members: Child[];
  enforcement: string;
}
const CHILD: Child = { birthDate: '', courtAlimony: '', inSchool: false, significantDisability: false };
const EMPTY: Values = { income: '', others: '1', members: [CHILD], enforcement: '' };

const Request = z.intersection(AlimonyFundCalculatorRequest, z.object({ enforcement: Knows }));

/** The children with alimony first (so "osoba 1" of the steps is child 1), then the rest of the family. */
function toBody(v: Values): z.input<typeof Request> {
  const periodStart = `${todayIso().slice(0, 7)}-01`;
  return {
    periodStart,
    familyMonthlyIncome: hundredths(v.income),
    members: [
      ...v.members.map((c) => ({
        role: 'child' as const,
        birthDate: c.birthDate,
        inSchool: c.inSchool,
        significantDisability: c.significantDisability,
        courtAlimony: hundredths(c.courtAlimony),
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
  const { f, answer } = useAnswerForm(Request, EMPTY, toBody, async ({ enforcement, ...body }) => ({
    a: await portalApi.alimonySelfCheck(body),
    enforcement: enforcement as Knows,
    month: body.periodStart,
  }));
  const result = answer ? alimonyFundVerdict(answer.a.eligible, answer.enforcement) : null;
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <AmountField
          label={t('portalCheck.familyIncome')}
          hint={t('portalCheck.familyIncomeHint')}
          {...f.bind('income', 'familyMonthlyIncome')}
        />
        <SelectField
          label={t('portalCheck.others.count')}
          {...f.bind('others')}
          options={Array.from({ length: 9 }, (_, n) => ({ value: String(n), label: String(n) }))}
        />
        <RowFieldsets
          rows={f.values.members}
          onRows={f.set('members')}
          blank={CHILD}
          legend={(n) => t('portalCheck.child', { n })}
          removeLabel={(n) => t('portalCheck.removeChild', { n })}
          addLabel={t('portalCheck.addChild')}
        >
          {(_, i) => (
            <>
              <TextField
                label={t('portalCheck.birthDate')}
                type="date"
                {...f.bind(`members.${i}.birthDate`)}
                required
              />
              <AmountField label={t('portalCheck.alimony')} {...f.bind(`members.${i}.courtAlimony`)} />
              <CheckboxField label={t('portalCheck.inSchool')} {...f.tick(`members.${i}.inSchool`)} />
              <CheckboxField
                label={t('portalCheck.significantDisability')}
                {...f.tick(`members.${i}.significantDisability`)}
              />
            </>
          )}
        </RowFieldsets>
        <KnowsField legend={t('portalCheck.enforcement')} {...f.bind('enforcement')} />
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
