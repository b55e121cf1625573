import type { Permission } from '@ostoja/domain';
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../components/feedback.tsx';
import { Layout } from '../components/layout.tsx';
import { NotFound } from '../components/status-pages.tsx';
import { HomePage } from '../pages/HomePage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { RequireAuth, RequirePermission } from './guards.tsx';

/** Screens load on first use: the login page does not wait for the administration's code. */
function page<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const PersonSearchPage = page(() => import('../pages/registry/PersonSearchPage.tsx'), 'PersonSearchPage');
const PersonPage = page(() => import('../pages/registry/PersonPage.tsx'), 'PersonPage');
const PersonEditPage = page(() => import('../pages/registry/PersonEditPage.tsx'), 'PersonEditPage');
const HouseholdPage = page(() => import('../pages/registry/HouseholdPage.tsx'), 'HouseholdPage');
const HouseholdCreatePage = page(
  () => import('../pages/registry/HouseholdCreatePage.tsx'),
  'HouseholdCreatePage',
);
const UsersPage = page(() => import('../pages/admin/UsersPage.tsx'), 'UsersPage');
const UserEditPage = page(() => import('../pages/admin/UserEditPage.tsx'), 'UserEditPage');
const OrgUnitsPage = page(() => import('../pages/admin/OrgUnitsPage.tsx'), 'OrgUnitsPage');
const OrgUnitEditPage = page(() => import('../pages/admin/OrgUnitEditPage.tsx'), 'OrgUnitEditPage');
const StreetsPage = page(() => import('../pages/admin/StreetsPage.tsx'), 'StreetsPage');
const AuditPage = page(() => import('../pages/admin/AuditPage.tsx'), 'AuditPage');

function Guarded({ permission, children }: { permission?: Permission; children: ReactNode }) {
  return (
    <RequireAuth>
      {permission ? <RequirePermission permission={permission}>{children}</RequirePermission> : children}
    </RequireAuth>
  );
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="/"
            element={
              <Guarded>
                <HomePage />
              </Guarded>
            }
          />
          <Route
            path="/persons"
            element={
              <Guarded permission="registry.read">
                <PersonSearchPage />
              </Guarded>
            }
          />
          <Route
            path="/persons/:id"
            element={
              <Guarded permission="registry.read">
                <PersonPage />
              </Guarded>
            }
          />
          <Route
            path="/persons/:id/edit"
            element={
              <Guarded permission="registry.write">
                <PersonEditPage />
              </Guarded>
            }
          />
          <Route
            path="/households/new"
            element={
              <Guarded permission="registry.write">
                <HouseholdCreatePage />
              </Guarded>
            }
          />
          <Route
            path="/households/:id"
            element={
              <Guarded permission="registry.read">
                <HouseholdPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/users"
            element={
              <Guarded permission="users.manage">
                <UsersPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/users/new"
            element={
              <Guarded permission="users.manage">
                <UserEditPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/users/:id"
            element={
              <Guarded permission="users.manage">
                <UserEditPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/org-units"
            element={
              <Guarded permission="org.manage">
                <OrgUnitsPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/org-units/new"
            element={
              <Guarded permission="org.manage">
                <OrgUnitEditPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/org-units/:id"
            element={
              <Guarded permission="org.manage">
                <OrgUnitEditPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/org-units/:id/streets"
            element={
              <Guarded permission="org.manage">
                <StreetsPage />
              </Guarded>
            }
          />
          <Route
            path="/admin/audit"
            element={
              <Guarded permission="audit.read">
                <AuditPage />
              </Guarded>
            }
          />
          <Route
            path="*"
            element={
              <Guarded>
                <NotFound />
              </Guarded>
            }
          />
        </Routes>
      </Suspense>
    </Layout>
  );
}
