import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import {
  SetUkrStatus,
  UKR_LOSS_REASONS,
  UKR_STATUSES,
  type UkrStatus,
  type UkrStatusValue,
} from '@ostoja/domain/registry/ukr-status';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { registryApi } from '../../api/registry.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { DateField, fieldId, SelectField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { orNull } from '../../lib/forms.ts';
import { registryKeys, useUkrStatus } from './queries.ts';

const TONE = { ukr: 'ok', lost: 'off', none: 'neutral' } as const;

/**
 * The UKR status of a citizen of Ukraine (act of 12.03.2022): what it is now, who changed it and
 * when, and — for those who keep the registry — the form to set it. Shown for a citizen of
 * Ukraine and for anyone a status was ever recorded for.
 */
export function PersonUkrStatus({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (!can('registry.read') || (p.citizenship !== 'UA' && p.ukrStatus === 'none')) return null;
  return (
    <section aria-labelledby="person-ukr-h">
      <h2 id="person-ukr-h">{t('ukr.title')}</h2>
      <p>{t('ukr.lead')}</p>
      <Status personId={p.id} />
    </section>
  );
}

function Status({ personId }: { personId: string }) {
  const { t, date, dateTime } = useI18n();
  const { can } = useAuth();
  const { data, error, refetch } = useUkrStatus(personId);
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!data) return <Loading />;
  const rows: [string, string][] = [];
  if (data.since) rows.push([t('ukr.since'), date(data.since)]);
  if (data.lostOn) rows.push([t('ukr.lostOn'), date(data.lostOn)]);
  if (data.lostReason) rows.push([t('ukr.lostReason'), t(`ukr.reason.${data.lostReason}`)]);
  return (
    <>
      <p>
        <StatusBadge tone={TONE[data.status]}>{t(`ukr.status.${data.status}`)}</StatusBadge>
      </p>
      {rows.length ? <Details items={rows} /> : null}
      {data.history.length ? (
        <ColumnTable
          caption={t('ukr.history')}
          rows={data.history}
          rowKey={(h) => h.changedAt}
          columns={[
            { key: 'at', header: t('ukr.changedAt'), cell: (h) => dateTime(h.changedAt) },
            { key: 'status', header: t('ukr.status'), cell: (h) => t(`ukr.status.${h.status}`) },
            { key: 'since', header: t('ukr.since'), cell: (h) => date(h.since) },
            { key: 'lostOn', header: t('ukr.lostOn'), cell: (h) => date(h.lostOn) },
            {
              key: 'reason',
              header: t('ukr.lostReason'),
              cell: (h) => (h.lostReason ? t(`ukr.reason.${h.lostReason}`) : ''),
            },
            { key: 'by', header: t('ukr.changedBy'), cell: (h) => h.changedBy ?? '—' },
          ]}
        />
      ) : (
        <p className="empty">{t('ukr.noHistory')}</p>
      )}
      {can('registry.write') ? <ChangeForm current={data} /> : null}
    </>
  );
}

function ChangeForm({ current }: { current: UkrStatus }) {
  const { t } = useI18n();
  const client = useQueryClient();
  const [saved, setSaved] = useState(false);
  const f = useEditForm({
    schema: SetUkrStatus,
    defaultValues: {
      status: current.status as string,
      since: current.since ?? '',
      lostOn: current.lostOn ?? '',
      lostReason: (current.lostReason ?? '') as string,
    },
    toBody: (v) => ({
      status: v.status as UkrStatusValue,
      since: v.status === 'none' ? null : orNull(v.since),
      lostOn: v.status === 'lost' ? orNull(v.lostOn) : null,
      lostReason: v.status === 'lost' ? (orNull(v.lostReason) as UkrStatus['lostReason']) : null,
    }),
    save: (body) => registryApi.setUkrStatus(current.personId, body),
    onSaved: (s) => {
      client.setQueryData(registryKeys.ukrStatus(s.personId), s);
      client.invalidateQueries({ queryKey: registryKeys.person(s.personId), exact: true });
      setSaved(true);
    },
  });
  const v = f.values;
  const date = (k: 'since' | 'lostOn') => (
    <DateField
      id={fieldId(k)}
      label={t(`ukr.${k}`)}
      value={v[k]}
      onValue={(x) => f.form.setValue(k, x)}
      error={f.errors[k]}
    />
  );
  return (
    <>
      <h3>{t('ukr.change')}</h3>
      {saved ? <Alert kind="success">{t('ukr.saved')}</Alert> : null}
      <EditForm form={f} submitLabel={t('ukr.save')}>
        <SelectField
          id={fieldId('status')}
          label={t('ukr.status')}
          value={v.status}
          onValue={(x) => {
            setSaved(false);
            f.form.setValue('status', x);
          }}
          options={UKR_STATUSES.map((s) => ({ value: s, label: t(`ukr.status.${s}`) }))}
          required
        />
        {v.status !== 'none' ? (
          <div className="field-row">
            {date('since')}
            {v.status === 'lost' ? date('lostOn') : null}
          </div>
        ) : null}
        {v.status === 'lost' ? (
          <SelectField
            id={fieldId('lostReason')}
            label={t('ukr.lostReason')}
            value={v.lostReason}
            onValue={(x) => f.form.setValue('lostReason', x)}
            options={[
              { value: '', label: '—' },
              ...UKR_LOSS_REASONS.map((r) => ({ value: r, label: t(`ukr.reason.${r}`) })),
            ]}
            required
            error={f.errors.lostReason}
          />
        ) : null}
      </EditForm>
    </>
  );
}
