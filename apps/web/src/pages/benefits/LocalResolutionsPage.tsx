import './benefits.css';
import { LOCAL_RESOLUTION_KINDS, LocalResolutionInput } from '@ostoja/domain/benefits/local-resolutions';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { orNull, validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { moneyReader } from './money.ts';
import { TextAreaField } from './text-area.tsx';
import type { LocalResolution } from './types.ts';

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

function ResolutionForm({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t, locale } = useI18n();
  const [v, setV] = useState(EMPTY);
  const { state, run, invalid } = useSubmit();
  const set = (k: keyof typeof EMPTY) => (x: string) => setV({ ...v, [k]: x });
  const programme = v.kind === 'programmeCriterionPercent';
  const e = state.errors;

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    const r = moneyReader(t('benefitsForm.moneyInvalid'), t('benefitsForm.numberInvalid'));
    const body = {
      number: v.number,
      title: v.title,
      adoptedOn: v.adoptedOn,
      validFrom: v.validFrom,
      validTo: orNull(v.validTo),
      kind: v.kind,
      percent: r.int('percent', v.percent, undefined),
      programme: programme ? v.programme : null,
    };
    const checked = validate(LocalResolutionInput, body, locale);
    if (!checked.ok || Object.keys(r.errors).length)
      return invalid({ ...(checked.ok ? {} : checked.errors), ...r.errors });
    await run(async () => {
      await api.post('/api/v1/local-resolutions', checked.data);
      onDone();
    });
  }

  const date = (k: 'adoptedOn' | 'validFrom' | 'validTo', required = true) => (
    <TextField
      id={fieldId(k)}
      label={t(`resolutions.${k}`)}
      type="date"
      required={required}
      className="w-short"
      value={v[k]}
      onValue={set(k)}
      error={e[k]}
    />
  );
  return (
    <section className="card" aria-labelledby="resolution-new-h">
      <h2 id="resolution-new-h">{t('resolutions.new')}</h2>
      <ErrorSummary errors={e} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('form.requiredNote')}</p>
        <div className="field-row">
          <TextField
            id={fieldId('number')}
            label={t('resolutions.number')}
            hint={t('resolutions.numberHint')}
            required
            className="w-pesel"
            value={v.number}
            onValue={set('number')}
            error={e.number}
          />
          {date('adoptedOn')}
          {date('validFrom')}
          {date('validTo', false)}
        </div>
        <TextAreaField
          id={fieldId('title')}
          label={t('resolutions.titleField')}
          required
          rows={2}
          value={v.title}
          onValue={set('title')}
          error={e.title}
        />
        <div className="field-row">
          <SelectField
            id={fieldId('kind')}
            label={t('resolutions.kind')}
            required
            className="wide"
            value={v.kind}
            onValue={set('kind')}
            error={e.kind}
            options={LOCAL_RESOLUTION_KINDS.map((k) => ({ value: k, label: t(`resolutions.kind.${k}`) }))}
          />
          <TextField
            id={fieldId('percent')}
            label={t('resolutions.percent')}
            hint={t(`resolutions.percentHint.${v.kind}`)}
            required
            inputMode="numeric"
            className="w-short"
            value={v.percent}
            onValue={set('percent')}
            error={e.percent}
          />
        </div>
        {programme ? (
          <TextField
            id={fieldId('programme')}
            label={t('resolutions.programme')}
            required
            className="wide"
            value={v.programme}
            onValue={set('programme')}
            error={e.programme}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('resolutions.save')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** The city council's resolutions that raise statutory amounts or criteria locally. */
export function LocalResolutionsPage() {
  const { t, date } = useI18n();
  const list = useApi<{ items: LocalResolution[] }>('/api/v1/local-resolutions');
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  const items = list.data?.items ?? [];
  return (
    <Page
      title={t('resolutions.title')}
      lead={t('resolutions.lead')}
      actions={
        adding ? null : (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t('resolutions.new')}
          </button>
        )
      }
    >
      <p>
        <Link to="/admin/legal-parameters">{t('resolutions.seeParameters')}</Link>
      </p>
      {saved ? (
        <Alert kind="success" focus key={saved}>
          <p>{t('resolutions.saved')}</p>
        </Alert>
      ) : null}
      {adding ? (
        <ResolutionForm
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setSaved((n) => n + 1);
            list.reload();
          }}
        />
      ) : null}
      {list.error ? <LoadError error={list.error} onRetry={list.reload} /> : null}
      {!list.data && !list.error ? <Loading /> : null}
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
    </Page>
  );
}
