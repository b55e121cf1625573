import { useRouteId } from '../../components/kit/route-id.ts';
import './benefits.css';
import { type ReactNode, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { Page } from '../../components/page.tsx';
import type { UiKey } from '../../i18n/keys.ts';
import { ActionsPanel } from './actions-panel.tsx';
import { Deadlines, Overview } from './overview.tsx';
import { useApplication, useApplicationSaved } from './queries.ts';
import { AppealsView, DecisionsView, ProposalView, WywiadView } from './records.tsx';
import { Timeline } from './timeline.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** One application: where it stands, its deadlines, what may be done now, its records and its history. */
export function ApplicationPage() {
  const id = useRouteId();
  const { t } = useI18n();
  const arrived = (useLocation().state as { notice?: UiKey } | null)?.notice;
  const { data: app, error, refetch } = useApplication(id);
  const saved = useApplicationSaved();
  const [notice, setNotice] = useState<{ key: UiKey; n: number } | null>(null);
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!app) return <Loading />;
  const proposal = app.proposals[0];
  const wywiad = app.wywiady[0];
  const shown = notice?.key ?? arrived;
  return (
    <Page
      title={t('application.title', { number: app.number })}
      lead={t('application.lead', { name: app.applicantName, status: t(`status.${app.status}`) })}
    >
      {shown ? (
        <Alert kind="success" focus={!!notice} key={notice?.n ?? 0}>
          <p>{t(shown)}</p>
        </Alert>
      ) : null}
      <Section id="app-data" title={t('application.data')}>
        <Overview app={app} />
      </Section>
      <Section id="app-deadlines" title={t('application.deadlines')}>
        <Deadlines app={app} />
      </Section>
      <Section id="app-actions" title={t('application.actions')}>
        <ActionsPanel
          app={app}
          onDone={(next, action) => {
            saved(next);
            // Under four-eyes approval the clerk's decision (or change, revocation) is a draft until
            // another person approves it.
            const done = next.status === 'awaitingApproval' ? 'draftDecision' : action;
            // Only the panel's steps (each with a notice) reach here, not submit or assignWorker.
            setNotice((old) => ({
              key: `notice.${done as Exclude<typeof done, 'submit' | 'assignWorker'>}`,
              n: (old?.n ?? 0) + 1,
            }));
          }}
        />
      </Section>
      {proposal ? (
        <Section id="app-proposal" title={t('application.proposal')}>
          <ProposalView p={proposal} />
        </Section>
      ) : null}
      {app.decisions.length ? (
        <Section id="app-decisions" title={t('application.decisions')}>
          <DecisionsView app={app} />
        </Section>
      ) : null}
      {app.appeals.length ? (
        <Section id="app-appeals" title={t('appeal.title')}>
          <AppealsView app={app} />
        </Section>
      ) : null}
      {wywiad ? (
        <Section id="app-wywiad" title={t('application.wywiad')}>
          <WywiadView w={wywiad} app={app} />
        </Section>
      ) : null}
      <Section id="app-history" title={t('application.history')}>
        <Timeline actions={app.actions} />
      </Section>
    </Page>
  );
}
