import type { HELP_REASONS } from '@ostoja/domain/applications/help-reasons';
import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import { ParticipantInput, type Programme } from '@ostoja/domain/programs/programme';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useState } from 'react';
import { programsApi } from '../../api/programs.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField } from '../../components/fields.tsx';
import { FormCard, FormLead } from '../../components/kit/form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { listName, todayIso } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { useProgramsSaved } from './queries.ts';
import { CriteriaFields } from './reasons-field.tsx';

/** Recruitment: who, when, the signed declaration, and the facts the project's criteria ask. */
export function ParticipantForm({ programme }: { programme: Programme }) {
  const { t } = useI18n();
  const saved = useProgramsSaved();
  const [done, setDone] = useState<string | null>(null);
  const asksIncome = programme.criteria.some((c) => c.kind === 'incomeMax');
  const asksReason = programme.criteria.some((c) => c.kind === 'reason');
  const empty = {
    person: null as PersonSummary | null,
    joinedOn: todayIso(),
    consentSignedOn: todayIso(),
    income: '',
    householdSize: '',
    reasons: [] as string[],
  };
  const f = useEditForm({
    schema: ParticipantInput,
    defaultValues: empty,
    toBody: (v) => ({
      personId: v.person?.id ?? '',
      joinedOn: v.joinedOn,
      consentSignedOn: v.consentSignedOn || null,
      incomePerPersonGrosze: v.income.trim() ? (parseZloty(v.income) ?? Number.NaN) : null,
      householdSize: v.householdSize.trim() ? Number(v.householdSize) : null,
      reasons: v.reasons as (typeof HELP_REASONS)[number][],
    }),
    save: (body) => programsApi.addParticipant(programme.id, body),
    reset: true,
    onSaved: (x) => {
      saved.participant(x);
      setDone(listName(x));
    },
  });
  return (
    <FormCard
      headingId="prg-add-h"
      title={t('prg.add')}
      lead={<FormLead text={t('prg.add.lead')} done={done && t('prg.add.done', { name: done })} />}
      form={f}
      submitLabel={t('prg.add.submit')}
    >
      <PersonPicker {...f.pick('person')} />
      <div className="field-row">
        <DateField label={t('prg.joinedOnField')} {...f.bind('joinedOn')} />
        <DateField label={t('prg.consentSignedOn')} {...f.bind('consentSignedOn')} />
      </div>
      <CriteriaFields form={f} income={asksIncome} reasons={asksReason} />
    </FormCard>
  );
}
