import { EntryInput } from '@ostoja/domain/reporting/strategy';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError, withQuery } from '../../api/client.ts';
import { type ReportRow, reportsApi, type StrategyReport } from '../../api/reports.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { SelectField } from '../../components/fields.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { useReportRowSaved, useStrategies, useStrategyReport } from './queries.ts';
import { apiBase, currentYear, ReportLinks, useNumber, YearSelect } from './shared.tsx';

// The yearly strategy report in the layout of the council's document: goal → operational goal
// → direction → indicator with its value, last year's and the change; commentary per row.

const COLS = 6;

function Value({ row, value }: { row: ReportRow; value: number | null }) {
  const { t } = useI18n();
  const num = useNumber();
  if (row.restricted) return <>{t('reports.strategy.restricted')}</>;
  if (row.unit === 'text') return <>{row.text ?? '—'}</>;
  return <>{value === null ? '—' : num(value, row.unit)}</>;
}

function Change({ row }: { row: ReportRow }) {
  const num = useNumber();
  if (row.restricted || row.change === null) return <>—</>;
  const sign = row.change > 0 ? '+' : row.change < 0 ? '−' : '';
  const pct = row.changePercent === null ? '' : ` (${sign}${num(Math.abs(row.changePercent))}%)`;
  return (
    <>
      {sign}
      {num(Math.abs(row.change), row.unit)}
      {pct}
    </>
  );
}

