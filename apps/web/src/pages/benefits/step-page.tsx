import type { ApplicationDetail } from '@ostoja/domain/applications/responses';
import type { ReactNode } from 'react';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { useApplication } from './queries.ts';

/**
 * A step with a page of its own (the home visit, the proposal): the application read from the
 * cache, its title and lead, and the form only while the workflow allows the step.
 */
export function ApplicationStepPage({
  texts,
  allowed,
  children,
}: {
  /** Where the title and lead are: `${texts}.title`, `${texts}.lead`. */
  texts: 'wywiadForm' | 'proposalForm';
  allowed(app: ApplicationDetail): boolean;
  children(app: ApplicationDetail): ReactNode;
}) {
  const id = useRouteId();
  const { t } = useI18n();
  const { data: app, error, refetch } = useApplication(id);
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!app) return <Loading />;
  return (
    <Page
      title={t(`${texts}.title`, { number: app.number })}
      lead={t(`${texts}.lead`, { name: app.applicantName })}
    >
      {allowed(app) ? children(app) : <p className="empty">{t('steps.notAllowedNow')}</p>}
    </Page>
  );
}
