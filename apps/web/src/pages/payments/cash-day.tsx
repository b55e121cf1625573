import { CloseCashDay } from '@ostoja/domain/payments/schemas';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { CashReport } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { ErrorSummary } from '../../components/feedback.tsx';
import { fieldId, TextField } from '../../components/fields.tsx';
import { todayIso } from '../../lib/format.ts';
import { validate } from '../../lib/forms.ts';
import { useSubmit } from '../../lib/use-submit.ts';
import { Details, FileButton } from './shared.tsx';

const reportPath = (day: string) => `/api/v1/cash-desk/days/${day}/report`;

function ReportSummary({ report }: { report: CashReport }) {
  const { t, tp, date, money } = useI18n();
  return (
    <section className="card" aria-labelledby="report-h">
      <h3 id="report-h">{t('cash.report.title', { date: date(report.day) })}</h3>
      <Details
        items={[
          [t('cash.report.payouts'), tp('cash.count.payouts', report.count)],
          [t('cash.report.total'), money(report.total)],
          [
            t('cash.report.expired'),
            `${tp('pay.count.items', report.expired.count)}, ${money(report.expired.total)}`,
          ],
          [t('cash.report.closedBy'), report.closedBy],
        ]}
      />
      <p>
        <FileButton primary label={t('cash.report.pdf')} path={reportPath(report.day)} />
      </p>
    </section>
  );
}

/**
 * The end of a cash-desk day: its report, and items past their collection deadline go back to
 * the schedule. A closed day's report can be downloaded again later.
 */
export function CashDay({ onClosed }: { onClosed(): void }) {
  const { t, locale } = useI18n();
  const [day, setDay] = useState(todayIso());
  const [reportDay, setReportDay] = useState(todayIso());
  const [report, setReport] = useState<CashReport | null>(null);
  const { state, run, invalid } = useSubmit();
  async function close(e: FormEvent) {
    e.preventDefault();
    const v = validate(CloseCashDay, { date: day }, locale);
    if (!v.ok) return invalid(v.errors);
    await run(async () => {
      setReport(await api.post<CashReport>('/api/v1/cash-desk/days', v.data));
      onClosed();
    });
  }
  return (
    <>
      <section aria-labelledby="close-h">
        <h2 id="close-h">{t('cash.close.title')}</h2>
        <p className="hint">{t('cash.close.hint')}</p>
        <ErrorSummary errors={state.errors} message={state.message} version={state.attempt} />
        <form onSubmit={close} noValidate className="inline-form">
          <TextField
            id={fieldId('date')}
            label={t('cash.close.date')}
            type="date"
            value={day}
            onValue={setDay}
            error={state.errors.date}
            required
          />
          <button type="submit" className="button primary" disabled={state.busy}>
            {t('cash.close.submit')}
          </button>
        </form>
        {report ? <ReportSummary report={report} /> : null}
      </section>
      <section aria-labelledby="report-day-h">
        <h2 id="report-day-h">{t('cash.report.ofDay')}</h2>
        <div className="inline-form">
          <TextField
            id="f-report-day"
            label={t('cash.report.day')}
            type="date"
            value={reportDay}
            onValue={setReportDay}
          />
          <FileButton
            label={t('cash.report.pdf')}
            path={reportPath(reportDay)}
            messages={{ 404: t('cash.report.notClosed'), 400: t('cash.report.badDate') }}
          />
        </div>
      </section>
    </>
  );
}
