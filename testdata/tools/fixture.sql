-- The `fix` fixture database: one or more objects of every kind pg_dump writes, data of every
-- common type, awkward names, and a few hundred / a few thousand rows.
-- Loaded by generate.sh with psql into servers 13, 15, 16, 17 and 18; features a server lacks
-- are skipped with \if on the variables computed below. Run as the bootstrap superuser,
-- connected to the (empty) database `fix`; cluster.sql must have run first.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;

SELECT current_setting('server_version_num')::int >= 140000 AS pg14,
       current_setting('server_version_num')::int >= 150000 AS pg15,
       current_setting('server_version_num')::int >= 160000 AS pg16,
       current_setting('server_version_num')::int >= 170000 AS pg17,
       EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'hstore') AS has_hstore,
       EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgres_fdw') AS has_fdw
\gset

-- Database-level properties (appear with pg_restore -C).
COMMENT ON DATABASE fix IS 'pgdumpkit fixture database';
ALTER DATABASE fix SET work_mem = '8MB';
ALTER ROLE bob IN DATABASE fix SET statement_timeout = '1min';
REVOKE TEMPORARY ON DATABASE fix FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE fix TO alice;

-- Schemas.
CREATE SCHEMA app AUTHORIZATION alice;
COMMENT ON SCHEMA app IS 'application schema';
CREATE SCHEMA "Mixed Case" AUTHORIZATION "Weird Role";
COMMENT ON SCHEMA "Mixed Case" IS 'schema whose name needs quotes';
GRANT USAGE ON SCHEMA app TO bob, "Weird Role";

-- Extensions.
\if :has_hstore
CREATE EXTENSION hstore SCHEMA public;
\endif
\if :has_fdw
CREATE EXTENSION postgres_fdw;
COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers (fixture)';
\endif

-- Types: enum, composite, domain, range.
CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy', 'it''s complicated');
CREATE TYPE app.addr AS (street text, zip varchar(10), "City Name" text);
CREATE DOMAIN app.posint AS integer DEFAULT 1 CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
COMMENT ON TYPE app.mood IS 'how it went';
ALTER TYPE app.mood OWNER TO alice;
ALTER TYPE app.addr OWNER TO alice;
ALTER DOMAIN app.posint OWNER TO alice;

