import { type Shelter, ShelterInput, type ShelterKind } from '@ostoja/domain/shelters/shelter';
import { sheltersApi } from '../../api/shelters.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { usePagedList } from '../../components/kit/use-paged-list.ts';
import { Page } from '../../components/page.tsx';
import { ShelterKindField } from './kind-field.tsx';
import { sheltersKeys, useSheltersSaved } from './queries.ts';

function useColumns(): Column<Shelter>[] {
  const { t } = useI18n();
  return [
    { key: 'name', header: t('sh.name'), cell: (s) => s.name, sortValue: (s) => s.name },
    { key: 'kind', header: t('sh.kind'), cell: (s) => t(`sh.kind.${s.kind}`) },
    { key: 'address', header: t('sh.address'), cell: (s) => s.address },
    { key: 'places', header: t('sh.places'), cell: (s) => s.places, sortValue: (s) => s.places },
    { key: 'occupied', header: t('sh.occupied'), cell: (s) => s.occupiedToday },
  ];
}

const empty = () => ({ name: '', kind: 'shelter' as ShelterKind, address: '', places: '' });

function AddShelterForm() {
  const { t } = useI18n();
  const saved = useSheltersSaved();
  const f = useEditForm({
    schema: ShelterInput,
    defaultValues: empty(),
    toBody: (v) => ({ ...v, places: v.places.trim() ? Number(v.places) : Number.NaN }),
    save: (body) => sheltersApi.addShelter(body),
    reset: empty,
    onSaved: () => saved.shelterAdded(),
  });
  const text = (k: 'name' | 'address' | 'places', more = {}) => (
    <TextField {...f.bind(k)} label={t(`sh.${k}`)} required {...more} />
  );
  return (
    <FormCard headingId="sh-add-h" title={t('sh.add')} form={f} submitLabel={t('sh.addSubmit')}>
      {text('name')}
      <ShelterKindField {...f.bind('kind')} />
      {text('address')}
      {text('places', { inputMode: 'numeric', className: 'w-short' })}
    </FormCard>
  );
}

/** The register of shelters, night shelters and heated rooms, and adding a place to it. */
export function SheltersPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = usePagedList(sheltersKeys.shelters, sheltersApi.shelters, 100);
  const columns = useColumns();
  const title = t('sh.register.title');
  return (
    <Page
      title={title}
      lead={t('sh.register.lead')}
      actions={<ActionLink to="/shelters/fee-resolutions">{t('sh.fees.link')}</ActionLink>}
    >
      <ListTable empty={t('sh.register.none')} caption={title} columns={columns} list={list} />
      {can('shelters.manage') ? <AddShelterForm /> : null}
    </Page>
  );
}
