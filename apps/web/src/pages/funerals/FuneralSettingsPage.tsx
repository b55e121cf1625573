import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  type FuneralCostLimit,
  FuneralCostLimitInput,
  type FuneralHome,
  FuneralHomeInput,
} from '@ostoja/domain/funerals/funeral';
import { funeralsApi } from '../../api/funerals.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { DateField, MoneyField, TextField } from '../../components/fields.tsx';
import { AMOUNT, dateColumn } from '../../components/kit/columns.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { TitledFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { funeralsKeys, useFuneralsSaved } from './queries.ts';

// The contracted funeral homes and the council's cost limits, both data entered without a code change.

function HomeForm() {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const empty = () => ({ name: '', address: '', contractNumber: '' });
  const f = useEditForm({
    schema: FuneralHomeInput,
    defaultValues: empty(),
    save: (body) => funeralsApi.addHome(body),
    reset: empty,
    onSaved: () => saved.homes(),
  });
  const field = (
    k: 'name' | 'address' | 'contractNumber',
    label: 'fun.homeName' | 'fun.homeAddress' | 'fun.contractNumber',
  ) => <TextField {...f.bind(k)} label={t(label)} required />;
  return (
    <TitledFormCard headingId="fun-home-h" title="fun.addHome" form={f}>
      {field('name', 'fun.homeName')}
      {field('address', 'fun.homeAddress')}
      {field('contractNumber', 'fun.contractNumber')}
    </TitledFormCard>
  );
}

function LimitForm() {
  const { t } = useI18n();
  const saved = useFuneralsSaved();
  const empty = () => ({ resolutionNumber: '', adoptedOn: '', validFrom: '', limit: '' });
  const f = useEditForm({
    schema: FuneralCostLimitInput,
    defaultValues: empty(),
    toBody: (v) => ({
      resolutionNumber: v.resolutionNumber,
      adoptedOn: v.adoptedOn,
      validFrom: v.validFrom,
      limitGrosze: parseZloty(v.limit) ?? Number.NaN,
    }),
    save: (body) => funeralsApi.addLimit(body),
    reset: empty,
    onSaved: () => saved.limits(),
  });
  const day = (k: 'adoptedOn' | 'validFrom') => <DateField {...f.bind(k)} label={t(`fun.${k}`)} />;
  return (
    <TitledFormCard headingId="fun-limit-h" title="fun.addLimit" form={f}>
      <TextField {...f.bind('resolutionNumber')} label={t('fun.resolutionNumber')} required />
      <div className="field-row">
        {day('adoptedOn')}
        {day('validFrom')}
      </div>
      <MoneyField {...f.bind('limit', 'limitGrosze')} label={t('fun.limitAmount')} className="w-short" />
    </TitledFormCard>
  );
}

/** Funeral homes with a contract and the cost limits in force, newest first. */
export function FuneralSettingsPage() {
  const { t, date, money } = useI18n();
  const { can } = useAuth();
  const homes = usePagedList(funeralsKeys.homes, funeralsApi.homes, 100);
  const limits = usePagedList(funeralsKeys.limits, funeralsApi.limits, 100);
  const homeColumns: Column<FuneralHome>[] = [
    { key: 'name', header: t('fun.homeName'), cell: (h) => h.name, sortValue: (h) => h.name },
    { key: 'address', header: t('fun.homeAddress'), cell: (h) => h.address },
    { key: 'contract', header: t('fun.contractNumber'), cell: (h) => h.contractNumber },
  ];
  const limitColumns: Column<FuneralCostLimit>[] = [
    { key: 'number', header: t('fun.resolutionNumber'), cell: (l) => l.resolutionNumber },
    dateColumn('adoptedOn', t('fun.adoptedOn'), date),
    dateColumn('validFrom', t('fun.validFrom'), date),
    { key: 'limit', header: t('fun.limitAmount'), cell: (l) => money(l.limitGrosze), ...AMOUNT },
  ];
  return (
    <Page title={t('fun.settings')} lead={t('fun.lead')}>
      <h2>{t('fun.homes')}</h2>
      <ListTable empty={t('fun.homes.none')} caption={t('fun.homes')} columns={homeColumns} list={homes} />
      {can('funerals.recover') ? <HomeForm /> : null}
      <h2>{t('fun.limits')}</h2>
      <ListTable
        empty={t('fun.limits.none')}
        caption={t('fun.limits')}
        columns={limitColumns}
        list={limits}
      />
      {can('serviceFees.manage') ? <LimitForm /> : null}
    </Page>
  );
}
