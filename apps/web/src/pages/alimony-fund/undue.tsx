import {
  EstablishUndueAlimonyFund,
  UNDUE_GROUNDS,
  type UndueAlimonyFund,
} from '@ostoja/domain/alimony-fund/undue';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { alimonyFundApi } from '../../api/alimony-fund.ts';
import { useI18n } from '../../app/i18n.tsx';
import { CheckboxField, fieldId, SelectField, TextAreaField, TextField } from '../../components/fields.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { MonthField } from '../../components/kit/month-field.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { useRead } from '../../components/kit/use-read.ts';
import { todayIso } from '../../lib/format.ts';
import { grosze } from '../family-benefits/member-income.tsx';

// Undue alimony-fund benefits on a granted application (art. 23 uFA): the decisions made, each with
// its receivable (what was recovered, what is still owed, its letter), and the form of a new one.
// The months are typed as the payments were made; a part of a month's payment is its amount.

const undueKey = (applicationId: string) => ['alimonyFund', applicationId, 'undue'] as const;

interface MonthRow {
  key: number;
  month: string;
  amount: string;
}

export function UndueBenefits({ applicationId, canDecide }: { applicationId: string; canDecide: boolean }) {
  const { t, date, money } = useI18n();
  const client = useQueryClient();
  const list = useRead(undueKey(applicationId), (s) => alimonyFundApi.undue(applicationId, s));
  const items = list.data?.items ?? [];
  return (
    <section className="card" aria-labelledby="af-undue">
      <h2 id="af-undue">{t('af.undue.title')}</h2>
      {items.length ? (
        <ColumnTable
          caption={t('af.undue.title')}
          compact
          rows={items}
          rowKey={(u) => u.receivableId}
          columns={[
            {
              key: 'number',
              header: t('af.undue.number'),
              cell: (u) => (
                <>
                  <Link to={`/payments/receivables/${u.receivableId}`}>{u.number}</Link>{' '}
                  <a href={`/api/v1/receivables/${u.receivableId}/pdf`} target="_blank" rel="noopener">
                    {t('af.undue.letter')}
                  </a>
                </>
              ),
            },
            { key: 'decidedOn', header: t('af.undue.decidedOn'), cell: (u) => date(u.decidedOn) },
            {
              key: 'months',
              header: t('af.undue.months'),
              cell: (u) => [...new Set(u.payments.map((p) => p.month))].join(', '),
            },
            { key: 'principal', header: t('af.undue.principal'), cell: (u) => money(u.principal) },
            { key: 'interest', header: t('af.undue.interest'), cell: (u) => money(u.interest) },
            { key: 'outstanding', header: t('af.undue.outstanding'), cell: (u) => money(u.outstanding) },
          ]}
        />
      ) : list.data ? (
        <p className="empty">{t('af.undue.none')}</p>
      ) : null}
      {canDecide ? (
        <UndueForm
          applicationId={applicationId}
          onSaved={() => client.invalidateQueries({ queryKey: undueKey(applicationId) })}
        />
      ) : null}
    </section>
  );
}

function UndueForm({
  applicationId,
  onSaved,
}: {
  applicationId: string;
  onSaved(u: UndueAlimonyFund): void;
}) {
  const { t } = useI18n();
  const defaults = {
    decidedOn: todayIso(),
    ground: 'a',
    months: [{ key: 0, month: '', amount: '' }] as MonthRow[],
    dueOn: todayIso(),
    instalments: '1',
    deduct: true,
    justification: '',
  };
  const f = useEditForm({
    schema: EstablishUndueAlimonyFund,
    defaultValues: defaults,
    toBody: (v) => ({
      decidedOn: v.decidedOn,
      ground: v.ground as (typeof UNDUE_GROUNDS)[number],
      months: v.months.map((m) => ({
        month: m.month,
        ...(m.amount.trim() ? { amount: grosze(m.amount) } : {}),
      })),
      dueOn: v.dueOn,
      instalments: Number(v.instalments),
      deductFromPayments: v.deduct,
      justification: v.justification,
    }),
    save: (body) => alimonyFundApi.establishUndue(applicationId, body),
    reset: () => defaults,
    onSaved,
  });
  const rows = f.values.months;
  const setRows = (next: MonthRow[]) => f.form.setValue('months', next);
  // A month's field, bound like f.bind: its id and error by the body's path months.N.<key>.
  const bindRow = (i: number, r: MonthRow, key: 'month' | 'amount') => ({
    id: fieldId(`months.${i}.${key}`),
    value: r[key],
    onValue: (v: string) => setRows(rows.map((x) => (x.key === r.key ? { ...x, [key]: v } : x))),
    error: f.errors[`months.${i}.${key}`],
  });
  return (
    <>
      <h3>{t('af.undue.new')}</h3>
      <EditForm form={f} submitLabel={t('af.undue.establish')}>
        <TextField label={t('af.undue.decidedOn')} type="date" {...f.bind('decidedOn')} required />
        <SelectField
          label={t('af.undue.ground')}
          {...f.bind('ground')}
          options={UNDUE_GROUNDS.map((g) => ({
            value: g,
            label: t(g === 'c' || g === 'e' ? 'af.undue.groundNoInterest' : 'af.undue.groundLetter', {
              letter: g,
            }),
          }))}
        />
        <fieldset>
          <legend>{t('af.undue.months')}</legend>
          {rows.map((r, i) => (
            <div className="field-row" key={r.key}>
              <MonthField {...bindRow(i, r, 'month')} label={t('af.undue.month')} required />
              <TextField {...bindRow(i, r, 'amount')} label={t('af.undue.partAmount')} inputMode="decimal" />
              {rows.length > 1 ? (
                <button
                  type="button"
                  className="button secondary"
                  onClick={() => setRows(rows.filter((x) => x.key !== r.key))}
                >
                  {t('af.undue.removeMonth', { n: i + 1 })}
                </button>
              ) : null}
            </div>
          ))}
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              setRows([...rows, { key: Math.max(...rows.map((x) => x.key)) + 1, month: '', amount: '' }])
            }
          >
            {t('af.undue.addMonth')}
          </button>
        </fieldset>
        <TextField label={t('af.undue.dueOn')} type="date" {...f.bind('dueOn')} required />
        <TextField
          label={t('af.undue.instalments')}
          inputMode="numeric"
          {...f.bind('instalments')}
          required
        />
        <CheckboxField label={t('af.undue.deduct')} {...f.tick('deduct')} />
        <TextAreaField label={t('af.undue.justification')} {...f.bind('justification')} required />
      </EditForm>
    </>
  );
}
