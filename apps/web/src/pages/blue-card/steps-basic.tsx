import { AddParticipant, TransferToChair } from '@ostoja/domain/blue-card/procedure';
import { EndMonitoring } from '@ostoja/domain/blue-card/steps';
import type { ComponentProps } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { TextAreaField, type TextFieldProps } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { type Errors, orNull } from '../../lib/forms.ts';
import {
  newParticipant,
  ParticipantEditor,
  type ParticipantValues,
  participantPayload,
} from './participant-editor.tsx';
import { ActionStepForm, DateInput, StepForm, type StepProps, useProcedureStep } from './step-form.tsx';

export function TransferStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'transfer', TransferToChair, {
    defaultValues: { on: todayIso() },
  });
  return (
    <ActionStepForm action="transferToChair" form={f} onCancel={onCancel}>
      <p>{t('blueCards.step.transferLead')}</p>
      <DateInput label={t('blueCards.step.transferredOn')} {...f.bind('on')} />
    </ActionStepForm>
  );
}

export function AddParticipantStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'participants', AddParticipant, {
    defaultValues: { participant: newParticipant('witness'), on: todayIso() },
    toBody: (v) => ({ participant: participantPayload(v.participant), on: v.on }),
  });
  return (
    <ParticipantStepForm
      title={t('blueCard.action.addParticipant')}
      submitLabel={t('blueCards.submit.addParticipant')}
      form={f}
      onCancel={onCancel}
      field="participant"
      legend={t('blueCards.step.newPerson')}
    />
  );
}

/**
 * A step naming one person of the procedure (a new participant, an identified suspect) and the day:
 * the person at `field` of the form's values (its errors under "participant." or, at the body's top
 * level, under no prefix), the day at "on".
 */
export function ParticipantStepForm<K extends 'participant' | 'person'>({
  form,
  field,
  legend,
  ...frame
}: Omit<ComponentProps<typeof StepForm>, 'children' | 'form'> & {
  form: ComponentProps<typeof StepForm>['form'] & {
    values: Record<NoInfer<K>, ParticipantValues>;
    errors: Errors;
    set(k: NoInfer<K>): (v: ParticipantValues) => void;
    bind(k: 'on'): Omit<TextFieldProps, 'label'>;
  };
  field: K;
  legend: string;
}) {
  const { t } = useI18n();
  return (
    <StepForm form={form} {...frame}>
      <ParticipantEditor
        path={field === 'participant' ? 'participant.' : ''}
        legend={legend}
        value={form.values[field]}
        onChange={form.set(field)}
        errors={form.errors}
      />
      <DateInput label={t('blueCards.step.addedOn')} {...form.bind('on')} />
    </StepForm>
  );
}

export function EndMonitoringStep({ procedure: p, onDone, onCancel }: StepProps) {
  const { t, date } = useI18n();
  const f = useProcedureStep({ procedure: p, onDone }, 'monitoring-end', EndMonitoring, {
    defaultValues: { on: todayIso(), note: '' },
    toBody: (v) => ({ on: v.on, note: orNull(v.note) }),
  });
  return (
    <ActionStepForm action="endMonitoring" form={f} onCancel={onCancel}>
      <DateInput
        label={t('blueCards.step.endedOn')}
        hint={
          p.deadlines.monitoringUntil
            ? t('blueCards.step.monitoringUntil', { date: date(p.deadlines.monitoringUntil) })
            : undefined
        }
        {...f.bind('on')}
      />
      <TextAreaField label={t('blueCards.step.note')} {...f.bind('note')} />
    </ActionStepForm>
  );
}
