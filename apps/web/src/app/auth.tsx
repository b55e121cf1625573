import type { Me, Permission } from '@ostoja/domain';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, api, setUnauthenticatedHandler } from '../api/client.ts';

export interface Auth {
  /** undefined while the session is being checked; null when nobody is signed in. */
  me: Me | null | undefined;
  /** Set when the session ended on its own (idle timeout) rather than by signing out. */
  sessionExpired: boolean;
  /** `code`: the authenticator's code or a recovery code, once the server asked for it (`totpRequired`). */
  login(login: string, password: string, code?: string): Promise<Me>;
  logout(): Promise<void>;
  /** Reads the signed-in user again (after enrolling the second factor). */
  reload(): Promise<void>;
  can(permission: Permission): boolean;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [sessionExpired, setSessionExpired] = useState(false);
  // Whoever signs in next on this browser starts with an empty cache of records.
  const queries = useQueryClient();

  useEffect(() => {
    const ctrl = new AbortController();
    api
      .get<Me>('/api/v1/auth/me', ctrl.signal)
      .then(setMe)
      .catch((e: unknown) => {
        if ((e as Error).name !== 'AbortError') setMe(null);
      });
    return () => ctrl.abort();
  }, []);

  useEffect(() => {
    setUnauthenticatedHandler(() => {
      queries.clear();
      setSessionExpired(true);
      setMe(null);
    });
  }, [queries]);

  const login = useCallback(async (login: string, password: string, code?: string) => {
    const who = await api.post<Me>('/api/v1/auth/login', { login, password, ...(code ? { code } : {}) });
    setSessionExpired(false);
    setMe(who);
    return who;
  }, []);

  const logout = useCallback(async () => {
    try {
      await api.post('/api/v1/auth/logout');
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
    }
    queries.clear();
    setSessionExpired(false);
    setMe(null);
  }, [queries]);

  const reload = useCallback(async () => {
    setMe(await api.get<Me>('/api/v1/auth/me'));
  }, []);

  const value = useMemo<Auth>(
    () => ({
      me,
      sessionExpired,
      login,
      logout,
      reload,
      can: (p) => !!me && (p === 'public' || me.permissions.includes(p)),
    }),
    [me, sessionExpired, login, logout, reload],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth outside AuthProvider');
  return ctx;
}
