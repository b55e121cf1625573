import { HandOverFormB } from '@ostoja/domain/blue-card/procedure';
import { FormC, FormD, FormE } from '@ostoja/domain/blue-card/steps';
import { blueCardApi } from '../../api/blue-card.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, TextAreaField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { withRole } from './common.tsx';
import { itemPayload, newItem, PlanItems } from './plan-items.tsx';
import {
  DateInput,
  onlyOne,
  PersonSelect,
  StepForm,
  type StepProps,
  useProcedureStep,
  useStep,
} from './step-form.tsx';

/** NK-B handed to a victim, or NK-D to a person using violence: the person, the day, a note. */
export function HandOverStep({ procedure: p, onDone, onCancel, kind }: StepProps & { kind: 'B' | 'D' }) {
  const { t } = useI18n();
  const people = withRole(p.participants, kind === 'B' ? 'victim' : 'perpetrator');
  // The day is "on" in the NK-B step and "filledOn" in a form's body: errors come back by that path.
  const dateKey = kind === 'B' ? 'on' : 'filledOn';
  const f = useStep({
    schema: kind === 'B' ? HandOverFormB : FormD,
    defaultValues: { personId: onlyOne(people), date: todayIso(), note: '' },
    toBody: ({ personId, date, note }) =>
      kind === 'B'
        ? { personId, on: date, note: orNull(note) }
        : { kind: 'D' as const, personId, filledOn: date, note: orNull(note) },
    save: (b) => ('kind' in b ? blueCardApi.step(p.id, 'forms', b) : blueCardApi.step(p.id, 'form-b', b)),
    onDone,
  });
  return (
    <StepForm
      title={t(kind === 'B' ? 'blueCard.action.handOverFormB' : 'blueCard.document.D')}
      submitLabel={t(kind === 'B' ? 'blueCards.submit.handOverFormB' : 'blueCards.submit.handOverFormD')}
      form={f}
      onCancel={onCancel}
    >
      <PersonSelect
        label={t(kind === 'B' ? 'blueCards.step.victim' : 'blueCards.step.perpetrator')}
        people={people}
        {...f.bind('personId')}
      />
      <DateInput
        label={t('blueCards.step.handedOverOn')}
        {...f.bind('date')}
        id={fieldId(dateKey)}
        error={f.errors[dateKey]}
      />
      <TextAreaField label={t('blueCards.step.note')} {...f.bind('note')} />
    </StepForm>
  );
}

export const FormBStep = (props: StepProps) => <HandOverStep {...props} kind="B" />;
export const FormDStep = (props: StepProps) => <HandOverStep {...props} kind="D" />;

/** NK-C (with a person experiencing violence) and NK-E (with a person using it): a text and a plan. */
function PlanFormStep({ procedure: p, onDone, onCancel, kind }: StepProps & { kind: 'C' | 'E' }) {
  const { t } = useI18n();
  const people = withRole(p.participants, kind === 'C' ? 'victim' : 'perpetrator');
  const text = kind === 'C' ? 'situation' : 'assessment';
  const items = kind === 'C' ? 'plan' : 'actions';
  const f = useProcedureStep({ procedure: p, onDone }, 'forms', kind === 'C' ? FormC : FormE, {
    defaultValues: {
      personId: onlyOne(people),
      filledOn: todayIso(),
      text: '',
      needs: '',
      items: [newItem()],
      agreedWithPerson: true,
    },
    toBody: ({ personId, filledOn, ...v }) =>
      kind === 'C'
        ? {
            kind,
            personId,
            filledOn,
            situation: v.text,
            needs: orNull(v.needs),
            plan: v.items.map(itemPayload),
            agreedWithPerson: v.agreedWithPerson,
          }
        : { kind, personId, filledOn, assessment: v.text, actions: v.items.map(itemPayload) },
  });
  return (
    <StepForm
      title={t(`blueCard.document.${kind}`)}
      submitLabel={t('blueCards.submit.fillForm')}
      form={f}
      onCancel={onCancel}
    >
      <div className="field-row">
        <PersonSelect
          label={t(kind === 'C' ? 'blueCards.step.victim' : 'blueCards.step.perpetrator')}
          people={people}
          {...f.bind('personId')}
        />
        <DateInput label={t('blueCards.forms.filledOn')} {...f.bind('filledOn')} />
      </div>
      <TextAreaField
        label={t(`blueCards.plan.${text}`)}
        required
        rows={6}
        {...f.bind('text')}
        id={`f-${text}`}
        error={f.errors[text]}
      />
      {kind === 'C' ? <TextAreaField label={t('blueCards.plan.needs')} {...f.bind('needs')} /> : null}
      <PlanItems
        prefix={items}
        legend={t(kind === 'C' ? 'blueCards.plan.title' : 'blueCards.plan.actions')}
        items={f.values.items}
        onItems={f.set('items')}
        errors={f.errors}
      />
      {kind === 'C' ? (
        <CheckboxField
          id="f-agreedWithPerson"
          label={t('blueCards.plan.agreed')}
          checked={f.values.agreedWithPerson}
          onChecked={f.set('agreedWithPerson')}
        />
      ) : null}
    </StepForm>
  );
}

export const FormCStep = (props: StepProps) => <PlanFormStep {...props} kind="C" />;
export const FormEStep = (props: StepProps) => <PlanFormStep {...props} kind="E" />;
