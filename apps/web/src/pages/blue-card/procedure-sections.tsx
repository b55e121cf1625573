import type { Procedure } from '@ostoja/domain/blue-card/responses';
import { useI18n } from '../../app/i18n.tsx';
import { DataTable } from '../../components/table.tsx';
import { byRole, DueDate, PdfLink, personName } from './common.tsx';

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
    <section aria-labelledby="bc-deadlines-h">
      <h2 id="bc-deadlines-h">{t('blueCards.deadlines.title')}</h2>
      <dl className="details">
        {rows.map((r) => (
          <div key={r.kind}>
            <dt>{tk('blueCard.deadline', r.kind)}</dt>
            <dd>
              {!r.due ? (
                t('blueCards.deadlines.notYet')
              ) : p.pending?.kind === r.kind ? (
                <>
                  <DueDate due={r.due} /> {t('blueCards.deadlines.pending')}
                </>
              ) : (
                date(r.due)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** What NK-A records: who opened, when and where, the forms of violence and the description. */
export function FormASection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  return (
    <section aria-labelledby="bc-form-a-h">
      <h2 id="bc-form-a-h">{t('blueCard.document.A')}</h2>
      <dl className="details">
        <div>
          <dt>{t('blueCards.open.openedOn')}</dt>
          <dd>{date(p.openedOn)}</dd>
        </div>
        <div>
          <dt>{t('blueCards.open.initiator')}</dt>
          <dd>
            {p.initiatorName}, {tk('blueCard.initiator', p.initiatorKind)} — {p.initiatorInstitution}
          </dd>
        </div>
        <div>
          <dt>{t('blueCards.procedure.recordedBy')}</dt>
          <dd>{p.openedByName}</dd>
        </div>
        <div>
          <dt>{t('blueCards.open.place')}</dt>
          <dd>{p.place ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('blueCards.open.violenceForms')}</dt>
          <dd>{p.violenceForms.map((f) => tk('blueCard.violence', f)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('blueCards.procedure.presence')}</dt>
          <dd>{p.victimPresent ? t('blueCards.procedure.victimPresent') : p.presenceNote}</dd>
        </div>
      </dl>
      <h3>{t('blueCards.open.description')}</h3>
      <p className="bc-minutes">{p.description}</p>
      {p.interventions ? (
        <>
          <h3>{t('blueCards.open.interventions')}</h3>
          <p className="bc-minutes">{p.interventions}</p>
        </>
      ) : null}
    </section>
  );
}

export function PersonsSection({ p }: { p: Procedure }) {
  const { t, date } = useI18n();
  return (
    <section>
      <h2>{t('blueCards.open.persons')}</h2>
      <DataTable caption={t('blueCards.procedure.personsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('person.name')}</th>
            <th scope="col">{t('blueCards.person.role')}</th>
            <th scope="col">{t('person.birthDate')}</th>
            <th scope="col">{t('person.pesel')}</th>
            <th scope="col">{t('person.address')}</th>
          </tr>
        </thead>
        <tbody>
          {byRole(p.participants).map((x) => (
            <tr key={x.personId}>
              <td>{personName(x)}</td>
              <td>{x.roles.map((r) => t(`blueCard.role.${r}`)).join(', ')}</td>
              <td>{date(x.birthDate)}</td>
              <td className="mono">{x.pesel ?? '—'}</td>
              <td>{x.address ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

export function GroupSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  return (
    <section>
      <h2>{t('blueCards.group.title')}</h2>
      {p.diagnosticGroup.length === 0 ? (
        <p className="empty">{t('blueCards.group.none')}</p>
      ) : (
        <DataTable caption={t('blueCards.group.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('blueCards.group.name')}</th>
              <th scope="col">{t('blueCards.group.kind')}</th>
              <th scope="col">{t('blueCards.group.institution')}</th>
              <th scope="col">{t('blueCards.group.since')}</th>
              <th scope="col">{t('blueCards.group.until')}</th>
            </tr>
          </thead>
          <tbody>
            {p.diagnosticGroup.map((m) => (
              <tr key={m.id}>
                <td>{m.fullName}</td>
                <td>{tk('blueCard.memberKind', m.kind)}</td>
                <td>{m.institution}</td>
                <td>{date(m.addedOn)}</td>
                <td>{m.removedOn ? date(m.removedOn) : t('blueCards.group.current')}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}

export function MeetingsSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  const names = new Map(p.participants.map((x) => [x.personId, personName(x)]));
  const members = new Map(p.diagnosticGroup.map((x) => [x.id, `${x.fullName} (${x.institution})`]));
  return (
    <section>
      <h2>{t('blueCards.meetings.title')}</h2>
      {p.meetings.length === 0 ? (
        <p className="empty">{t('blueCards.meetings.none')}</p>
      ) : (
        <DataTable caption={t('blueCards.meetings.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('blueCards.meetings.when')}</th>
              <th scope="col">{t('blueCards.meetings.kind')}</th>
              <th scope="col">{t('blueCards.meetings.place')}</th>
              <th scope="col">{t('blueCards.meetings.invitedPersons')}</th>
              <th scope="col">{t('blueCards.meetings.held')}</th>
              <th scope="col">{t('blueCards.meetings.invitations')}</th>
            </tr>
          </thead>
          <tbody>
            {p.meetings.map((m) => (
              <tr key={m.id}>
                <td className="nowrap">
                  {date(m.scheduledOn)} {m.scheduledTime.slice(0, 5)}
                </td>
                <td>{tk('blueCard.meeting', m.kind)}</td>
                <td>{m.place}</td>
                <td>{m.invitedPersonIds.map((id) => names.get(id) ?? '—').join(', ') || '—'}</td>
                <td>
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
                </td>
                <td>
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
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </section>
  );
}
