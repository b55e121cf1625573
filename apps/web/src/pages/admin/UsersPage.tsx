import type { StaffUser } from '@ostoja/domain/identity/staff-user';
import { adminApi } from '../../api/admin.ts';
import { useI18n } from '../../app/i18n.tsx';
import { textColumn } from '../../components/kit/columns.ts';
import { linkColumn } from '../../components/kit/link-column.tsx';
import type { Column } from '../../components/kit/paged-table.tsx';
import { recordPath } from '../../components/kit/record-path.ts';
import { StatusBadge } from '../../components/kit/status-badge.tsx';
import { useCursorQuery } from '../../components/kit/use-cursor-query.ts';
import { AdminListPage, CountedList } from './admin-form.tsx';
import { adminKeys } from './queries.ts';

export function UsersPage() {
  const { t, tp } = useI18n();
  const list = useCursorQuery(adminKeys.userList, (after, signal) =>
    adminApi.users({ after, limit: 50 }, signal),
  );
  const columns: Column<StaffUser>[] = [
    linkColumn<StaffUser>('fullName', t('user.fullName'), (u) => u.fullName, recordPath('/admin/users')),
    {
      key: 'login',
      header: t('user.login'),
      cell: (u) => u.login,
      sortValue: (u) => u.login,
      className: 'mono',
    },
    { key: 'roles', header: t('user.roles'), cell: (u) => u.roles.map((r) => t(`role.${r}`)).join(', ') },
    textColumn('orgUnitName', t('user.orgUnit'), 'orgUnit'),
    {
      key: 'status',
      header: t('user.status'),
      cell: (u) => (
        <StatusBadge tone={u.isActive ? 'ok' : 'off'}>
          {u.isActive ? t('user.active') : t('user.inactive')}
        </StatusBadge>
      ),
    },
  ];
  return (
    <AdminListPage list="users" base="/admin/users">
      <CountedList
        list={list}
        count={(n) => tp('users.count', n)}
        caption={t('users.title')}
        columns={columns}
      />
    </AdminListPage>
  );
}
