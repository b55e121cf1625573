import { formatFileSize } from '@ostoja/domain/portal/files';
import { Link } from 'react-router-dom';
import { intakeApi } from '../../api/intake.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { Details } from '../../components/kit/details.tsx';
import { useRouteId } from '../../components/kit/route-id.ts';
import { Page } from '../../components/page.tsx';
import { DataTable } from '../../components/table.tsx';
import { formatAddress } from '../../lib/format.ts';
import { IntakeActions } from './intake-actions.tsx';
import { useIntake, useIntakeSaved } from './queries.ts';

const TAG = { pl: 'pl-PL', uk: 'uk-UA', en: 'en-GB' } as const;

/** An online application in full (the read is logged), its files, history, and what can be done. */
export function IntakePage() {
  const { t, date, dateTime, locale } = useI18n();
  const loaded = useIntake(useRouteId());
  const saved = useIntakeSaved();
  if (loaded.error) return <LoadError error={loaded.error} onRetry={() => loaded.refetch()} />;
  const i = loaded.data;
  if (!i) return <Loading />;
  const name = `${i.applicant.firstName} ${i.applicant.surname}`;
  return (
    <Page
      title={t('intakes.one.title', { reference: i.reference })}
      lead={`${t(`intakeStatus.${i.status}`)} · ${i.fieldTeamName ?? t('intakes.noTeam')}`}
    >
      <p>
        <Link to="/intakes">{t('intakes.back')}</Link>
      </p>
      <Details
        items={[
          [
            t('intakes.applicant'),
            `${name}${i.applicant.pesel ? `, PESEL ${i.applicant.pesel}` : ''}${i.applicant.birthDate ? `, ${date(i.applicant.birthDate)}` : ''}`,
          ],
          [t('apply.section.address'), formatAddress(i.address)],
          [
            t('apply.section.contact'),
            `${[i.phone, i.email].filter(Boolean).join(', ')} (${t('intakes.prefers', { channel: t(`contactChannel.${i.preferredContact}`) })})`,
          ],
          [t('intakes.submitted'), dateTime(i.submittedAt)],
          [t('intakes.worker'), i.assignedWorkerName ?? '—'],
        ]}
      />
      <h2>{t('intakes.helpAsked')}</h2>
      <p>
        <strong>{i.help.map((h) => t(`intakeHelp.${h}`)).join(', ')}</strong>
        {i.helpOther ? ` — ${i.helpOther}` : ''}
      </p>
      {i.reasons.length ? (
        <p>{t('intakes.reasons', { reasons: i.reasons.map((r) => t(`helpReason.${r}`)).join(', ') })}</p>
      ) : null}
      <blockquote className="card">{i.description}</blockquote>
      <h2>{t('intakes.householdTitle')}</h2>
      {i.household.length ? (
        <DataTable caption={t('intakes.householdTitle')} compact>
          <thead>
            <tr>
              <th scope="col">{t('apply.household.relation')}</th>
              <th scope="col">{t('intakes.name')}</th>
              <th scope="col">PESEL</th>
              <th scope="col">{t('apply.birthDate')}</th>
            </tr>
          </thead>
          <tbody>
            {i.household.map((m) => (
              <tr key={`${m.firstName}|${m.surname}|${m.pesel ?? m.birthDate ?? ''}`}>
                <td>{t(`relation.${m.relation}`)}</td>
                <td>
                  {m.firstName} {m.surname}
                </td>
                <td>{m.pesel ?? '—'}</td>
                <td>{m.birthDate ? date(m.birthDate) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="empty">{t('intakes.single')}</p>
      )}
      <h2>{t('apply.section.files')}</h2>
      {i.attachments.length ? (
        <ul>
          {i.attachments.map((a) => (
            <li key={a.id}>
              <a href={intakeApi.attachmentHref(i.id, a.id)} download={a.fileName}>
                {a.fileName}
              </a>{' '}
              ({formatFileSize(a.size, TAG[locale])})
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('apply.status.noFiles')}</p>
      )}
      {i.householdId ? (
        <p>
          <Link to={`/households/${i.householdId}`}>{t('intakes.household')}</Link>
        </p>
      ) : null}
      {i.declineReason ? <p>{t('intakes.declinedWith', { reason: i.declineReason })}</p> : null}
      <IntakeActions intake={i} onChange={saved} onReload={() => loaded.refetch()} />
      <h2>{t('intakes.history')}</h2>
      <ol>
        {i.history.map((h) => (
          <li key={`${h.status}-${h.at}`}>
            {dateTime(h.at)}: {t(`intakeStatus.${h.status}`)}
            {h.actorName ? ` — ${h.actorName}` : ''}
            {h.note ? ` (${h.note})` : ''}
          </li>
        ))}
      </ol>
    </Page>
  );
}
