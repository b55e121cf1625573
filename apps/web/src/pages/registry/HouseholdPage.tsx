import type { Household } from '@ostoja/domain/registry/household';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { formatAddress, listName } from '../../lib/format.ts';
import { AddMemberForm } from './add-member.tsx';
import { LeaveButton } from './leave-button.tsx';
import { useHousehold, useRegistrySaved } from './queries.ts';

function Members({ h, onChange }: { h: Household; onChange(h: Household): void }) {
  const { t, date } = useI18n();
  const { can } = useAuth();
  const write = can('registry.write');
  if (!h.members.length) return <p className="empty">{t('household.noMembers')}</p>;
  return (
    <DataTable caption={t('household.members')}>
      <thead>
        <tr>
          <th scope="col">{t('person.name')}</th>
          <th scope="col">{t('member.relation')}</th>
          <th scope="col">{t('person.pesel')}</th>
          <th scope="col">{t('person.birthDate')}</th>
          <th scope="col">{t('member.since')}</th>
          {write ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {h.members.map((m) => (
          <tr key={m.membershipId}>
            <td>
              <Link to={`/persons/${m.id}`}>{listName(m)}</Link>
            </td>
            <td>{t(`relation.${m.relation}`)}</td>
            <td className="mono">{m.pesel ?? '—'}</td>
            <td>{date(m.birthDate)}</td>
            <td>{date(m.since)}</td>
            {write ? (
              <td>
                <LeaveButton household={h} member={m} onDone={onChange} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function History({ h }: { h: Household }) {
  const { t, date } = useI18n();
  return (
    <DataTable caption={t('household.history')}>
      <thead>
        <tr>
          <th scope="col">{t('person.name')}</th>
          <th scope="col">{t('member.relation')}</th>
          <th scope="col">{t('member.since')}</th>
          <th scope="col">{t('member.until')}</th>
        </tr>
      </thead>
      <tbody>
        {h.history.map((e) => (
          <tr key={e.membershipId}>
            <td>
              <Link to={`/persons/${e.personId}`}>{listName(e)}</Link>
            </td>
            <td>{t(`relation.${e.relation}`)}</td>
            <td>{date(e.since)}</td>
            <td>{e.until ? date(e.until) : <StatusBadge tone="ok">{t('member.current')}</StatusBadge>}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export function HouseholdPage() {
  const { id = '' } = useParams();
  const { t, tp } = useI18n();
  const { can } = useAuth();
  const created = (useLocation().state as { created?: boolean } | null)?.created;
  const { data: h, error, refetch } = useHousehold(id);
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
        <dl className="details">
          <div>
            <dt>{t('household.address')}</dt>
            <dd>{address}</dd>
          </div>
          <div>
            <dt>{t('household.fieldTeam')}</dt>
            <dd>{h.fieldTeamName ?? t('household.noFieldTeamAssigned')}</dd>
          </div>
          <div>
            <dt>{t('household.size')}</dt>
            <dd>{tp('count.persons', h.members.length)}</dd>
          </div>
        </dl>
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
