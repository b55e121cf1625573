import { resolve } from 'node:path';

export interface Config {
  databaseUrl: string | undefined;
  /** The tables' owner, for migrations (DATABASE_MIGRATE_URL); DATABASE_URL when unset. */
  databaseMigrateUrl: string | undefined;
  /** The role the app's connections switch to (OSTOJA_DB_ROLE, default ostoja_app; empty: stay the login). */
  dbRole: string;
  /** PostgreSQL connections per app process (OSTOJA_DB_POOL): about the server's cores, not its clients. */
  dbPool: number;
  dataDir: string;
  port: number;
  host: string;
  sessionIdleMinutes: number;
  /** How long a verified session is trusted without a database look-up (0 = always look up). */
  sessionCacheMs: number;
  /**
   * Served over https (directly or by a TLS-terminating proxy): the session cookie is Secure,
   * HSTS is sent and the CSP upgrades insecure requests. OSTOJA_HTTPS=1 (or the older OSTOJA_SECURE_COOKIES=1).
   */
  secureCookies: boolean;
  /** Origins besides the app's own whose POST/PUT/PATCH/DELETE are accepted (OSTOJA_ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
  /** Failed logins before each further attempt is slowed down. */
  loginSlowAfter: number;
  /** Failed logins in a row before the login is refused for lockMinutes. */
  loginLockAfter: number;
  loginLockMinutes: number;
  webDist: string;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (e.g. "loopback"); none by default. */
  trustProxy: string | false;
  seedDemo: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseMigrateUrl: env.DATABASE_MIGRATE_URL || env.DATABASE_URL || undefined,
    dbRole: env.OSTOJA_DB_ROLE ?? 'ostoja_app',
    dbPool: Number(env.OSTOJA_DB_POOL ?? 10),
    dataDir: resolve(env.OSTOJA_DATA_DIR ?? 'data'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    sessionIdleMinutes: Number(env.OSTOJA_SESSION_IDLE_MINUTES ?? 30),
    sessionCacheMs: Number(env.OSTOJA_SESSION_CACHE_MS ?? 5000),
    secureCookies: env.OSTOJA_HTTPS === '1' || env.OSTOJA_SECURE_COOKIES === '1',
    allowedOrigins: (env.OSTOJA_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().toLowerCase().replace(/\/+$/, ''))
      .filter(Boolean),
    loginSlowAfter: 3,
    loginLockAfter: Number(env.OSTOJA_LOGIN_LOCK_AFTER ?? 5),
    loginLockMinutes: Number(env.OSTOJA_LOGIN_LOCK_MINUTES ?? 15),
    trustProxy: env.OSTOJA_TRUST_PROXY || false,
    webDist: resolve(env.OSTOJA_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    seedDemo: env.OSTOJA_SEED_DEMO !== '0',
  };
}
