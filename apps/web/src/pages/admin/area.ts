import { type Area, menu, page, screens } from '../../app/area.ts';

const UserEditPage = page(() => import('./UserEditPage.tsx'), 'UserEditPage');
const OrgUnitEditPage = page(() => import('./OrgUnitEditPage.tsx'), 'OrgUnitEditPage');

export const adminArea: Area = [
  ...screens('users.manage', {
    '/admin/users': menu('nav.users', () => import('./UsersPage.tsx'), 'UsersPage'),
    '/admin/users/new': UserEditPage,
    '/admin/users/:id': UserEditPage,
  }),
  ...screens('org.manage', {
    '/admin/org-units': menu('nav.orgUnits', () => import('./OrgUnitsPage.tsx'), 'OrgUnitsPage'),
    '/admin/org-units/new': OrgUnitEditPage,
    '/admin/org-units/:id': OrgUnitEditPage,
    '/admin/org-units/:id/streets': page(() => import('./StreetsPage.tsx'), 'StreetsPage'),
    '/admin/settings': menu('nav.centreSettings', () => import('./SettingsPage.tsx'), 'SettingsPage'),
  }),
  ...screens('audit.read', {
    '/admin/audit': menu('nav.audit', () => import('./AuditPage.tsx'), 'AuditPage'),
  }),
];
