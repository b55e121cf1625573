import type { Household } from '@ostoja/domain/registry/household';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { Details } from '../../components/kit/details.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { formatAddress, listName } from '../../lib/format.ts';
import { AddMemberForm } from './add-member.tsx';
import { LeaveButton } from './leave-button.tsx';
import { MembershipHistory } from './membership-columns.tsx';
import { useHousehold, useRegistrySaved } from './queries.ts';

function Members({ h, onChange }: { h: Household; onChange(h: Household): void }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const write = can('registry.write');
  if (!h.members.length) return <p className="empty">{t('household.noMembers')}</p>;
  return (
    <ColumnTable
      caption={t('household.members')}
      rows={h.members}
      rowKey={(m) => m.membershipId}
      columns={[
        {
          key: 'name',
          header: t('person.name'),
          cell: (m) => <Link to={`/persons/${m.id}`}>{listName(m)}</Link>,
        },
        { key: 'relation', header: t('member.relation'), cell: (m) => t(`relation.${m.relation}`) },
        { key: 'pesel', header: t('person.pesel'), className: 'mono', cell: (m) => m.pesel ?? '—' },
        { key: 'birthDate', header: t('person.birthDate'), cell: (m) => date(m.birthDate) },
        { key: 'since', header: t('member.since'), cell: (m) => date(m.since) },
        write && {
          key: 'actions',
          header: t('common.actions'),
          cell: (m) => <LeaveButton household={h} member={m} onDone={onChange} />,
        },
      ]}
    />
  );
}

function History({ h }: { h: Household }) {
  const { t } = useI18n();
  return (
    <MembershipHistory
      caption={t('household.history')}
      rows={h.history}
      link={['name', t('person.name'), listName, (e) => `/persons/${e.personId}`]}
    />
  );
}

export function HouseholdPage() {
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data: h, error, refetch } = useHousehold(useRouteId());
  const saved = useRegistrySaved();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState('');
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!h) return <Loading />;
  const address = formatAddress(h);
  return (
    <Page
      title={h.applicantName ? t('household.titleOf', { name: h.applicantName }) : t('household.title')}
      lead={address}
    >
      {created ? <Alert kind="success">{t('household.created')}</Alert> : null}
      {notice ? <Alert kind="success">{notice}</Alert> : null}
      <section aria-labelledby="hh-data-h">
        <h2 id="hh-data-h">{t('household.data')}</h2>
        <Details
          items={[
            [t('household.address'), address],
            [t('household.fieldTeam'), h.fieldTeamName ?? t('household.noFieldTeamAssigned')],
            [t('household.size'), tp('count.persons', h.members.length)],
          ]}
        />
        {can('applications.read') ? (
          <p className="actions">
            {can('applications.write') ? (
              <Link className="button" to={`/applications/new?household=${h.id}`}>
                {t('household.newApplication')}
              </Link>
            ) : null}{' '}
            <Link to={`/applications?household=${h.id}`}>{t('household.applications')}</Link>
          </p>
        ) : null}
      </section>
      <section>
        <h2 id="hh-members-h">{t('household.members')}</h2>
        <Members
          h={h}
          onChange={(next) => {
            saved.household(next);
            setNotice(t('household.memberLeft'));
          }}
        />
        {can('registry.write') ? (
          adding ? (
            <AddMemberForm
              household={h}
              onCancel={() => setAdding(false)}
              onDone={(next) => {
                saved.household(next);
                setAdding(false);
                setNotice(t('household.memberAdded'));
              }}
            />
          ) : (
            <p>
              <button type="button" className="button secondary" onClick={() => setAdding(true)}>
                {t('household.addMember')}
              </button>
            </p>
          )
        ) : null}
      </section>
      <section>
        <h2 id="hh-history-h">{t('household.history')}</h2>
        <History h={h} />
      </section>
    </Page>
  );
}
