import { CreateDpsReferral, type DpsReferral } from '@ostoja/domain/services/dps';
import { useQuery } from '@tanstack/react-query';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { DateField } from '../../components/fields.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { todayIso } from '../../lib/format.ts';
import { CandidateField, chosen } from '../services/candidate-field.tsx';
import { dpsKeys, useHomes } from './queries.ts';

const empty = () => ({ candidate: '', homeId: '', consentOn: todayIso() });

/** Opens the referral file of a person visited at home, with the home chosen from the register. */
export function OpenReferralForm({ onSaved }: { onSaved(d: DpsReferral): void }) {
  const { t, money } = useI18n();
  const candidates = useQuery({
    queryKey: dpsKeys.candidates,
    queryFn: ({ signal }) => dpsApi.candidates(signal),
  });
  const homes = useHomes();
  const f = useEditForm({
    schema: CreateDpsReferral,
    defaultValues: empty(),
    toBody: (v) => ({
      ...chosen(candidates.data?.items, v.candidate),
      homeId: v.homeId,
      consentOn: v.consentOn,
    }),
    save: (body) => dpsApi.create(body),
    reset: empty,
    onSaved: (d) => onSaved(d),
  });
  return (
    <FormCard headingId="dps-open-h" title={t('dps.open')} form={f} submitLabel={t('dps.openSubmit')}>
      <CandidateField prefix="dps" hint={t('dps.applicationHint')} candidates={candidates} form={f} />
      <NoneSelect
        {...f.bind('homeId')}
        label={t('dps.home')}
        none={t('dps.choose')}
        options={(homes.data?.items ?? []).map((h) => ({
          value: h.id,
          label: `${h.name} (${h.powiat})${h.costs[0] ? ` — ${money(h.costs[0].monthlyCostGrosze)}` : ''}`,
        }))}
        required
      />
      <DateField {...f.bind('consentOn')} label={t('dps.consentOn')} />
    </FormCard>
  );
}
