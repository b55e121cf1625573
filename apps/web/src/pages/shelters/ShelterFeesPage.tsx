import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  type ShelterFeeResolution,
  ShelterFeeResolutionInput,
  type ShelterKind,
} from '@ostoja/domain/shelters/shelter';
import { useQueryClient } from '@tanstack/react-query';
import { sheltersApi } from '../../api/shelters.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { MoneyField, TextField } from '../../components/fields.tsx';
import { AMOUNT, dateColumn } from '../../components/kit/columns.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { TitledFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { BandsFieldset, type BandText, bandsOf } from '../services/bands-fieldset.tsx';
import { ShelterKindField } from './kind-field.tsx';
import { sheltersKeys } from './queries.ts';

// The council's fee resolutions for shelters as data: the administrator enters a new one, no code changes.

function useColumns(): Column<ShelterFeeResolution>[] {
  const { t, date, money } = useI18n();
  return [
    { key: 'number', header: t('sh.fees.number'), cell: (r) => r.number },
    { key: 'kind', header: t('sh.kind'), cell: (r) => t(`sh.kind.${r.kind}`) },
    dateColumn('adoptedOn', t('sh.fees.adoptedOn'), date),
    dateColumn('validFrom', t('sh.fees.validFrom'), date),
    { key: 'cost', header: t('sh.fees.dailyCost'), cell: (r) => money(r.dailyCostGrosze), ...AMOUNT },
    {
      key: 'bands',
      header: t('sh.fees.bandsCount'),
      cell: (r) =>
        r.bands.map((b) => `${b.overPct}–${b.upToPct ?? '∞'}%: ${b.singlePct}% / ${b.familyPct}%`).join('; '),
    },
  ];
}

const empty = () => ({
  number: '',
  kind: 'shelter' as ShelterKind,
  adoptedOn: '',
  validFrom: '',
  dailyCost: '',
  bands: [{ overPct: '100', upToPct: '', singlePct: '', familyPct: '' }] as BandText[],
});

function AddResolutionForm({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: ShelterFeeResolutionInput,
    defaultValues: empty(),
    toBody: ({ dailyCost, bands, ...v }) => ({
      ...v,
      dailyCostGrosze: parseZloty(dailyCost) ?? Number.NaN,
      bands: bandsOf(bands),
    }),
    save: (body) => sheltersApi.addResolution(body),
    reset: empty,
    onSaved: () => onSaved(),
  });
  const v = f.values;
  const text = (k: 'number' | 'adoptedOn' | 'validFrom', type = 'text') => (
    <TextField {...f.bind(k)} label={t(`sh.fees.${k}`)} type={type} required />
  );
  return (
    <TitledFormCard headingId="sh-fees-add-h" title="sh.fees.add" form={f}>
      {text('number')}
      <ShelterKindField {...f.bind('kind')} />
      <div className="field-row">
        {text('adoptedOn', 'date')}
        {text('validFrom', 'date')}
      </div>
      <MoneyField
        {...f.bind('dailyCost', 'dailyCostGrosze')}
        label={t('sh.fees.dailyCost')}
        className="w-short"
      />
      <BandsFieldset
        legend="sh.fees.bands"
        bands={v.bands}
        onBands={(bands) => f.form.setValue('bands', bands)}
        errors={f.errors}
      />
    </TitledFormCard>
  );
}

/** The fee resolutions, newest in force first, and a new one for the administrator. */
export function ShelterFeesPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const client = useQueryClient();
  const list = usePagedList(sheltersKeys.resolutions, sheltersApi.resolutions, 100);
  const columns = useColumns();
  return (
    <Page title={t('sh.fees.title')} lead={t('sh.fees.lead')}>
      <ListTable empty={t('sh.fees.none')} caption={t('sh.fees.title')} columns={columns} list={list} />
      {can('serviceFees.manage') ? (
        <AddResolutionForm onSaved={() => client.invalidateQueries({ queryKey: sheltersKeys.resolutions })} />
      ) : null}
    </Page>
  );
}
