import type { OnlineKdrDetail } from '@ostoja/domain/family-benefits/large-family-card-online';
import { Link } from 'react-router-dom';
import { largeFamilyCardsApi } from '../../api/large-family-cards.ts';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { type Column, PagedTable } from '../../components/kit/paged-table.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useRead } from '../../components/kit/use-read.ts';
import { wholeList } from '../../components/kit/whole-list.ts';
import { Page } from '../../components/page.tsx';
import { kdrKeys } from './queries.ts';

type Member = OnlineKdrDetail['familyMembers'][number];

/** A KDR application filed on the portal: the family as typed, what is missing, and the way to register it. */
export function OnlineApplicationPage() {
  const id = useRouteId();
  const { t, tk, date } = useI18n();
  const { can } = useAuth();
  const q = useRead(kdrKeys.online(id), (s) => largeFamilyCardsApi.onlineOne(id, s));
  if (q.error) return <LoadError error={q.error} onRetry={() => q.refetch()} />;
  const a = q.data;
  if (!a) return <Loading />;
  const columns: Column<Member>[] = [
    { key: 'name', header: t('kdr.holder'), cell: (m) => `${m.firstName} ${m.surname}` },
    { key: 'role', header: t('kdrApply.role'), cell: (m) => tk('kdrApply.role', m.role) },
    { key: 'pesel', header: t('apply.pesel'), cell: (m) => m.pesel ?? '—' },
    { key: 'birthDate', header: t('kdr.birthDate'), cell: (m) => date(m.birthDate) },
    { key: 'school', header: t('kdr.schoolUntil'), cell: (m) => (m.schoolUntil ? date(m.schoolUntil) : '—') },
    {
      key: 'disability',
      header: t('kdr.disabilityUntil'),
      cell: (m) => (m.disability ? (m.disabilityUntil ? date(m.disabilityUntil) : '∞') : '—'),
    },
  ];
  return (
    <Page
      title={t('kdrOnline.detail', { reference: a.reference })}
      lead={
        <StatusBadge tone={a.applicationId ? 'ok' : 'due-soon'}>
          {tk('kdrOnline.status', a.status)}
        </StatusBadge>
      }
    >
      <p>
        <Link to="/large-family-cards">{t('kdr.title')}</Link>
      </p>
      <PagedTable
        caption={t('kdrOnline.family')}
        columns={columns}
        list={wholeList(a.familyMembers)}
        rowKey={(m) => `${m.firstName}|${m.surname}|${m.birthDate}`}
      />
      <p>{t(a.familyQualifies ? 'kdrOnline.qualifies' : 'kdrOnline.notQualifies')}</p>
      <h2>{t('kdrOnline.attached')}</h2>
      <ul>
        {a.attachments.map((k) => (
          <li key={k}>{t(`largeFamilyCard.attachment.${k}`)}</li>
        ))}
      </ul>
      {a.attachmentsMissing.length ? (
        <>
          <h2>{t('kdrOnline.missing')}</h2>
          <ul>
            {a.attachmentsMissing.map((k) => (
              <li key={k}>{t(`largeFamilyCard.attachment.${k}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('kdrOnline.contact')}</h2>
      <p>
        {a.address.street} {a.address.building}
        {a.address.apartment ? `/${a.address.apartment}` : ''}, {a.address.postalCode} {a.address.city}
        <br />
        {[a.phone, a.email].filter(Boolean).join(', ')}
      </p>
      {a.applicationId ? (
        <p>
          <Link to={`/large-family-cards/${a.applicationId}`}>{t('kdrOnline.registered')}</Link>
        </p>
      ) : can('largeFamilyCards.issue') ? (
        <>
          <p className="hint">{t('kdrOnline.registerHint')}</p>
          <p>
            <Link
              className="button primary"
              to={`/large-family-cards/new?online=${a.id}&ref=${encodeURIComponent(a.reference)}`}
            >
              {t('kdrOnline.register')}
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
