import { DPS_KINDS, type DpsHome, DpsHomeCostInput, DpsHomeInput } from '@ostoja/domain/services/dps';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { dpsApi } from '../../api/dps.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { DateField, MoneyField, SelectField, TextField } from '../../components/fields.tsx';
import type { withBindings } from '../../components/kit/bindings.ts';
import { countColumn } from '../../components/kit/columns.ts';
import { FormCard } from '../../components/kit/form-card.tsx';
import { NoneSelect } from '../../components/kit/none-select.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { TitledFormCard } from '../../components/kit/titled-form-card.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page } from '../../components/page.tsx';
import { parseZloty } from '../payments/shared.tsx';
import { dpsKeys, useHomes } from './queries.ts';

// The cost's fields, named as the request's paths so their ids and the server's errors match.
const emptyCost = () => ({ validFrom: '', monthlyCostGrosze: '', publishedOn: '', source: '' });
type CostFields = ReturnType<typeof emptyCost>;
/** The cost with the home it is for (the home goes in the URL). */
const CostOfHome = DpsHomeCostInput.extend({ homeId: z.uuid('validation.required') });
const costBody = (c: CostFields) => ({
  validFrom: c.validFrom,
  monthlyCostGrosze: parseZloty(c.monthlyCostGrosze) ?? Number.NaN,
  publishedOn: c.publishedOn,
  source: c.source,
});

/** The cost's four fields, bound by `bind` (under "cost." in the home's form). */
function CostFieldset({
  bind,
}: {
  bind(k: keyof CostFields): ReturnType<ReturnType<typeof withBindings>['bind']>;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="field-row">
        <DateField label={t('dpsHomes.validFrom')} {...bind('validFrom')} />
        <MoneyField label={t('dpsHomes.monthlyCost')} {...bind('monthlyCostGrosze')} />
        <DateField label={t('dpsHomes.publishedOn')} {...bind('publishedOn')} />
      </div>
      <TextField label={t('dpsHomes.source')} className="wide" required {...bind('source')} />
    </>
  );
}

/** A form adding to the register: it starts from `empty` and again after a save, says what it did, and the homes reload. */
function useHomeSaved<V>(
  say: (text: string) => void,
  key: 'dpsHomes.added' | 'dpsHomes.costAdded',
  empty: () => V,
) {
  const { t } = useI18n();
  const client = useQueryClient();
  return {
    defaultValues: empty(),
    reset: empty,
    onSaved: (h: DpsHome) => {
      say(t(key, { name: h.name }));
      client.invalidateQueries({ queryKey: dpsKeys.homes });
    },
  };
}

function AddHomeForm({ say }: { say(text: string): void }) {
  const { t } = useI18n();
  const empty = () => ({ name: '', powiat: '', kind: 'elderly', address: '', places: '', cost: emptyCost() });
  const saving = useHomeSaved(say, 'dpsHomes.added', empty);
  const f = useEditForm({
    schema: DpsHomeInput,
    ...saving,
    idPrefix: 'home-',
    toBody: (v) => ({
      name: v.name,
      powiat: v.powiat,
      kind: v.kind as DpsHome['kind'],
      address: v.address || null,
      places: v.places ? Number(v.places) : null,
      cost: costBody(v.cost),
    }),
    save: dpsApi.addHome,
  });
  return (
    <TitledFormCard headingId="dps-home-add-h" title="dpsHomes.add" form={f}>
      <TextField label={t('dpsHomes.name')} className="wide" required {...f.bind('name')} />
      <div className="field-row">
        <SelectField
          label={t('dpsHomes.kind')}
          options={DPS_KINDS.map((k) => ({ value: k, label: t(`dpsHomes.kind.${k}`) }))}
          required
          {...f.bind('kind')}
        />
        <TextField label={t('dpsHomes.powiat')} required {...f.bind('powiat')} />
        <TextField label={t('dpsHomes.places')} inputMode="numeric" {...f.bind('places')} />
      </div>
      <TextField label={t('dpsHomes.address')} className="wide" {...f.bind('address')} />
      <CostFieldset bind={(k) => f.bind(`cost.${k}`)} />
    </TitledFormCard>
  );
}

function AddCostForm({ homes, say }: { homes: readonly DpsHome[]; say(text: string): void }) {
  const { t } = useI18n();
  const saving = useHomeSaved(say, 'dpsHomes.costAdded', () => ({ homeId: '', ...emptyCost() }));
  const f = useEditForm({
    schema: CostOfHome,
    ...saving,
    idPrefix: 'cost-',
    toBody: (v) => ({ homeId: v.homeId, ...costBody(v) }),
    save: ({ homeId, ...body }) => dpsApi.addCost(homeId, body),
  });
  return (
    <FormCard
      headingId="dps-cost-add-h"
      title={t('dpsHomes.newCost')}
      lead={<p className="hint">{t('dpsHomes.newCostLead')}</p>}
      form={f}
      submitLabel={t('dpsHomes.costSubmit')}
    >
      <NoneSelect
        label={t('dpsHomes.home')}
        none={t('dpsHomes.choose')}
        options={homes.map((h) => ({ value: h.id, label: h.name }))}
        required
        {...f.bind('homeId')}
      />
      <CostFieldset bind={(k) => f.bind(k)} />
    </FormCard>
  );
}

/** The administrator's register of homes: kind, places and the average monthly cost in force from a day. */
export function DpsHomesPage() {
  const { t, date, money } = useI18n();
  const homes = useHomes();
  const [said, say] = useState('');
  const columns: Column<DpsHome>[] = [
    { key: 'name', header: t('dpsHomes.name'), cell: (h) => h.name, sortValue: (h) => h.name },
    { key: 'kind', header: t('dpsHomes.kind'), cell: (h) => t(`dpsHomes.kind.${h.kind}`) },
    { key: 'powiat', header: t('dpsHomes.powiat'), cell: (h) => h.powiat },
    { ...countColumn<DpsHome>('places', t('dpsHomes.places')), className: 'num' },
    {
      key: 'cost',
      header: t('dpsHomes.cost'),
      // Newest first: the one in force and those before it, each from its day.
      cell: (h) =>
        h.costs.map((c) => (
          <div key={c.validFrom}>
            {t('dpsHomes.costFrom', { cost: money(c.monthlyCostGrosze), from: date(c.validFrom) })}
          </div>
        )),
    },
  ];
  const items = homes.data?.items ?? [];
  return (
    <Page title={t('dpsHomes.title')} lead={t('dpsHomes.lead')}>
      {said ? (
        <p role="status" className="success">
          {said}
        </p>
      ) : null}
      {homes.error ? <LoadError error={homes.error} onRetry={() => homes.refetch()} /> : null}
      {homes.data && !items.length ? <p className="empty">{t('dpsHomes.none')}</p> : null}
      {items.length ? (
        <PagedTable
          caption={t('dpsHomes.table')}
          columns={columns}
          list={wholeList(items, homes.isFetching)}
        />
      ) : null}
      <AddHomeForm say={say} />
      {items.length ? <AddCostForm homes={items} say={say} /> : null}
    </Page>
  );
}
