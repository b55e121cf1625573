import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import { CreateFuneral, type Funeral } from '@ostoja/domain/funerals/funeral';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { funeralsApi } from '../../api/funerals.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { MoneyField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { AMOUNT, dateColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { useOnlyFilter } from '../../components/kit/only-filter.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { personBody } from '../../components/kit/person-body.ts';
import { TitledFormCard } from '../../components/kit/titled-form-card.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { Page } from '../../components/page.tsx';
import { listName, todayIso } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { funeralsKeys, useFuneralsSaved } from './queries.ts';

function useColumns(): Column<Funeral>[] {
  const { t, date, money } = useI18n();
  return [
    linkColumn<Funeral>('name', t('fun.deceased'), listName, (f) => `/funerals/${f.id}`),
    { key: 'number', header: t('fun.number'), cell: (f) => f.number },
    dateColumn('dateOfDeath', t('fun.dateOfDeath'), date),
    { key: 'home', header: t('fun.home'), cell: (f) => f.funeralHomeName },
    { key: 'cost', header: t('fun.cost'), cell: (f) => money(f.costGrosze), ...AMOUNT },
    { key: 'received', header: t('fun.received'), cell: (f) => money(f.receivedGrosze), ...AMOUNT },
    { key: 'outstanding', header: t('fun.outstanding'), cell: (f) => money(f.outstandingGrosze), ...AMOUNT },
  ];
}

const empty = () => ({
  person: null as PersonSummary | null,
  dateOfDeath: '',
  placeOfDeath: '',
  reportedBy: '',
  reportedOn: todayIso(),
  funeralHomeId: '',
  orderedOn: todayIso(),
  cost: '',
  overLimitReason: '',
});

function ArrangeForm({ onSaved }: { onSaved(f: Funeral): void }) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: CreateFuneral,
    defaultValues: empty(),
    toBody: ({ cost, ...v }) => ({ ...personBody(v), costGrosze: parseZloty(cost) ?? Number.NaN }),
    save: (body) => funeralsApi.arrange(body),
    reset: empty,
    onSaved: (r) => onSaved(r),
  });
  const _v = f.values;
  const homes = useRead([...funeralsKeys.homes, 'choice'], (signal) =>
    funeralsApi.homes({ limit: 200 }, signal),
  );
  const field = (
    k: 'dateOfDeath' | 'placeOfDeath' | 'reportedBy' | 'reportedOn' | 'orderedOn',
    type = 'text',
    required = true,
  ) => (
    <TextField
      {...f.bind(k)}
      label={t(`fun.${k}`)}
      type={type}
      required={required}
      className={type === 'date' ? 'w-short' : undefined}
    />
  );
  return (
    <TitledFormCard headingId="fun-arrange-h" title="fun.arrange" form={f}>
      <PersonPicker {...f.pick('person')} />
      <div className="field-row">
        {field('dateOfDeath', 'date')}
        {field('placeOfDeath', 'text', false)}
      </div>
      <div className="field-row">
        {field('reportedBy')}
        {field('reportedOn', 'date')}
      </div>
      <NoneSelect
        {...f.bind('funeralHomeId')}
        label={t('fun.home')}
        none={t('fun.choose')}
        options={(homes.data?.items ?? []).map((h) => ({
          value: h.id,
          label: `${h.name} (${h.contractNumber})`,
        }))}
        required
      />
      <div className="field-row">
        {field('orderedOn', 'date')}
        <MoneyField {...f.bind('cost', 'costGrosze')} label={t('fun.cost')} className="w-short" />
      </div>
      <TextAreaField
        {...f.bind('overLimitReason')}
        label={t('fun.overLimitReason')}
        hint={t('fun.overLimitHint')}
      />
    </TitledFormCard>
  );
}

/** The funerals the centre arranged, with what is still to recover, and a new one. */
export function FuneralsPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const opened = useOpenSaved('/funerals', useFuneralsSaved().funeral);
  const [outstanding, filter] = useOnlyFilter('fun', 'outstanding', false);
  const list = useCursorQuery(funeralsKeys.list(outstanding), (after, signal) =>
    funeralsApi.list({ after, limit: 50, outstanding: outstanding ? 'true' : undefined }, signal),
  );
  const columns = useColumns();
  return (
    <Page
      title={t('fun.title')}
      lead={t('fun.lead')}
      actions={<ActionLink to="/funerals/settings">{t('fun.settings')}</ActionLink>}
    >
      {filter}
      <ListTable empty={t('fun.none')} caption={t('fun.list')} columns={columns} list={list} />
      {can('funerals.arrange') ? <ArrangeForm onSaved={opened} /> : null}
    </Page>
  );
}
