import type { ProcedureListItem } from '@ostoja/domain/blue-card/responses';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { DataTable } from '../../components/table.tsx';
import { DueDate } from './common.tsx';

/** Procedures as a table: number (the link), opening, status, the deadline waited on, the persons. */
export function ProcedureTable({ caption, items }: { caption: string; items: ProcedureListItem[] }) {
  const { t, date } = useI18n();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('blueCard.register.number')}</th>
          <th scope="col">{t('blueCard.register.openedOn')}</th>
          <th scope="col">{t('blueCard.register.status')}</th>
          <th scope="col">{t('blueCards.list.nextDue')}</th>
          <th scope="col">{t('blueCard.register.victims')}</th>
          <th scope="col">{t('blueCard.register.perpetrators')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((p) => (
          <tr key={p.id}>
            <td className="nowrap">
              <Link to={`/blue-cards/${p.id}`}>{p.number}</Link>
            </td>
            <td>{date(p.openedOn)}</td>
            <td>
              {t(`blueCard.status.${p.status}`)}
              {p.closureReason ? ` (${t(`blueCard.closure.${p.closureReason}`)})` : ''}
            </td>
            <td>
              {p.nextDue && p.nextDueKind ? (
                <>
                  {t(`blueCard.deadline.${p.nextDueKind}`)}: <DueDate due={p.nextDue} />
                </>
              ) : (
                '—'
              )}
            </td>
            <td>{p.victims ?? '—'}</td>
            <td>{p.perpetrators ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
