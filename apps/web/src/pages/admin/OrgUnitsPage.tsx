import { Link } from 'react-router-dom';
import type { OrgUnit } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { LoadError, Loading } from '../../components/feedback.tsx';
import { ColumnTable } from '../../components/kit/column-table.tsx';
import { linkColumn } from '../../components/kit/link-column.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { formatAddress } from '../../lib/format.ts';
import { AdminListPage } from './admin-form.tsx';
import { useHoursText } from './opening-hours.tsx';
import { useOrgUnits } from './queries.ts';

export function OrgUnitsPage() {
  const { t } = useI18n();
  const hoursText = useHoursText();
  const { data, error, refetch } = useOrgUnits();
  const byId = new Map((data?.items ?? []).map((u) => [u.id, u]));
  return (
    <AdminListPage list="orgUnits" base="/admin/org-units">
      {error ? <LoadError error={error} onRetry={() => refetch()} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <ColumnTable
          caption={t('orgUnits.title')}
          rows={data.items}
          columns={[
            linkColumn<OrgUnit>('name', t('orgUnit.name'), (u) => u.name, recordPath('/admin/org-units')),
            { key: 'kind', header: t('orgUnit.kind'), cell: (u) => t(`orgUnitKind.${u.kind}`) },
            {
              key: 'parent',
              header: t('orgUnit.parent'),
              cell: (u) => (u.parentId ? (byId.get(u.parentId)?.name ?? '—') : '—'),
            },
            { key: 'address', header: t('orgUnit.address'), cell: (u) => formatAddress(u) || '—' },
            {
              key: 'openingHours',
              header: t('orgUnit.openingHours'),
              cell: (u) => (u.openingHours.length ? hoursText(u.openingHours) : '—'),
            },
            {
              key: 'actions',
              header: t('common.actions'),
              cell: (u) => (
                <>
                  {u.kind === 'fieldTeam' ? (
                    <Link to={`/admin/org-units/${u.id}/streets`}>
                      {t('streets.link')}
                      <span className="visually-hidden"> — {u.name}</span>
                    </Link>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      ) : null}
    </AdminListPage>
  );
}
