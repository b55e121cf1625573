import type { Procedure } from '@ostoja/domain/blue-card/responses';
import { useI18n } from '../../app/i18n.tsx';
import { Details } from '../../components/kit/details.tsx';
import { Section } from '../../components/page.tsx';
import { byRole, DueDate, PdfLink, personName, personNames } from './common.tsx';
import { RecordSection } from './record-section.tsx';

const base = (p: Procedure) => `/api/v1/blue-cards/${p.id}`;

/** Each deadline of the procedure; the one it waits on now is marked when overdue. */
export function DeadlinesSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  const rows: { kind: string; due: string | null }[] = [
    { kind: 'chairTransfer', due: p.deadlines.chairDue },
    { kind: 'diagnosticGroupForming', due: p.deadlines.diagnosticGroupDue },
    { kind: 'firstMeeting', due: p.deadlines.firstMeetingDue },
    { kind: 'monitoringEnd', due: p.deadlines.monitoringUntil },
  ];
  return (
    <Section id="bc-deadlines" title={t('blueCards.deadlines.title')}>
      <Details
        items={rows.map((r) => [
          tk('blueCard.deadline', r.kind),
          !r.due ? (
            t('blueCards.deadlines.notYet')
          ) : p.pending?.kind === r.kind ? (
            <>
              <DueDate due={r.due} /> {t('blueCards.deadlines.pending')}
            </>
          ) : (
            date(r.due)
          ),
        ])}
      />
    </Section>
  );
}

/** What NK-A records: who opened, when and where, the forms of violence and the description. */
export function FormASection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  return (
    <Section id="bc-form-a" title={t('blueCard.document.A')}>
      <Details
        items={[
          [t('blueCards.open.openedOn'), date(p.openedOn)],
          [
            t('blueCards.open.initiator'),
            `${p.initiatorName}, ${tk('blueCard.initiator', p.initiatorKind)} — ${p.initiatorInstitution}`,
          ],
          [t('blueCards.procedure.recordedBy'), p.openedByName],
          [t('blueCards.open.place'), p.place ?? '—'],
          [
            t('blueCards.open.violenceForms'),
            p.violenceForms.map((f) => tk('blueCard.violence', f)).join(', '),
          ],
          [
            t('blueCards.procedure.presence'),
            p.victimPresent ? t('blueCards.procedure.victimPresent') : p.presenceNote,
          ],
        ]}
      />
      <h3>{t('blueCards.open.description')}</h3>
      <p className="bc-minutes">{p.description}</p>
      {p.interventions ? (
        <>
          <h3>{t('blueCards.open.interventions')}</h3>
          <p className="bc-minutes">{p.interventions}</p>
        </>
      ) : null}
    </Section>
  );
}

export function PersonsSection({ p }: { p: Procedure }) {
  const { t, date } = useI18n();
  return (
    <RecordSection
      title={t('blueCards.open.persons')}
      caption={t('blueCards.procedure.personsCaption')}
      rows={byRole(p.participants)}
      rowKey={(x) => x.personId}
      columns={[
        { key: 'name', header: t('person.name'), cell: (x) => personName(x) },
        {
          key: 'role',
          header: t('blueCards.person.role'),
          cell: (x) => x.roles.map((r) => t(`blueCard.role.${r}`)).join(', '),
        },
        { key: 'birthDate', header: t('person.birthDate'), cell: (x) => date(x.birthDate) },
        { key: 'pesel', header: t('person.pesel'), className: 'mono', cell: (x) => x.pesel ?? '—' },
        { key: 'address', header: t('person.address'), cell: (x) => x.address ?? '—' },
      ]}
    />
  );
}

export function GroupSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  return (
    <RecordSection
      topic="group"
      rows={p.diagnosticGroup}
      empty
      columns={[
        { key: 'name', header: t('blueCards.group.name'), cell: (m) => m.fullName },
        {
          key: 'kind',
          header: t('blueCards.group.kind'),
          cell: (m) => tk('blueCard.memberKind', m.kind),
        },
        { key: 'institution', header: t('blueCards.group.institution'), cell: (m) => m.institution },
        { key: 'since', header: t('blueCards.group.since'), cell: (m) => date(m.addedOn) },
        {
          key: 'until',
          header: t('blueCards.group.until'),
          cell: (m) => (m.removedOn ? date(m.removedOn) : t('blueCards.group.current')),
        },
      ]}
    />
  );
}

export function MeetingsSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  const names = personNames(p);
  const members = new Map(p.diagnosticGroup.map((x) => [x.id, `${x.fullName} (${x.institution})`]));
  return (
    <RecordSection
      topic="meetings"
      rows={p.meetings}
      empty
      columns={[
        {
          key: 'when',
          header: t('blueCards.meetings.when'),
          className: 'nowrap',
          cell: (m) => (
            <>
              {date(m.scheduledOn)} {m.scheduledTime.slice(0, 5)}
            </>
          ),
        },
        {
          key: 'kind',
          header: t('blueCards.meetings.kind'),
          cell: (m) => tk('blueCard.meeting', m.kind),
        },
        { key: 'place', header: t('blueCards.meetings.place'), cell: (m) => m.place },
        {
          key: 'invitedPersons',
          header: t('blueCards.meetings.invitedPersons'),
          cell: (m) => m.invitedPersonIds.map((id) => names.get(id) ?? '—').join(', ') || '—',
        },
        {
          key: 'held',
          header: t('blueCards.meetings.held'),
          cell: (m) => (
            <>
              {m.heldOn ? (
                <>
                  {date(m.heldOn)}
                  <br />
                  <PdfLink href={`${base(p)}/meetings/${m.id}/minutes/pdf`}>
                    {t('blueCards.meetings.minutesOf', { date: date(m.heldOn) })}
                  </PdfLink>
                </>
              ) : (
                t('blueCards.meetings.notHeld')
              )}
            </>
          ),
        },
        {
          key: 'invitations',
          header: t('blueCards.meetings.invitations'),
          cell: (m) => (
            <>
              <ul>
                {[
                  ...m.invitedMemberIds.map((id) => [id, members.get(id)] as const),
                  ...m.invitedPersonIds.map((id) => [id, names.get(id)] as const),
                ].map(([id, name]) => (
                  <li key={id}>
                    <PdfLink href={`${base(p)}/meetings/${m.id}/invitations/${id}/pdf`}>
                      {t('blueCards.meetings.invitationFor', { name: name ?? '—' })}
                    </PdfLink>
                  </li>
                ))}
              </ul>
            </>
          ),
        },
      ]}
    />
  );
}