function CommentaryCell({
  row,
  strategyId,
  year,
  canEdit,
  onSaved,
  onConflict,
}: {
  row: ReportRow;
  strategyId: string;
  year: number;
  canEdit: boolean;
  onSaved(row: ReportRow): void;
  onConflict(message: string): void;
}) {
  const { t, msg } = useI18n();
  const [editing, setEditing] = useState(false);
  const id = `commentary-${row.id}`;
  const typed = (v: { commentary: string }) => v.commentary.trim() || null;
  const f = useEditForm({
    schema: EntryInput,
    defaultValues: { commentary: row.commentary ?? '' },
    // The entry holds the row's hand-entered figure too: it goes back unchanged.
    toBody: (v) => ({
      ...(row.kind === 'manual' && row.unit !== 'text' ? { value: row.value } : {}),
      ...(row.text ? { text: row.text } : {}),
      ...(row.kind === 'manual' && row.source ? { source: row.source } : {}),
      commentary: typed(v),
      version: row.version,
    }),
    save: async (body) => {
      try {
        return await reportsApi.saveEntry(strategyId, year, row.id, body);
      } catch (e) {
        // Someone saved the row meanwhile: the page offers the newer report.
        if (e instanceof ApiError && e.code === 'versionConflict') onConflict(msg(e.message));
        throw e;
      }
    },
    onSaved: (r) => {
      onSaved({ ...row, commentary: typed(f.values), version: r.version });
      setEditing(false);
    },
  });
  const error = f.errors.commentary ?? (f.code === 'versionConflict' ? '' : f.message);

  if (!editing)
    return (
      <>
        <span>{row.commentary ?? '—'}</span>
        {canEdit ? (
          <>
            {' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                f.reset({ commentary: row.commentary ?? '' });
                setEditing(true);
              }}
            >
              {t('reports.strategy.editCommentary')}
              <span className="visually-hidden">: {row.label}</span>
            </button>
          </>
        ) : null}
      </>
    );
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        f.submit();
      }}
      noValidate
    >
      <div className={`field${error ? ' has-error' : ''}`}>
        <label htmlFor={id}>{t('reports.strategy.commentaryFor', { label: row.label })}</label>
        <textarea
          id={id}
          rows={3}
          maxLength={4000}
          value={f.values.commentary}
          onChange={(e) => f.form.setValue('commentary', e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          // biome-ignore lint/a11y/noAutofocus: the editor opens on request; the focus goes into it
          autoFocus
        />
        {error ? (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="inline-actions">
        <button type="submit" className="button primary small" disabled={f.busy}>
          {t('action.save')}
        </button>
        <button type="button" className="button secondary small" onClick={() => setEditing(false)}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReportTable({
  report,
  canEdit,
  onSaved,
  onConflict,
}: {
  report: StrategyReport;
  canEdit: boolean;
  onSaved(row: ReportRow): void;
  onConflict(message: string): void;
}) {
  const { t } = useI18n();
  return (
    <DataTable
      caption={t('reports.strategy.tableCaption', { title: report.strategy.title, year: report.year })}
    >
      <thead>
        <tr>
          <th scope="col">{t('reports.strategy.indicator')}</th>
          <th scope="col" style={{ textAlign: 'right' }}>
            {t('reports.strategy.value', { year: report.year })}
          </th>
          <th scope="col" style={{ textAlign: 'right' }}>
            {t('reports.strategy.value', { year: report.previousYear })}
          </th>
          <th scope="col" style={{ textAlign: 'right' }}>
            {t('reports.strategy.change')}
          </th>
          <th scope="col">{t('reports.strategy.source')}</th>
          <th scope="col">{t('reports.strategy.commentary')}</th>
        </tr>
      </thead>
      {report.goals.map((g) => (
        <tbody key={g.position}>
          <tr>
            <th scope="colgroup" colSpan={COLS} style={{ background: '#e8eef6' }}>
              {t('reports.strategy.goal', { n: g.position, title: g.title })}
            </th>
          </tr>
          {g.operationalGoals.flatMap((o) => [
            <tr key={`o${o.position}`}>
              <th scope="colgroup" colSpan={COLS} style={{ paddingLeft: '1.5rem', fontWeight: 600 }}>
                {t('reports.strategy.operationalGoal', { n: `${g.position}.${o.position}`, title: o.title })}
              </th>
            </tr>,
            ...o.directions.flatMap((d) => [
              <tr key={`d${o.position}.${d.position}`}>
                <th
                  scope="colgroup"
                  colSpan={COLS}
                  style={{ paddingLeft: '3rem', fontWeight: 'normal', fontStyle: 'italic' }}
                >
                  {t('reports.strategy.direction', { title: d.title })}
                </th>
              </tr>,
              ...d.indicators.map((r) => (
                <tr key={r.id}>
                  <th scope="row" style={{ paddingLeft: '4rem', fontWeight: 'normal' }}>
                    {r.label}
                  </th>
                  <td style={{ textAlign: 'right' }}>
                    <Value row={r} value={r.value} />
                  </td>
                  <td style={{ textAlign: 'right' }}>
                    {r.unit === 'text' ? '—' : <Value row={r} value={r.previous} />}
                  </td>
                  <td className="nowrap" style={{ textAlign: 'right' }}>
                    <Change row={r} />
                  </td>
                  <td>{r.source}</td>
                  <td>
                    <CommentaryCell
                      row={r}
                      strategyId={report.strategy.id}
                      year={report.year}
                      canEdit={canEdit}
                      onSaved={onSaved}
                      onConflict={onConflict}
                    />
                  </td>
                </tr>
              )),
            ]),
          ])}
        </tbody>
      ))}
    </DataTable>
  );
}

export function StrategyReportPage() {
  const { t } = useI18n();
  const { can } = useAuth();
  const [params, setParams] = useSearchParams();
  const strategies = useStrategies();
  const list = strategies.data?.items ?? [];
  const strategy = list.find((s) => s.id === params.get('strategy')) ?? list[0];
  const now = currentYear();
  const fallback = strategy ? Math.min(Math.max(now, strategy.yearFrom), strategy.yearTo) : now;
  const asked = Number(params.get('year'));
  const year = strategy && asked >= strategy.yearFrom && asked <= strategy.yearTo ? asked : fallback;
  const report = useStrategyReport(strategy?.id, year);
  const rowSaved = useReportRowSaved(strategy?.id ?? '', year);
  const [saved, setSaved] = useState('');
  const [conflict, setConflict] = useState('');

  function onSaved(row: ReportRow) {
    setConflict('');
    setSaved(t('reports.strategy.saved', { label: row.label }));
    rowSaved(row);
  }

  const file = (format: 'pdf' | 'docx' | 'xlsx') =>
    strategy ? withQuery(`${apiBase}/strategies/${strategy.id}/report/file`, { year, format }) : '#';

  return (
    <Page
      title={t('reports.strategy.title')}
      lead={t('reports.strategy.lead')}
      actions={
        strategy ? (
          <>
            <a className="button secondary" href={file('pdf')} download>
              {t('reports.strategy.downloadPdf')}
            </a>
            <a className="button secondary" href={file('docx')} download>
              {t('reports.strategy.downloadDocx')}
            </a>
            <a className="button secondary" href={file('xlsx')} download>
              {t('reports.strategy.downloadXlsx')}
            </a>
          </>
        ) : null
      }
    >
      <ReportLinks current="strategy" />
      {strategies.error ? (
        <LoadError error={strategies.error} onRetry={() => strategies.refetch()} />
      ) : !strategies.data ? (
        <Loading />
      ) : !strategy ? (
        <p className="empty">{t('reports.strategy.none')}</p>
      ) : (
        <>
          <div className="inline-form">
            <SelectField
              id="strategy-pick"
              label={t('reports.strategy.pick')}
              value={strategy.id}
              onValue={(v) => setParams({ strategy: v })}
              options={list.map((s) => ({ value: s.id, label: `${s.title} (${s.yearFrom}–${s.yearTo})` }))}
            />
            <YearSelect
              id="strategy-year"
              year={year}
              from={strategy.yearFrom}
              to={strategy.yearTo}
              onValue={(v) => setParams({ strategy: strategy.id, year: v })}
            />
          </div>
          {conflict ? (
            <Alert kind="warning" title={t('form.conflictTitle')} focus>
              <p>{conflict}</p>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  setConflict('');
                  report.refetch();
                }}
              >
                {t('action.reloadLatest')}
              </button>
            </Alert>
          ) : null}
          <div aria-live="polite">{saved ? <Alert kind="success">{saved}</Alert> : null}</div>
          {report.error ? (
            <LoadError error={report.error} onRetry={() => report.refetch()} />
          ) : !report.data ? (
            <Loading />
          ) : (
            <>
              <p>{report.data.strategy.resolution}</p>
              <ReportTable
                report={report.data}
                canEdit={can('reports.manage')}
                onSaved={onSaved}
                onConflict={(m) => {
                  setSaved('');
                  setConflict(m);
                }}
              />
            </>
          )}
        </>
      )}
    </Page>
  );
}
