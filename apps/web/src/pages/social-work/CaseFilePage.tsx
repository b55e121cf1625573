import { helpReasonKey } from '@ostoja/domain/applications/help-reasons';
import type { CaseFile } from '@ostoja/domain/social-work/case-file';
import { Link } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page, Section } from '../../components/page.tsx';
import { ContractsSection } from './contracts.tsx';
import { NotesSection } from './notes.tsx';
import { PlanSection } from './plan.tsx';
import { useCaseFile } from './queries.ts';
import { TasksSection } from './tasks.tsx';

/** The household's case file: problems, help plan, notes, tasks and social contracts. */
export function CaseFilePage() {
  const loaded = useCaseFile(useRouteId());
  if (loaded.error) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  if (!loaded.data) return <Loading />;
  return <CaseFileView c={loaded.data} />;
}

function CaseFileView({ c }: { c: CaseFile }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const writable = can('socialWork.write') && !c.closedOn;
  return (
    <Page title={t('sw.title', { address: c.address })}>
      <section aria-labelledby="sw-summary-h">
        <h2 id="sw-summary-h" className="visually-hidden">
          {t('sw.summary')}
        </h2>
        <dl className="facts">
          <dt>{t('sw.household')}</dt>
          <dd>
            <Link to={`/households/${c.householdId}`}>{c.address}</Link>
          </dd>
          <dt>{t('sw.state')}</dt>
          <dd>
            <StatusBadge tone={c.closedOn ? 'neutral' : 'ok'}>
              {c.closedOn
                ? t('sw.closedOn', { date: date(c.closedOn) })
                : t('sw.openSince', { date: date(c.openedOn) })}
            </StatusBadge>
          </dd>
          <dt>{t('sw.openReason')}</dt>
          <dd>{c.openReason}</dd>
          {c.closeReason ? (
            <>
              <dt>{t('sw.closeReason')}</dt>
              <dd>{c.closeReason}</dd>
            </>
          ) : null}
          <dt>{t('sw.lead')}</dt>
          <dd>{c.lead.fullName}</dd>
          {c.coWorkers.length ? (
            <>
              <dt>{t('sw.coWorkers')}</dt>
              <dd>{c.coWorkers.map((w) => w.fullName).join(', ')}</dd>
            </>
          ) : null}
          <dt>{t('sw.reviewDue')}</dt>
          <dd>{date(c.reviewDue)}</dd>
        </dl>
      </section>
      <Section id="sw-problems" title={t('sw.problems')}>
        <ul>
          {c.problems.map((p) => (
            <li key={p}>
              {t(helpReasonKey(p))} <span className="hint">({t('sw.art7', { code: p })})</span>
            </li>
          ))}
        </ul>
      </Section>
      <PlanSection c={c} writable={writable} />
      <NotesSection c={c} writable={writable} />
      <TasksSection c={c} writable={writable} />
      <ContractsSection c={c} writable={writable} />
    </Page>
  );
}
