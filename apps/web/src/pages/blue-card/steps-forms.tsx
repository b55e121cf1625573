import { FormC, FormE } from '@ostoja/domain/blue-card/steps';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, SelectField, TextAreaField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { orNull } from '../../lib/forms.ts';
import { withRole } from './common.tsx';
import { itemPayload, newItem, PlanItems } from './plan-items.tsx';
import {
  DateInput,
  onlyOne,
  personOptions,
  StepForm,
  type StepProps,
  useProcedureStep,
} from './step-form.tsx';

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
        <SelectField
          label={t(kind === 'C' ? 'blueCards.step.victim' : 'blueCards.step.perpetrator')}
          options={personOptions(people, t)}
          required
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
