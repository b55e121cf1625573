import { type Area, menu, screen, screens } from '../../app/area.ts';

const UserEditPage = screen('admin/UserEditPage');
const OrgUnitEditPage = screen('admin/OrgUnitEditPage');

export const adminArea: Area = [
  ...screens('users.manage', {
    '/admin/users': menu('nav.users', 'admin/UsersPage'),
    '/admin/users/new': UserEditPage,
    '/admin/users/:id': UserEditPage,
  }),
  ...screens('org.manage', {
    '/admin/org-units': menu('nav.orgUnits', 'admin/OrgUnitsPage'),
    '/admin/org-units/new': OrgUnitEditPage,
    '/admin/org-units/:id': OrgUnitEditPage,
    '/admin/org-units/:id/streets': screen('admin/StreetsPage'),
    '/admin/settings': menu('nav.centreSettings', 'admin/SettingsPage'),
  }),
  ...screens('audit.read', {
    '/admin/audit': menu('nav.audit', 'admin/AuditPage'),
  }),
];
