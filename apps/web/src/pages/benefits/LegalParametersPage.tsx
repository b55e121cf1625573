import './benefits.css';
import { LegalParameterPeriodInput } from '@ostoja/domain/benefits/legal-parameters';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, ErrorSummary, LoadError, Loading } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { validate } from '../../lib/forms.ts';
import { useApi } from '../../lib/use-api.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { moneyReader, zlotyInput } from './money.ts';
import { TextAreaField } from './text-area.tsx';
import type { LegalParameterPeriod } from './types.ts';

const MONEY = [
  'criterionSingle',
  'criterionPerPerson',
  'zasilekStalyMax',
  'zasilekStalyMin',
  'zasilekOkresowyMinAmount',
  'zasilekOkresowySingleMax',
  'farmHectareIncome',
] as const;
const PERCENT = ['zasilekStalyPercent', 'zasilekOkresowyMinPercent'] as const;
type Values = Record<(typeof MONEY)[number] | (typeof PERCENT)[number] | 'validFrom' | 'legalBasis', string>;

/** The new period starts as a copy of the latest: the government usually changes a few numbers. */
function valuesFrom(p: LegalParameterPeriod | undefined): Values {
  const v = {} as Values;
  for (const k of MONEY) v[k] = p ? zlotyInput(p[k]) : '';
  for (const k of PERCENT) v[k] = p ? String(p[k]) : '';
  v.validFrom = '';
  v.legalBasis = '';
  return v;
}

function PeriodForm({
  latest,
  onDone,
  onCancel,
}: {
  latest?: LegalParameterPeriod;
  onDone(): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [v, setV] = useState(() => valuesFrom(latest));
  const { state, run, invalid } = useSubmit();
  const set = (k: keyof Values) => (x: string) => setV({ ...v, [k]: x });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = moneyReader(t('benefitsForm.moneyInvalid'), t('benefitsForm.numberInvalid'));
    const body: Record<string, unknown> = { validFrom: v.validFrom, legalBasis: v.legalBasis };
    for (const k of MONEY) body[k] = r.read(k, v[k], k === 'zasilekOkresowySingleMax' ? null : undefined);
    for (const k of PERCENT) body[k] = r.int(k, v[k], undefined);
    const checked = validate(LegalParameterPeriodInput, body, locale);
    if (!checked.ok || Object.keys(r.errors).length)
      return invalid({ ...(checked.ok ? {} : checked.errors), ...r.errors });
    await run(async () => {
      await api.post('/api/v1/legal-parameters', checked.data);
      onDone();
    });
  }

  return (
    <section className="card" aria-labelledby="period-new-h">
      <h2 id="period-new-h">{t('legalParams.new')}</h2>
      <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
      <form onSubmit={submit} noValidate className="form">
        <p className="hint">{t('legalParams.newHint')}</p>
        <TextField
          id={fieldId('validFrom')}
          label={t('legalParams.validFrom')}
          type="date"
          required
          className="w-short"
          value={v.validFrom}
          onValue={set('validFrom')}
          error={state.errors.validFrom}
        />
        <div className="field-row">
          {MONEY.map((k) => (
            <TextField
              key={k}
              id={fieldId(k)}
              label={t(`legalParams.${k}`)}
              hint={
                k === 'zasilekOkresowySingleMax'
                  ? t('legalParams.optionalMoney')
                  : t('benefitsForm.moneyHint')
              }
              required={k !== 'zasilekOkresowySingleMax'}
              inputMode="decimal"
              autoComplete="off"
              className="money"
              value={v[k]}
              onValue={set(k)}
              error={state.errors[k]}
            />
          ))}
          {PERCENT.map((k) => (
            <TextField
              key={k}
              id={fieldId(k)}
              label={t(`legalParams.${k}`)}
              hint={t('legalParams.percentHint')}
              required
              inputMode="numeric"
              autoComplete="off"
              value={v[k]}
              onValue={set(k)}
              error={state.errors[k]}
            />
          ))}
        </div>
        <TextAreaField
          id={fieldId('legalBasis')}
          label={t('legalParams.legalBasis')}
          hint={t('legalParams.legalBasisHint')}
          required
          value={v.legalBasis}
          onValue={set('legalBasis')}
          error={state.errors.legalBasis}
        />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('legalParams.save')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('action.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Legal parameter periods: the statutory criteria and amounts by the date they apply from. */
export function LegalParametersPage() {
  const { t, date, money } = useI18n();
  const list = useApi<{ items: LegalParameterPeriod[] }>('/api/v1/legal-parameters');
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(0);
  const periods = [...(list.data?.items ?? [])].sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return (
    <Page
      title={t('legalParams.title')}
      lead={t('legalParams.lead')}
      actions={
        adding ? null : (
          <button type="button" className="button primary" onClick={() => setAdding(true)}>
            {t('legalParams.new')}
          </button>
        )
      }
    >
      <p>
        <Link to="/admin/local-resolutions">{t('legalParams.seeResolutions')}</Link>
      </p>
      {saved ? (
        <Alert kind="success" focus key={saved}>
          <p>{t('legalParams.saved')}</p>
        </Alert>
      ) : null}
      {adding ? (
        <PeriodForm
          latest={periods[0]}
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
      {list.data ? (
        <DataTable caption={t('legalParams.caption')} compact>
          <thead>
            <tr>
              <th scope="col">{t('legalParams.validFrom')}</th>
              {MONEY.map((k) => (
                <th scope="col" key={k}>
                  {t(`legalParams.${k}`)}
                </th>
              ))}
              {PERCENT.map((k) => (
                <th scope="col" key={k}>
                  {t(`legalParams.${k}`)}
                </th>
              ))}
              <th scope="col">{t('legalParams.legalBasis')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.validFrom}>
                <th scope="row" className="nowrap">
                  {date(p.validFrom)}
                </th>
                {MONEY.map((k) => (
                  <td key={k} className="nowrap">
                    {p[k] === null ? '—' : money(p[k])}
                  </td>
                ))}
                {PERCENT.map((k) => (
                  <td key={k}>{p[k]}%</td>
                ))}
                <td className="small basis-cell">{p.legalBasis}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : null}
    </Page>
  );
}
