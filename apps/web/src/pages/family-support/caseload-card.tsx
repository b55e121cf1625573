import { caseloadApi } from '../../api/family-support.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { Section } from '../../components/page.tsx';

/** The director's dashboard: households in social work per worker and the centre against art. 110 ust. 11 ups. */
export function CaseloadCard() {
  const { can } = useAuth();
  return can('caseload.read') ? <CaseloadTable /> : null;
}

function CaseloadTable() {
  const { t } = useI18n();
  const q = useRead(['caseload'], (signal) => caseloadApi.get(signal));
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return null;
  const c = q.data;
  const norm = (ok: boolean | null, value: number | null) =>
    ok === null ? (
      t('cl.noPopulation')
    ) : (
      <StatusBadge tone={ok ? 'ok' : 'overdue'}>
        {value ?? '—'} {ok ? t('cl.meets') : t('cl.below')}
      </StatusBadge>
    );
  return (
    <Section card id="caseload" title={t('cl.title')}>
      <dl className="facts">
        <dt>{t('cl.perInhabitants', { n: c.norm.inhabitantsPerWorker })}</dt>
        <dd>{norm(c.meetsInhabitantsNorm, c.workersPerInhabitantsNorm)}</dd>
        <dt>{t('cl.perHouseholds', { n: c.norm.householdsPerWorker })}</dt>
        <dd>{norm(c.meetsHouseholdsNorm, c.workersPerHouseholdsNorm)}</dd>
      </dl>
      <ColumnTable
        caption={t('cl.workers')}
        showCaption
        rows={c.workers}
        columns={[
          { key: 'worker', header: t('cl.worker'), cell: (w) => w.fullName },
          { key: 'team', header: t('cl.team'), cell: (w) => w.teamName ?? '—' },
          {
            key: 'households',
            header: t('cl.households'),
            className: 'num',
            cell: (w) => (
              <>
                {w.households}{' '}
                {w.overNorm ? (
                  <StatusBadge tone="overdue">{t('cl.over', { n: c.norm.householdsPerWorker })}</StatusBadge>
                ) : null}
              </>
            ),
          },
          {
            key: 'underContract',
            header: t('cl.underContract'),
            className: 'num',
            cell: (w) => w.underContract,
          },
        ]}
      />
    </Section>
  );
}
