import { CloseCashDay } from '@ostoja/domain/payments/schemas';
import { useState } from 'react';
import { type CashReport, paymentsApi } from '../../api/payments.ts';
import { useI18n } from '../../app/i18n.tsx';
import { TextField } from '../../components/fields.tsx';
import { Details } from '../../components/kit/details.tsx';
import { EditForm } from '../../components/kit/edit-form.tsx';
import { useEditForm } from '../../components/kit/use-edit-form.ts';
import { Section } from '../../components/page.tsx';
import { todayIso } from '../../lib/format.ts';
import { FileButton } from './shared.tsx';

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
  const { t } = useI18n();
  const [reportDay, setReportDay] = useState(todayIso());
  const [report, setReport] = useState<CashReport | null>(null);
  const f = useEditForm({
    schema: CloseCashDay,
    defaultValues: { date: todayIso() },
    save: (body) => paymentsApi.closeCashDay(body),
    onSaved: (r) => {
      setReport(r);
      onClosed();
    },
  });
  return (
    <>
      <Section id="close" title={t('cash.close.title')}>
        <p className="hint">{t('cash.close.hint')}</p>
        <EditForm form={f} submitLabel={t('cash.close.submit')} requiredNote={false}>
          <TextField {...f.bind('date')} label={t('cash.close.date')} type="date" required />
        </EditForm>
        {report ? <ReportSummary report={report} /> : null}
      </Section>
      <Section id="report-day" title={t('cash.report.ofDay')}>
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
      </Section>
    </>
  );
}
