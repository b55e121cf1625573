import {
  CreateFosterChild,
  type FosterChildSummary,
  ImportChargeNotes,
  PLACEMENT_KINDS,
} from '@ostoja/domain/family-support/foster-care';
import type { PersonSummary } from '@ostoja/domain/registry/person';
import { useState } from 'react';
import { fosterCareApi } from '../../api/family-support.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError } from '../../components/feedback.tsx';
import { SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { countColumn, dateColumn } from '../../components/kit/columns.ts';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { FormCard } from '../../components/kit/form-card.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { useOpenSaved } from '../../components/kit/open-saved.ts';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { personBody } from '../../components/kit/person-body.ts';
import { recordPath } from '../../components/kit/record-path.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page, Section } from '../../components/page.tsx';
import { listName } from '../../lib/format.ts';
import { PersonPicker } from '../registry/person-picker.tsx';
import { familySupportKeys, useFamilySupportSaved, useFosterYear } from './queries.ts';

function useColumns(): Column<FosterChildSummary>[] {
  const { t, date } = useI18n();
  return [
    linkColumn<FosterChildSummary>('name', t('fc.child'), listName, recordPath('/foster-care')),
    dateColumn('placedOn', t('fc.placedOn'), date),
    {
      key: 'kind',
      header: t('fc.placement'),
      cell: (c) => `${t(`fc.kind.${c.placementKind}`)}: ${c.placementName}`,
    },
    countColumn('yearOfCare', t('fc.yearOfCare'), 'year'),
    {
      key: 'check',
      header: t('fc.check'),
      cell: (c) =>
        c.discrepancies ? (
          <StatusBadge tone="overdue">{t('fc.discrepancies', { n: c.discrepancies })}</StatusBadge>
        ) : (
          <StatusBadge tone="ok">{t('fc.consistent')}</StatusBadge>
        ),
    },
  ];
}

function YearTotal() {
  const { t, money } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const total = useFosterYear(year);
  return (
    <Section card id="fc-year" title={t('fc.yearTotal', { year })}>
      <p>
        <button type="button" className="button secondary small" onClick={() => setYear(year - 1)}>
          {year - 1}
        </button>{' '}
        <button type="button" className="button secondary small" onClick={() => setYear(year + 1)}>
          {year + 1}
        </button>
      </p>
      {total.error ? <LoadError error={total.error} /> : null}
      {total.data ? (
        <dl className="facts">
          <dt>{t('fc.childrenCount')}</dt>
          <dd>{total.data.children}</dd>
          <dt>{t('fc.expected')}</dt>
          <dd>{money(total.data.expectedGrosze)}</dd>
          <dt>{t('fc.charged')}</dt>
          <dd>{money(total.data.chargedGrosze)}</dd>
          <dt>{t('fc.check')}</dt>
          <dd>
            {total.data.discrepancies
              ? t('fc.discrepancies', { n: total.data.discrepancies })
              : t('fc.consistent')}
          </dd>
        </dl>
      ) : null}
    </Section>
  );
}

function ImportForm() {
  const { t } = useI18n();
  const saved = useFamilySupportSaved();
  const [done, setDone] = useState<{ imported: number; discrepancies: number }>();
  const f = useEditForm({
    schema: ImportChargeNotes,
    defaultValues: { csv: '' },
    toBody: (v) => ({ csv: v.csv }),
    save: (body) => fosterCareApi.importNotes(body),
    reset: () => ({ csv: '' }),
    onSaved: (r) => {
      setDone(r);
      saved.fosterCare();
    },
  });
  return (
    <FormCard
      headingId="fc-import-h"
      title={t('fc.import')}
      lead={done ? <Alert kind="success">{t('fc.imported', done)}</Alert> : null}
      form={f}
      submitLabel={t('fc.importSubmit')}
      requiredNote={false}
    >
      <TextAreaField label={t('fc.csv')} hint={t('fc.csvHint')} rows={6} {...f.bind('csv')} />
    </FormCard>
  );
}

/** A child of the gmina placed in foster care: the registered child, the date and the placement. */
function AddChildForm() {
  const { t } = useI18n();
  const opened = useOpenSaved('/foster-care', useFamilySupportSaved().fosterCare);
  const empty = {
    person: null as PersonSummary | null,
    placedOn: '',
    placementKind: 'fosterFamily',
    placementName: '',
    powiat: '',
  };
  const f = useEditForm({
    schema: CreateFosterChild,
    defaultValues: empty,
    toBody: (v) => ({ ...personBody(v), placementKind: v.placementKind as (typeof PLACEMENT_KINDS)[number] }),
    save: (body) => fosterCareApi.create(body),
    onSaved: opened,
  });
  const text = (name: 'placedOn' | 'placementName' | 'powiat', type = 'text') => (
    <TextField label={t(`fc.add.${name}`)} type={type} {...f.bind(name)} required />
  );
  return (
    <details className="card">
      <summary>{t('fc.add')}</summary>
      <EditForm form={f} submitLabel={t('fc.add.submit')}>
        <PersonPicker {...f.pick('person')} />
        {text('placedOn', 'date')}
        <SelectField
          label={t('fc.add.placementKind')}
          {...f.bind('placementKind')}
          options={PLACEMENT_KINDS.map((k) => ({ value: k, label: t(`fc.kind.${k}`) }))}
        />
        {text('placementName')}
        {text('powiat')}
      </EditForm>
    </details>
  );
}

export function FosterCarePage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const list = useCursorQuery(familySupportKeys.fosterChildren, (after, signal) =>
    fosterCareApi.children({ after, limit: 50 }, signal),
  );
  const columns = useColumns();
  return (
    <Page title={t('fc.title')} lead={t('fc.lead')}>
      <YearTotal />
      <ListTable empty={t('fc.none')} caption={t('fc.children')} columns={columns} list={list} />
      {can('fosterCare.manage') ? <AddChildForm /> : null}
      {can('fosterCare.manage') ? <ImportForm /> : null}
    </Page>
  );
}
