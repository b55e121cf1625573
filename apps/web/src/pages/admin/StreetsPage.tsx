import { FieldTeamStreetInput, type OrgUnit, PARITIES, type Parity } from '@ostoja/domain/org/address';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, SelectField, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { NotFound } from '../../components/status-pages.tsx';
import { DataTable } from '../../components/table.tsx';
import { validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';

interface StreetRow {
  id: string;
  street: string;
  city: string;
  numberFrom: number | null;
  numberTo: number | null;
  parity: Parity;
}

function DeleteButton({ row, onDeleted }: { row: StreetRow; onDeleted(): void }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const { state, run } = useSubmit();
  if (!confirming)
    return (
      <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
        {t('action.remove')}
        <span className="visually-hidden"> — {row.street}</span>
      </button>
    );
  return (
    <span className="inline-actions">
      {state.message ? <span className="field-error">{state.message}</span> : null}
      <button
        type="button"
        className="button danger small"
        disabled={state.busy}
        onClick={async () => {
          if (await run(() => api.delete(`/api/v1/field-team-streets/${row.id}`))) onDeleted();
        }}
      >
        {t('streets.confirmRemove', { street: row.street })}
      </button>
      <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
        {t('action.cancel')}
      </button>
    </span>
  );
}

function AddStreetForm({
  teamId,
  city,
  onAdded,
}: {
  teamId: string;
  city: string;
  onAdded(street: string): void;
}) {
  const { t, locale } = useI18n();
  const [v, setV] = useState({ street: '', city, numberFrom: '', numberTo: '', parity: 'all' });
  const { state, run, invalid } = useSubmit();
  const num = (s: string) => (s.trim() === '' ? null : Number(s));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body = { ...v, numberFrom: num(v.numberFrom), numberTo: num(v.numberTo) };
    const checked = validate(FieldTeamStreetInput, body, locale);
    if (!checked.ok) return invalid(checked.errors);
    if (await run(() => api.post(`/api/v1/field-teams/${teamId}/streets`, body))) {
      onAdded(v.street);
      setV({ ...v, street: '', numberFrom: '', numberTo: '', parity: 'all' });
    }
  }
  const text = (k: 'street' | 'city' | 'numberFrom' | 'numberTo') => ({
    id: fieldId(k),
    value: v[k],
    onValue: (value: string) => setV({ ...v, [k]: value }),
    error: state.errors[k],
  });
  return (
    <section aria-labelledby="add-street-h" className="card">
      <h2 id="add-street-h">{t('streets.add')}</h2>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <div className="field-row">
          <TextField {...text('street')} label={t('address.street')} required />
          <TextField {...text('city')} label={t('address.city')} required />
        </div>
        <fieldset className="subgroup" aria-describedby="range-hint">
          <legend>{t('streets.range')}</legend>
          <p className="hint" id="range-hint">
            {t('streets.rangeHint')}
          </p>
          <div className="field-row">
            <TextField
              {...text('numberFrom')}
              label={t('streets.numberFrom')}
              inputMode="numeric"
              className="w-short"
            />
            <TextField
              {...text('numberTo')}
              label={t('streets.numberTo')}
              inputMode="numeric"
              className="w-short"
            />
            <SelectField
              id={fieldId('parity')}
              label={t('streets.parity')}
              value={v.parity}
              onValue={(parity) => setV({ ...v, parity })}
              options={PARITIES.map((p) => ({ value: p, label: t(`parity.${p}`) }))}
              error={state.errors.parity}
            />
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('streets.addSubmit')}
          </button>
        </div>
      </form>
    </section>
  );
}

export function StreetsPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const units = useApi<{ items: OrgUnit[] }>('/api/v1/org-units');
  const streets = useApi<{ items: StreetRow[] }>(`/api/v1/field-teams/${id}/streets`);
  const [notice, setNotice] = useState('');
  const team = units.data?.items.find((u) => u.id === id);
  const error = units.error ?? streets.error;
  if (error) return <LoadError error={error} onRetry={streets.reload} />;
  if (!units.data || !streets.data) return <Loading />;
  if (!team) return <NotFound />;
  const range = (s: StreetRow) =>
    s.numberFrom === null
      ? s.parity === 'all'
        ? t('streets.whole')
        : t(`parity.${s.parity}`)
      : `${s.numberFrom}–${s.numberTo}${s.parity === 'all' ? '' : `, ${t(`parity.${s.parity}`)}`}`;
  return (
    <Page
      title={t('streets.title', { team: team.name })}
      lead={<Link to="/admin/org-units">{t('streets.back')}</Link>}
    >
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      {streets.data.items.length ? (
        <DataTable caption={t('streets.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('address.street')}</th>
              <th scope="col">{t('address.city')}</th>
              <th scope="col">{t('streets.numbers')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {streets.data.items.map((s) => (
              <tr key={s.id}>
                <td>{s.street}</td>
                <td>{s.city}</td>
                <td>{range(s)}</td>
                <td>
                  <DeleteButton
                    row={s}
                    onDeleted={() => {
                      setNotice(t('streets.removed', { street: s.street }));
                      streets.reload();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="empty">{t('streets.none')}</p>
      )}
      <AddStreetForm
        teamId={team.id}
        city={team.city ?? ''}
        onAdded={(street) => {
          setNotice(t('streets.added', { street }));
          streets.reload();
        }}
      />
    </Page>
  );
}
