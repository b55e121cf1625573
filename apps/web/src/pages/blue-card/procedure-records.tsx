import type { Procedure } from '@ostoja/domain/blue-card/responses';
import { useI18n } from '../../app/i18n.tsx';
import { DataTable } from '../../components/table.tsx';
import { PdfLink, personName } from './common.tsx';

/** The forms NK-A…E filled in, each with its PDF (the team's file copy). */
export function FormsSection({ p }: { p: Procedure }) {
  const { t, date } = useI18n();
  const names = new Map(p.participants.map((x) => [x.personId, personName(x)]));
  return (
    <section>
      <h2>{t('blueCards.forms.title')}</h2>
      <DataTable caption={t('blueCards.forms.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('blueCards.forms.form')}</th>
            <th scope="col">{t('blueCards.forms.person')}</th>
            <th scope="col">{t('blueCards.forms.filledOn')}</th>
            <th scope="col">{t('blueCards.forms.by')}</th>
            <th scope="col">{t('blueCards.forms.document')}</th>
          </tr>
        </thead>
        <tbody>
          {p.forms.map((f) => (
            <tr key={f.id}>
              <td>{t(`blueCard.document.${f.kind}`)}</td>
              <td>{f.personId ? (names.get(f.personId) ?? '—') : '—'}</td>
              <td>{date(f.filledOn)}</td>
              <td>{f.createdByName}</td>
              <td>
                <PdfLink href={`/api/v1/blue-cards/${p.id}/forms/${f.id}/pdf`}>
                  {t('blueCards.forms.download', { form: `NK-${f.kind}`, date: date(f.filledOn) })}
                </PdfLink>
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

export function ReferralsSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  if (p.referrals.length === 0) return null;
  const names = new Map(p.participants.map((x) => [x.personId, personName(x)]));
  return (
    <section>
      <h2>{t('blueCards.referrals.title')}</h2>
      <DataTable caption={t('blueCards.referrals.caption')}>
        <thead>
          <tr>
            <th scope="col">{t('blueCards.forms.person')}</th>
            <th scope="col">{t('blueCards.referrals.programme')}</th>
            <th scope="col">{t('blueCards.referrals.institution')}</th>
            <th scope="col">{t('blueCards.referrals.on')}</th>
            <th scope="col">{t('blueCards.referrals.note')}</th>
          </tr>
        </thead>
        <tbody>
          {p.referrals.map((r) => (
            <tr key={r.id}>
              <td>{names.get(r.personId) ?? '—'}</td>
              <td>{tk('blueCard.programme', r.programme)}</td>
              <td>{r.institution}</td>
              <td>{date(r.referredOn)}</td>
              <td>{r.note ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}

/** The action log, oldest first: the legal date of each step, who recorded it and when. */
export function LogSection({ p }: { p: Procedure }) {
  const { date, dateTime, t, tk } = useI18n();
  const closure = p.closureReason ? ` — ${tk('blueCard.closure', p.closureReason)}` : '';
  return (
    <section>
      <h2>{t('blueCards.log.title')}</h2>
      <DataTable caption={t('blueCards.log.caption')} compact>
        <thead>
          <tr>
            <th scope="col">{t('blueCards.log.on')}</th>
            <th scope="col">{t('blueCards.log.action')}</th>
            <th scope="col">{t('blueCards.log.by')}</th>
            <th scope="col">{t('blueCards.log.at')}</th>
          </tr>
        </thead>
        <tbody>
          {p.actions.map((a) => (
            <tr key={a.id}>
              <td className="nowrap">{date(a.on)}</td>
              <td>
                {t(`blueCard.action.${a.type}`)}
                {a.type === 'close' ? closure : ''}
              </td>
              <td>{a.actorName ?? '—'}</td>
              <td className="nowrap">{dateTime(a.at)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </section>
  );
}
