import { CARE_FEE_KINDS, CareFeeSelfCheckRequest } from '@ostoja/domain/self-checks/self-checks';
import { portalApi } from '../../api/portal.ts';
import { useI18n } from '../../app/i18n.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { RadioGroup } from '../../components/portal-fields.tsx';
import { CheckAnswer } from './check-answer.tsx';
import { AmountField } from './check-fields.tsx';
import { INTL_TAG, useLongDate } from './format.ts';
import { Household, householdBody, hundredths, useAnswerForm } from './income-checks.tsx';

// Care services: "how much would I pay an hour?" — the fee table in force today (the council's
// resolution, or the regulation for mental disorders), the income against the criterion, and the
// fee for the hours a month the resident expects, if given. Exemptions are the centre's to grant.

const EMPTY = { serviceKind: '', persons: '', income: '', hours: '' };

/** Hours as typed, to the quarter hour ("40", "40,5"); empty: not asked; -1 (the schema names it) when not a number. */
const hoursOf = (s: string) => (s.trim() === '' ? null : hundredths(s) / 100);

export function CareFeeCheck() {
  const { t, money, locale } = useI18n();
  const longDate = useLongDate();
  const { f, answer } = useAnswerForm(
    CareFeeSelfCheckRequest,
    EMPTY,
    (v) => ({
      ...householdBody(v),
      serviceKind: v.serviceKind as 'careService',
      hoursPerMonth: hoursOf(v.hours),
    }),
    portalApi.careFeeSelfCheck,
  );
  const number = (n: number) => n.toLocaleString(INTL_TAG[locale], { maximumFractionDigits: 2 });
  const percent = (n: number) => `${number(n)}%`;
  return (
    <>
      <EditForm form={f} submitLabel={t('portalCheck.check')} requiredNote={false}>
        <RadioGroup
          legend={t('portalCheck.serviceKind')}
          {...f.bind('serviceKind')}
          required
          options={CARE_FEE_KINDS.map((k) => ({
            value: k,
            label: t(`portalCheck.serviceKind.${k}`),
            hint: t(`portalCheck.serviceKind.${k}.hint`),
          }))}
        />
        <Household f={f} />
        <AmountField
          label={t('portalCheck.hours')}
          hint={t('portalCheck.hoursHint')}
          {...f.bind('hours', 'hoursPerMonth')}
          required={false}
        />
      </EditForm>
      {answer ? (
        <CheckAnswer
          check="careFee"
          headline={{
            title:
              answer.hourlyFee > 0
                ? t('portalCheck.fee.hourly', { amount: money(answer.hourlyFee) })
                : t('portalCheck.fee.free'),
            text:
              answer.monthlyFee !== null
                ? t('portalCheck.fee.monthly', {
                    hours: number(answer.hoursPerMonth ?? 0),
                    amount: money(answer.monthlyFee),
                  })
                : t('portalCheck.fee.share', {
                    percent: percent(answer.feePct),
                    cost: money(answer.hourlyCost),
                  }),
          }}
          figures={[
            [
              t('portalCheck.fig.table'),
              t('portalCheck.fig.tableOf', {
                number: answer.tableNumber,
                date: longDate(answer.tableValidFrom),
              }),
            ],
            [t('portalCheck.fig.cost'), money(answer.hourlyCost)],
            [
              t('portalCheck.fig.criterion', { date: longDate(answer.criterionFrom) }),
              money(answer.criterion),
            ],
            [t('portalCheck.fig.ratio'), percent(answer.incomeRatioPct)],
            [t('portalCheck.fig.feePct'), percent(answer.feePct)],
            [t('portalCheck.fig.hourlyFee'), money(answer.hourlyFee)],
            ...(answer.monthlyFee !== null
              ? [[t('portalCheck.fig.monthlyFee'), money(answer.monthlyFee)] as [string, string]]
              : []),
            [t('portalCheck.fig.on'), longDate(answer.on)],
          ]}
          explanation={answer.explanation}
        />
      ) : null}
    </>
  );
}
