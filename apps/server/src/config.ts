import { resolve } from 'node:path';

export interface Config {
  databaseUrl: string | undefined;
  /** PostgreSQL connections per app process (OSTOJA_DB_POOL): about the server's cores, not its clients. */
  dbPool: number;
  dataDir: string;
  port: number;
  host: string;
  sessionIdleMinutes: number;
  /** How long a verified session is trusted without a database look-up (0 = always look up). */
  sessionCacheMs: number;
  secureCookies: boolean;
  /** Failed logins at one login from one client address before each further one must wait. */
  loginLockAfter: number;
  /** Failed logins from one client address (any logins) before each further one must wait. */
  loginAddressLockAfter: number;
  /** The first wait, in seconds; each further failure doubles it. */
  loginLockSeconds: number;
  /** The longest wait, in minutes. */
  loginLockMinutes: number;
  /** Failures older than this (hours without another) are forgotten. */
  loginResetHours: number;
  /** Failures at one account from this many addresses (in the reset window) raise an alarm in the audit log. */
  loginAlarmAddresses: number;
  webDist: string;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed (e.g. "loopback"); none by default. */
  trustProxy: string | false;
  seedDemo: boolean;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dbPool: Number(env.OSTOJA_DB_POOL ?? 10),
    dataDir: resolve(env.OSTOJA_DATA_DIR ?? 'data'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    sessionIdleMinutes: Number(env.OSTOJA_SESSION_IDLE_MINUTES ?? 30),
    sessionCacheMs: Number(env.OSTOJA_SESSION_CACHE_MS ?? 5000),
    secureCookies: env.OSTOJA_SECURE_COOKIES === '1',
    loginLockAfter: Number(env.OSTOJA_LOGIN_LOCK_AFTER ?? 5),
    loginAddressLockAfter: Number(env.OSTOJA_LOGIN_LOCK_ADDRESS_AFTER ?? 20),
    loginLockSeconds: Number(env.OSTOJA_LOGIN_LOCK_SECONDS ?? 30),
    loginLockMinutes: Number(env.OSTOJA_LOGIN_LOCK_MINUTES ?? 15),
    loginResetHours: Number(env.OSTOJA_LOGIN_LOCK_RESET_HOURS ?? 24),
    loginAlarmAddresses: Number(env.OSTOJA_LOGIN_ALARM_ADDRESSES ?? 5),
    trustProxy: env.OSTOJA_TRUST_PROXY || false,
    webDist: resolve(env.OSTOJA_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    seedDemo: env.OSTOJA_SEED_DEMO !== '0',
  };
}
