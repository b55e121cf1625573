import { type FieldTeamStreet, FieldTeamStreetInput, PARITIES } from '@ostoja/domain/org/address';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import type { ApiError } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { CountField, SelectField, TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { ConfirmDialog } from '../../components/kit/confirm-dialog.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { RowButton } from '../../components/kit/row-button.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { NotFound } from '../../components/status-pages.tsx';
import { type StreetValues, streetBody } from './bodies.ts';
import { useAdminSaved, useOrgUnits, useStreets } from './queries.ts';

/** Asks before a street leaves the team; the removal's failure is said in the dialog. */
function RemoveDialog({
  row,
  onClose,
  onRemoved,
}: {
  row: FieldTeamStreet | null;
  onClose(): void;
  onRemoved(row: FieldTeamStreet): void;
}) {
  const { t, msg } = useI18n();
  const remove = useMutation<unknown, ApiError, FieldTeamStreet>({
    mutationFn: (r) => adminApi.removeStreet(r.id),
    onSuccess: (_ok, r) => onRemoved(r),
  });
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={row !== null}
      title={t('streets.removeTitle', { street: row?.street ?? '' })}
      confirmLabel={t('streets.confirmRemove', { street: row?.street ?? '' })}
      danger
      busy={remove.isPending}
      onConfirm={() => row && remove.mutate(row)}
      onCancel={close}
    >
      {remove.error ? (
        <p className="field-error">
          {remove.error.status === 0 ? t('error.network') : msg(remove.error.message)}
        </p>
      ) : null}
    </ConfirmDialog>
  );
}

const blank = (city: string): StreetValues => ({
  street: '',
  city,
  numberFrom: '',
  numberTo: '',
  parity: 'all',
});

function AddStreetForm({
  teamId,
  city,
  onAdded,
}: {
  teamId: string;
  city: string;
  onAdded(street: string): void;
}) {
  const { t } = useI18n();
  const f = useEditForm({
    schema: FieldTeamStreetInput,
    defaultValues: blank(city),
    toBody: streetBody,
    save: (body) => adminApi.addStreet(teamId, body),
    onSaved: (added) => {
      onAdded(added.street);
      f.reset(blank(f.values.city));
    },
  });
  return (
    <section aria-labelledby="add-street-h" className="card">
      <h2 id="add-street-h">{t('streets.add')}</h2>
      <EditForm form={f} submitLabel={t('streets.addSubmit')} requiredNote={false}>
        <div className="field-row">
          <TextField {...f.bind('street')} label={t('address.street')} required />
          <TextField {...f.bind('city')} label={t('address.city')} required />
        </div>
        <fieldset className="subgroup" aria-describedby="range-hint">
          <legend>{t('streets.range')}</legend>
          <p className="hint" id="range-hint">
            {t('streets.rangeHint')}
          </p>
          <div className="field-row">
            <CountField {...f.bind('numberFrom')} label={t('streets.numberFrom')} />
            <CountField {...f.bind('numberTo')} label={t('streets.numberTo')} />
            <SelectField
              {...f.bind('parity')}
              label={t('streets.parity')}
              options={PARITIES.map((p) => ({ value: p, label: t(`parity.${p}`) }))}
            />
          </div>
        </fieldset>
      </EditForm>
    </section>
  );
}

export function StreetsPage() {
  const id = useRouteId();
  const { t } = useI18n();
  const units = useOrgUnits();
  const streets = useStreets(id);
  const saved = useAdminSaved();
  const [notice, setNotice] = useState('');
  const [removing, setRemoving] = useState<FieldTeamStreet | null>(null);
  const team = units.data?.items.find((u) => u.id === id);
  const error = units.error ?? streets.error;
  if (error) return <LoadError error={error} onRetry={() => (units.error ? units : streets).refetch()} />;
  if (!units.data || !streets.data) return <Loading />;
  if (!team) return <NotFound />;
  const range = (s: FieldTeamStreet) =>
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
        <ColumnTable
          caption={t('streets.caption')}
          rows={streets.data.items}
          columns={[
            { key: 'street', header: t('address.street'), cell: (s) => s.street },
            { key: 'city', header: t('address.city'), cell: (s) => s.city },
            { key: 'numbers', header: t('streets.numbers'), cell: (s) => range(s) },
            {
              key: 'actions',
              header: t('common.actions'),
              cell: (s) => (
                <>
                  <RowButton label={t('action.remove')} what={s.street} onClick={() => setRemoving(s)} />
                </>
              ),
            },
          ]}
        />
      ) : (
        <p className="empty">{t('streets.none')}</p>
      )}
      <RemoveDialog
        row={removing}
        onClose={() => setRemoving(null)}
        onRemoved={(r) => {
          setRemoving(null);
          setNotice(t('streets.removed', { street: r.street }));
          saved.streets(id);
        }}
      />
      <AddStreetForm
        teamId={team.id}
        city={team.city ?? ''}
        onAdded={(street) => {
          setNotice(t('streets.added', { street }));
          saved.streets(id);
        }}
      />
    </Page>
  );
}
