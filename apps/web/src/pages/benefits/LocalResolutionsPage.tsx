import './benefits.css';
import { LOCAL_RESOLUTION_KINDS, LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import { benefitsApi } from '../../api/benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CountField, DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { orNull } from '../../lib/forms.ts';
import { AddableListPage, AddFormCard, type AddFormProps } from './addable-list-page.tsx';
import { checked } from './checked.ts';
import { wholeNumber } from './money.ts';
import { useLocalResolutions } from './queries.ts';

const EMPTY = {
  number: '',
  title: '',
  adoptedOn: '',
  validFrom: '',
  validTo: '',
  kind: 'zasilekOkresowyMinPercent',
  percent: '',
  programme: '',
};

const SCHEMA = checked(LocalResolutionInput, () => 'benefitsForm.numberInvalid');

function ResolutionForm(p: AddFormProps) {
  const { t, tk } = useI18n();
  const f = useEditForm({
    schema: SCHEMA,
    defaultValues: EMPTY,
    toBody: (v): LocalResolutionInput => ({
      number: v.number,
      title: v.title,
      adoptedOn: v.adoptedOn,
      validFrom: v.validFrom,
      validTo: orNull(v.validTo),
      kind: v.kind as LocalResolutionInput['kind'],
      percent: wholeNumber(v.percent, undefined) as number,
      programme: v.kind === 'programmeCriterionPercent' ? v.programme : null,
    }),
    save: benefitsApi.addLocalResolution,
    onSaved: p.onDone,
  });
  const date = (k: 'adoptedOn' | 'validFrom' | 'validTo', required = true) => (
    <DateField label={t(`resolutions.${k}`)} required={required} {...f.bind(k)} />
  );
  return (
    <AddFormCard of={p} headingId="resolution-new-h" form={f}>
      <div className="field-row">
        <TextField
          label={t('resolutions.number')}
          hint={t('resolutions.numberHint')}
          required
          className="w-pesel"
          {...f.bind('number')}
        />
        {date('adoptedOn')}
        {date('validFrom')}
        {date('validTo', false)}
      </div>
      <TextAreaField label={t('resolutions.titleField')} required rows={2} {...f.bind('title')} />
      <div className="field-row">
        <SelectField
          label={t('resolutions.kind')}
          required
          className="wide"
          options={LOCAL_RESOLUTION_KINDS.map((k) => ({ value: k, label: t(`resolutions.kind.${k}`) }))}
          {...f.bind('kind')}
        />
        <CountField
          label={t('resolutions.percent')}
          hint={tk('resolutions.percentHint', f.values.kind)}
          required
          {...f.bind('percent')}
        />
      </div>
      {f.values.kind === 'programmeCriterionPercent' ? (
        <TextField label={t('resolutions.programme')} required className="wide" {...f.bind('programme')} />
      ) : null}
    </AddFormCard>
  );
}

/** The city council's resolutions that raise statutory amounts or criteria locally. */
export function LocalResolutionsPage() {
  const { t, date } = useI18n();
  const list = useLocalResolutions();
  const items = list.data?.items ?? [];
  return (
    <AddableListPage texts="resolutions" list={list} form={(p) => <ResolutionForm {...p} />}>
      {list.data && !items.length ? <p className="empty">{t('resolutions.none')}</p> : null}
      {items.length ? (
        <ColumnTable
          caption={t('resolutions.caption')}
          rows={items}
          rowKey={(r) => `${r.number}-${r.kind}`}
          columns={[
            {
              key: 'number',
              header: t('resolutions.number'),
              cell: (r) => r.number,
              rowHeader: true,
              className: 'nowrap',
            },
            { key: 'title', header: t('resolutions.titleField'), cell: (r) => r.title },
            {
              key: 'adoptedOn',
              header: t('resolutions.adoptedOn'),
              cell: (r) => date(r.adoptedOn),
              className: 'nowrap',
            },
            {
              key: 'inForce',
              header: t('resolutions.inForce'),
              cell: (r) =>
                r.validTo
                  ? t('benefitsForm.dateRange', { from: date(r.validFrom), to: date(r.validTo) })
                  : t('resolutions.fromOnly', { from: date(r.validFrom) }),
              className: 'nowrap',
            },
            {
              key: 'kind',
              header: t('resolutions.kind'),
              cell: (r) => `${t(`resolutions.kind.${r.kind}`)}${r.programme ? `: ${r.programme}` : ''}`,
            },
            { key: 'percent', header: t('resolutions.percent'), cell: (r) => `${r.percent}%` },
          ]}
        />
      ) : null}
    </AddableListPage>
  );
}
