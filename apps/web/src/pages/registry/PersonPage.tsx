import type { PersonWithHistory } from '@ostoja/domain/registry/household';
import type { ComponentType } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../../app/auth.tsx';
import { useI18n } from '../../app/i18n.tsx';
import { Alert, LoadError, Loading } from '../../components/feedback.tsx';
import { ActionLink } from '../../components/kit/action-link.tsx';
import { Details } from '../../components/kit/details.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { formatAddress, fullName } from '../../lib/format.ts';
import { AlcoholProceedingNotice } from '../alcohol-commission/share.tsx';
import { PersonCrisisCases } from '../crisis-intervention/person-crisis-cases.tsx';
import { PersonFamilyAssistance } from '../family-support/household-assistance.tsx';
import { PersonProgrammes } from '../programs/person-programmes.tsx';
import { PersonShelterReferrals } from '../shelters/person-shelters.tsx';
import { PersonCaseFiles } from '../social-work/household-case-files.tsx';
import { MembershipHistory } from './membership-columns.tsx';
import { PersonEvents } from './person-events.tsx';
import { PersonMerge } from './person-merge.tsx';
import { PersonReads, SubjectAccess } from './person-privacy.tsx';
import { PersonUkrStatus } from './person-ukr-status.tsx';
import { usePerson } from './queries.ts';

function PersonDetails({ p }: { p: PersonWithHistory }) {
  const { t, date, dateTime } = useI18n();
  const rows: [string, string][] = [
    [t('person.pesel'), p.pesel ?? t('person.noPesel')],
    [t('person.birthDate'), date(p.birthDate)],
    [t('person.sex'), t(`sex.${p.sex}`)],
    [t('person.citizenship'), p.citizenship],
  ];
  if (p.documentType || p.documentNumber)
    rows.push([
      t('person.document'),
      [p.documentType ? t(`documentType.${p.documentType}`) : '', p.documentNumber ?? ''].join(' ').trim(),
    ]);
  if (p.phone) rows.push([t('person.phone'), p.phone]);
  if (p.email) rows.push([t('person.email'), p.email]);
  const own = formatAddress(p);
  if (own) rows.push([t('person.ownAddress'), own]);
  rows.push([t('record.updatedAt'), dateTime(p.updatedAt)]);
  return <Details items={rows} />;
}

function History({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  if (!p.history.length) return <p className="empty">{t('person.noHistory')}</p>;
  return (
    <MembershipHistory
      caption={t('person.history')}
      rows={p.history}
      link={['address', t('household.address'), (h) => h.address, (h) => `/households/${h.householdId}`]}
    />
  );
}

function DataSection({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="person-data-h">
      <h2 id="person-data-h">{t('person.data')}</h2>
      <PersonDetails p={p} />
    </section>
  );
}

function CurrentHouseholdSection({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  const current = p.history.find((h) => h.householdId === p.householdId && !h.until);
  return (
    <section aria-labelledby="person-household-h">
      <h2 id="person-household-h">{t('person.currentHousehold')}</h2>
      {p.householdId ? (
        <p>
          <Link to={`/households/${p.householdId}`}>
            {current ? current.address : t('person.openHousehold')}
          </Link>
          {current ? ` — ${t(`relation.${current.relation}`)}` : ''}
        </p>
      ) : (
        <p className="empty">{t('person.noHousehold')}</p>
      )}
    </section>
  );
}

function HouseholdHistorySection({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  return (
    <section>
      <h2 id="person-history-h">{t('person.history')}</h2>
      <History p={p} />
    </section>
  );
}

function LedgerLink({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (!can('payments.read')) return null;
  return (
    <p>
      <Link to={`/payments/ledger/${p.id}`}>{t('person.ledger')}</Link>
    </p>
  );
}

/** The person's applications, visits, decisions, payments (and procedures, inside the compartment). */
function EventsSection({ p }: { p: PersonWithHistory }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="person-events-h">
      <h2 id="person-events-h">{t('personEvents.title')}</h2>
      <PersonEvents personId={p.id} />
    </section>
  );
}

/** The person page, section by section: a new section is a component taking the person, added here. */
const SECTIONS: ComponentType<{ p: PersonWithHistory }>[] = [
  DataSection,
  PersonUkrStatus,
  CurrentHouseholdSection,
  HouseholdHistorySection,
  EventsSection,
  LedgerLink,
  PersonCaseFiles,
  PersonFamilyAssistance,
  PersonProgrammes,
  PersonShelterReferrals,
  PersonCrisisCases,
  SubjectAccess,
  PersonReads,
  PersonMerge,
];

export function PersonPage() {
  const id = useRouteId();
  const { t } = useI18n();
  const { can } = useAuth();
  const state = useLocation().state as { saved?: boolean; merged?: boolean } | null;
  const { data: p, error, refetch } = usePerson(id);
  if (error) return <LoadError error={error} onRetry={() => refetch()} />;
  if (!p) return <Loading />;
  // An old link to a merged duplicate answers the kept record: its address is the kept one's.
  if (p.id !== id) return <Navigate to={`/persons/${p.id}`} replace />;
  return (
    <Page
      title={fullName(p)}
      lead={t('person.lead')}
      actions={
        can('registry.write') ? (
          <ActionLink to={`/persons/${p.id}/edit`}>{t('action.edit')}</ActionLink>
        ) : null
      }
    >
      {state?.saved ? <Alert kind="success">{t('person.saved')}</Alert> : null}
      {state?.merged ? <Alert kind="success">{t('merge.done')}</Alert> : null}
      {can('registry.read') ? <AlcoholProceedingNotice personId={p.id} /> : null}
      {SECTIONS.map((Section) => (
        <Section key={Section.name} p={p} />
      ))}
    </Page>
  );
}
