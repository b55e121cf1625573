import { ChangeDecision, RevokeDecision } from '@ostoja/domain/applications/decision';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, SelectField, TextAreaField } from '../../components/fields.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { todayIso } from '../../lib/format.ts';
import { Art11Field } from './art11-field.tsx';
import { checked } from './checked.ts';
import { zloty, zlotyInput } from './money.ts';
import { StepFrame } from './step-frame.tsx';
import { type StepFormProps, useStep } from './use-step.ts';

const CHANGE = checked(ChangeDecision, () => 'steps.amountInvalid');

/** A change of the monthly amount, or a revocation, of a granted benefit from a month on. */
export function AmendForm({ kind, ...p }: StepFormProps & { kind: 'change' | 'revoke' }) {
  const { app } = p;
  const { t, money } = useI18n();
  const granted = app.decisions.filter((d) => d.outcome === 'grant' && d.periodFrom && d.periodTo);
  const change = kind === 'change';
  const f = useStep(p, {
    step: change ? 'decision-changes' : 'decision-revocations',
    schema: change ? CHANGE : RevokeDecision,
    defaultValues: {
      decisionId: granted[0]?.id ?? '',
      fromMonth: todayIso().slice(0, 7),
      amount: zlotyInput(granted[0]?.amount),
      decidedOn: todayIso(),
      reason: '',
      art11ContractId: null as string | null,
    },
    toBody: ({ amount, art11ContractId, ...v }) => ({
      ...v,
      reason: v.reason.trim(),
      ...(change ? { amount: zloty(amount, Number.NaN) } : { art11ContractId }),
    }),
  });
  return (
    <StepFrame
      title={t(change ? 'action.changeDecision' : 'action.revokeDecision')}
      submitLabel={t(change ? 'steps.saveChange' : 'steps.saveRevoke')}
      of={p}
      form={f}
    >
      <SelectField
        label={t('steps.amendedDecision')}
        options={granted.map((d) => ({ value: d.id, label: `${d.number} — ${money(d.amount)}` }))}
        required
        {...f.bind('decisionId')}
      />
      <MonthField
        label={t('steps.fromMonth')}
        hint={t('steps.fromMonthHint')}
        required
        {...f.bind('fromMonth')}
      />
      {change ? <MoneyField label={t('steps.newAmount')} {...f.bind('amount')} /> : null}
      <DateField label={t('decision.decidedOn')} {...f.bind('decidedOn')} />
      {change ? null : <Art11Field personId={app.applicantId} f={f} reason="reason" />}
      <TextAreaField label={t('steps.amendReason')} required {...f.bind('reason')} />
    </StepFrame>
  );
}
