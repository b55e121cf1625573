-- Least privilege: the application runs as the role ostoja_app, which may read and write the tables
-- but owns nothing, so it cannot alter a table, switch off or replace a trigger, update or delete an
-- audit row, or record a migration. Migrations keep running as the owner (DATABASE_MIGRATE_URL, or
-- DATABASE_URL when that is the owner). Default privileges give ostoja_app the tables later migrations add.
-- Where the migrating login may not create roles, this does nothing and the app runs as its login.
DO $$
DECLARE
  schema text := current_schema();
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ostoja_app') THEN
    BEGIN
      CREATE ROLE ostoja_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- made meanwhile by a migration of another database on this server
    END;
  END IF;
  -- A non-superuser owner must be able to SET ROLE to it (the app's connections do).
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'ostoja_app', 'MEMBER') THEN
    EXECUTE format('GRANT ostoja_app TO %I', current_user);
  END IF;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO ostoja_app', schema);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO ostoja_app', schema);
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO ostoja_app', schema);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ostoja_app', schema);
  EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO ostoja_app', schema);
  -- The audit log: read and append only. The chain's lanes are touched only by its SECURITY DEFINER trigger.
  REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ostoja_app;
  REVOKE ALL ON audit_chain_lane FROM ostoja_app;
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON schema_migration FROM ostoja_app;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'The role ostoja_app could not be set up (%): the application will run as its own login.', SQLERRM;
END $$;
