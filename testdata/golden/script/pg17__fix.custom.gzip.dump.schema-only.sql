--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 17.10
-- Dumped by pg_dump version 17.11 (Debian 17.11-0+deb13u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: Mixed Case; Type: SCHEMA; Schema: -; Owner: Weird Role
--

CREATE SCHEMA "Mixed Case";


ALTER SCHEMA "Mixed Case" OWNER TO "Weird Role";

--
-- Name: SCHEMA "Mixed Case"; Type: COMMENT; Schema: -; Owner: Weird Role
--

COMMENT ON SCHEMA "Mixed Case" IS 'schema whose name needs quotes';


--
-- Name: app; Type: SCHEMA; Schema: -; Owner: alice
--

CREATE SCHEMA app;


ALTER SCHEMA app OWNER TO alice;

--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: alice
--

COMMENT ON SCHEMA app IS 'application schema';


--
-- Name: fix_coll; Type: COLLATION; Schema: public; Owner: postgres
--

CREATE COLLATION public.fix_coll (provider = libc, locale = 'C');


ALTER COLLATION public.fix_coll OWNER TO postgres;

--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: postgres_fdw; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgres_fdw WITH SCHEMA public;


--
-- Name: EXTENSION postgres_fdw; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION postgres_fdw IS 'foreign-data wrapper for remote PostgreSQL servers (fixture)';


--
-- Name: addr; Type: TYPE; Schema: app; Owner: alice
--

CREATE TYPE app.addr AS (
	street text,
	zip character varying(10),
	"City Name" text
);


ALTER TYPE app.addr OWNER TO alice;

--
-- Name: floatrange; Type: TYPE; Schema: app; Owner: postgres
--

CREATE TYPE app.floatrange AS RANGE (
    subtype = double precision,
    multirange_type_name = app.floatmultirange,
    subtype_diff = float8mi
);


ALTER TYPE app.floatrange OWNER TO postgres;

--
-- Name: mood; Type: TYPE; Schema: app; Owner: alice
--

CREATE TYPE app.mood AS ENUM (
    'sad',
    'ok',
    'happy',
    'it''s complicated'
);


ALTER TYPE app.mood OWNER TO alice;

--
-- Name: TYPE mood; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON TYPE app.mood IS 'how it went';


--
-- Name: posint; Type: DOMAIN; Schema: app; Owner: alice
--

CREATE DOMAIN app.posint AS integer DEFAULT 1
	CONSTRAINT posint_check CHECK ((VALUE > 0));


ALTER DOMAIN app.posint OWNER TO alice;

--
-- Name: Func Name(text); Type: FUNCTION; Schema: Mixed Case; Owner: Weird Role
--

CREATE FUNCTION "Mixed Case"."Func Name"("Arg" text) RETURNS text
    LANGUAGE sql
    AS $$SELECT upper("Arg")$$;


ALTER FUNCTION "Mixed Case"."Func Name"("Arg" text) OWNER TO "Weird Role";

--
-- Name: add(integer, integer); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.add(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$SELECT a + b$$;


ALTER FUNCTION app.add(a integer, b integer) OWNER TO postgres;

--
-- Name: FUNCTION add(a integer, b integer); Type: COMMENT; Schema: app; Owner: postgres
--

COMMENT ON FUNCTION app.add(a integer, b integer) IS 'adds two integers';


--
-- Name: do_nothing(integer); Type: PROCEDURE; Schema: app; Owner: postgres
--

CREATE PROCEDURE app.do_nothing(IN n integer)
    LANGUAGE plpgsql
    AS $$BEGIN PERFORM n; END$$;


ALTER PROCEDURE app.do_nothing(IN n integer) OWNER TO postgres;

--
-- Name: orders_touch(); Type: FUNCTION; Schema: app; Owner: alice
--

CREATE FUNCTION app.orders_touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;


ALTER FUNCTION app.orders_touch() OWNER TO alice;

--
-- Name: sq_acc(bigint, integer); Type: FUNCTION; Schema: app; Owner: postgres
--

CREATE FUNCTION app.sq_acc(state bigint, v integer) RETURNS bigint
    LANGUAGE sql IMMUTABLE
    AS $$SELECT state + v::bigint * v$$;


ALTER FUNCTION app.sq_acc(state bigint, v integer) OWNER TO postgres;

--
-- Name: evt_noop(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.evt_noop() RETURNS event_trigger
    LANGUAGE plpgsql
    AS $$BEGIN NULL; END$$;


ALTER FUNCTION public.evt_noop() OWNER TO postgres;

--
-- Name: sum_sq(integer); Type: AGGREGATE; Schema: app; Owner: postgres
--

CREATE AGGREGATE app.sum_sq(integer) (
    SFUNC = app.sq_acc,
    STYPE = bigint,
    INITCOND = '0'
);


ALTER AGGREGATE app.sum_sq(integer) OWNER TO postgres;

--
-- Name: fix_am; Type: ACCESS METHOD; Schema: -; Owner: -
--

CREATE ACCESS METHOD fix_am TYPE TABLE HANDLER heap_tableam_handler;


--
-- Name: ===; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.=== (
    FUNCTION = app.add,
    LEFTARG = integer,
    RIGHTARG = integer
);


ALTER OPERATOR public.=== (integer, integer) OWNER TO postgres;

--
-- Name: fix_dict; Type: TEXT SEARCH DICTIONARY; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH DICTIONARY public.fix_dict (
    TEMPLATE = pg_catalog.simple );


ALTER TEXT SEARCH DICTIONARY public.fix_dict OWNER TO postgres;

--
-- Name: fix_ts; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: postgres
--

CREATE TEXT SEARCH CONFIGURATION public.fix_ts (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR asciiword WITH public.fix_dict;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR word WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR hword_part WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR hword_asciipart WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR asciihword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR hword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.fix_ts
    ADD MAPPING FOR uint WITH simple;


ALTER TEXT SEARCH CONFIGURATION public.fix_ts OWNER TO postgres;

--
-- Name: fix_srv; Type: SERVER; Schema: -; Owner: alice
--

CREATE SERVER fix_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (
    dbname 'nowhere',
    host 'localhost'
);


ALTER SERVER fix_srv OWNER TO alice;

--
-- Name: USER MAPPING bob SERVER fix_srv; Type: USER MAPPING; Schema: -; Owner: alice
--

CREATE USER MAPPING FOR bob SERVER fix_srv OPTIONS (
    "user" 'bob'
);


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: Table "Quoted"; Type: TABLE; Schema: Mixed Case; Owner: Weird Role
--

CREATE TABLE "Mixed Case"."Table ""Quoted""" (
    "Id" integer NOT NULL,
    "Weird ""Col""" text,
    "UPPER" integer DEFAULT 0,
    "my col" text
);


ALTER TABLE "Mixed Case"."Table ""Quoted""" OWNER TO "Weird Role";

--
-- Name: TABLE "Table ""Quoted"""; Type: COMMENT; Schema: Mixed Case; Owner: Weird Role
--

COMMENT ON TABLE "Mixed Case"."Table ""Quoted""" IS 'table whose name holds quotes';


--
-- Name: COLUMN "Table ""Quoted"""."Weird ""Col"""; Type: COMMENT; Schema: Mixed Case; Owner: Weird Role
--

COMMENT ON COLUMN "Mixed Case"."Table ""Quoted"""."Weird ""Col""" IS 'column whose name holds quotes';


--
-- Name: View Of Quoted; Type: VIEW; Schema: Mixed Case; Owner: Weird Role
--

CREATE VIEW "Mixed Case"."View Of Quoted" AS
 SELECT "Id",
    "Weird ""Col"""
   FROM "Mixed Case"."Table ""Quoted"""
  WHERE ("UPPER" > 1);


ALTER VIEW "Mixed Case"."View Of Quoted" OWNER TO "Weird Role";

--
-- Name: bookings; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.bookings (
    id integer NOT NULL,
    during tstzrange NOT NULL
);


ALTER TABLE app.bookings OWNER TO alice;

--
-- Name: bookings_id_seq; Type: SEQUENCE; Schema: app; Owner: alice
--

ALTER TABLE app.bookings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.bookings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customers; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.customers (
    id integer NOT NULL,
    name text NOT NULL,
    email character varying(80),
    address app.addr,
    CONSTRAINT customers_name_check CHECK ((name <> ''::text))
);


ALTER TABLE app.customers OWNER TO alice;

--
-- Name: TABLE customers; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON TABLE app.customers IS 'people who order things';


--
-- Name: COLUMN customers.email; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON COLUMN app.customers.email IS 'contact address';


--
-- Name: measure; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure (
    id integer NOT NULL,
    ts date NOT NULL,
    v numeric
)
PARTITION BY RANGE (ts);


ALTER TABLE app.measure OWNER TO alice;

--
-- Name: measure_2024; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure_2024 (
    id integer NOT NULL,
    ts date NOT NULL,
    v numeric
);


ALTER TABLE app.measure_2024 OWNER TO alice;

--
-- Name: measure_2025; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure_2025 (
    id integer NOT NULL,
    ts date NOT NULL,
    v numeric
);


ALTER TABLE app.measure_2025 OWNER TO alice;

--
-- Name: measure_default; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure_default (
    id integer NOT NULL,
    ts date NOT NULL,
    v numeric
);


ALTER TABLE app.measure_default OWNER TO alice;

--
-- Name: orders; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.orders (
    id integer NOT NULL,
    customer_id integer NOT NULL,
    status text DEFAULT 'new'::text NOT NULL,
    amount numeric(10,2) NOT NULL,
    qty integer DEFAULT 1 NOT NULL,
    total numeric GENERATED ALWAYS AS ((amount * (qty)::numeric)) STORED,
    mood app.mood,
    updated_at timestamp with time zone,
    CONSTRAINT orders_amount_check CHECK ((amount >= (0)::numeric))
);


ALTER TABLE app.orders OWNER TO alice;

--
-- Name: TABLE orders; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON TABLE app.orders IS 'orders (a few hundred rows)';


--
-- Name: COLUMN orders.status; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON COLUMN app.orders.status IS 'order status: new, paid, shipped or secret';


--
-- Name: order_totals; Type: MATERIALIZED VIEW; Schema: app; Owner: alice
--

CREATE MATERIALIZED VIEW app.order_totals AS
 SELECT customer_id,
    count(*) AS n,
    sum(amount) AS total
   FROM app.orders
  GROUP BY customer_id
  WITH NO DATA;


ALTER MATERIALIZED VIEW app.order_totals OWNER TO alice;

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: app; Owner: alice
--

CREATE SEQUENCE app.orders_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE app.orders_id_seq OWNER TO alice;

--
-- Name: orders_id_seq; Type: SEQUENCE OWNED BY; Schema: app; Owner: alice
--

ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;


--
-- Name: remote_t; Type: FOREIGN TABLE; Schema: app; Owner: alice
--

CREATE FOREIGN TABLE app.remote_t (
    id integer,
    v text
)
SERVER fix_srv
OPTIONS (
    table_name 'remote'
);


ALTER FOREIGN TABLE app.remote_t OWNER TO alice;

--
-- Name: FOREIGN TABLE remote_t; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON FOREIGN TABLE app.remote_t IS 'never reachable';


--
-- Name: v_orders; Type: VIEW; Schema: app; Owner: alice
--

CREATE VIEW app.v_orders AS
 SELECT o.id,
    c.name,
    o.status,
    o.amount
   FROM (app.orders o
     JOIN app.customers c ON ((c.id = o.customer_id)));


ALTER VIEW app.v_orders OWNER TO alice;

--
-- Name: VIEW v_orders; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON VIEW app.v_orders IS 'orders with customer names';


--
-- Name: COLUMN v_orders.name; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON COLUMN app.v_orders.name IS 'customer name';


--
-- Name: all_types; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.all_types (
    id integer NOT NULL,
    c_int2 smallint,
    c_int4 integer,
    c_int8 bigint,
    c_numeric numeric(20,6),
    c_float4 real,
    c_float8 double precision,
    c_bool boolean,
    c_text text,
    c_varchar character varying(40),
    c_char character(6),
    c_bytea bytea,
    c_date date,
    c_time time without time zone,
    c_timetz time with time zone,
    c_ts timestamp without time zone,
    c_tstz timestamp with time zone,
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
    c_domain app.posint,
    c_hstore public.hstore
);


ALTER TABLE public.all_types OWNER TO postgres;

--
-- Name: TABLE all_types; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.all_types IS 'one column per common data type';


--
-- Name: COLUMN all_types.c_text; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.all_types.c_text IS 'holds tabs, newlines, backslashes and \. on its own';


SET default_table_access_method = fix_am;

--
-- Name: am_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.am_t (
    id integer,
    v text
);


ALTER TABLE public.am_t OWNER TO postgres;

SET default_table_access_method = heap;

--
-- Name: bad name; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."bad
name" (
    id integer,
    "my col" text
);


ALTER TABLE public."bad
name" OWNER TO postgres;

--
-- Name: TABLE "bad name"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public."bad
name" IS 'table whose name holds a newline';


--
-- Name: big; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.big (
    id integer
);


ALTER TABLE public.big OWNER TO postgres;

--
-- Name: parent_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parent_t (
    id integer NOT NULL,
    name text
);


ALTER TABLE public.parent_t OWNER TO postgres;

--
-- Name: child_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.child_t (
    extra text
)
INHERITS (public.parent_t);


ALTER TABLE public.child_t OWNER TO postgres;

--
-- Name: empty_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.empty_t (
    id integer,
    t text
);


ALTER TABLE public.empty_t OWNER TO postgres;

--
-- Name: ident_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ident_t (
    id bigint NOT NULL,
    label text COLLATE public.fix_coll
);


ALTER TABLE public.ident_t OWNER TO postgres;

--
-- Name: ident_t_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.ident_t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.ident_t_id_seq
    START WITH 1000
    INCREMENT BY 10
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


SET default_tablespace = fixspace;

--
-- Name: in_space; Type: TABLE; Schema: public; Owner: postgres; Tablespace: fixspace
--

CREATE TABLE public.in_space (
    id integer,
    v text
);


ALTER TABLE public.in_space OWNER TO postgres;

--
-- Name: standalone_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.standalone_seq
    START WITH 100
    INCREMENT BY 5
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER SEQUENCE public.standalone_seq OWNER TO postgres;

--
-- Name: SEQUENCE standalone_seq; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON SEQUENCE public.standalone_seq IS 'a sequence owned by no column';


SET default_tablespace = '';

--
-- Name: unlogged_t; Type: TABLE; Schema: public; Owner: postgres
--

CREATE UNLOGGED TABLE public.unlogged_t (
    id integer NOT NULL,
    note text
);


ALTER TABLE public.unlogged_t OWNER TO postgres;

--
-- Name: measure_2024; Type: TABLE ATTACH; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.measure ATTACH PARTITION app.measure_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: measure_2025; Type: TABLE ATTACH; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.measure ATTACH PARTITION app.measure_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: measure_default; Type: TABLE ATTACH; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.measure ATTACH PARTITION app.measure_default DEFAULT;


--
-- Name: orders id; Type: DEFAULT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);


--
-- Name: Table "Quoted" Table "Quoted"_pkey; Type: CONSTRAINT; Schema: Mixed Case; Owner: Weird Role
--

ALTER TABLE ONLY "Mixed Case"."Table ""Quoted"""
    ADD CONSTRAINT "Table ""Quoted""_pkey" PRIMARY KEY ("Id");


--
-- Name: bookings bookings_during_excl; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.bookings
    ADD CONSTRAINT bookings_during_excl EXCLUDE USING gist (during WITH &&);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: customers customers_email_key; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_email_key UNIQUE (email);


--
-- Name: customers customers_pkey; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.customers
    ADD CONSTRAINT customers_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: all_types all_types_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.all_types
    ADD CONSTRAINT all_types_pkey PRIMARY KEY (id);


--
-- Name: parent_t parent_t_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parent_t
    ADD CONSTRAINT parent_t_pkey PRIMARY KEY (id);


--
-- Name: unlogged_t unlogged_t_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.unlogged_t
    ADD CONSTRAINT unlogged_t_pkey PRIMARY KEY (id);


--
-- Name: measure_ts_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX measure_ts_idx ON ONLY app.measure USING btree (ts);


--
-- Name: measure_2024_ts_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX measure_2024_ts_idx ON app.measure_2024 USING btree (ts);


--
-- Name: measure_2025_ts_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX measure_2025_ts_idx ON app.measure_2025 USING btree (ts);


--
-- Name: measure_default_ts_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX measure_default_ts_idx ON app.measure_default USING btree (ts);


--
-- Name: order_totals_customer_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE UNIQUE INDEX order_totals_customer_idx ON app.order_totals USING btree (customer_id);


--
-- Name: orders_customer_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX orders_customer_idx ON app.orders USING btree (customer_id) WHERE (status <> 'secret'::text);


--
-- Name: orders_status_idx; Type: INDEX; Schema: app; Owner: alice
--

CREATE INDEX orders_status_idx ON app.orders USING btree (status);


--
-- Name: INDEX orders_status_idx; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON INDEX app.orders_status_idx IS 'find orders by status';


SET default_tablespace = fixspace;

--
-- Name: in_space_idx; Type: INDEX; Schema: public; Owner: postgres; Tablespace: fixspace
--

CREATE INDEX in_space_idx ON public.in_space USING btree (id);


--
-- Name: measure_2024_ts_idx; Type: INDEX ATTACH; Schema: app; Owner: alice
--

ALTER INDEX app.measure_ts_idx ATTACH PARTITION app.measure_2024_ts_idx;


--
-- Name: measure_2025_ts_idx; Type: INDEX ATTACH; Schema: app; Owner: alice
--

ALTER INDEX app.measure_ts_idx ATTACH PARTITION app.measure_2025_ts_idx;


--
-- Name: measure_default_ts_idx; Type: INDEX ATTACH; Schema: app; Owner: alice
--

ALTER INDEX app.measure_ts_idx ATTACH PARTITION app.measure_default_ts_idx;


--
-- Name: orders_stx; Type: STATISTICS; Schema: app; Owner: alice
--

CREATE STATISTICS app.orders_stx (ndistinct, dependencies) ON customer_id, status FROM app.orders;


ALTER STATISTICS app.orders_stx OWNER TO alice;

--
-- Name: parent_t parent_no_delete; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE parent_no_delete AS
    ON DELETE TO public.parent_t DO INSTEAD NOTHING;


--
-- Name: RULE parent_no_delete ON parent_t; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON RULE parent_no_delete ON public.parent_t IS 'rows are never deleted';


--
-- Name: orders orders_disabled_trg; Type: TRIGGER; Schema: app; Owner: alice
--

CREATE TRIGGER orders_disabled_trg BEFORE INSERT ON app.orders FOR EACH ROW EXECUTE FUNCTION app.orders_touch();

ALTER TABLE app.orders DISABLE TRIGGER orders_disabled_trg;


--
-- Name: orders orders_trg; Type: TRIGGER; Schema: app; Owner: alice
--

CREATE TRIGGER orders_trg BEFORE UPDATE ON app.orders FOR EACH ROW EXECUTE FUNCTION app.orders_touch();


--
-- Name: TRIGGER orders_trg ON orders; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON TRIGGER orders_trg ON app.orders IS 'keeps updated_at current';


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id) ON DELETE CASCADE;


--
-- Name: orders; Type: ROW SECURITY; Schema: app; Owner: alice
--

ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;

--
-- Name: orders orders_owner; Type: POLICY; Schema: app; Owner: alice
--

CREATE POLICY orders_owner ON app.orders TO alice USING (true) WITH CHECK ((amount < (100000)::numeric));


--
-- Name: orders orders_visible; Type: POLICY; Schema: app; Owner: alice
--

CREATE POLICY orders_visible ON app.orders FOR SELECT TO bob USING ((status <> 'secret'::text));


--
-- Name: POLICY orders_visible ON orders; Type: COMMENT; Schema: app; Owner: alice
--

COMMENT ON POLICY orders_visible ON app.orders IS 'bob does not see secret orders';


--
-- Name: fix_pub; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION fix_pub WITH (publish = 'insert, update');


ALTER PUBLICATION fix_pub OWNER TO postgres;

--
-- Name: PUBLICATION fix_pub; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON PUBLICATION fix_pub IS 'orders and customers';


--
-- Name: fix_pub_schema; Type: PUBLICATION; Schema: -; Owner: postgres
--

CREATE PUBLICATION fix_pub_schema WITH (publish = 'insert, update, delete, truncate');


ALTER PUBLICATION fix_pub_schema OWNER TO postgres;

--
-- Name: fix_pub customers; Type: PUBLICATION TABLE; Schema: app; Owner: postgres
--

ALTER PUBLICATION fix_pub ADD TABLE ONLY app.customers;


--
-- Name: fix_pub orders; Type: PUBLICATION TABLE; Schema: app; Owner: postgres
--

ALTER PUBLICATION fix_pub ADD TABLE ONLY app.orders;


--
-- Name: fix_pub_schema Mixed Case; Type: PUBLICATION TABLES IN SCHEMA; Schema: Mixed Case; Owner: postgres
--

ALTER PUBLICATION fix_pub_schema ADD TABLES IN SCHEMA "Mixed Case";


--
-- Name: fix_sub; Type: SUBSCRIPTION; Schema: -; Owner: postgres
--

CREATE SUBSCRIPTION fix_sub CONNECTION 'dbname=nowhere host=localhost' PUBLICATION fix_pub WITH (connect = false, slot_name = NONE);


ALTER SUBSCRIPTION fix_sub OWNER TO postgres;

--
-- Name: SUBSCRIPTION fix_sub; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SUBSCRIPTION fix_sub IS 'disabled subscription';


--
-- Name: SCHEMA app; Type: ACL; Schema: -; Owner: alice
--

GRANT USAGE ON SCHEMA app TO bob;
GRANT USAGE ON SCHEMA app TO "Weird Role";


--
-- Name: FUNCTION add(a integer, b integer); Type: ACL; Schema: app; Owner: postgres
--

REVOKE ALL ON FUNCTION app.add(a integer, b integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app.add(a integer, b integer) TO alice;


--
-- Name: TABLE orders; Type: ACL; Schema: app; Owner: alice
--

GRANT SELECT ON TABLE app.orders TO bob;


--
-- Name: COLUMN orders.id; Type: ACL; Schema: app; Owner: alice
--

GRANT SELECT(id) ON TABLE app.orders TO "Weird Role";


--
-- Name: COLUMN orders.status; Type: ACL; Schema: app; Owner: alice
--

GRANT SELECT(status),UPDATE(status) ON TABLE app.orders TO "Weird Role";


--
-- Name: SEQUENCE orders_id_seq; Type: ACL; Schema: app; Owner: alice
--

GRANT ALL ON SEQUENCE app.orders_id_seq TO bob;


--
-- Name: TABLE v_orders; Type: ACL; Schema: app; Owner: alice
--

GRANT SELECT ON TABLE app.v_orders TO bob;


--
-- Name: SEQUENCE standalone_seq; Type: ACL; Schema: public; Owner: postgres
--

GRANT USAGE ON SEQUENCE public.standalone_seq TO bob;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: app; Owner: alice
--

ALTER DEFAULT PRIVILEGES FOR ROLE alice IN SCHEMA app GRANT SELECT ON TABLES TO bob;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: alice
--

ALTER DEFAULT PRIVILEGES FOR ROLE alice REVOKE ALL ON FUNCTIONS FROM PUBLIC;


--
-- Name: fix_evt; Type: EVENT TRIGGER; Schema: -; Owner: postgres
--

CREATE EVENT TRIGGER fix_evt ON ddl_command_end
   EXECUTE FUNCTION public.evt_noop();


ALTER EVENT TRIGGER fix_evt OWNER TO postgres;

--
-- Name: EVENT TRIGGER fix_evt; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON EVENT TRIGGER fix_evt IS 'does nothing';


--
-- Name: order_totals; Type: MATERIALIZED VIEW DATA; Schema: app; Owner: alice
--

REFRESH MATERIALIZED VIEW app.order_totals;


--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

