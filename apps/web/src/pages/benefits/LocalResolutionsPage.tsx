import './benefits.css';
import { LOCAL_RESOLUTION_KINDS, LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import { benefitsApi } from '../../api/benefits.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CountField, DateField, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { DataTable } from '../../components/table.tsx';
import { orNull } from '../../lib/forms.ts';
import { AddableListPage, AddFormCard, type AddFormProps } from './addable-list-page.tsx';
import { checked } from './checked.ts';
import { wholeNumber } from './money.ts';
import { benefitsKeys, useLocalResolutions } from './queries.ts';

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
    <AddableListPage
      texts="resolutions"
      seeAlso={{ to: '/admin/legal-parameters', label: 'resolutions.seeParameters' }}
      list={list}
      listKey={benefitsKeys.localResolutions}
      form={(p) => <ResolutionForm {...p} />}
    >
      {list.data && !items.length ? <p className="empty">{t('resolutions.none')}</p> : null}
      {items.length ? (
        <DataTable caption={t('resolutions.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('resolutions.number')}</th>
              <th scope="col">{t('resolutions.titleField')}</th>
              <th scope="col">{t('resolutions.adoptedOn')}</th>
              <th scope="col">{t('resolutions.inForce')}</th>
              <th scope="col">{t('resolutions.kind')}</th>
              <th scope="col">{t('resolutions.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r) => (
              <tr key={`${r.number}-${r.kind}`}>
                <th scope="row" className="nowrap">
                  {r.number}
                </th>
                <td>{r.title}</td>
                <td className="nowrap">{date(r.adoptedOn)}</td>
                <td className="nowrap">
                  {r.validTo
                    ? t('benefitsForm.dateRange', { from: date(r.validFrom), to: date(r.validTo) })
                    : t('resolutions.fromOnly', { from: date(r.validFrom) })}
                </td>
                <td>
                  {t(`resolutions.kind.${r.kind}`)}
                  {r.programme ? `: ${r.programme}` : ''}
                </td>
                <td>{r.percent}%</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </AddableListPage>
  );
}
