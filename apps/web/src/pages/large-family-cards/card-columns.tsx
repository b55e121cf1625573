import type { LargeFamilyCard } from '@ostoja/domain/family-benefits/large-family-card-api';
import { Link } from 'react-router-dom';
import { useI18n } from '../../app/i18n.tsx';
import { dateColumn, textColumn } from '../../components/kit/columns.ts';
import type { Column } from '../../components/kit/paged-table.tsx';

/** The columns every table of cards shows: number, holder, validity (a card for life says so). */
export function useCardColumns(link: boolean): Column<LargeFamilyCard>[] {
  const { t, date } = useI18n();
  return [
    {
      key: 'number',
      header: t('kdr.card'),
      cell: (c) => (link ? <Link to={`/large-family-cards/${c.applicationId}`}>{c.number}</Link> : c.number),
      sortValue: (c) => c.number,
    },
    textColumn('name', t('kdr.holder'), 'holder'),
    dateColumn<LargeFamilyCard>('validFrom', t('kdr.validFrom'), date),
    {
      ...dateColumn<LargeFamilyCard>('validUntil', t('kdr.validUntil'), date),
      cell: (c) => (c.validUntil ? date(c.validUntil) : t('kdr.noEnd')),
    },
  ];
}
