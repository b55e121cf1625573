import type { Procedure } from '@ostoja/domain/blue-card/responses';
import { useI18n } from '../../app/i18n.tsx';
import type { Column } from '../../components/kit/column-table.tsx';
import { PdfLink, personNames } from './common.tsx';
import { RecordSection } from './record-section.tsx';

/** The column of the procedure's person a row names by `personId` ("—" for none). */
function personColumn<T extends { personId: string | null }>(p: Procedure, header: string): Column<T> {
  const names = personNames(p);
  return { key: 'person', header, cell: (x) => (x.personId ? (names.get(x.personId) ?? '—') : '—') };
}

/** The forms NK-A…E filled in, each with its PDF (the team's file copy). */
export function FormsSection({ p }: { p: Procedure }) {
  const { t, date } = useI18n();
  return (
    <RecordSection
      topic="forms"
      rows={p.forms}
      columns={[
        { key: 'form', header: t('blueCards.forms.form'), cell: (f) => t(`blueCard.document.${f.kind}`) },
        personColumn(p, t('blueCards.forms.person')),
        { key: 'filledOn', header: t('blueCards.forms.filledOn'), cell: (f) => date(f.filledOn) },
        { key: 'by', header: t('blueCards.forms.by'), cell: (f) => f.createdByName },
        {
          key: 'document',
          header: t('blueCards.forms.document'),
          cell: (f) => (
            <>
              <PdfLink href={`/api/v1/blue-cards/${p.id}/forms/${f.id}/pdf`}>
                {t('blueCards.forms.download', { form: `NK-${f.kind}`, date: date(f.filledOn) })}
              </PdfLink>
            </>
          ),
        },
      ]}
    />
  );
}

export function ReferralsSection({ p }: { p: Procedure }) {
  const { date, t, tk } = useI18n();
  if (p.referrals.length === 0) return null;
  return (
    <RecordSection
      topic="referrals"
      rows={p.referrals}
      columns={[
        personColumn(p, t('blueCards.forms.person')),
        {
          key: 'programme',
          header: t('blueCards.referrals.programme'),
          cell: (r) => tk('blueCard.programme', r.programme),
        },
        { key: 'institution', header: t('blueCards.referrals.institution'), cell: (r) => r.institution },
        { key: 'on', header: t('blueCards.referrals.on'), cell: (r) => date(r.referredOn) },
        { key: 'note', header: t('blueCards.referrals.note'), cell: (r) => r.note ?? '—' },
      ]}
    />
  );
}

/** The action log, oldest first: the legal date of each step, who recorded it and when. */
export function LogSection({ p }: { p: Procedure }) {
  const { date, dateTime, t, tk } = useI18n();
  const closure = p.closureReason ? ` — ${tk('blueCard.closure', p.closureReason)}` : '';
  return (
    <RecordSection
      topic="log"
      compact
      rows={p.actions}
      columns={[
        { key: 'on', header: t('blueCards.log.on'), className: 'nowrap', cell: (a) => date(a.on) },
        {
          key: 'action',
          header: t('blueCards.log.action'),
          cell: (a) => (
            <>
              {t(`blueCard.action.${a.type}`)}
              {a.type === 'close' ? closure : ''}
            </>
          ),
        },
        { key: 'by', header: t('blueCards.log.by'), cell: (a) => a.actorName ?? '—' },
        { key: 'at', header: t('blueCards.log.at'), className: 'nowrap', cell: (a) => dateTime(a.at) },
      ]}
    />
  );
}
