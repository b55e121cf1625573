import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ROLES, type Role } from '@ostoja/domain/identity/roles';

// The one place the server reads its environment (a test fails on process.env anywhere else).

export interface Config {
  databaseUrl: string | undefined;
  /**
   * A streaming replica for reports, dashboards and their exports (DATABASE_READ_URL); unset:
   * everything runs on DATABASE_URL. Same login and role as the app.
   */
  databaseReadUrl: string | undefined;
  /** The tables' owner, for migrations (DATABASE_MIGRATE_URL); DATABASE_URL when unset. */
  databaseMigrateUrl: string | undefined;
  /** The role the app's connections switch to (OSTOJA_DB_ROLE, default ostoja_app; empty: stay the login). */
  dbRole: string;
  /** The longest an app statement may run (OSTOJA_STATEMENT_TIMEOUT_MS, default 30 s; 0: no limit); then 503. */
  statementTimeoutMs: number;
  /** PostgreSQL connections per app process (OSTOJA_DB_POOL): about the server's cores, not its clients. */
  dbPool: number;
  dataDir: string;
  port: number;
  host: string;
  sessionIdleMinutes: number;
  /** A session ends this many hours after sign-in however active it is (OSTOJA_SESSION_MAX_HOURS). */
  sessionMaxHours: number;
  /**
   * Roles whose members must sign in with a second factor (OSTOJA_TOTP_ROLES, comma-separated;
   * `none` for nobody). Unset: administrators, the director and the Niebieska Karta team — except
   * on the demo centre (OSTOJA_SEED_DEMO not 0), whose public demo logins must keep working.
   */
  totpRoles: Role[];
  /**
   * The AES-256 key TOTP secrets are encrypted with at rest (OSTOJA_TOTP_KEY: 32 random bytes in
   * base64). Unset on the demo centre: one generated on the first start and kept beside the data
   * directory (`<data dir>-totp.key`); unset otherwise: the app refuses to start. Read when first
   * asked for (the app's start), so the command-line tools need no key.
   */
  totpKey: () => Buffer;
  /** How long a verified session is trusted without a database look-up (0 = always look up). */
  sessionCacheMs: number;
  /**
   * Served over https (directly or by a TLS-terminating proxy): the session cookie is Secure,
   * HSTS is sent and the CSP upgrades insecure requests. OSTOJA_HTTPS=1 (or the older OSTOJA_SECURE_COOKIES=1).
   */
  secureCookies: boolean;
  /** Origins besides the app's own whose POST/PUT/PATCH/DELETE are accepted (OSTOJA_ALLOWED_ORIGINS, comma-separated). */
  allowedOrigins: string[];
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
  /** Behind a proxy, names the instance in the X-Ostoja-Instance header (OSTOJA_INSTANCE_NAME). */
  instanceName: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    databaseReadUrl: env.DATABASE_READ_URL || undefined,
    databaseMigrateUrl: env.DATABASE_MIGRATE_URL || env.DATABASE_URL || undefined,
    dbRole: env.OSTOJA_DB_ROLE ?? 'ostoja_app',
    dbPool: Number(env.OSTOJA_DB_POOL ?? 10),
    statementTimeoutMs: Number(env.OSTOJA_STATEMENT_TIMEOUT_MS ?? 30_000),
    dataDir: resolve(env.OSTOJA_DATA_DIR ?? 'data'),
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    sessionIdleMinutes: Number(env.OSTOJA_SESSION_IDLE_MINUTES ?? 30),
    sessionMaxHours: Number(env.OSTOJA_SESSION_MAX_HOURS ?? 12),
    totpRoles: totpRoles(env.OSTOJA_TOTP_ROLES, env.OSTOJA_SEED_DEMO !== '0'),
    totpKey: once(() =>
      totpKeyOf(env.OSTOJA_TOTP_KEY, env.OSTOJA_SEED_DEMO !== '0', resolve(env.OSTOJA_DATA_DIR ?? 'data')),
    ),
    sessionCacheMs: Number(env.OSTOJA_SESSION_CACHE_MS ?? 5000),
    secureCookies: env.OSTOJA_HTTPS === '1' || env.OSTOJA_SECURE_COOKIES === '1',
    allowedOrigins: (env.OSTOJA_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().toLowerCase().replace(/\/+$/, ''))
      .filter(Boolean),
    loginLockAfter: Number(env.OSTOJA_LOGIN_LOCK_AFTER ?? 5),
    loginAddressLockAfter: Number(env.OSTOJA_LOGIN_LOCK_ADDRESS_AFTER ?? 20),
    loginLockSeconds: Number(env.OSTOJA_LOGIN_LOCK_SECONDS ?? 30),
    loginLockMinutes: Number(env.OSTOJA_LOGIN_LOCK_MINUTES ?? 15),
    loginResetHours: Number(env.OSTOJA_LOGIN_LOCK_RESET_HOURS ?? 24),
    loginAlarmAddresses: Number(env.OSTOJA_LOGIN_ALARM_ADDRESSES ?? 5),
    trustProxy: env.OSTOJA_TRUST_PROXY || false,
    webDist: resolve(env.OSTOJA_WEB_DIST ?? new URL('../../web/dist', import.meta.url).pathname),
    seedDemo: env.OSTOJA_SEED_DEMO !== '0',
    instanceName: env.OSTOJA_INSTANCE_NAME || undefined,
  };
}

