import { FormC, FormD, FormE } from '@ostoja/domain/blue-card/steps';
import { useState } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { TextAreaField, withRole } from './common.tsx';
import { type Item, itemPayload, newItem, PlanItems } from './plan-items.tsx';
import { personOptions, StepForm, type StepProps, useStep } from './step-form.tsx';
import { DateInput } from './steps-basic.tsx';

const formUrl = (p: StepProps['procedure']) => `/api/v1/blue-cards/${p.id}/forms`;

export function FormCStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const victims = withRole(p.participants, 'victim');
  const [v, setV] = useState({
    personId: victims.length === 1 ? victims[0]!.personId : '',
    filledOn: todayIso(),
    situation: '',
    needs: '',
    agreedWithPerson: true,
  });
  const [plan, setPlan] = useState<Item[]>(() => [newItem()]);
  const { state, send } = useStep(FormC, formUrl(p), onDone);
  return (
    <StepForm
      title={t('blueCard.document.C')}
      submitLabel={t('blueCards.submit.fillForm')}
      state={state}
      onSubmit={() => send({ kind: 'C', ...v, needs: orNull(v.needs), plan: plan.map(itemPayload) })}
      onCancel={onCancel}
    >
      <div className="field-row">
        <SelectField
          id={fieldId('personId')}
          label={t('blueCards.step.victim')}
          value={v.personId}
          onValue={(personId) => setV({ ...v, personId })}
          options={personOptions(victims, t)}
          error={state.errors.personId}
          required
        />
        <DateInput
          path="filledOn"
          label={t('blueCards.forms.filledOn')}
          value={v.filledOn}
          onValue={(filledOn) => setV({ ...v, filledOn })}
          errors={state.errors}
        />
      </div>
      <TextAreaField
        id={fieldId('situation')}
        label={t('blueCards.plan.situation')}
        value={v.situation}
        onValue={(situation) => setV({ ...v, situation })}
        error={state.errors.situation}
        required
        rows={6}
      />
      <TextAreaField
        id={fieldId('needs')}
        label={t('blueCards.plan.needs')}
        value={v.needs}
        onValue={(needs) => setV({ ...v, needs })}
        error={state.errors.needs}
      />
      <PlanItems
        prefix="plan"
        legend={t('blueCards.plan.title')}
        items={plan}
        onItems={setPlan}
        errors={state.errors}
      />
      <CheckboxField
        id={fieldId('agreedWithPerson')}
        label={t('blueCards.plan.agreed')}
        checked={v.agreedWithPerson}
        onChecked={(agreedWithPerson) => setV({ ...v, agreedWithPerson })}
      />
    </StepForm>
  );
}

export function FormDStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const perpetrators = withRole(p.participants, 'perpetrator');
  const [personId, setPersonId] = useState(perpetrators.length === 1 ? perpetrators[0]!.personId : '');
  const [filledOn, setFilledOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const { state, send } = useStep(FormD, formUrl(p), onDone);
  return (
    <StepForm
      title={t('blueCard.document.D')}
      submitLabel={t('blueCards.submit.handOverFormD')}
      state={state}
      onSubmit={() => send({ kind: 'D', personId, filledOn, note: orNull(note) })}
      onCancel={onCancel}
    >
      <SelectField
        id={fieldId('personId')}
        label={t('blueCards.step.perpetrator')}
        value={personId}
        onValue={setPersonId}
        options={personOptions(perpetrators, t)}
        error={state.errors.personId}
        required
      />
      <DateInput
        path="filledOn"
        label={t('blueCards.step.handedOverOn')}
        value={filledOn}
        onValue={setFilledOn}
        errors={state.errors}
      />
      <TextAreaField
        id={fieldId('note')}
        label={t('blueCards.step.note')}
        value={note}
        onValue={setNote}
        error={state.errors.note}
      />
    </StepForm>
  );
}

export function FormEStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const perpetrators = withRole(p.participants, 'perpetrator');
  const [personId, setPersonId] = useState(perpetrators.length === 1 ? perpetrators[0]!.personId : '');
  const [filledOn, setFilledOn] = useState(todayIso());
  const [assessment, setAssessment] = useState('');
  const [actions, setActions] = useState<Item[]>(() => [newItem()]);
  const { state, send } = useStep(FormE, formUrl(p), onDone);
  return (
    <StepForm
      title={t('blueCard.document.E')}
      submitLabel={t('blueCards.submit.fillForm')}
      state={state}
      onSubmit={() => send({ kind: 'E', personId, filledOn, assessment, actions: actions.map(itemPayload) })}
      onCancel={onCancel}
    >
      <div className="field-row">
        <SelectField
          id={fieldId('personId')}
          label={t('blueCards.step.perpetrator')}
          value={personId}
          onValue={setPersonId}
          options={personOptions(perpetrators, t)}
          error={state.errors.personId}
          required
        />
        <DateInput
          path="filledOn"
          label={t('blueCards.forms.filledOn')}
          value={filledOn}
          onValue={setFilledOn}
          errors={state.errors}
        />
      </div>
      <TextAreaField
        id={fieldId('assessment')}
        label={t('blueCards.plan.assessment')}
        value={assessment}
        onValue={setAssessment}
        error={state.errors.assessment}
        required
        rows={6}
      />
      <PlanItems
        prefix="actions"
        legend={t('blueCards.plan.actions')}
        items={actions}
        onItems={setActions}
        errors={state.errors}
      />
    </StepForm>
  );
}
