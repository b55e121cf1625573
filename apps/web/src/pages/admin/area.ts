import { type Area, page, screens } from '../../app/area.ts';

const UserEditPage = page(() => import('./UserEditPage.tsx'), 'UserEditPage');
const OrgUnitEditPage = page(() => import('./OrgUnitEditPage.tsx'), 'OrgUnitEditPage');

export const adminArea: Area = {
  routes: [
    ...screens('users.manage', {
      '/admin/users': page(() => import('./UsersPage.tsx'), 'UsersPage'),
      '/admin/users/new': UserEditPage,
      '/admin/users/:id': UserEditPage,
    }),
    ...screens('org.manage', {
      '/admin/org-units': page(() => import('./OrgUnitsPage.tsx'), 'OrgUnitsPage'),
      '/admin/org-units/new': OrgUnitEditPage,
      '/admin/org-units/:id': OrgUnitEditPage,
      '/admin/org-units/:id/streets': page(() => import('./StreetsPage.tsx'), 'StreetsPage'),
      '/admin/settings': page(() => import('./SettingsPage.tsx'), 'SettingsPage'),
    }),
    ...screens('audit.read', {
      '/admin/audit': page(() => import('./AuditPage.tsx'), 'AuditPage'),
    }),
  ],
  nav: [
    { to: '/admin/users', label: 'nav.users', permission: 'users.manage' },
    { to: '/admin/org-units', label: 'nav.orgUnits', permission: 'org.manage' },
    { to: '/admin/settings', label: 'nav.centreSettings', permission: 'org.manage' },
    { to: '/admin/audit', label: 'nav.audit', permission: 'audit.read' },
  ],
};
