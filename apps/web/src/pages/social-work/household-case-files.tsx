import type { CaseFileSummary } from '@ostoja/domain/social-work/case-file';
import { Link } from 'react-router-dom';
import { socialWorkApi } from '../../api/social-work.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LinkList } from '../../components/kit/link-list.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { Section } from '../../components/page.tsx';
import { socialWorkKeys } from './queries.ts';

/** On the person page: the case files of the person's household, and opening a new one. */
export function HouseholdCaseFiles({ householdId }: { householdId: string | null | undefined }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const allowed = can('socialWork.read') && !!householdId;
  const list = useCursorQuery<CaseFileSummary>(
    socialWorkKeys.ofHousehold(householdId ?? ''),
    (after, signal) => socialWorkApi.caseFiles({ householdId: householdId ?? undefined, after }, signal),
    allowed,
  );
  if (!allowed) return null;
  return (
    <Section id="person-case-files" title={t('sw.caseFiles')}>
      <LinkList
        list={list}
        empty={t('sw.caseFiles.empty')}
        item={(c) => (
          <>
            <Link to={`/case-files/${c.id}`}>{t('sw.caseFile.link', { date: date(c.openedOn) })}</Link> —{' '}
            {c.lead.fullName}
            {c.closedOn ? ` (${t('sw.closedOn', { date: date(c.closedOn) })})` : ''}
          </>
        )}
      />
      {can('socialWork.write') ? (
        <p>
          <Link className="button secondary" to={`/case-files/new?household=${householdId}`}>
            {t('sw.open.title')}
          </Link>
        </p>
      ) : null}
    </Section>
  );
}

/** The person page's section (see SECTIONS in PersonPage). */
export function PersonCaseFiles({ p }: { p: { householdId?: string | null | undefined } }) {
  return <HouseholdCaseFiles householdId={p.householdId} />;
}
