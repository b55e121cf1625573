import {
  CLOSURE_REASONS,
  CloseProcedure,
  type ClosureReason,
  PROGRAMMES,
  Refer,
} from '@ostoja/domain/blue-card/steps';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, GroupError, TextAreaField, TextField } from '../../components/fields.tsx';
import { ListSelect } from '../../components/kit/list-select.tsx';
import { RadioLabels } from '../../components/kit/radio-labels.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { withRole } from './common.tsx';
import {
  ActionStepForm,
  DateInput,
  onlyOne,
  PersonSelect,
  type StepProps,
  useProcedureStep,
} from './step-form.tsx';

export function ReferStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const perpetrators = withRole(p.participants, 'perpetrator');
  const f = useProcedureStep({ procedure: p, onDone }, 'referrals', Refer, {
    defaultValues: {
      personId: onlyOne(perpetrators),
      programme: 'correctiveEducational' as (typeof PROGRAMMES)[number],
      institution: '',
      referredOn: todayIso(),
      note: '',
    },
    toBody: (v) => ({ ...v, note: orNull(v.note) }),
  });
  return (
    <ActionStepForm action="refer" form={f} onCancel={onCancel}>
      <div className="field-row">
        <PersonSelect label={t('blueCards.step.perpetrator')} people={perpetrators} {...f.bind('personId')} />
        <ListSelect
          label={t('blueCards.referrals.programme')}
          values={PROGRAMMES}
          prefix="blueCard.programme"
          required
          {...f.bind('programme')}
        />
      </div>
      <div className="field-row">
        <TextField label={t('blueCards.referrals.institution')} required {...f.bind('institution')} />
        <DateInput label={t('blueCards.referrals.on')} {...f.bind('referredOn')} />
      </div>
      <TextAreaField label={t('blueCards.referrals.note')} {...f.bind('note')} />
    </ActionStepForm>
  );
}

/** Art. 9h ust. 1: the group closes the procedure for one of two reasons; monitoring follows. */
export function CloseStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'closure', CloseProcedure, {
    defaultValues: { on: todayIso(), reason: '' as ClosureReason | '', planDone: false, justification: '' },
    // No reason chosen yet is sent to the schema as it is: it names the field.
    toBody: (v) => ({ ...v, reason: v.reason as ClosureReason }),
  });
  const reasonId = fieldId('reason');
  return (
    <ActionStepForm action="close" form={f} onCancel={onCancel}>
      <DateInput label={t('blueCards.step.closedOn')} {...f.bind('on')} />
      <fieldset
        className="radio-group"
        id={reasonId}
        tabIndex={-1}
        aria-describedby={f.errors.reason ? `${reasonId}-error` : undefined}
      >
        <legend>
          {t('blueCards.step.closureReason')}
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <GroupError id={`${reasonId}-error`} error={f.errors.reason} />
        <RadioLabels
          name="closure-reason"
          value={f.values.reason}
          onValue={f.set('reason')}
          options={CLOSURE_REASONS.map((r) => ({ value: r, label: t(`blueCard.closure.${r}`) }))}
        />
      </fieldset>
      {f.values.reason === 'violenceStopped' ? (
        <CheckboxField label={t('blueCards.step.planDone')} {...f.tick('planDone')} />
      ) : null}
      <TextAreaField label={t('blueCards.step.justification')} required {...f.bind('justification')} />
      <p className="hint">
        {t('blueCards.step.monitoringHint', {
          noGrounds: p.parameters.monitoringMonthsNoGrounds,
          stopped: p.parameters.monitoringMonthsViolenceStopped,
        })}
      </p>
    </ActionStepForm>
  );
}
