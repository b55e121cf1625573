import { CLOSURE_REASONS, CloseProcedure, PROGRAMMES, Refer } from '@ostoja/domain/blue-card/steps';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, GroupError, SelectField, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { TextAreaField, withRole } from './common.tsx';
import { personOptions, StepForm, type StepProps, useStep } from './step-form.tsx';
import { DateInput } from './steps-basic.tsx';

export function ReferStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const perpetrators = withRole(p.participants, 'perpetrator');
  const [v, setV] = useState({
    personId: perpetrators.length === 1 ? perpetrators[0]!.personId : '',
    programme: 'correctiveEducational',
    institution: '',
    referredOn: todayIso(),
    note: '',
  });
  const { state, send } = useStep(Refer, `/api/v1/blue-cards/${p.id}/referrals`, onDone);
  return (
    <StepForm
      title={t('blueCard.action.refer')}
      submitLabel={t('blueCards.submit.refer')}
      state={state}
      onSubmit={() => send({ ...v, note: orNull(v.note) })}
      onCancel={onCancel}
    >
      <div className="field-row">
        <SelectField
          id={fieldId('personId')}
          label={t('blueCards.step.perpetrator')}
          value={v.personId}
          onValue={(personId) => setV({ ...v, personId })}
          options={personOptions(perpetrators, t)}
          error={state.errors.personId}
          required
        />
        <SelectField
          id={fieldId('programme')}
          label={t('blueCards.referrals.programme')}
          value={v.programme}
          onValue={(programme) => setV({ ...v, programme })}
          options={PROGRAMMES.map((x) => ({ value: x, label: t(`blueCard.programme.${x}`) }))}
          error={state.errors.programme}
          required
        />
      </div>
      <div className="field-row">
        <TextField
          id={fieldId('institution')}
          label={t('blueCards.referrals.institution')}
          value={v.institution}
          onValue={(institution) => setV({ ...v, institution })}
          error={state.errors.institution}
          required
        />
        <DateInput
          path="referredOn"
          label={t('blueCards.referrals.on')}
          value={v.referredOn}
          onValue={(referredOn) => setV({ ...v, referredOn })}
          errors={state.errors}
        />
      </div>
      <TextAreaField
        id={fieldId('note')}
        label={t('blueCards.referrals.note')}
        value={v.note}
        onValue={(note) => setV({ ...v, note })}
        error={state.errors.note}
      />
    </StepForm>
  );
}

/** Art. 9h ust. 1: the group closes the procedure for one of two reasons; monitoring follows. */
export function CloseStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const [v, setV] = useState({ on: todayIso(), reason: '', planDone: false, justification: '' });
  const { state, send } = useStep(CloseProcedure, `/api/v1/blue-cards/${p.id}/closure`, onDone);
  const reasonId = fieldId('reason');
  return (
    <StepForm
      title={t('blueCard.action.close')}
      submitLabel={t('blueCards.submit.close')}
      state={state}
      onSubmit={() => send(v)}
      onCancel={onCancel}
    >
      <DateInput
        path="on"
        label={t('blueCards.step.closedOn')}
        value={v.on}
        onValue={(on) => setV({ ...v, on })}
        errors={state.errors}
      />
      <fieldset
        className="radio-group"
        id={reasonId}
        tabIndex={-1}
        aria-describedby={state.errors.reason ? `${reasonId}-error` : undefined}
      >
        <legend>
          {t('blueCards.step.closureReason')}
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        </legend>
        <GroupError id={`${reasonId}-error`} error={state.errors.reason} />
        {CLOSURE_REASONS.map((r) => (
          <label key={r}>
            <input
              type="radio"
              name="closure-reason"
              value={r}
              checked={v.reason === r}
              onChange={() => setV({ ...v, reason: r })}
            />{' '}
            {t(`blueCard.closure.${r}`)}
          </label>
        ))}
      </fieldset>
      {v.reason === 'violenceStopped' ? (
        <CheckboxField
          id={fieldId('planDone')}
          label={t('blueCards.step.planDone')}
          checked={v.planDone}
          onChecked={(planDone) => setV({ ...v, planDone })}
          error={state.errors.planDone}
        />
      ) : null}
      <TextAreaField
        id={fieldId('justification')}
        label={t('blueCards.step.justification')}
        value={v.justification}
        onValue={(justification) => setV({ ...v, justification })}
        error={state.errors.justification}
        required
      />
      <p className="hint">
        {t('blueCards.step.monitoringHint', {
          noGrounds: p.parameters.monitoringMonthsNoGrounds,
          stopped: p.parameters.monitoringMonthsViolenceStopped,
        })}
      </p>
    </StepForm>
  );
}