export const DEFAULT_TOTP_ROLES: Role[] = ['administrator', 'director', 'blueCardTeamMember'];

const once = <T>(make: () => T) => {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
};

function totpKeyOf(setting: string | undefined, demo: boolean, dataDir: string): Buffer {
  if (setting) {
    const key = Buffer.from(setting, 'base64');
    if (key.length !== 32)
      throw new Error('OSTOJA_TOTP_KEY must be 32 random bytes in base64 (`openssl rand -base64 32`).');
    return key;
  }
  if (!demo)
    throw new Error(
      'Set OSTOJA_TOTP_KEY (`openssl rand -base64 32`): it encrypts the two-factor secrets. Keep it apart from the database and its backups (SECURITY.md).',
    );
  // The demo centre: a key of its own, made once. Written under another name and linked into
  // place, so two processes starting at once end up with the same key, never half a file.
  const file = `${dataDir}-totp.key`;
  mkdirSync(dirname(file), { recursive: true });
  const draft = `${file}.${process.pid}`;
  writeFileSync(draft, randomBytes(32).toString('base64'), { mode: 0o600 });
  try {
    linkSync(draft, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    rmSync(draft, { force: true });
  }
  return totpKeyOf(readFileSync(file, 'utf8').trim(), demo, dataDir);
}

function totpRoles(setting: string | undefined, demo: boolean): Role[] {
  if (setting === undefined) return demo ? [] : DEFAULT_TOTP_ROLES;
  const names = setting
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r && r !== 'none');
  const unknown = names.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length)
    throw new Error(`OSTOJA_TOTP_ROLES: unknown roles ${unknown.join(', ')} (known: ${ROLES.join(', ')})`);
  return names as Role[];
}

/**
 * The centre's own practice, not law, so configuration [M]: the decision register's symbol, the
 * authority that signs decisions, and the payment settings. Read at each use (not once at start),
 * so a test or a long-running job sees a change without a restart.
 */
export interface CentreSettings {
  /** JRWA symbol of the decision register (OSTOJA_DECISION_PREFIX). */
  decisionPrefix: string;
  /** Who issues decisions, in the genitive ("z upoważnienia Prezydenta Miasta"; OSTOJA_AUTHORITY). */
  authority: string;
  /** Day of the month on which periodic benefits are paid (OSTOJA_PAYMENT_DAY). */
  paymentDay: number;
  /** Days a cash list may be collected from its payment day (OSTOJA_CASH_DAYS). */
  cashDays: number;
  /** Payment items processed per step of a run's build (OSTOJA_PAYMENT_BATCH). */
  paymentBatch: number;
  /** The centre's account the transfers are paid from (OSTOJA_PAYER_IBAN); unset → the demo account. */
  payerIban: string | undefined;
}

const positive = (v: string | undefined, fallback: number) => {
  const n = Number(v);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function centreSettings(env: NodeJS.ProcessEnv = process.env): CentreSettings {
  return {
    decisionPrefix: env.OSTOJA_DECISION_PREFIX ?? 'OPS.8111',
    authority: env.OSTOJA_AUTHORITY ?? 'Prezydenta Miasta',
    paymentDay: positive(env.OSTOJA_PAYMENT_DAY, 10),
    cashDays: positive(env.OSTOJA_CASH_DAYS, 14),
    paymentBatch: positive(env.OSTOJA_PAYMENT_BATCH, 500),
    payerIban: env.OSTOJA_PAYER_IBAN,
  };
}

/** The key `npm run backup` encrypts with and `npm run restore` needs (OSTOJA_BACKUP_KEY). */
export function backupKey(env: NodeJS.ProcessEnv = process.env): string {
  const key = env.OSTOJA_BACKUP_KEY;
  if (!key || key.length < 16)
    throw new Error(
      'Set OSTOJA_BACKUP_KEY (at least 16 characters, e.g. `openssl rand -base64 32`); keep it apart from the backups.',
    );
  return key;
}