-- Collation, text search, access method.
CREATE COLLATION public.fix_coll (provider = libc, locale = 'C');
CREATE TEXT SEARCH DICTIONARY public.fix_dict (TEMPLATE = pg_catalog.simple);
CREATE TEXT SEARCH CONFIGURATION public.fix_ts (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.fix_ts ALTER MAPPING FOR asciiword WITH public.fix_dict;
CREATE ACCESS METHOD fix_am TYPE TABLE HANDLER heap_tableam_handler;

-- Functions, procedure, aggregate, operator.
CREATE FUNCTION app.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT a + b';
COMMENT ON FUNCTION app.add(integer, integer) IS 'adds two integers';
REVOKE ALL ON FUNCTION app.add(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.add(integer, integer) TO alice;
CREATE FUNCTION app.sq_acc(state bigint, v integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE AS 'SELECT state + v::bigint * v';
CREATE AGGREGATE app.sum_sq(integer) (SFUNC = app.sq_acc, STYPE = bigint, INITCOND = '0');
CREATE PROCEDURE app.do_nothing(IN n integer)
    LANGUAGE plpgsql AS $$BEGIN PERFORM n; END$$;
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = app.add);
CREATE FUNCTION app.orders_touch() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;
ALTER FUNCTION app.orders_touch() OWNER TO alice;
CREATE FUNCTION public.evt_noop() RETURNS event_trigger
    LANGUAGE plpgsql AS $$BEGIN NULL; END$$;

-- Sequences: standalone, serial, identity.
CREATE SEQUENCE public.standalone_seq START 100 INCREMENT 5 CACHE 1;
SELECT nextval('public.standalone_seq'), nextval('public.standalone_seq');
COMMENT ON SEQUENCE public.standalone_seq IS 'a sequence owned by no column';
GRANT USAGE ON SEQUENCE public.standalone_seq TO bob;

-- Tables.
CREATE TABLE app.customers (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email varchar(80) UNIQUE,
    address app.addr,
    CONSTRAINT customers_name_check CHECK (name <> '')
);
ALTER TABLE app.customers OWNER TO alice;
COMMENT ON TABLE app.customers IS 'people who order things';
COMMENT ON COLUMN app.customers.email IS 'contact address';
INSERT INTO app.customers
SELECT i, 'customer ' || i, 'c' || i || '@example.org',
       ROW(i || ' Main St', lpad(i::text, 5, '0'), 'Town ' || (i % 7))::app.addr
FROM generate_series(1, 40) AS i;

CREATE TABLE app.orders (
    id serial PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES app.customers (id) ON DELETE CASCADE,
    status text NOT NULL DEFAULT 'new',
    amount numeric(10, 2) NOT NULL CHECK (amount >= 0),
    qty integer NOT NULL DEFAULT 1,
    total numeric GENERATED ALWAYS AS (amount * qty) STORED,
    mood app.mood,
    updated_at timestamptz
);
ALTER TABLE app.orders OWNER TO alice;
COMMENT ON TABLE app.orders IS 'orders (a few hundred rows)';
COMMENT ON COLUMN app.orders.status IS 'order status: new, paid, shipped or secret';
CREATE INDEX orders_status_idx ON app.orders (status);
CREATE INDEX orders_customer_idx ON app.orders (customer_id) WHERE status <> 'secret';
COMMENT ON INDEX app.orders_status_idx IS 'find orders by status';
INSERT INTO app.orders (customer_id, status, amount, qty, mood, updated_at)
SELECT 1 + (i % 40),
       (ARRAY['new', 'paid', 'shipped', 'secret'])[1 + i % 4],
       ((i * 37) % 10000) / 100.0,
       1 + i % 3,
       (ARRAY['sad', 'ok', 'happy', 'it''s complicated'])[1 + i % 4]::app.mood,
       CASE WHEN i % 5 = 0 THEN timestamptz '2024-01-01 00:00:00+00' + i * interval '1 hour 7 minutes' END
FROM generate_series(1, 200) AS i;
CREATE TRIGGER orders_trg BEFORE UPDATE ON app.orders
    FOR EACH ROW EXECUTE FUNCTION app.orders_touch();
CREATE TRIGGER orders_disabled_trg BEFORE INSERT ON app.orders
    FOR EACH ROW EXECUTE FUNCTION app.orders_touch();
ALTER TABLE app.orders DISABLE TRIGGER orders_disabled_trg;
COMMENT ON TRIGGER orders_trg ON app.orders IS 'keeps updated_at current';
CREATE STATISTICS app.orders_stx (dependencies, ndistinct) ON customer_id, status FROM app.orders;
ALTER STATISTICS app.orders_stx OWNER TO alice;
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_visible ON app.orders FOR SELECT TO bob USING (status <> 'secret');
CREATE POLICY orders_owner ON app.orders TO alice USING (true) WITH CHECK (amount < 100000);
COMMENT ON POLICY orders_visible ON app.orders IS 'bob does not see secret orders';
GRANT SELECT ON app.orders TO bob;
GRANT SELECT (id, status), UPDATE (status) ON app.orders TO "Weird Role";
GRANT ALL ON SEQUENCE app.orders_id_seq TO bob;

CREATE TABLE app.bookings (
    id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    during tstzrange NOT NULL,
    EXCLUDE USING gist (during WITH &&)
);
ALTER TABLE app.bookings OWNER TO alice;
INSERT INTO app.bookings (during)
SELECT tstzrange(timestamptz '2024-03-01 00:00+00' + i * interval '1 day',
                 timestamptz '2024-03-01 00:00+00' + i * interval '1 day' + interval '2 hours')
FROM generate_series(0, 9) AS i;

CREATE TABLE public.ident_t (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 1000 INCREMENT BY 10),
    label text COLLATE public.fix_coll
);
INSERT INTO public.ident_t (label) VALUES ('first'), ('second'), ('third');

-- Every common data type, with hostile text values.
CREATE TABLE public.all_types (
    id integer PRIMARY KEY,
    c_int2 smallint,
    c_int4 integer,
    c_int8 bigint,
    c_numeric numeric(20, 6),
    c_float4 real,
    c_float8 double precision,
    c_bool boolean,
    c_text text,
    c_varchar varchar(40),
    c_char char(6),
    c_bytea bytea,
    c_date date,
    c_time time,
    c_timetz timetz,
    c_ts timestamp,
    c_tstz timestamptz,
    c_interval interval,
    c_uuid uuid,
    c_json json,
    c_jsonb jsonb,
    c_int_arr integer[],
    c_text_arr text[],
    c_inet inet,
    c_cidr cidr,
    c_money money,
    c_xml xml,
    c_tsv tsvector,
    c_int4range int4range,
    c_tstzrange tstzrange,
    c_floatrange app.floatrange,
    c_enum app.mood,
    c_comp app.addr,
    c_domain app.posint
);
COMMENT ON TABLE public.all_types IS 'one column per common data type';
COMMENT ON COLUMN public.all_types.c_text IS 'holds tabs, newlines, backslashes and \. on its own';
INSERT INTO public.all_types VALUES
 (1, 1, 2, 3, 12345.678901, 1.5, 2.25, true, 'plain text', 'varchar', 'char',
  '\x00010203ff'::bytea, '2024-02-29', '13:14:15', '13:14:15+02', '2024-02-29 13:14:15.123456',
  '2024-02-29 13:14:15.123456+00', '1 year 2 mons 3 days 04:05:06', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11',
  '{"a": 1, "b": [true, null]}', '{"b": [true, null], "a": 1}', '{1,2,3}', '{"x","y z","q\"uote"}',
  '192.168.0.1/24', '10.0.0.0/8', 1234.56, '<doc><item n="1">x</item></doc>',
  to_tsvector('english', 'The quick brown foxes jumped'), '[1,10)', '[2024-01-01 00:00+00,2024-12-31 00:00+00)',
  '[1.5,2.5]', 'happy', ROW('1 Main St', '12345', 'Springfield'), 42),
 (2, -32768, -2147483648, -9223372036854775808, -0.000001, 'NaN', '-Infinity', false,
  E'tab\there\nnewline\\backslash\rcarriage', E'trailing space ', E'a\tb', '\x'::bytea, '0001-01-01 BC', '00:00:00',
  '23:59:59.999999-12', 'infinity', '-infinity', '-1 days -00:00:01', '00000000-0000-0000-0000-000000000000',
  '[]', '{}', '{}', '{NULL,"",NULL}', '::1', '::/0', -0.01, '',
  '', 'empty', '(,)', '[-1e+300,1e+300)', 'sad', ROW(NULL, NULL, NULL), 1),
 (3, 32767, 2147483647, 9223372036854775807, 99999999999999.999999, 3.4028235e38, 1e-307, NULL,
  '\.', E'\\.', '\.', '\x5c2e0a'::bytea, '9999-12-31', '24:00:00', '00:00:00+14', '2000-01-01 00:00:00',
  '1970-01-01 00:00:00+00', '0', 'ffffffff-ffff-ffff-ffff-ffffffffffff',
  E'"multi\\nline \\\\ string"', '"\u00e9\u263a"', '{{1,2},{3,4}}', E'{"back\\\\slash","tab\\there"}',
  '2001:db8::1', '2001:db8::/32', 0, '<a/><b/>', 'a:1 b:2', '[5,5]', NULL, NULL, 'ok', ROW('', '', ''), 2147483647),
 (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
 (5, 0, 0, 0, 0, '-0', '0.1', true,
  E'Gr\u00fc\u00dfe, \u65e5\u672c\u8a9e, \u00e9t\u00e9, emoji \U0001F600, zero-width \u200b.', E'caf\u00e9',
  E'\u00fc\u00f1\u00ee', convert_to(E'caf\u00e9', 'UTF8'), '2024-06-15', '12:00', '12:00+05:30',
  '2024-06-15 12:00', '2024-06-15 12:00+05:30', '00:00:00.000001', '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  E'{"k\u00e9y": "v\u00e4lue"}', E'{"\u65e5": "\u672c"}', '{-1,0,1}', E'{"\u00fcber","line\\nbreak"}',
  '0.0.0.0', '0.0.0.0/0', 999999.99, E'<r>\u00e9</r>', E'\u00fcber:1', 'empty', '[2024-06-15 12:00+00,)',
  '(0,1)', 'it''s complicated', ROW(E'Stra\u00dfe 1', '0', E'M\u00fcnchen'), 5),
 (6, 7, 7, 7, 7, 7, 7, true, E'line one\nline two\n\\.\nline four', E'\\', E'\\\\', '\xdeadbeef'::bytea,
  '2024-01-01', '01:02:03', '01:02:03+00', '2024-01-01 01:02:03', '2024-01-01 01:02:03+00', '7 days',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'null', 'null', '{7}', E'{"comma,inside","{brace}"}',
  '10.1.2.3', '10.1.0.0/16', 7, '<x>&amp;&lt;</x>', 'seven', '[7,8)', NULL, NULL, 'ok', NULL, 7);
\if :has_hstore
ALTER TABLE public.all_types ADD COLUMN c_hstore public.hstore;
UPDATE public.all_types SET c_hstore = 'a=>1, "b c"=>NULL, "k\"q"=>"v\\w"' WHERE id = 1;
UPDATE public.all_types SET c_hstore = '' WHERE id = 2;
\endif

-- Quoting-hostile names.
CREATE TABLE "Mixed Case"."Table ""Quoted""" (
    "Id" integer PRIMARY KEY,
    "Weird ""Col""" text,
    "UPPER" integer DEFAULT 0,
    "my col" text
);
ALTER TABLE "Mixed Case"."Table ""Quoted""" OWNER TO "Weird Role";
COMMENT ON TABLE "Mixed Case"."Table ""Quoted""" IS 'table whose name holds quotes';
COMMENT ON COLUMN "Mixed Case"."Table ""Quoted"""."Weird ""Col""" IS 'column whose name holds quotes';
INSERT INTO "Mixed Case"."Table ""Quoted""" VALUES
    (1, 'one', 1, 'x'), (2, 'two "quoted"', 2, NULL), (3, E'three\tthree', 3, 'z');
CREATE VIEW "Mixed Case"."View Of Quoted" AS
    SELECT "Id", "Weird ""Col""" FROM "Mixed Case"."Table ""Quoted""" WHERE "UPPER" > 1;
ALTER VIEW "Mixed Case"."View Of Quoted" OWNER TO "Weird Role";
CREATE FUNCTION "Mixed Case"."Func Name"("Arg" text) RETURNS text
    LANGUAGE sql AS 'SELECT upper("Arg")';
ALTER FUNCTION "Mixed Case"."Func Name"(text) OWNER TO "Weird Role";

CREATE TABLE public."bad
name" (
    id integer,
    "my col" text
);
COMMENT ON TABLE public."bad
name" IS 'table whose name holds a newline';
INSERT INTO public."bad
name" VALUES (1, 'row one'), (2, E'row\ntwo');

-- Empty, unlogged, custom access method, tablespace.
CREATE TABLE public.empty_t (id integer, t text);
CREATE UNLOGGED TABLE public.unlogged_t (id integer PRIMARY KEY, note text);
INSERT INTO public.unlogged_t VALUES (1, 'not WAL-logged');
CREATE TABLE public.am_t (id integer, v text) USING fix_am;
INSERT INTO public.am_t VALUES (1, 'stored with a custom table access method');
CREATE TABLE public.in_space (id integer, v text) TABLESPACE fixspace;
INSERT INTO public.in_space VALUES (1, 'stored in tablespace fixspace');
CREATE INDEX in_space_idx ON public.in_space (id) TABLESPACE fixspace;

-- A larger table for cat tests (5000 rows, one narrow column so that archives and script
-- goldens stay small).
CREATE TABLE public.big (id integer);
INSERT INTO public.big SELECT i FROM generate_series(1, 5000) AS i;

-- Inheritance and rules.
CREATE TABLE public.parent_t (id integer PRIMARY KEY, name text);
CREATE TABLE public.child_t (extra text) INHERITS (public.parent_t);
INSERT INTO public.parent_t VALUES (1, 'parent row');
INSERT INTO public.child_t VALUES (2, 'child row', 'extra');
CREATE RULE parent_no_delete AS ON DELETE TO public.parent_t DO INSTEAD NOTHING;
COMMENT ON RULE parent_no_delete ON public.parent_t IS 'rows are never deleted';

-- Partitioned table with partitions, a partitioned index and a default partition.
CREATE TABLE app.measure (
    id integer NOT NULL,
    ts date NOT NULL,
    v numeric
) PARTITION BY RANGE (ts);
ALTER TABLE app.measure OWNER TO alice;
CREATE TABLE app.measure_2024 PARTITION OF app.measure FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.measure_2025 PARTITION OF app.measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE app.measure_default PARTITION OF app.measure DEFAULT;
ALTER TABLE app.measure_2024 OWNER TO alice;
ALTER TABLE app.measure_2025 OWNER TO alice;
ALTER TABLE app.measure_default OWNER TO alice;
CREATE INDEX measure_ts_idx ON app.measure (ts);
INSERT INTO app.measure
SELECT i, date '2024-06-01' + i * 20, i * 1.5 FROM generate_series(1, 30) AS i;

-- Views, materialized view with index.
CREATE VIEW app.v_orders AS
    SELECT o.id, c.name, o.status, o.amount
    FROM app.orders o JOIN app.customers c ON c.id = o.customer_id;
ALTER VIEW app.v_orders OWNER TO alice;
COMMENT ON VIEW app.v_orders IS 'orders with customer names';
COMMENT ON COLUMN app.v_orders.name IS 'customer name';
GRANT SELECT ON app.v_orders TO bob;
CREATE MATERIALIZED VIEW app.order_totals AS
    SELECT customer_id, count(*) AS n, sum(amount) AS total
    FROM app.orders GROUP BY customer_id;
ALTER MATERIALIZED VIEW app.order_totals OWNER TO alice;
CREATE UNIQUE INDEX order_totals_customer_idx ON app.order_totals (customer_id);

-- Foreign data wrapper, server, user mapping, foreign table.
\if :has_fdw
CREATE SERVER fix_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'nowhere', host 'localhost');
ALTER SERVER fix_srv OWNER TO alice;
CREATE USER MAPPING FOR bob SERVER fix_srv OPTIONS (user 'bob');
CREATE FOREIGN TABLE app.remote_t (id integer, v text) SERVER fix_srv OPTIONS (table_name 'remote');
ALTER FOREIGN TABLE app.remote_t OWNER TO alice;
COMMENT ON FOREIGN TABLE app.remote_t IS 'never reachable';
\endif

