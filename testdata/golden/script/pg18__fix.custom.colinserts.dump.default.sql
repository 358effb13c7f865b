--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 18.4
-- Dumped by pg_dump version 18.6 (Debian 18.6-3)

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
    id integer CONSTRAINT measure_id_not_null NOT NULL,
    ts date CONSTRAINT measure_ts_not_null NOT NULL,
    v numeric
);


ALTER TABLE app.measure_2024 OWNER TO alice;

--
-- Name: measure_2025; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure_2025 (
    id integer CONSTRAINT measure_id_not_null NOT NULL,
    ts date CONSTRAINT measure_ts_not_null NOT NULL,
    v numeric
);


ALTER TABLE app.measure_2025 OWNER TO alice;

--
-- Name: measure_default; Type: TABLE; Schema: app; Owner: alice
--

CREATE TABLE app.measure_default (
    id integer CONSTRAINT measure_id_not_null NOT NULL,
    ts date CONSTRAINT measure_ts_not_null NOT NULL,
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
-- Data for Name: Table "Quoted"; Type: TABLE DATA; Schema: Mixed Case; Owner: Weird Role
--

INSERT INTO "Mixed Case"."Table ""Quoted""" ("Id", "Weird ""Col""", "UPPER", "my col") VALUES (1, 'one', 1, 'x');
INSERT INTO "Mixed Case"."Table ""Quoted""" ("Id", "Weird ""Col""", "UPPER", "my col") VALUES (2, 'two "quoted"', 2, NULL);
INSERT INTO "Mixed Case"."Table ""Quoted""" ("Id", "Weird ""Col""", "UPPER", "my col") VALUES (3, 'three	three', 3, 'z');


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.bookings (id, during) VALUES (1, '["2024-03-01 00:00:00+00","2024-03-01 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (2, '["2024-03-02 00:00:00+00","2024-03-02 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (3, '["2024-03-03 00:00:00+00","2024-03-03 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (4, '["2024-03-04 00:00:00+00","2024-03-04 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (5, '["2024-03-05 00:00:00+00","2024-03-05 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (6, '["2024-03-06 00:00:00+00","2024-03-06 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (7, '["2024-03-07 00:00:00+00","2024-03-07 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (8, '["2024-03-08 00:00:00+00","2024-03-08 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (9, '["2024-03-09 00:00:00+00","2024-03-09 02:00:00+00")');
INSERT INTO app.bookings (id, during) VALUES (10, '["2024-03-10 00:00:00+00","2024-03-10 02:00:00+00")');


--
-- Data for Name: customers; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.customers (id, name, email, address) VALUES (1, 'customer 1', 'c1@example.org', '("1 Main St",00001,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (2, 'customer 2', 'c2@example.org', '("2 Main St",00002,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (3, 'customer 3', 'c3@example.org', '("3 Main St",00003,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (4, 'customer 4', 'c4@example.org', '("4 Main St",00004,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (5, 'customer 5', 'c5@example.org', '("5 Main St",00005,"Town 5")');
INSERT INTO app.customers (id, name, email, address) VALUES (6, 'customer 6', 'c6@example.org', '("6 Main St",00006,"Town 6")');
INSERT INTO app.customers (id, name, email, address) VALUES (7, 'customer 7', 'c7@example.org', '("7 Main St",00007,"Town 0")');
INSERT INTO app.customers (id, name, email, address) VALUES (8, 'customer 8', 'c8@example.org', '("8 Main St",00008,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (9, 'customer 9', 'c9@example.org', '("9 Main St",00009,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (10, 'customer 10', 'c10@example.org', '("10 Main St",00010,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (11, 'customer 11', 'c11@example.org', '("11 Main St",00011,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (12, 'customer 12', 'c12@example.org', '("12 Main St",00012,"Town 5")');
INSERT INTO app.customers (id, name, email, address) VALUES (13, 'customer 13', 'c13@example.org', '("13 Main St",00013,"Town 6")');
INSERT INTO app.customers (id, name, email, address) VALUES (14, 'customer 14', 'c14@example.org', '("14 Main St",00014,"Town 0")');
INSERT INTO app.customers (id, name, email, address) VALUES (15, 'customer 15', 'c15@example.org', '("15 Main St",00015,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (16, 'customer 16', 'c16@example.org', '("16 Main St",00016,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (17, 'customer 17', 'c17@example.org', '("17 Main St",00017,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (18, 'customer 18', 'c18@example.org', '("18 Main St",00018,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (19, 'customer 19', 'c19@example.org', '("19 Main St",00019,"Town 5")');
INSERT INTO app.customers (id, name, email, address) VALUES (20, 'customer 20', 'c20@example.org', '("20 Main St",00020,"Town 6")');
INSERT INTO app.customers (id, name, email, address) VALUES (21, 'customer 21', 'c21@example.org', '("21 Main St",00021,"Town 0")');
INSERT INTO app.customers (id, name, email, address) VALUES (22, 'customer 22', 'c22@example.org', '("22 Main St",00022,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (23, 'customer 23', 'c23@example.org', '("23 Main St",00023,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (24, 'customer 24', 'c24@example.org', '("24 Main St",00024,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (25, 'customer 25', 'c25@example.org', '("25 Main St",00025,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (26, 'customer 26', 'c26@example.org', '("26 Main St",00026,"Town 5")');
INSERT INTO app.customers (id, name, email, address) VALUES (27, 'customer 27', 'c27@example.org', '("27 Main St",00027,"Town 6")');
INSERT INTO app.customers (id, name, email, address) VALUES (28, 'customer 28', 'c28@example.org', '("28 Main St",00028,"Town 0")');
INSERT INTO app.customers (id, name, email, address) VALUES (29, 'customer 29', 'c29@example.org', '("29 Main St",00029,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (30, 'customer 30', 'c30@example.org', '("30 Main St",00030,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (31, 'customer 31', 'c31@example.org', '("31 Main St",00031,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (32, 'customer 32', 'c32@example.org', '("32 Main St",00032,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (33, 'customer 33', 'c33@example.org', '("33 Main St",00033,"Town 5")');
INSERT INTO app.customers (id, name, email, address) VALUES (34, 'customer 34', 'c34@example.org', '("34 Main St",00034,"Town 6")');
INSERT INTO app.customers (id, name, email, address) VALUES (35, 'customer 35', 'c35@example.org', '("35 Main St",00035,"Town 0")');
INSERT INTO app.customers (id, name, email, address) VALUES (36, 'customer 36', 'c36@example.org', '("36 Main St",00036,"Town 1")');
INSERT INTO app.customers (id, name, email, address) VALUES (37, 'customer 37', 'c37@example.org', '("37 Main St",00037,"Town 2")');
INSERT INTO app.customers (id, name, email, address) VALUES (38, 'customer 38', 'c38@example.org', '("38 Main St",00038,"Town 3")');
INSERT INTO app.customers (id, name, email, address) VALUES (39, 'customer 39', 'c39@example.org', '("39 Main St",00039,"Town 4")');
INSERT INTO app.customers (id, name, email, address) VALUES (40, 'customer 40', 'c40@example.org', '("40 Main St",00040,"Town 5")');


--
-- Data for Name: measure_2024; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.measure_2024 (id, ts, v) VALUES (1, '2024-06-21', 1.5);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (2, '2024-07-11', 3.0);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (3, '2024-07-31', 4.5);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (4, '2024-08-20', 6.0);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (5, '2024-09-09', 7.5);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (6, '2024-09-29', 9.0);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (7, '2024-10-19', 10.5);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (8, '2024-11-08', 12.0);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (9, '2024-11-28', 13.5);
INSERT INTO app.measure_2024 (id, ts, v) VALUES (10, '2024-12-18', 15.0);


--
-- Data for Name: measure_2025; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.measure_2025 (id, ts, v) VALUES (11, '2025-01-07', 16.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (12, '2025-01-27', 18.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (13, '2025-02-16', 19.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (14, '2025-03-08', 21.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (15, '2025-03-28', 22.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (16, '2025-04-17', 24.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (17, '2025-05-07', 25.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (18, '2025-05-27', 27.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (19, '2025-06-16', 28.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (20, '2025-07-06', 30.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (21, '2025-07-26', 31.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (22, '2025-08-15', 33.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (23, '2025-09-04', 34.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (24, '2025-09-24', 36.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (25, '2025-10-14', 37.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (26, '2025-11-03', 39.0);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (27, '2025-11-23', 40.5);
INSERT INTO app.measure_2025 (id, ts, v) VALUES (28, '2025-12-13', 42.0);


--
-- Data for Name: measure_default; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.measure_default (id, ts, v) VALUES (29, '2026-01-02', 43.5);
INSERT INTO app.measure_default (id, ts, v) VALUES (30, '2026-01-22', 45.0);


--
-- Data for Name: orders; Type: TABLE DATA; Schema: app; Owner: alice
--

INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (1, 2, 'paid', 0.37, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (2, 3, 'shipped', 0.74, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (3, 4, 'secret', 1.11, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (4, 5, 'new', 1.48, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (5, 6, 'paid', 1.85, 3, 'ok', '2024-01-01 05:35:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (6, 7, 'shipped', 2.22, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (7, 8, 'secret', 2.59, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (8, 9, 'new', 2.96, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (9, 10, 'paid', 3.33, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (10, 11, 'shipped', 3.70, 2, 'happy', '2024-01-01 11:10:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (11, 12, 'secret', 4.07, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (12, 13, 'new', 4.44, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (13, 14, 'paid', 4.81, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (14, 15, 'shipped', 5.18, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (15, 16, 'secret', 5.55, 1, 'it''s complicated', '2024-01-01 16:45:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (16, 17, 'new', 5.92, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (17, 18, 'paid', 6.29, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (18, 19, 'shipped', 6.66, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (19, 20, 'secret', 7.03, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (20, 21, 'new', 7.40, 3, 'sad', '2024-01-01 22:20:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (21, 22, 'paid', 7.77, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (22, 23, 'shipped', 8.14, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (23, 24, 'secret', 8.51, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (24, 25, 'new', 8.88, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (25, 26, 'paid', 9.25, 2, 'ok', '2024-01-02 03:55:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (26, 27, 'shipped', 9.62, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (27, 28, 'secret', 9.99, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (28, 29, 'new', 10.36, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (29, 30, 'paid', 10.73, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (30, 31, 'shipped', 11.10, 1, 'happy', '2024-01-02 09:30:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (31, 32, 'secret', 11.47, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (32, 33, 'new', 11.84, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (33, 34, 'paid', 12.21, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (34, 35, 'shipped', 12.58, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (35, 36, 'secret', 12.95, 3, 'it''s complicated', '2024-01-02 15:05:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (36, 37, 'new', 13.32, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (37, 38, 'paid', 13.69, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (38, 39, 'shipped', 14.06, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (39, 40, 'secret', 14.43, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (40, 1, 'new', 14.80, 2, 'sad', '2024-01-02 20:40:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (41, 2, 'paid', 15.17, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (42, 3, 'shipped', 15.54, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (43, 4, 'secret', 15.91, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (44, 5, 'new', 16.28, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (45, 6, 'paid', 16.65, 1, 'ok', '2024-01-03 02:15:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (46, 7, 'shipped', 17.02, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (47, 8, 'secret', 17.39, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (48, 9, 'new', 17.76, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (49, 10, 'paid', 18.13, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (50, 11, 'shipped', 18.50, 3, 'happy', '2024-01-03 07:50:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (51, 12, 'secret', 18.87, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (52, 13, 'new', 19.24, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (53, 14, 'paid', 19.61, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (54, 15, 'shipped', 19.98, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (55, 16, 'secret', 20.35, 2, 'it''s complicated', '2024-01-03 13:25:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (56, 17, 'new', 20.72, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (57, 18, 'paid', 21.09, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (58, 19, 'shipped', 21.46, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (59, 20, 'secret', 21.83, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (60, 21, 'new', 22.20, 1, 'sad', '2024-01-03 19:00:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (61, 22, 'paid', 22.57, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (62, 23, 'shipped', 22.94, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (63, 24, 'secret', 23.31, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (64, 25, 'new', 23.68, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (65, 26, 'paid', 24.05, 3, 'ok', '2024-01-04 00:35:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (66, 27, 'shipped', 24.42, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (67, 28, 'secret', 24.79, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (68, 29, 'new', 25.16, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (69, 30, 'paid', 25.53, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (70, 31, 'shipped', 25.90, 2, 'happy', '2024-01-04 06:10:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (71, 32, 'secret', 26.27, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (72, 33, 'new', 26.64, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (73, 34, 'paid', 27.01, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (74, 35, 'shipped', 27.38, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (75, 36, 'secret', 27.75, 1, 'it''s complicated', '2024-01-04 11:45:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (76, 37, 'new', 28.12, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (77, 38, 'paid', 28.49, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (78, 39, 'shipped', 28.86, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (79, 40, 'secret', 29.23, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (80, 1, 'new', 29.60, 3, 'sad', '2024-01-04 17:20:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (81, 2, 'paid', 29.97, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (82, 3, 'shipped', 30.34, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (83, 4, 'secret', 30.71, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (84, 5, 'new', 31.08, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (85, 6, 'paid', 31.45, 2, 'ok', '2024-01-04 22:55:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (86, 7, 'shipped', 31.82, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (87, 8, 'secret', 32.19, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (88, 9, 'new', 32.56, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (89, 10, 'paid', 32.93, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (90, 11, 'shipped', 33.30, 1, 'happy', '2024-01-05 04:30:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (91, 12, 'secret', 33.67, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (92, 13, 'new', 34.04, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (93, 14, 'paid', 34.41, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (94, 15, 'shipped', 34.78, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (95, 16, 'secret', 35.15, 3, 'it''s complicated', '2024-01-05 10:05:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (96, 17, 'new', 35.52, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (97, 18, 'paid', 35.89, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (98, 19, 'shipped', 36.26, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (99, 20, 'secret', 36.63, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (100, 21, 'new', 37.00, 2, 'sad', '2024-01-05 15:40:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (101, 22, 'paid', 37.37, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (102, 23, 'shipped', 37.74, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (103, 24, 'secret', 38.11, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (104, 25, 'new', 38.48, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (105, 26, 'paid', 38.85, 1, 'ok', '2024-01-05 21:15:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (106, 27, 'shipped', 39.22, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (107, 28, 'secret', 39.59, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (108, 29, 'new', 39.96, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (109, 30, 'paid', 40.33, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (110, 31, 'shipped', 40.70, 3, 'happy', '2024-01-06 02:50:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (111, 32, 'secret', 41.07, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (112, 33, 'new', 41.44, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (113, 34, 'paid', 41.81, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (114, 35, 'shipped', 42.18, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (115, 36, 'secret', 42.55, 2, 'it''s complicated', '2024-01-06 08:25:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (116, 37, 'new', 42.92, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (117, 38, 'paid', 43.29, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (118, 39, 'shipped', 43.66, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (119, 40, 'secret', 44.03, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (120, 1, 'new', 44.40, 1, 'sad', '2024-01-06 14:00:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (121, 2, 'paid', 44.77, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (122, 3, 'shipped', 45.14, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (123, 4, 'secret', 45.51, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (124, 5, 'new', 45.88, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (125, 6, 'paid', 46.25, 3, 'ok', '2024-01-06 19:35:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (126, 7, 'shipped', 46.62, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (127, 8, 'secret', 46.99, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (128, 9, 'new', 47.36, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (129, 10, 'paid', 47.73, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (130, 11, 'shipped', 48.10, 2, 'happy', '2024-01-07 01:10:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (131, 12, 'secret', 48.47, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (132, 13, 'new', 48.84, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (133, 14, 'paid', 49.21, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (134, 15, 'shipped', 49.58, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (135, 16, 'secret', 49.95, 1, 'it''s complicated', '2024-01-07 06:45:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (136, 17, 'new', 50.32, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (137, 18, 'paid', 50.69, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (138, 19, 'shipped', 51.06, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (139, 20, 'secret', 51.43, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (140, 21, 'new', 51.80, 3, 'sad', '2024-01-07 12:20:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (141, 22, 'paid', 52.17, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (142, 23, 'shipped', 52.54, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (143, 24, 'secret', 52.91, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (144, 25, 'new', 53.28, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (145, 26, 'paid', 53.65, 2, 'ok', '2024-01-07 17:55:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (146, 27, 'shipped', 54.02, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (147, 28, 'secret', 54.39, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (148, 29, 'new', 54.76, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (149, 30, 'paid', 55.13, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (150, 31, 'shipped', 55.50, 1, 'happy', '2024-01-07 23:30:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (151, 32, 'secret', 55.87, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (152, 33, 'new', 56.24, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (153, 34, 'paid', 56.61, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (154, 35, 'shipped', 56.98, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (155, 36, 'secret', 57.35, 3, 'it''s complicated', '2024-01-08 05:05:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (156, 37, 'new', 57.72, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (157, 38, 'paid', 58.09, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (158, 39, 'shipped', 58.46, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (159, 40, 'secret', 58.83, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (160, 1, 'new', 59.20, 2, 'sad', '2024-01-08 10:40:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (161, 2, 'paid', 59.57, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (162, 3, 'shipped', 59.94, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (163, 4, 'secret', 60.31, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (164, 5, 'new', 60.68, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (165, 6, 'paid', 61.05, 1, 'ok', '2024-01-08 16:15:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (166, 7, 'shipped', 61.42, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (167, 8, 'secret', 61.79, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (168, 9, 'new', 62.16, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (169, 10, 'paid', 62.53, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (170, 11, 'shipped', 62.90, 3, 'happy', '2024-01-08 21:50:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (171, 12, 'secret', 63.27, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (172, 13, 'new', 63.64, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (173, 14, 'paid', 64.01, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (174, 15, 'shipped', 64.38, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (175, 16, 'secret', 64.75, 2, 'it''s complicated', '2024-01-09 03:25:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (176, 17, 'new', 65.12, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (177, 18, 'paid', 65.49, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (178, 19, 'shipped', 65.86, 2, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (179, 20, 'secret', 66.23, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (180, 21, 'new', 66.60, 1, 'sad', '2024-01-09 09:00:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (181, 22, 'paid', 66.97, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (182, 23, 'shipped', 67.34, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (183, 24, 'secret', 67.71, 1, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (184, 25, 'new', 68.08, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (185, 26, 'paid', 68.45, 3, 'ok', '2024-01-09 14:35:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (186, 27, 'shipped', 68.82, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (187, 28, 'secret', 69.19, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (188, 29, 'new', 69.56, 3, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (189, 30, 'paid', 69.93, 1, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (190, 31, 'shipped', 70.30, 2, 'happy', '2024-01-09 20:10:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (191, 32, 'secret', 70.67, 3, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (192, 33, 'new', 71.04, 1, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (193, 34, 'paid', 71.41, 2, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (194, 35, 'shipped', 71.78, 3, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (195, 36, 'secret', 72.15, 1, 'it''s complicated', '2024-01-10 01:45:00+00');
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (196, 37, 'new', 72.52, 2, 'sad', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (197, 38, 'paid', 72.89, 3, 'ok', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (198, 39, 'shipped', 73.26, 1, 'happy', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (199, 40, 'secret', 73.63, 2, 'it''s complicated', NULL);
INSERT INTO app.orders (id, customer_id, status, amount, qty, mood, updated_at) VALUES (200, 1, 'new', 74.00, 3, 'sad', '2024-01-10 07:20:00+00');


--
-- Data for Name: all_types; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (3, 32767, 2147483647, 9223372036854775807, 99999999999999.999999, 3.4028235e+38, 1e-307, NULL, '\.', '\.', '\.    ', '\x5c2e0a', '9999-12-31', '24:00:00', '00:00:00+14', '2000-01-01 00:00:00', '1970-01-01 00:00:00+00', '00:00:00', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '"multi\nline \\ string"', '"é☺"', '{{1,2},{3,4}}', '{"back\\slash",tabthere}', '2001:db8::1', '2001:db8::/32', '$0.00', '<a/><b/>', '''a'':1 ''b'':2', '[5,6)', NULL, NULL, 'ok', '("","","")', 2147483647, NULL);
INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (4, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (5, 0, 0, 0, 0.000000, -0, 0.1, true, 'Grüße, 日本語, été, emoji 😀, zero-width ​.', 'café', 'üñî   ', '\x636166c3a9', '2024-06-15', '12:00:00', '12:00:00+05:30', '2024-06-15 12:00:00', '2024-06-15 06:30:00+00', '00:00:00.000001', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '{"kéy": "välue"}', '{"日": "本"}', '{-1,0,1}', '{über,linenbreak}', '0.0.0.0', '0.0.0.0/0', '$999,999.99', '<r>é</r>', '''über'':1', 'empty', '["2024-06-15 12:00:00+00",)', '(0,1)', 'it''s complicated', '("Straße 1",0,München)', 5, NULL);
INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (6, 7, 7, 7, 7.000000, 7, 7, true, 'line one
line two
\.
line four', '\', '\\    ', '\xdeadbeef', '2024-01-01', '01:02:03', '01:02:03+00', '2024-01-01 01:02:03', '2024-01-01 01:02:03+00', '7 days', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'null', 'null', '{7}', '{"comma,inside","{brace}"}', '10.1.2.3', '10.1.0.0/16', '$7.00', '<x>&amp;&lt;</x>', '''seven''', '[7,8)', NULL, NULL, 'ok', NULL, 7, NULL);
INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (1, 1, 2, 3, 12345.678901, 1.5, 2.25, true, 'plain text', 'varchar', 'char  ', '\x00010203ff', '2024-02-29', '13:14:15', '13:14:15+02', '2024-02-29 13:14:15.123456', '2024-02-29 13:14:15.123456+00', '1 year 2 mons 3 days 04:05:06', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{"a": 1, "b": [true, null]}', '{"a": 1, "b": [true, null]}', '{1,2,3}', '{x,"y z","q\"uote"}', '192.168.0.1/24', '10.0.0.0/8', '$1,234.56', '<doc><item n="1">x</item></doc>', '''brown'':3 ''fox'':4 ''jump'':5 ''quick'':2', '[1,10)', '["2024-01-01 00:00:00+00","2024-12-31 00:00:00+00")', '[1.5,2.5]', 'happy', '("1 Main St",12345,Springfield)', 42, '"a"=>"1", "b c"=>NULL, "k\"q"=>"v\\w"');
INSERT INTO public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) VALUES (2, -32768, -2147483648, -9223372036854775808, -0.000001, 'NaN', '-Infinity', false, 'tab	here
newline\backslashcarriage', 'trailing space ', 'a	b   ', '\x', '0001-01-01 BC', '00:00:00', '23:59:59.999999-12', 'infinity', '-infinity', '-1 days -00:00:01', '00000000-0000-0000-0000-000000000000', '[]', '{}', '{}', '{NULL,"",NULL}', '::1', '::/0', '-$0.01', '', '', 'empty', '(,)', '[-1e+300,1e+300)', 'sad', '(,,)', 1, '');


--
-- Data for Name: am_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.am_t (id, v) VALUES (1, 'stored with a custom table access method');


--
-- Data for Name: bad name; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public."bad
name" (id, "my col") VALUES (1, 'row one');
INSERT INTO public."bad
name" (id, "my col") VALUES (2, 'row
two');


--
-- Data for Name: child_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.child_t (id, name, extra) VALUES (2, 'child row', 'extra');


--
-- Data for Name: empty_t; Type: TABLE DATA; Schema: public; Owner: postgres
--



--
-- Data for Name: ident_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.ident_t (id, label) OVERRIDING SYSTEM VALUE VALUES (1000, 'first');
INSERT INTO public.ident_t (id, label) OVERRIDING SYSTEM VALUE VALUES (1010, 'second');
INSERT INTO public.ident_t (id, label) OVERRIDING SYSTEM VALUE VALUES (1020, 'third');


--
-- Data for Name: in_space; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.in_space (id, v) VALUES (1, 'stored in tablespace fixspace');


--
-- Data for Name: parent_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.parent_t (id, name) VALUES (1, 'parent row');


--
-- Data for Name: unlogged_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.unlogged_t (id, note) VALUES (1, 'not WAL-logged');


--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: app; Owner: alice
--

SELECT pg_catalog.setval('app.bookings_id_seq', 10, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: app; Owner: alice
--

SELECT pg_catalog.setval('app.orders_id_seq', 200, true);


--
-- Name: ident_t_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ident_t_id_seq', 1020, true);


--
-- Name: standalone_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.standalone_seq', 105, true);


--
-- Name: 16001; Type: BLOB METADATA; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('16001');

ALTER LARGE OBJECT 16001 OWNER TO alice;

--
-- Name: LARGE OBJECT 16001; Type: COMMENT; Schema: -; Owner: alice
--

COMMENT ON LARGE OBJECT 16001 IS 'a greeting';


--
-- Name: 16002; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('16002');

ALTER LARGE OBJECT 16002 OWNER TO postgres;

--
-- Name: 16003; Type: BLOB METADATA; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('16003');

ALTER LARGE OBJECT 16003 OWNER TO alice;

--
-- Name: 3000000000; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('3000000000');

ALTER LARGE OBJECT 3000000000 OWNER TO postgres;

--
-- Name: LARGE OBJECT 3000000000; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 3000000000 IS 'OID above 2^31';


--
-- Data for Name: 16001; Type: BLOBS; Schema: -; Owner: alice
--

BEGIN;

SELECT pg_catalog.lo_open('16001', 131072);
SELECT pg_catalog.lowrite(0, '\x68656c6c6f206c61726765206f626a656374');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Data for Name: 16002; Type: BLOBS; Schema: -; Owner: postgres
--

BEGIN;

SELECT pg_catalog.lo_open('16002', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Data for Name: 16003; Type: BLOBS; Schema: -; Owner: alice
--

BEGIN;

SELECT pg_catalog.lo_open('16003', 131072);
SELECT pg_catalog.lowrite(0, '\x000102fffe5c2e0a');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Data for Name: 3000000000; Type: BLOBS; Schema: -; Owner: postgres
--

BEGIN;

SELECT pg_catalog.lo_open('3000000000', 131072);
SELECT pg_catalog.lowrite(0, '\x626967206f696420c3a9');
SELECT pg_catalog.lo_close(0);

COMMIT;

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

CREATE SUBSCRIPTION fix_sub CONNECTION 'dbname=nowhere host=localhost' PUBLICATION fix_pub WITH (connect = false, slot_name = NONE, streaming = parallel);


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
-- Name: LARGE OBJECT 16003; Type: ACL; Schema: -; Owner: alice
--

GRANT ALL ON LARGE OBJECT 16003 TO "Weird Role";


--
-- Name: LARGE OBJECT 3000000000; Type: ACL; Schema: -; Owner: postgres
--

GRANT SELECT ON LARGE OBJECT 3000000000 TO bob;


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

