import type { Config } from '../config.ts';
import { type Db, openPglite, openPostgres } from './db.ts';
import { migrate } from './migrate.ts';

/**
 * The database as `npm start` uses it: migrated (and prepared by `asOwner`, e.g. the demo seed) as
 * the tables' owner, then handed to the app as the least-privilege role (config.dbRole) when the
 * database has it. On PostgreSQL the owner is DATABASE_MIGRATE_URL (or DATABASE_URL) and the app
 * connects with DATABASE_URL; the embedded database has one connection, which switches role.
 */
export async function openAppDb(
  config: Config,
  asOwner: (owner: Db, applied: string[]) => Promise<void> = async () => {},
): Promise<Db> {
  if (!config.databaseUrl) {
    const db = await openPglite(config.dataDir);
    await asOwner(db, await migrate(db));
    if (config.dbRole && (await roleExists(db, config.dbRole))) await db.exec(`SET ROLE ${config.dbRole}`);
    return db;
  }
  const owner = openPostgres(config.databaseMigrateUrl ?? config.databaseUrl, 2);
  let role = config.dbRole;
  try {
    await asOwner(owner, await migrate(owner));
    if (role && !(await roleExists(owner, role))) role = '';
  } finally {
    await owner.close();
  }
  const db = openPostgres(config.databaseUrl, config.dbPool, role || undefined, config.statementTimeoutMs);
  try {
    await db.query('SELECT 1');
  } catch (e) {
    await db.close();
    throw new Error(
      `The login of DATABASE_URL cannot act as the role ${role} (${(e as Error).message}): GRANT ${role} TO that login, or set OSTOJA_DB_ROLE to another role.`,
    );
  }
  return db;
}

async function roleExists(db: Db, role: string) {
  return (await db.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount > 0;
}
