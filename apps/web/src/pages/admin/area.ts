import { type Area, page } from '../../app/area.ts';

const UserEditPage = page(() => import('./UserEditPage.tsx'), 'UserEditPage');
const OrgUnitEditPage = page(() => import('./OrgUnitEditPage.tsx'), 'OrgUnitEditPage');

export const adminArea: Area = {
  routes: [
    {
      path: '/admin/users',
      permission: 'users.manage',
      component: page(() => import('./UsersPage.tsx'), 'UsersPage'),
    },
    { path: '/admin/users/new', permission: 'users.manage', component: UserEditPage },
    { path: '/admin/users/:id', permission: 'users.manage', component: UserEditPage },
    {
      path: '/admin/org-units',
      permission: 'org.manage',
      component: page(() => import('./OrgUnitsPage.tsx'), 'OrgUnitsPage'),
    },
    { path: '/admin/org-units/new', permission: 'org.manage', component: OrgUnitEditPage },
    { path: '/admin/org-units/:id', permission: 'org.manage', component: OrgUnitEditPage },
    {
      path: '/admin/org-units/:id/streets',
      permission: 'org.manage',
      component: page(() => import('./StreetsPage.tsx'), 'StreetsPage'),
    },
    {
      path: '/admin/settings',
      permission: 'org.manage',
      component: page(() => import('./SettingsPage.tsx'), 'SettingsPage'),
    },
    {
      path: '/admin/audit',
      permission: 'audit.read',
      component: page(() => import('./AuditPage.tsx'), 'AuditPage'),
    },
  ],
  nav: [
    { to: '/admin/users', label: 'nav.users', permission: 'users.manage' },
    { to: '/admin/org-units', label: 'nav.orgUnits', permission: 'org.manage' },
    { to: '/admin/settings', label: 'nav.centreSettings', permission: 'org.manage' },
    { to: '/admin/audit', label: 'nav.audit', permission: 'audit.read' },
  ],
};