-- Default privileges.
ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA app GRANT SELECT ON TABLES TO bob;
ALTER DEFAULT PRIVILEGES FOR ROLE alice REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- Large objects: owned, commented, with ACL, empty, and one with an OID >= 2^31.
SELECT lo_from_bytea(16001, convert_to('hello large object', 'UTF8'));
SELECT lo_create(16002);
SELECT lo_from_bytea(16003, '\x000102fffe5c2e0a'::bytea);
SELECT lo_from_bytea(3000000000, convert_to(E'big oid \u00e9', 'UTF8'));
ALTER LARGE OBJECT 16001 OWNER TO alice;
ALTER LARGE OBJECT 16003 OWNER TO alice;
COMMENT ON LARGE OBJECT 16001 IS 'a greeting';
COMMENT ON LARGE OBJECT 3000000000 IS 'OID above 2^31';
GRANT SELECT ON LARGE OBJECT 3000000000 TO bob;
GRANT SELECT, UPDATE ON LARGE OBJECT 16003 TO "Weird Role";

-- Publications and a subscription (never connects).
CREATE PUBLICATION fix_pub FOR TABLE app.orders, app.customers WITH (publish = 'insert, update');
COMMENT ON PUBLICATION fix_pub IS 'orders and customers';
\if :pg15
CREATE PUBLICATION fix_pub_schema FOR TABLES IN SCHEMA "Mixed Case";
\endif
CREATE SUBSCRIPTION fix_sub CONNECTION 'dbname=nowhere host=localhost'
    PUBLICATION fix_pub WITH (connect = false, enabled = false, create_slot = false, slot_name = NONE);
COMMENT ON SUBSCRIPTION fix_sub IS 'disabled subscription';

-- Event trigger last, so that it does not fire during the rest of this script.
CREATE EVENT TRIGGER fix_evt ON ddl_command_end EXECUTE FUNCTION public.evt_noop();
COMMENT ON EVENT TRIGGER fix_evt IS 'does nothing';

REFRESH MATERIALIZED VIEW app.order_totals;
VACUUM ANALYZE;
