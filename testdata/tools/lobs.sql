-- The `lobs` fixture database: large objects only. With psql variable `many` = 1005 (servers
-- 17 and 18) the LOs owned by bob form two BLOB METADATA/BLOBS groups (pg_dump 17+ groups at
-- most 1000 LOs with the same owner and ACL); older servers get a handful (`many` = 12),
-- since their archives hold one BLOB entry per LO anyway.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
-- Tiny contents ('x', 'xx', ...), OIDs 20001 upwards, owner bob.
SELECT count(lo_from_bytea(20000 + i, convert_to(repeat('x', 1 + i % 3), 'UTF8')))
FROM generate_series(1, :many) AS i;
DO $$
DECLARE o oid;
BEGIN
    FOR o IN SELECT oid FROM pg_largeobject_metadata WHERE oid BETWEEN 20001 AND 29999 LOOP
        EXECUTE format('ALTER LARGE OBJECT %s OWNER TO bob', o);
    END LOOP;
END
$$;
COMMENT ON LARGE OBJECT 20001 IS 'first of many';
-- A group of three owned by alice sharing one ACL (one "LARGE OBJECTS a..b" ACL entry in 17+).
SELECT lo_from_bytea(30001, '\x01'::bytea), lo_from_bytea(30002, '\x0203'::bytea), lo_create(30003);
ALTER LARGE OBJECT 30001 OWNER TO alice;
ALTER LARGE OBJECT 30002 OWNER TO alice;
ALTER LARGE OBJECT 30003 OWNER TO alice;
GRANT SELECT ON LARGE OBJECT 30001, 30002, 30003 TO bob;
-- An empty LO with an OID above 2^31, owned by the superuser.
SELECT lo_create(4000000000);
