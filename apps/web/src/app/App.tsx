import type { Permission } from '@ostoja/domain';
import { type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Loading } from '../components/feedback.tsx';
import { Layout } from '../components/layout.tsx';
import { NotFound } from '../components/status-pages.tsx';
import { page } from './area.ts';
import { AREAS } from './areas.ts';
import { RequireAuth, RequirePermission } from './guards.tsx';

// Staff screens, like every area's, load on first use: the residents' portal does not carry them.
const HomePage = page(() => import('../pages/HomePage.tsx'), 'HomePage');
const LoginPage = page(() => import('../pages/LoginPage.tsx'), 'LoginPage');

function Guarded({ permission, children }: { permission?: Permission | undefined; children: ReactNode }) {
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
          {AREAS.flat().map(({ path, permission, public: open, component: Screen }) => (
            <Route
              key={path}
              path={path}
              element={
                open ? (
                  <Screen />
                ) : (
                  <Guarded permission={permission}>
                    <Screen />
                  </Guarded>
                )
              }
            />
          ))}
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
