import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { type PaymentList, type Progress, paymentsApi, type Run } from '../../api/payments.ts';
import { useAuth } from '../../app/auth.tsx';
import type { Translate } from '../../app/i18n.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { amountColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { Section } from '../../components/page.tsx';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The build of a run (flags, deductions, lists) as a progress bar. A clerk who may manage
 * payments drives the build batch by batch (POST …/advance answers with the progress); anyone
 * else waits for the server's own builder and polls the run.
 */
export function BuildProgress({ run, onFinished }: { run: Run; onFinished(): void }) {
  const { t } = useI18n();
  const { can } = useAuth();
  const [progress, setProgress] = useState<Progress>(run.progress);
  const [problem, setProblem] = useState('');
  const finishedRef = useRef(onFinished);
  finishedRef.current = onFinished;
  const drive = can('payments.manage');

  // biome-ignore lint/correctness/useExhaustiveDependencies: one build loop per run shown
  useEffect(() => {
    if (run.progress.finished) return;
    let stopped = false;
    (async () => {
      while (!stopped) {
        try {
          const p = drive
            ? await paymentsApi.advance(run.id)
            : { step: 'poll', progress: (await paymentsApi.run(run.id)).progress };
          if (stopped) return;
          setProgress(p.progress);
          if (p.progress.finished) return finishedRef.current();
          // Another instance is building this batch, or the server's builder is: wait a little.
          if (p.step !== 'more') await pause(700);
        } catch (e) {
          if (!stopped) setProblem(e instanceof ApiError && e.message ? e.message : t('error.network'));
          return;
        }
      }
    })();
    return () => {
      stopped = true;
    };
  }, [run.id]);

  const text = progress.finished
    ? t('run.build.done', { done: progress.done, total: progress.total })
    : t('run.build.working', { done: progress.done, total: progress.total, percent: progress.percent });
  return (
    <Section id="build" title={t('run.build.title')}>
      <progress
        max={100}
        value={progress.percent}
        aria-labelledby="build-h"
        aria-describedby="build-text"
        style={{ width: '100%', height: '1.25rem' }}
      >
        {progress.percent}%
      </progress>
      <p id="build-text">{text}</p>
      {/* Said once by a screen reader when the build ends, not at every batch. */}
      <p role="status" className="visually-hidden">
        {progress.finished && !run.progress.finished ? t('run.build.finished') : ''}
      </p>
      {problem ? (
        <Alert title={t('run.build.failed')}>
          <p>{problem}</p>
        </Alert>
      ) : null}
    </Section>
  );
}

export function paymentListName(l: PaymentList, t: Translate) {
  return t('plist.name', { seq: l.seq ?? '—', method: t(`payments.method.${l.method}`) });
}

/** The run's lists, one per payment day and method, with their totals. */
export function ListsTable({ run }: { run: Run }) {
  const { t, tp, date, money } = useI18n();
  if (!run.lists.length) return <p className="empty">{t('run.noLists')}</p>;
  const byMethod = (m: string) =>
    run.lists.filter((l) => l.method === m).reduce((s, l) => s + l.totalAmount, 0);
  return (
    <>
      <ColumnTable
        caption={t('run.lists')}
        rows={run.lists}
        columns={[
          linkColumn<PaymentList>(
            'list',
            t('plist.list'),
            (l) => paymentListName(l, t),
            recordPath('/payments/lists'),
          ),
          {
            key: 'payOn',
            header: t('plist.payOn'),
            cell: (l) => (
              <>
                {date(l.payOn)}
                {l.payUntil ? ` – ${date(l.payUntil)}` : ''}
              </>
            ),
          },
          { key: 'method', header: t('plist.method'), cell: (l) => t(`payments.method.${l.method}`) },
          { key: 'items', header: t('run.items'), cell: (l) => tp('pay.count.items', l.itemCount) },
          amountColumn('totalAmount', t('plist.total'), money, 'total'),
          { key: 'status', header: t('pay.status'), cell: (l) => t(`payments.listStatus.${l.status}`) },
        ]}
      />
      <p>{t('run.byMethod', { transfer: money(byMethod('transfer')), cash: money(byMethod('cashDesk')) })}</p>
    </>
  );
}
