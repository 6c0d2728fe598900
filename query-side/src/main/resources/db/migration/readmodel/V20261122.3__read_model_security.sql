-- Row-level security for read tables. The service reads as ledger_reader (no BYPASSRLS) with the tenant set per
-- transaction, so a query that forgets its tenant filter still sees only its own tenant's rows.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_reader') THEN
        CREATE ROLE ledger_reader NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ledger_platform_reader') THEN
        CREATE ROLE ledger_platform_reader NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;

-- The service's login role switches into the reader roles per transaction (SET LOCAL ROLE).
GRANT ledger_reader TO CURRENT_USER;
GRANT ledger_platform_reader TO CURRENT_USER;

DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO ledger_reader, ledger_platform_reader', current_schema());
END
$$;

-- The tenant of the current transaction; NULL when none is set, which matches no row.
CREATE FUNCTION ledger_current_tenant() RETURNS uuid
    LANGUAGE sql STABLE
AS $$ SELECT NULLIF(current_setting('ledger.organization_id', true), '')::uuid $$;

-- Every read table calls this once in its migration.
CREATE FUNCTION ledger_protect_read_table(read_table regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', read_table);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s FOR SELECT TO ledger_reader '
                   'USING (organization_id = ledger_current_tenant())', read_table);
    EXECUTE format('GRANT SELECT ON %s TO ledger_reader', read_table);
END
$$;

-- Rebuilds build into a shadow table; it gets the live table's policies and grants before it is swapped in.
CREATE FUNCTION ledger_copy_table_security(source regclass, target regclass) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    policy record;
    grant_row record;
BEGIN
    IF (SELECT relrowsecurity FROM pg_class WHERE oid = source) THEN
        EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    END IF;
    FOR policy IN
        SELECT p.polname, p.polpermissive, p.polcmd,
               pg_get_expr(p.polqual, p.polrelid) AS qual,
               pg_get_expr(p.polwithcheck, p.polrelid) AS with_check,
               ARRAY(SELECT quote_ident(rolname) FROM pg_roles WHERE oid = ANY (p.polroles)) AS roles
          FROM pg_policy p WHERE p.polrelid = source
    LOOP
        EXECUTE format('CREATE POLICY %I ON %s AS %s FOR %s TO %s%s%s',
                       policy.polname, target,
                       CASE WHEN policy.polpermissive THEN 'PERMISSIVE' ELSE 'RESTRICTIVE' END,
                       CASE policy.polcmd WHEN 'r' THEN 'SELECT' WHEN 'a' THEN 'INSERT' WHEN 'w' THEN 'UPDATE'
                                          WHEN 'd' THEN 'DELETE' ELSE 'ALL' END,
                       CASE WHEN cardinality(policy.roles) = 0 THEN 'PUBLIC' ELSE array_to_string(policy.roles, ', ') END,
                       CASE WHEN policy.qual IS NULL THEN '' ELSE ' USING (' || policy.qual || ')' END,
                       CASE WHEN policy.with_check IS NULL THEN '' ELSE ' WITH CHECK (' || policy.with_check || ')' END);
    END LOOP;
    FOR grant_row IN
        SELECT grantee, privilege_type FROM information_schema.role_table_grants
         WHERE table_schema = (SELECT nspname FROM pg_namespace n JOIN pg_class c ON c.relnamespace = n.oid WHERE c.oid = source)
           AND table_name = (SELECT relname FROM pg_class WHERE oid = source)
           AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT %s ON %s TO %I', grant_row.privilege_type, target, grant_row.grantee);
    END LOOP;
END
$$;

SELECT ledger_protect_read_table('organization_view');

-- The organization directory is also readable across tenants by the platform operator's role.
CREATE POLICY platform_directory ON organization_view FOR SELECT TO ledger_platform_reader USING (true);
GRANT SELECT ON organization_view TO ledger_platform_reader;

CREATE INDEX organization_view_name ON organization_view (name text_pattern_ops, organization_id);
CREATE INDEX organization_view_registered ON organization_view (registered_at, organization_id);
