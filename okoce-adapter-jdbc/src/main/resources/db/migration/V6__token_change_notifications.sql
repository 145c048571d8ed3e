-- Every change to a token (a revocation) is announced on the channel okoce_api_tokens when it
-- commits, so a service instance that keeps token lookups in memory forgets them at once — also
-- when the change comes from the command line or from another instance on the same database.
CREATE FUNCTION api_tokens_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('okoce_api_tokens', TG_OP);
    RETURN NULL;
END $$;

CREATE TRIGGER api_tokens_changed AFTER UPDATE OR DELETE OR TRUNCATE ON api_tokens
    FOR EACH STATEMENT EXECUTE FUNCTION api_tokens_announce_change();
