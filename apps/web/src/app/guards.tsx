import type { Permission } from '@ostoja/domain';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/feedback.tsx';
import { NoAccess } from '../components/status-pages.tsx';
import { useAuth } from './auth.tsx';

/**
 * Signed-in users only; others go to the login page and come back afterwards. The site's own
 * address is the residents' door: without a session it opens the portal (staff sign in from there).
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  const location = useLocation();
  if (me === undefined) return <Loading />;
  if (me === null && location.pathname === '/') return <Navigate to="/portal" replace />;
  if (me === null) return <Navigate to="/login" replace state={{ from: location }} />;
  // The server refuses everything but enrolment until the second factor is set up (403).
  if (me.mustEnrolTotp && location.pathname !== '/account') return <Navigate to="/account" replace />;
  return children;
}

/** A page that needs a permission shows a clear "no access" page to those without it. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useAuth();
  return can(permission) ? children : <NoAccess />;
}
