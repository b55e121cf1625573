import { parseZloty } from '@ostoja/domain/family-support/charge-notes-csv';
import {
  type AverageWageNotice,
  AverageWageNoticeInput,
} from '@ostoja/domain/housing-allowances/average-wage';
import { useState } from 'react';
import { housingAllowancesApi } from '../../api/housing-allowances.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { fieldId, MoneyField, SelectField, TextField } from '../../components/fields.tsx';
import { AMOUNT, dateColumn } from '../../components/kit/columns.ts';
import { FormCard } from '../../components/kit/form-card.tsx';
import { type Column, ListTable } from '../../components/kit/paged-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { housingKeys, useNoticeSaved } from './queries.ts';
import { useQuarterLabel } from './wage-notice.tsx';

// The przeciętne wynagrodzenie of the dodatek mieszkaniowy as data: the administrator enters each
// notice of the Prezes GUS (or a correction superseding one); nothing is edited, no code changes.

const empty = () => ({
  year: '',
  quarter: '',
  amount: '',
  appliesFrom: '',
  monitorPolski: '',
  supersedesId: '',
});

function NoticeForm({ live, onSaved }: { live: AverageWageNotice[]; onSaved(): void }) {
  const { t, money } = useI18n();
  const quarter = useQuarterLabel();
  const f = useEditForm({
    schema: AverageWageNoticeInput,
    defaultValues: empty(),
    toBody: (v) => ({
      year: Number(v.year),
      quarter: Number(v.quarter),
      amountGrosze: parseZloty(v.amount) ?? Number.NaN,
      appliesFrom: v.appliesFrom,
      monitorPolski: v.monitorPolski,
      supersedesId: v.supersedesId || null,
    }),
    save: (body) => housingAllowancesApi.addNotice(body),
    onSaved: () => {
      f.reset(empty());
      onSaved();
    },
  });
  const v = f.values;
  const text = (
    k: 'year' | 'quarter' | 'appliesFrom' | 'monitorPolski',
    extra: { type?: string; hint?: string; required?: boolean; className?: string } = {},
  ) => (
    <TextField
      id={fieldId(k)}
      label={t(`ha.wage.${k}`)}
      value={v[k]}
      onValue={(x) => f.form.setValue(k, x)}
      error={f.errors[k]}
      required={extra.required ?? true}
      {...(extra.type ? { type: extra.type } : {})}
      {...(extra.hint ? { hint: extra.hint } : {})}
      className={extra.className ?? 'w-short'}
    />
  );
  return (
    <FormCard headingId="wage-add-h" title={t('ha.wage.add')} form={f} submitLabel={t('ha.wage.addSubmit')}>
      <SelectField
        id={fieldId('supersedesId')}
        label={t('ha.wage.supersedes')}
        value={v.supersedesId}
        onValue={(id) => {
          f.form.setValue('supersedesId', id);
          const old = live.find((n) => n.id === id);
          if (old) {
            f.form.setValue('year', String(old.year));
            f.form.setValue('quarter', String(old.quarter));
          }
        }}
        options={[
          { value: '', label: t('ha.wage.supersedesNone') },
          ...live.map((n) => ({ value: n.id, label: `${quarter(n)}: ${money(n.amountGrosze)}` })),
        ]}
        error={f.errors.supersedesId}
      />
      <div className="field-row">
        {text('year')}
        {text('quarter')}
      </div>
      <MoneyField
        id={fieldId('amountGrosze')}
        label={t('ha.wage.amount')}
        hint={t('ha.wage.amountHint')}
        className="w-short"
        value={v.amount}
        onValue={(x) => f.form.setValue('amount', x)}
        error={f.errors.amountGrosze}
      />
      {text('appliesFrom', { type: 'date' })}
      {text('monitorPolski', { hint: t('ha.wage.monitorPolskiHint'), required: false, className: 'wide' })}
    </FormCard>
  );
}

/** The notices, newest publication first, which are in force, and the form for a new one. */
export function AverageWagePage() {
  const { t, date, money } = useI18n();
  const quarter = useQuarterLabel();
  const invalidate = useNoticeSaved();
  const [saved, setSaved] = useState(0);
  const list = useCursorQuery(housingKeys.notices, (after, signal) =>
    housingAllowancesApi.notices({ after, limit: 100 }, signal),
  );
  const columns: Column<AverageWageNotice>[] = [
    {
      key: 'quarter',
      header: t('ha.wage.quarterCol'),
      cell: (n) => quarter(n),
      sortValue: (n) => n.year * 10 + n.quarter,
    },
    { key: 'amount', header: t('ha.wage.amount'), cell: (n) => money(n.amountGrosze), ...AMOUNT },
    dateColumn('appliesFrom', t('ha.wage.appliesFrom'), date),
    { key: 'mp', header: t('ha.wage.monitorPolski'), cell: (n) => n.monitorPolski ?? '—' },
    {
      key: 'state',
      header: t('ha.wage.state'),
      cell: (n) =>
        n.supersededById ? (
          <StatusBadge tone="neutral">{t('ha.wage.superseded')}</StatusBadge>
        ) : (
          <StatusBadge tone="ok">{t('ha.wage.live')}</StatusBadge>
        ),
    },
    {
      key: 'by',
      header: t('ha.wage.enteredBy'),
      cell: (n) => n.createdByName ?? t('ha.wage.seeded'),
    },
  ];
  return (
    <Page title={t('ha.wage.title')} lead={t('ha.wage.lead')}>
      {saved ? (
        <Alert kind="success" focus key={saved}>
          <p>{t('ha.wage.saved')}</p>
        </Alert>
      ) : null}
      <ListTable empty={t('ha.wage.none')} caption={t('ha.wage.caption')} columns={columns} list={list} />
      <NoticeForm
        live={list.items.filter((n) => !n.supersededById)}
        onSaved={() => {
          setSaved((k) => k + 1);
          invalidate();
        }}
      />
    </Page>
  );
}
