--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 16.14
-- Dumped by pg_dump version 16.2

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
-- Name: 16001; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('16001');


ALTER LARGE OBJECT 16001 OWNER TO alice;

--
-- Name: LARGE OBJECT 16001; Type: COMMENT; Schema: -; Owner: alice
--

COMMENT ON LARGE OBJECT 16001 IS 'a greeting';


--
-- Name: 16002; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('16002');


ALTER LARGE OBJECT 16002 OWNER TO postgres;

--
-- Name: 16003; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('16003');


ALTER LARGE OBJECT 16003 OWNER TO alice;

--
-- Name: 3000000000; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('3000000000');


ALTER LARGE OBJECT 3000000000 OWNER TO postgres;

--
-- Name: LARGE OBJECT 3000000000; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON LARGE OBJECT 3000000000 IS 'OID above 2^31';


--
-- Data for Name: Table "Quoted"; Type: TABLE DATA; Schema: Mixed Case; Owner: Weird Role
--

COPY "Mixed Case"."Table ""Quoted""" ("Id", "Weird ""Col""", "UPPER", "my col") FROM stdin;
1	one	1	x
2	two "quoted"	2	\N
3	three\tthree	3	z
\.


--
-- Data for Name: bookings; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.bookings (id, during) FROM stdin;
1	["2024-03-01 00:00:00+00","2024-03-01 02:00:00+00")
2	["2024-03-02 00:00:00+00","2024-03-02 02:00:00+00")
3	["2024-03-03 00:00:00+00","2024-03-03 02:00:00+00")
4	["2024-03-04 00:00:00+00","2024-03-04 02:00:00+00")
5	["2024-03-05 00:00:00+00","2024-03-05 02:00:00+00")
6	["2024-03-06 00:00:00+00","2024-03-06 02:00:00+00")
7	["2024-03-07 00:00:00+00","2024-03-07 02:00:00+00")
8	["2024-03-08 00:00:00+00","2024-03-08 02:00:00+00")
9	["2024-03-09 00:00:00+00","2024-03-09 02:00:00+00")
10	["2024-03-10 00:00:00+00","2024-03-10 02:00:00+00")
\.


--
-- Data for Name: customers; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.customers (id, name, email, address) FROM stdin;
1	customer 1	c1@example.org	("1 Main St",00001,"Town 1")
2	customer 2	c2@example.org	("2 Main St",00002,"Town 2")
3	customer 3	c3@example.org	("3 Main St",00003,"Town 3")
4	customer 4	c4@example.org	("4 Main St",00004,"Town 4")
5	customer 5	c5@example.org	("5 Main St",00005,"Town 5")
6	customer 6	c6@example.org	("6 Main St",00006,"Town 6")
7	customer 7	c7@example.org	("7 Main St",00007,"Town 0")
8	customer 8	c8@example.org	("8 Main St",00008,"Town 1")
9	customer 9	c9@example.org	("9 Main St",00009,"Town 2")
10	customer 10	c10@example.org	("10 Main St",00010,"Town 3")
11	customer 11	c11@example.org	("11 Main St",00011,"Town 4")
12	customer 12	c12@example.org	("12 Main St",00012,"Town 5")
13	customer 13	c13@example.org	("13 Main St",00013,"Town 6")
14	customer 14	c14@example.org	("14 Main St",00014,"Town 0")
15	customer 15	c15@example.org	("15 Main St",00015,"Town 1")
16	customer 16	c16@example.org	("16 Main St",00016,"Town 2")
17	customer 17	c17@example.org	("17 Main St",00017,"Town 3")
18	customer 18	c18@example.org	("18 Main St",00018,"Town 4")
19	customer 19	c19@example.org	("19 Main St",00019,"Town 5")
20	customer 20	c20@example.org	("20 Main St",00020,"Town 6")
21	customer 21	c21@example.org	("21 Main St",00021,"Town 0")
22	customer 22	c22@example.org	("22 Main St",00022,"Town 1")
23	customer 23	c23@example.org	("23 Main St",00023,"Town 2")
24	customer 24	c24@example.org	("24 Main St",00024,"Town 3")
25	customer 25	c25@example.org	("25 Main St",00025,"Town 4")
26	customer 26	c26@example.org	("26 Main St",00026,"Town 5")
27	customer 27	c27@example.org	("27 Main St",00027,"Town 6")
28	customer 28	c28@example.org	("28 Main St",00028,"Town 0")
29	customer 29	c29@example.org	("29 Main St",00029,"Town 1")
30	customer 30	c30@example.org	("30 Main St",00030,"Town 2")
31	customer 31	c31@example.org	("31 Main St",00031,"Town 3")
32	customer 32	c32@example.org	("32 Main St",00032,"Town 4")
33	customer 33	c33@example.org	("33 Main St",00033,"Town 5")
34	customer 34	c34@example.org	("34 Main St",00034,"Town 6")
35	customer 35	c35@example.org	("35 Main St",00035,"Town 0")
36	customer 36	c36@example.org	("36 Main St",00036,"Town 1")
37	customer 37	c37@example.org	("37 Main St",00037,"Town 2")
38	customer 38	c38@example.org	("38 Main St",00038,"Town 3")
39	customer 39	c39@example.org	("39 Main St",00039,"Town 4")
40	customer 40	c40@example.org	("40 Main St",00040,"Town 5")
\.


--
-- Data for Name: measure_2024; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.measure_2024 (id, ts, v) FROM stdin;
1	2024-06-21	1.5
2	2024-07-11	3.0
3	2024-07-31	4.5
4	2024-08-20	6.0
5	2024-09-09	7.5
6	2024-09-29	9.0
7	2024-10-19	10.5
8	2024-11-08	12.0
9	2024-11-28	13.5
10	2024-12-18	15.0
\.


--
-- Data for Name: measure_2025; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.measure_2025 (id, ts, v) FROM stdin;
11	2025-01-07	16.5
12	2025-01-27	18.0
13	2025-02-16	19.5
14	2025-03-08	21.0
15	2025-03-28	22.5
16	2025-04-17	24.0
17	2025-05-07	25.5
18	2025-05-27	27.0
19	2025-06-16	28.5
20	2025-07-06	30.0
21	2025-07-26	31.5
22	2025-08-15	33.0
23	2025-09-04	34.5
24	2025-09-24	36.0
25	2025-10-14	37.5
26	2025-11-03	39.0
27	2025-11-23	40.5
28	2025-12-13	42.0
\.


--
-- Data for Name: measure_default; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.measure_default (id, ts, v) FROM stdin;
29	2026-01-02	43.5
30	2026-01-22	45.0
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.orders (id, customer_id, status, amount, qty, mood, updated_at) FROM stdin;
1	2	paid	0.37	2	ok	\N
2	3	shipped	0.74	3	happy	\N
3	4	secret	1.11	1	it's complicated	\N
4	5	new	1.48	2	sad	\N
5	6	paid	1.85	3	ok	2024-01-01 05:35:00+00
6	7	shipped	2.22	1	happy	\N
7	8	secret	2.59	2	it's complicated	\N
8	9	new	2.96	3	sad	\N
9	10	paid	3.33	1	ok	\N
10	11	shipped	3.70	2	happy	2024-01-01 11:10:00+00
11	12	secret	4.07	3	it's complicated	\N
12	13	new	4.44	1	sad	\N
13	14	paid	4.81	2	ok	\N
14	15	shipped	5.18	3	happy	\N
15	16	secret	5.55	1	it's complicated	2024-01-01 16:45:00+00
16	17	new	5.92	2	sad	\N
17	18	paid	6.29	3	ok	\N
18	19	shipped	6.66	1	happy	\N
19	20	secret	7.03	2	it's complicated	\N
20	21	new	7.40	3	sad	2024-01-01 22:20:00+00
21	22	paid	7.77	1	ok	\N
22	23	shipped	8.14	2	happy	\N
23	24	secret	8.51	3	it's complicated	\N
24	25	new	8.88	1	sad	\N
25	26	paid	9.25	2	ok	2024-01-02 03:55:00+00
26	27	shipped	9.62	3	happy	\N
27	28	secret	9.99	1	it's complicated	\N
28	29	new	10.36	2	sad	\N
29	30	paid	10.73	3	ok	\N
30	31	shipped	11.10	1	happy	2024-01-02 09:30:00+00
31	32	secret	11.47	2	it's complicated	\N
32	33	new	11.84	3	sad	\N
33	34	paid	12.21	1	ok	\N
34	35	shipped	12.58	2	happy	\N
35	36	secret	12.95	3	it's complicated	2024-01-02 15:05:00+00
36	37	new	13.32	1	sad	\N
37	38	paid	13.69	2	ok	\N
38	39	shipped	14.06	3	happy	\N
39	40	secret	14.43	1	it's complicated	\N
40	1	new	14.80	2	sad	2024-01-02 20:40:00+00
41	2	paid	15.17	3	ok	\N
42	3	shipped	15.54	1	happy	\N
43	4	secret	15.91	2	it's complicated	\N
44	5	new	16.28	3	sad	\N
45	6	paid	16.65	1	ok	2024-01-03 02:15:00+00
46	7	shipped	17.02	2	happy	\N
47	8	secret	17.39	3	it's complicated	\N
48	9	new	17.76	1	sad	\N
49	10	paid	18.13	2	ok	\N
50	11	shipped	18.50	3	happy	2024-01-03 07:50:00+00
51	12	secret	18.87	1	it's complicated	\N
52	13	new	19.24	2	sad	\N
53	14	paid	19.61	3	ok	\N
54	15	shipped	19.98	1	happy	\N
55	16	secret	20.35	2	it's complicated	2024-01-03 13:25:00+00
56	17	new	20.72	3	sad	\N
57	18	paid	21.09	1	ok	\N
58	19	shipped	21.46	2	happy	\N
59	20	secret	21.83	3	it's complicated	\N
60	21	new	22.20	1	sad	2024-01-03 19:00:00+00
61	22	paid	22.57	2	ok	\N
62	23	shipped	22.94	3	happy	\N
63	24	secret	23.31	1	it's complicated	\N
64	25	new	23.68	2	sad	\N
65	26	paid	24.05	3	ok	2024-01-04 00:35:00+00
66	27	shipped	24.42	1	happy	\N
67	28	secret	24.79	2	it's complicated	\N
68	29	new	25.16	3	sad	\N
69	30	paid	25.53	1	ok	\N
70	31	shipped	25.90	2	happy	2024-01-04 06:10:00+00
71	32	secret	26.27	3	it's complicated	\N
72	33	new	26.64	1	sad	\N
73	34	paid	27.01	2	ok	\N
74	35	shipped	27.38	3	happy	\N
75	36	secret	27.75	1	it's complicated	2024-01-04 11:45:00+00
76	37	new	28.12	2	sad	\N
77	38	paid	28.49	3	ok	\N
78	39	shipped	28.86	1	happy	\N
79	40	secret	29.23	2	it's complicated	\N
80	1	new	29.60	3	sad	2024-01-04 17:20:00+00
81	2	paid	29.97	1	ok	\N
82	3	shipped	30.34	2	happy	\N
83	4	secret	30.71	3	it's complicated	\N
84	5	new	31.08	1	sad	\N
85	6	paid	31.45	2	ok	2024-01-04 22:55:00+00
86	7	shipped	31.82	3	happy	\N
87	8	secret	32.19	1	it's complicated	\N
88	9	new	32.56	2	sad	\N
89	10	paid	32.93	3	ok	\N
90	11	shipped	33.30	1	happy	2024-01-05 04:30:00+00
91	12	secret	33.67	2	it's complicated	\N
92	13	new	34.04	3	sad	\N
93	14	paid	34.41	1	ok	\N
94	15	shipped	34.78	2	happy	\N
95	16	secret	35.15	3	it's complicated	2024-01-05 10:05:00+00
96	17	new	35.52	1	sad	\N
97	18	paid	35.89	2	ok	\N
98	19	shipped	36.26	3	happy	\N
99	20	secret	36.63	1	it's complicated	\N
100	21	new	37.00	2	sad	2024-01-05 15:40:00+00
101	22	paid	37.37	3	ok	\N
102	23	shipped	37.74	1	happy	\N
103	24	secret	38.11	2	it's complicated	\N
104	25	new	38.48	3	sad	\N
105	26	paid	38.85	1	ok	2024-01-05 21:15:00+00
106	27	shipped	39.22	2	happy	\N
107	28	secret	39.59	3	it's complicated	\N
108	29	new	39.96	1	sad	\N
109	30	paid	40.33	2	ok	\N
110	31	shipped	40.70	3	happy	2024-01-06 02:50:00+00
111	32	secret	41.07	1	it's complicated	\N
112	33	new	41.44	2	sad	\N
113	34	paid	41.81	3	ok	\N
114	35	shipped	42.18	1	happy	\N
115	36	secret	42.55	2	it's complicated	2024-01-06 08:25:00+00
116	37	new	42.92	3	sad	\N
117	38	paid	43.29	1	ok	\N
118	39	shipped	43.66	2	happy	\N
119	40	secret	44.03	3	it's complicated	\N
120	1	new	44.40	1	sad	2024-01-06 14:00:00+00
121	2	paid	44.77	2	ok	\N
122	3	shipped	45.14	3	happy	\N
123	4	secret	45.51	1	it's complicated	\N
124	5	new	45.88	2	sad	\N
125	6	paid	46.25	3	ok	2024-01-06 19:35:00+00
126	7	shipped	46.62	1	happy	\N
127	8	secret	46.99	2	it's complicated	\N
128	9	new	47.36	3	sad	\N
129	10	paid	47.73	1	ok	\N
130	11	shipped	48.10	2	happy	2024-01-07 01:10:00+00
131	12	secret	48.47	3	it's complicated	\N
132	13	new	48.84	1	sad	\N
133	14	paid	49.21	2	ok	\N
134	15	shipped	49.58	3	happy	\N
135	16	secret	49.95	1	it's complicated	2024-01-07 06:45:00+00
136	17	new	50.32	2	sad	\N
137	18	paid	50.69	3	ok	\N
138	19	shipped	51.06	1	happy	\N
139	20	secret	51.43	2	it's complicated	\N
140	21	new	51.80	3	sad	2024-01-07 12:20:00+00
141	22	paid	52.17	1	ok	\N
142	23	shipped	52.54	2	happy	\N
143	24	secret	52.91	3	it's complicated	\N
144	25	new	53.28	1	sad	\N
145	26	paid	53.65	2	ok	2024-01-07 17:55:00+00
146	27	shipped	54.02	3	happy	\N
147	28	secret	54.39	1	it's complicated	\N
148	29	new	54.76	2	sad	\N
149	30	paid	55.13	3	ok	\N
150	31	shipped	55.50	1	happy	2024-01-07 23:30:00+00
151	32	secret	55.87	2	it's complicated	\N
152	33	new	56.24	3	sad	\N
153	34	paid	56.61	1	ok	\N
154	35	shipped	56.98	2	happy	\N
155	36	secret	57.35	3	it's complicated	2024-01-08 05:05:00+00
156	37	new	57.72	1	sad	\N
157	38	paid	58.09	2	ok	\N
158	39	shipped	58.46	3	happy	\N
159	40	secret	58.83	1	it's complicated	\N
160	1	new	59.20	2	sad	2024-01-08 10:40:00+00
161	2	paid	59.57	3	ok	\N
162	3	shipped	59.94	1	happy	\N
163	4	secret	60.31	2	it's complicated	\N
164	5	new	60.68	3	sad	\N
165	6	paid	61.05	1	ok	2024-01-08 16:15:00+00
166	7	shipped	61.42	2	happy	\N
167	8	secret	61.79	3	it's complicated	\N
168	9	new	62.16	1	sad	\N
169	10	paid	62.53	2	ok	\N
170	11	shipped	62.90	3	happy	2024-01-08 21:50:00+00
171	12	secret	63.27	1	it's complicated	\N
172	13	new	63.64	2	sad	\N
173	14	paid	64.01	3	ok	\N
174	15	shipped	64.38	1	happy	\N
175	16	secret	64.75	2	it's complicated	2024-01-09 03:25:00+00
176	17	new	65.12	3	sad	\N
177	18	paid	65.49	1	ok	\N
178	19	shipped	65.86	2	happy	\N
179	20	secret	66.23	3	it's complicated	\N
180	21	new	66.60	1	sad	2024-01-09 09:00:00+00
181	22	paid	66.97	2	ok	\N
182	23	shipped	67.34	3	happy	\N
183	24	secret	67.71	1	it's complicated	\N
184	25	new	68.08	2	sad	\N
185	26	paid	68.45	3	ok	2024-01-09 14:35:00+00
186	27	shipped	68.82	1	happy	\N
187	28	secret	69.19	2	it's complicated	\N
188	29	new	69.56	3	sad	\N
189	30	paid	69.93	1	ok	\N
190	31	shipped	70.30	2	happy	2024-01-09 20:10:00+00
191	32	secret	70.67	3	it's complicated	\N
192	33	new	71.04	1	sad	\N
193	34	paid	71.41	2	ok	\N
194	35	shipped	71.78	3	happy	\N
195	36	secret	72.15	1	it's complicated	2024-01-10 01:45:00+00
196	37	new	72.52	2	sad	\N
197	38	paid	72.89	3	ok	\N
198	39	shipped	73.26	1	happy	\N
199	40	secret	73.63	2	it's complicated	\N
200	1	new	74.00	3	sad	2024-01-10 07:20:00+00
\.


--
-- Data for Name: all_types; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.all_types (id, c_int2, c_int4, c_int8, c_numeric, c_float4, c_float8, c_bool, c_text, c_varchar, c_char, c_bytea, c_date, c_time, c_timetz, c_ts, c_tstz, c_interval, c_uuid, c_json, c_jsonb, c_int_arr, c_text_arr, c_inet, c_cidr, c_money, c_xml, c_tsv, c_int4range, c_tstzrange, c_floatrange, c_enum, c_comp, c_domain, c_hstore) FROM stdin;
3	32767	2147483647	9223372036854775807	99999999999999.999999	3.4028235e+38	1e-307	\N	\\.	\\.	\\.    	\\x5c2e0a	9999-12-31	24:00:00	00:00:00+14	2000-01-01 00:00:00	1970-01-01 00:00:00+00	00:00:00	ffffffff-ffff-ffff-ffff-ffffffffffff	"multi\\nline \\\\ string"	"é☺"	{{1,2},{3,4}}	{"back\\\\slash",tabthere}	2001:db8::1	2001:db8::/32	$0.00	<a/><b/>	'a':1 'b':2	[5,6)	\N	\N	ok	("","","")	2147483647	\N
4	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N	\N
5	0	0	0	0.000000	-0	0.1	t	Grüße, 日本語, été, emoji 😀, zero-width ​.	café	üñî   	\\x636166c3a9	2024-06-15	12:00:00	12:00:00+05:30	2024-06-15 12:00:00	2024-06-15 06:30:00+00	00:00:00.000001	6ba7b810-9dad-11d1-80b4-00c04fd430c8	{"kéy": "välue"}	{"日": "本"}	{-1,0,1}	{über,linenbreak}	0.0.0.0	0.0.0.0/0	$999,999.99	<r>é</r>	'über':1	empty	["2024-06-15 12:00:00+00",)	(0,1)	it's complicated	("Straße 1",0,München)	5	\N
6	7	7	7	7.000000	7	7	t	line one\nline two\n\\.\nline four	\\	\\\\    	\\xdeadbeef	2024-01-01	01:02:03	01:02:03+00	2024-01-01 01:02:03	2024-01-01 01:02:03+00	7 days	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12	null	null	{7}	{"comma,inside","{brace}"}	10.1.2.3	10.1.0.0/16	$7.00	<x>&amp;&lt;</x>	'seven'	[7,8)	\N	\N	ok	\N	7	\N
1	1	2	3	12345.678901	1.5	2.25	t	plain text	varchar	char  	\\x00010203ff	2024-02-29	13:14:15	13:14:15+02	2024-02-29 13:14:15.123456	2024-02-29 13:14:15.123456+00	1 year 2 mons 3 days 04:05:06	a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11	{"a": 1, "b": [true, null]}	{"a": 1, "b": [true, null]}	{1,2,3}	{x,"y z","q\\"uote"}	192.168.0.1/24	10.0.0.0/8	$1,234.56	<doc><item n="1">x</item></doc>	'brown':3 'fox':4 'jump':5 'quick':2	[1,10)	["2024-01-01 00:00:00+00","2024-12-31 00:00:00+00")	[1.5,2.5]	happy	("1 Main St",12345,Springfield)	42	"a"=>"1", "b c"=>NULL, "k\\"q"=>"v\\\\w"
2	-32768	-2147483648	-9223372036854775808	-0.000001	NaN	-Infinity	f	tab\there\nnewline\\backslash\rcarriage	trailing space 	a\tb   	\\x	0001-01-01 BC	00:00:00	23:59:59.999999-12	infinity	-infinity	-1 days -00:00:01	00000000-0000-0000-0000-000000000000	[]	{}	{}	{NULL,"",NULL}	::1	::/0	-$0.01			empty	(,)	[-1e+300,1e+300)	sad	(,,)	1	
\.


--
-- Data for Name: am_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.am_t (id, v) FROM stdin;
1	stored with a custom table access method
\.


--
-- Data for Name: bad name; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."bad
name" (id, "my col") FROM stdin;
1	row one
2	row\ntwo
\.


--
-- Data for Name: big; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.big (id) FROM stdin;
1
2
3
4
5
6
7
8
9
10
11
12
13
14
15
16
17
18
19
20
21
22
23
24
25
26
27
28
29
30
31
32
33
34
35
36
37
38
39
40
41
42
43
44
45
46
47
48
49
50
51
52
53
54
55
56
57
58
59
60
61
62
63
64
65
66
67
68
69
70
71
72
73
74
75
76
77
78
79
80
81
82
83
84
85
86
87
88
89
90
91
92
93
94
95
96
97
98
99
100
101
102
103
104
105
106
107
108
109
110
111
112
113
114
115
116
117
118
119
120
121
122
123
124
125
126
127
128
129
130
131
132
133
134
135
136
137
138
139
140
141
142
143
144
145
146
147
148
149
150
151
152
153
154
155
156
157
158
159
160
161
162
163
164
165
166
167
168
169
170
171
172
173
174
175
176
177
178
179
180
181
182
183
184
185
186
187
188
189
190
191
192
193
194
195
196
197
198
199
200
201
202
203
204
205
206
207
208
209
210
211
212
213
214
215
216
217
218
219
220
221
222
223
224
225
226
227
228
229
230
231
232
233
234
235
236
237
238
239
240
241
242
243
244
245
246
247
248
249
250
251
252
253
254
255
256
257
258
259
260
261
262
263
264
265
266
267
268
269
270
271
272
273
274
275
276
277
278
279
280
281
282
283
284
285
286
287
288
289
290
291
292
293
294
295
296
297
298
299
300
301
302
303
304
305
306
307
308
309
310
311
312
313
314
315
316
317
318
319
320
321
322
323
324
325
326
327
328
329
330
331
332
333
334
335
336
337
338
339
340
341
342
343
344
345
346
347
348
349
350
351
352
353
354
355
356
357
358
359
360
361
362
363
364
365
366
367
368
369
370
371
372
373
374
375
376
377
378
379
380
381
382
383
384
385
386
387
388
389
390
391
392
393
394
395
396
397
398
399
400
401
402
403
404
405
406
407
408
409
410
411
412
413
414
415
416
417
418
419
420
421
422
423
424
425
426
427
428
429
430
431
432
433
434
435
436
437
438
439
440
441
442
443
444
445
446
447
448
449
450
451
452
453
454
455
456
457
458
459
460
461
462
463
464
465
466
467
468
469
470
471
472
473
474
475
476
477
478
479
480
481
482
483
484
485
486
487
488
489
490
491
492
493
494
495
496
497
498
499
500
501
502
503
504
505
506
507
508
509
510
511
512
513
514
515
516
517
518
519
520
521
522
523
524
525
526
527
528
529
530
531
532
533
534
535
536
537
538
539
540
541
542
543
544
545
546
547
548
549
550
551
552
553
554
555
556
557
558
559
560
561
562
563
564
565
566
567
568
569
570
571
572
573
574
575
576
577
578
579
580
581
582
583
584
585
586
587
588
589
590
591
592
593
594
595
596
597
598
599
600
601
602
603
604
605
606
607
608
609
610
611
612
613
614
615
616
617
618
619
620
621
622
623
624
625
626
627
628
629
630
631
632
633
634
635
636
637
638
639
640
641
642
643
644
645
646
647
648
649
650
651
652
653
654
655
656
657
658
659
660
661
662
663
664
665
666
667
668
669
670
671
672
673
674
675
676
677
678
679
680
681
682
683
684
685
686
687
688
689
690
691
692
693
694
695
696
697
698
699
700
701
702
703
704
705
706
707
708
709
710
711
712
713
714
715
716
717
718
719
720
721
722
723
724
725
726
727
728
729
730
731
732
733
734
735
736
737
738
739
740
741
742
743
744
745
746
747
748
749
750
751
752
753
754
755
756
757
758
759
760
761
762
763
764
765
766
767
768
769
770
771
772
773
774
775
776
777
778
779
780
781
782
783
784
785
786
787
788
789
790
791
792
793
794
795
796
797
798
799
800
801
802
803
804
805
806
807
808
809
810
811
812
813
814
815
816
817
818
819
820
821
822
823
824
825
826
827
828
829
830
831
832
833
834
835
836
837
838
839
840
841
842
843
844
845
846
847
848
849
850
851
852
853
854
855
856
857
858
859
860
861
862
863
864
865
866
867
868
869
870
871
872
873
874
875
876
877
878
879
880
881
882
883
884
885
886
887
888
889
890
891
892
893
894
895
896
897
898
899
900
901
902
903
904
905
906
907
908
909
910
911
912
913
914
915
916
917
918
919
920
921
922
923
924
925
926
927
928
929
930
931
932
933
934
935
936
937
938
939
940
941
942
943
944
945
946
947
948
949
950
951
952
953
954
955
956
957
958
959
960
961
962
963
964
965
966
967
968
969
970
971
972
973
974
975
976
977
978
979
980
981
982
983
984
985
986
987
988
989
990
991
992
993
994
995
996
997
998
999
1000
1001
1002
1003
1004
1005
1006
1007
1008
1009
1010
1011
1012
1013
1014
1015
1016
1017
1018
1019
1020
1021
1022
1023
1024
1025
1026
1027
1028
1029
1030
1031
1032
1033
1034
1035
1036
1037
1038
1039
1040
1041
1042
1043
1044
1045
1046
1047
1048
1049
1050
1051
1052
1053
1054
1055
1056
1057
1058
1059
1060
1061
1062
1063
1064
1065
1066
1067
1068
1069
1070
1071
1072
1073
1074
1075
1076
1077
1078
1079
1080
1081
1082
1083
1084
1085
1086
1087
1088
1089
1090
1091
1092
1093
1094
1095
1096
1097
1098
1099
1100
1101
1102
1103
1104
1105
1106
1107
1108
1109
1110
1111
1112
1113
1114
1115
1116
1117
1118
1119
1120
1121
1122
1123
1124
1125
1126
1127
1128
1129
1130
1131
1132
1133
1134
1135
1136
1137
1138
1139
1140
1141
1142
1143
1144
1145
1146
1147
1148
1149
1150
1151
1152
1153
1154
1155
1156
1157
1158
1159
1160
1161
1162
1163
1164
1165
1166
1167
1168
1169
1170
1171
1172
1173
1174
1175
1176
1177
1178
1179
1180
1181
1182
1183
1184
1185
1186
1187
1188
1189
1190
1191
1192
1193
1194
1195
1196
1197
1198
1199
1200
1201
1202
1203
1204
1205
1206
1207
1208
1209
1210
1211
1212
1213
1214
1215
1216
1217
1218
1219
1220
1221
1222
1223
1224
1225
1226
1227
1228
1229
1230
1231
1232
1233
1234
1235
1236
1237
1238
1239
1240
1241
1242
1243
1244
1245
1246
1247
1248
1249
1250
1251
1252
1253
1254
1255
1256
1257
1258
1259
1260
1261
1262
1263
1264
1265
1266
1267
1268
1269
1270
1271
1272
1273
1274
1275
1276
1277
1278
1279
1280
1281
1282
1283
1284
1285
1286
1287
1288
1289
1290
1291
1292
1293
1294
1295
1296
1297
1298
1299
1300
1301
1302
1303
1304
1305
1306
1307
1308
1309
1310
1311
1312
1313
1314
1315
1316
1317
1318
1319
1320
1321
1322
1323
1324
1325
1326
1327
1328
1329
1330
1331
1332
1333
1334
1335
1336
1337
1338
1339
1340
1341
1342
1343
1344
1345
1346
1347
1348
1349
1350
1351
1352
1353
1354
1355
1356
1357
1358
1359
1360
1361
1362
1363
1364
1365
1366
1367
1368
1369
1370
1371
1372
1373
1374
1375
1376
1377
1378
1379
1380
1381
1382
1383
1384
1385
1386
1387
1388
1389
1390
1391
1392
1393
1394
1395
1396
1397
1398
1399
1400
1401
1402
1403
1404
1405
1406
1407
1408
1409
1410
1411
1412
1413
1414
1415
1416
1417
1418
1419
1420
1421
1422
1423
1424
1425
1426
1427
1428
1429
1430
1431
1432
1433
1434
1435
1436
1437
1438
1439
1440
1441
1442
1443
1444
1445
1446
1447
1448
1449
1450
1451
1452
1453
1454
1455
1456
1457
1458
1459
1460
1461
1462
1463
1464
1465
1466
1467
1468
1469
1470
1471
1472
1473
1474
1475
1476
1477
1478
1479
1480
1481
1482
1483
1484
1485
1486
1487
1488
1489
1490
1491
1492
1493
1494
1495
1496
1497
1498
1499
1500
1501
1502
1503
1504
1505
1506
1507
1508
1509
1510
1511
1512
1513
1514
1515
1516
1517
1518
1519
1520
1521
1522
1523
1524
1525
1526
1527
1528
1529
1530
1531
1532
1533
1534
1535
1536
1537
1538
1539
1540
1541
1542
1543
1544
1545
1546
1547
1548
1549
1550
1551
1552
1553
1554
1555
1556
1557
1558
1559
1560
1561
1562
1563
1564
1565
1566
1567
1568
1569
1570
1571
1572
1573
1574
1575
1576
1577
1578
1579
1580
1581
1582
1583
1584
1585
1586
1587
1588
1589
1590
1591
1592
1593
1594
1595
1596
1597
1598
1599
1600
1601
1602
1603
1604
1605
1606
1607
1608
1609
1610
1611
1612
1613
1614
1615
1616
1617
1618
1619
1620
1621
1622
1623
1624
1625
1626
1627
1628
1629
1630
1631
1632
1633
1634
1635
1636
1637
1638
1639
1640
1641
1642
1643
1644
1645
1646
1647
1648
1649
1650
1651
1652
1653
1654
1655
1656
1657
1658
1659
1660
1661
1662
1663
1664
1665
1666
1667
1668
1669
1670
1671
1672
1673
1674
1675
1676
1677
1678
1679
1680
1681
1682
1683
1684
1685
1686
1687
1688
1689
1690
1691
1692
1693
1694
1695
1696
1697
1698
1699
1700
1701
1702
1703
1704
1705
1706
1707
1708
1709
1710
1711
1712
1713
1714
1715
1716
1717
1718
1719
1720
1721
1722
1723
1724
1725
1726
1727
1728
1729
1730
1731
1732
1733
1734
1735
1736
1737
1738
1739
1740
1741
1742
1743
1744
1745
1746
1747
1748
1749
1750
1751
1752
1753
1754
1755
1756
1757
1758
1759
1760
1761
1762
1763
1764
1765
1766
1767
1768
1769
1770
1771
1772
1773
1774
1775
1776
1777
1778
1779
1780
1781
1782
1783
1784
1785
1786
1787
1788
1789
1790
1791
1792
1793
1794
1795
1796
1797
1798
1799
1800
1801
1802
1803
1804
1805
1806
1807
1808
1809
1810
1811
1812
1813
1814
1815
1816
1817
1818
1819
1820
1821
1822
1823
1824
1825
1826
1827
1828
1829
1830
1831
1832
1833
1834
1835
1836
1837
1838
1839
1840
1841
1842
1843
1844
1845
1846
1847
1848
1849
1850
1851
1852
1853
1854
1855
1856
1857
1858
1859
1860
1861
1862
1863
1864
1865
1866
1867
1868
1869
1870
1871
1872
1873
1874
1875
1876
1877
1878
1879
1880
1881
1882
1883
1884
1885
1886
1887
1888
1889
1890
1891
1892
1893
1894
1895
1896
1897
1898
1899
1900
1901
1902
1903
1904
1905
1906
1907
1908
1909
1910
1911
1912
1913
1914
1915
1916
1917
1918
1919
1920
1921
1922
1923
1924
1925
1926
1927
1928
1929
1930
1931
1932
1933
1934
1935
1936
1937
1938
1939
1940
1941
1942
1943
1944
1945
1946
1947
1948
1949
1950
1951
1952
1953
1954
1955
1956
1957
1958
1959
1960
1961
1962
1963
1964
1965
1966
1967
1968
1969
1970
1971
1972
1973
1974
1975
1976
1977
1978
1979
1980
1981
1982
1983
1984
1985
1986
1987
1988
1989
1990
1991
1992
1993
1994
1995
1996
1997
1998
1999
2000
2001
2002
2003
2004
2005
2006
2007
2008
2009
2010
2011
2012
2013
2014
2015
2016
2017
2018
2019
2020
2021
2022
2023
2024
2025
2026
2027
2028
2029
2030
2031
2032
2033
2034
2035
2036
2037
2038
2039
2040
2041
2042
2043
2044
2045
2046
2047
2048
2049
2050
2051
2052
2053
2054
2055
2056
2057
2058
2059
2060
2061
2062
2063
2064
2065
2066
2067
2068
2069
2070
2071
2072
2073
2074
2075
2076
2077
2078
2079
2080
2081
2082
2083
2084
2085
2086
2087
2088
2089
2090
2091
2092
2093
2094
2095
2096
2097
2098
2099
2100
2101
2102
2103
2104
2105
2106
2107
2108
2109
2110
2111
2112
2113
2114
2115
2116
2117
2118
2119
2120
2121
2122
2123
2124
2125
2126
2127
2128
2129
2130
2131
2132
2133
2134
2135
2136
2137
2138
2139
2140
2141
2142
2143
2144
2145
2146
2147
2148
2149
2150
2151
2152
2153
2154
2155
2156
2157
2158
2159
2160
2161
2162
2163
2164
2165
2166
2167
2168
2169
2170
2171
2172
2173
2174
2175
2176
2177
2178
2179
2180
2181
2182
2183
2184
2185
2186
2187
2188
2189
2190
2191
2192
2193
2194
2195
2196
2197
2198
2199
2200
2201
2202
2203
2204
2205
2206
2207
2208
2209
2210
2211
2212
2213
2214
2215
2216
2217
2218
2219
2220
2221
2222
2223
2224
2225
2226
2227
2228
2229
2230
2231
2232
2233
2234
2235
2236
2237
2238
2239
2240
2241
2242
2243
2244
2245
2246
2247
2248
2249
2250
2251
2252
2253
2254
2255
2256
2257
2258
2259
2260
2261
2262
2263
2264
2265
2266
2267
2268
2269
2270
2271
2272
2273
2274
2275
2276
2277
2278
2279
2280
2281
2282
2283
2284
2285
2286
2287
2288
2289
2290
2291
2292
2293
2294
2295
2296
2297
2298
2299
2300
2301
2302
2303
2304
2305
2306
2307
2308
2309
2310
2311
2312
2313
2314
2315
2316
2317
2318
2319
2320
2321
2322
2323
2324
2325
2326
2327
2328
2329
2330
2331
2332
2333
2334
2335
2336
2337
2338
2339
2340
2341
2342
2343
2344
2345
2346
2347
2348
2349
2350
2351
2352
2353
2354
2355
2356
2357
2358
2359
2360
2361
2362
2363
2364
2365
2366
2367
2368
2369
2370
2371
2372
2373
2374
2375
2376
2377
2378
2379
2380
2381
2382
2383
2384
2385
2386
2387
2388
2389
2390
2391
2392
2393
2394
2395
2396
2397
2398
2399
2400
2401
2402
2403
2404
2405
2406
2407
2408
2409
2410
2411
2412
2413
2414
2415
2416
2417
2418
2419
2420
2421
2422
2423
2424
2425
2426
2427
2428
2429
2430
2431
2432
2433
2434
2435
2436
2437
2438
2439
2440
2441
2442
2443
2444
2445
2446
2447
2448
2449
2450
2451
2452
2453
2454
2455
2456
2457
2458
2459
2460
2461
2462
2463
2464
2465
2466
2467
2468
2469
2470
2471
2472
2473
2474
2475
2476
2477
2478
2479
2480
2481
2482
2483
2484
2485
2486
2487
2488
2489
2490
2491
2492
2493
2494
2495
2496
2497
2498
2499
2500
2501
2502
2503
2504
2505
2506
2507
2508
2509
2510
2511
2512
2513
2514
2515
2516
2517
2518
2519
2520
2521
2522
2523
2524
2525
2526
2527
2528
2529
2530
2531
2532
2533
2534
2535
2536
2537
2538
2539
2540
2541
2542
2543
2544
2545
2546
2547
2548
2549
2550
2551
2552
2553
2554
2555
2556
2557
2558
2559
2560
2561
2562
2563
2564
2565
2566
2567
2568
2569
2570
2571
2572
2573
2574
2575
2576
2577
2578
2579
2580
2581
2582
2583
2584
2585
2586
2587
2588
2589
2590
2591
2592
2593
2594
2595
2596
2597
2598
2599
2600
2601
2602
2603
2604
2605
2606
2607
2608
2609
2610
2611
2612
2613
2614
2615
2616
2617
2618
2619
2620
2621
2622
2623
2624
2625
2626
2627
2628
2629
2630
2631
2632
2633
2634
2635
2636
2637
2638
2639
2640
2641
2642
2643
2644
2645
2646
2647
2648
2649
2650
2651
2652
2653
2654
2655
2656
2657
2658
2659
2660
2661
2662
2663
2664
2665
2666
2667
2668
2669
2670
2671
2672
2673
2674
2675
2676
2677
2678
2679
2680
2681
2682
2683
2684
2685
2686
2687
2688
2689
2690
2691
2692
2693
2694
2695
2696
2697
2698
2699
2700
2701
2702
2703
2704
2705
2706
2707
2708
2709
2710
2711
2712
2713
2714
2715
2716
2717
2718
2719
2720
2721
2722
2723
2724
2725
2726
2727
2728
2729
2730
2731
2732
2733
2734
2735
2736
2737
2738
2739
2740
2741
2742
2743
2744
2745
2746
2747
2748
2749
2750
2751
2752
2753
2754
2755
2756
2757
2758
2759
2760
2761
2762
2763
2764
2765
2766
2767
2768
2769
2770
2771
2772
2773
2774
2775
2776
2777
2778
2779
2780
2781
2782
2783
2784
2785
2786
2787
2788
2789
2790
2791
2792
2793
2794
2795
2796
2797
2798
2799
2800
2801
2802
2803
2804
2805
2806
2807
2808
2809
2810
2811
2812
2813
2814
2815
2816
2817
2818
2819
2820
2821
2822
2823
2824
2825
2826
2827
2828
2829
2830
2831
2832
2833
2834
2835
2836
2837
2838
2839
2840
2841
2842
2843
2844
2845
2846
2847
2848
2849
2850
2851
2852
2853
2854
2855
2856
2857
2858
2859
2860
2861
2862
2863
2864
2865
2866
2867
2868
2869
2870
2871
2872
2873
2874
2875
2876
2877
2878
2879
2880
2881
2882
2883
2884
2885
2886
2887
2888
2889
2890
2891
2892
2893
2894
2895
2896
2897
2898
2899
2900
2901
2902
2903
2904
2905
2906
2907
2908
2909
2910
2911
2912
2913
2914
2915
2916
2917
2918
2919
2920
2921
2922
2923
2924
2925
2926
2927
2928
2929
2930
2931
2932
2933
2934
2935
2936
2937
2938
2939
2940
2941
2942
2943
2944
2945
2946
2947
2948
2949
2950
2951
2952
2953
2954
2955
2956
2957
2958
2959
2960
2961
2962
2963
2964
2965
2966
2967
2968
2969
2970
2971
2972
2973
2974
2975
2976
2977
2978
2979
2980
2981
2982
2983
2984
2985
2986
2987
2988
2989
2990
2991
2992
2993
2994
2995
2996
2997
2998
2999
3000
3001
3002
3003
3004
3005
3006
3007
3008
3009
3010
3011
3012
3013
3014
3015
3016
3017
3018
3019
3020
3021
3022
3023
3024
3025
3026
3027
3028
3029
3030
3031
3032
3033
3034
3035
3036
3037
3038
3039
3040
3041
3042
3043
3044
3045
3046
3047
3048
3049
3050
3051
3052
3053
3054
3055
3056
3057
3058
3059
3060
3061
3062
3063
3064
3065
3066
3067
3068
3069
3070
3071
3072
3073
3074
3075
3076
3077
3078
3079
3080
3081
3082
3083
3084
3085
3086
3087
3088
3089
3090
3091
3092
3093
3094
3095
3096
3097
3098
3099
3100
3101
3102
3103
3104
3105
3106
3107
3108
3109
3110
3111
3112
3113
3114
3115
3116
3117
3118
3119
3120
3121
3122
3123
3124
3125
3126
3127
3128
3129
3130
3131
3132
3133
3134
3135
3136
3137
3138
3139
3140
3141
3142
3143
3144
3145
3146
3147
3148
3149
3150
3151
3152
3153
3154
3155
3156
3157
3158
3159
3160
3161
3162
3163
3164
3165
3166
3167
3168
3169
3170
3171
3172
3173
3174
3175
3176
3177
3178
3179
3180
3181
3182
3183
3184
3185
3186
3187
3188
3189
3190
3191
3192
3193
3194
3195
3196
3197
3198
3199
3200
3201
3202
3203
3204
3205
3206
3207
3208
3209
3210
3211
3212
3213
3214
3215
3216
3217
3218
3219
3220
3221
3222
3223
3224
3225
3226
3227
3228
3229
3230
3231
3232
3233
3234
3235
3236
3237
3238
3239
3240
3241
3242
3243
3244
3245
3246
3247
3248
3249
3250
3251
3252
3253
3254
3255
3256
3257
3258
3259
3260
3261
3262
3263
3264
3265
3266
3267
3268
3269
3270
3271
3272
3273
3274
3275
3276
3277
3278
3279
3280
3281
3282
3283
3284
3285
3286
3287
3288
3289
3290
3291
3292
3293
3294
3295
3296
3297
3298
3299
3300
3301
3302
3303
3304
3305
3306
3307
3308
3309
3310
3311
3312
3313
3314
3315
3316
3317
3318
3319
3320
3321
3322
3323
3324
3325
3326
3327
3328
3329
3330
3331
3332
3333
3334
3335
3336
3337
3338
3339
3340
3341
3342
3343
3344
3345
3346
3347
3348
3349
3350
3351
3352
3353
3354
3355
3356
3357
3358
3359
3360
3361
3362
3363
3364
3365
3366
3367
3368
3369
3370
3371
3372
3373
3374
3375
3376
3377
3378
3379
3380
3381
3382
3383
3384
3385
3386
3387
3388
3389
3390
3391
3392
3393
3394
3395
3396
3397
3398
3399
3400
3401
3402
3403
3404
3405
3406
3407
3408
3409
3410
3411
3412
3413
3414
3415
3416
3417
3418
3419
3420
3421
3422
3423
3424
3425
3426
3427
3428
3429
3430
3431
3432
3433
3434
3435
3436
3437
3438
3439
3440
3441
3442
3443
3444
3445
3446
3447
3448
3449
3450
3451
3452
3453
3454
3455
3456
3457
3458
3459
3460
3461
3462
3463
3464
3465
3466
3467
3468
3469
3470
3471
3472
3473
3474
3475
3476
3477
3478
3479
3480
3481
3482
3483
3484
3485
3486
3487
3488
3489
3490
3491
3492
3493
3494
3495
3496
3497
3498
3499
3500
3501
3502
3503
3504
3505
3506
3507
3508
3509
3510
3511
3512
3513
3514
3515
3516
3517
3518
3519
3520
3521
3522
3523
3524
3525
3526
3527
3528
3529
3530
3531
3532
3533
3534
3535
3536
3537
3538
3539
3540
3541
3542
3543
3544
3545
3546
3547
3548
3549
3550
3551
3552
3553
3554
3555
3556
3557
3558
3559
3560
3561
3562
3563
3564
3565
3566
3567
3568
3569
3570
3571
3572
3573
3574
3575
3576
3577
3578
3579
3580
3581
3582
3583
3584
3585
3586
3587
3588
3589
3590
3591
3592
3593
3594
3595
3596
3597
3598
3599
3600
3601
3602
3603
3604
3605
3606
3607
3608
3609
3610
3611
3612
3613
3614
3615
3616
3617
3618
3619
3620
3621
3622
3623
3624
3625
3626
3627
3628
3629
3630
3631
3632
3633
3634
3635
3636
3637
3638
3639
3640
3641
3642
3643
3644
3645
3646
3647
3648
3649
3650
3651
3652
3653
3654
3655
3656
3657
3658
3659
3660
3661
3662
3663
3664
3665
3666
3667
3668
3669
3670
3671
3672
3673
3674
3675
3676
3677
3678
3679
3680
3681
3682
3683
3684
3685
3686
3687
3688
3689
3690
3691
3692
3693
3694
3695
3696
3697
3698
3699
3700
3701
3702
3703
3704
3705
3706
3707
3708
3709
3710
3711
3712
3713
3714
3715
3716
3717
3718
3719
3720
3721
3722
3723
3724
3725
3726
3727
3728
3729
3730
3731
3732
3733
3734
3735
3736
3737
3738
3739
3740
3741
3742
3743
3744
3745
3746
3747
3748
3749
3750
3751
3752
3753
3754
3755
3756
3757
3758
3759
3760
3761
3762
3763
3764
3765
3766
3767
3768
3769
3770
3771
3772
3773
3774
3775
3776
3777
3778
3779
3780
3781
3782
3783
3784
3785
3786
3787
3788
3789
3790
3791
3792
3793
3794
3795
3796
3797
3798
3799
3800
3801
3802
3803
3804
3805
3806
3807
3808
3809
3810
3811
3812
3813
3814
3815
3816
3817
3818
3819
3820
3821
3822
3823
3824
3825
3826
3827
3828
3829
3830
3831
3832
3833
3834
3835
3836
3837
3838
3839
3840
3841
3842
3843
3844
3845
3846
3847
3848
3849
3850
3851
3852
3853
3854
3855
3856
3857
3858
3859
3860
3861
3862
3863
3864
3865
3866
3867
3868
3869
3870
3871
3872
3873
3874
3875
3876
3877
3878
3879
3880
3881
3882
3883
3884
3885
3886
3887
3888
3889
3890
3891
3892
3893
3894
3895
3896
3897
3898
3899
3900
3901
3902
3903
3904
3905
3906
3907
3908
3909
3910
3911
3912
3913
3914
3915
3916
3917
3918
3919
3920
3921
3922
3923
3924
3925
3926
3927
3928
3929
3930
3931
3932
3933
3934
3935
3936
3937
3938
3939
3940
3941
3942
3943
3944
3945
3946
3947
3948
3949
3950
3951
3952
3953
3954
3955
3956
3957
3958
3959
3960
3961
3962
3963
3964
3965
3966
3967
3968
3969
3970
3971
3972
3973
3974
3975
3976
3977
3978
3979
3980
3981
3982
3983
3984
3985
3986
3987
3988
3989
3990
3991
3992
3993
3994
3995
3996
3997
3998
3999
4000
4001
4002
4003
4004
4005
4006
4007
4008
4009
4010
4011
4012
4013
4014
4015
4016
4017
4018
4019
4020
4021
4022
4023
4024
4025
4026
4027
4028
4029
4030
4031
4032
4033
4034
4035
4036
4037
4038
4039
4040
4041
4042
4043
4044
4045
4046
4047
4048
4049
4050
4051
4052
4053
4054
4055
4056
4057
4058
4059
4060
4061
4062
4063
4064
4065
4066
4067
4068
4069
4070
4071
4072
4073
4074
4075
4076
4077
4078
4079
4080
4081
4082
4083
4084
4085
4086
4087
4088
4089
4090
4091
4092
4093
4094
4095
4096
4097
4098
4099
4100
4101
4102
4103
4104
4105
4106
4107
4108
4109
4110
4111
4112
4113
4114
4115
4116
4117
4118
4119
4120
4121
4122
4123
4124
4125
4126
4127
4128
4129
4130
4131
4132
4133
4134
4135
4136
4137
4138
4139
4140
4141
4142
4143
4144
4145
4146
4147
4148
4149
4150
4151
4152
4153
4154
4155
4156
4157
4158
4159
4160
4161
4162
4163
4164
4165
4166
4167
4168
4169
4170
4171
4172
4173
4174
4175
4176
4177
4178
4179
4180
4181
4182
4183
4184
4185
4186
4187
4188
4189
4190
4191
4192
4193
4194
4195
4196
4197
4198
4199
4200
4201
4202
4203
4204
4205
4206
4207
4208
4209
4210
4211
4212
4213
4214
4215
4216
4217
4218
4219
4220
4221
4222
4223
4224
4225
4226
4227
4228
4229
4230
4231
4232
4233
4234
4235
4236
4237
4238
4239
4240
4241
4242
4243
4244
4245
4246
4247
4248
4249
4250
4251
4252
4253
4254
4255
4256
4257
4258
4259
4260
4261
4262
4263
4264
4265
4266
4267
4268
4269
4270
4271
4272
4273
4274
4275
4276
4277
4278
4279
4280
4281
4282
4283
4284
4285
4286
4287
4288
4289
4290
4291
4292
4293
4294
4295
4296
4297
4298
4299
4300
4301
4302
4303
4304
4305
4306
4307
4308
4309
4310
4311
4312
4313
4314
4315
4316
4317
4318
4319
4320
4321
4322
4323
4324
4325
4326
4327
4328
4329
4330
4331
4332
4333
4334
4335
4336
4337
4338
4339
4340
4341
4342
4343
4344
4345
4346
4347
4348
4349
4350
4351
4352
4353
4354
4355
4356
4357
4358
4359
4360
4361
4362
4363
4364
4365
4366
4367
4368
4369
4370
4371
4372
4373
4374
4375
4376
4377
4378
4379
4380
4381
4382
4383
4384
4385
4386
4387
4388
4389
4390
4391
4392
4393
4394
4395
4396
4397
4398
4399
4400
4401
4402
4403
4404
4405
4406
4407
4408
4409
4410
4411
4412
4413
4414
4415
4416
4417
4418
4419
4420
4421
4422
4423
4424
4425
4426
4427
4428
4429
4430
4431
4432
4433
4434
4435
4436
4437
4438
4439
4440
4441
4442
4443
4444
4445
4446
4447
4448
4449
4450
4451
4452
4453
4454
4455
4456
4457
4458
4459
4460
4461
4462
4463
4464
4465
4466
4467
4468
4469
4470
4471
4472
4473
4474
4475
4476
4477
4478
4479
4480
4481
4482
4483
4484
4485
4486
4487
4488
4489
4490
4491
4492
4493
4494
4495
4496
4497
4498
4499
4500
4501
4502
4503
4504
4505
4506
4507
4508
4509
4510
4511
4512
4513
4514
4515
4516
4517
4518
4519
4520
4521
4522
4523
4524
4525
4526
4527
4528
4529
4530
4531
4532
4533
4534
4535
4536
4537
4538
4539
4540
4541
4542
4543
4544
4545
4546
4547
4548
4549
4550
4551
4552
4553
4554
4555
4556
4557
4558
4559
4560
4561
4562
4563
4564
4565
4566
4567
4568
4569
4570
4571
4572
4573
4574
4575
4576
4577
4578
4579
4580
4581
4582
4583
4584
4585
4586
4587
4588
4589
4590
4591
4592
4593
4594
4595
4596
4597
4598
4599
4600
4601
4602
4603
4604
4605
4606
4607
4608
4609
4610
4611
4612
4613
4614
4615
4616
4617
4618
4619
4620
4621
4622
4623
4624
4625
4626
4627
4628
4629
4630
4631
4632
4633
4634
4635
4636
4637
4638
4639
4640
4641
4642
4643
4644
4645
4646
4647
4648
4649
4650
4651
4652
4653
4654
4655
4656
4657
4658
4659
4660
4661
4662
4663
4664
4665
4666
4667
4668
4669
4670
4671
4672
4673
4674
4675
4676
4677
4678
4679
4680
4681
4682
4683
4684
4685
4686
4687
4688
4689
4690
4691
4692
4693
4694
4695
4696
4697
4698
4699
4700
4701
4702
4703
4704
4705
4706
4707
4708
4709
4710
4711
4712
4713
4714
4715
4716
4717
4718
4719
4720
4721
4722
4723
4724
4725
4726
4727
4728
4729
4730
4731
4732
4733
4734
4735
4736
4737
4738
4739
4740
4741
4742
4743
4744
4745
4746
4747
4748
4749
4750
4751
4752
4753
4754
4755
4756
4757
4758
4759
4760
4761
4762
4763
4764
4765
4766
4767
4768
4769
4770
4771
4772
4773
4774
4775
4776
4777
4778
4779
4780
4781
4782
4783
4784
4785
4786
4787
4788
4789
4790
4791
4792
4793
4794
4795
4796
4797
4798
4799
4800
4801
4802
4803
4804
4805
4806
4807
4808
4809
4810
4811
4812
4813
4814
4815
4816
4817
4818
4819
4820
4821
4822
4823
4824
4825
4826
4827
4828
4829
4830
4831
4832
4833
4834
4835
4836
4837
4838
4839
4840
4841
4842
4843
4844
4845
4846
4847
4848
4849
4850
4851
4852
4853
4854
4855
4856
4857
4858
4859
4860
4861
4862
4863
4864
4865
4866
4867
4868
4869
4870
4871
4872
4873
4874
4875
4876
4877
4878
4879
4880
4881
4882
4883
4884
4885
4886
4887
4888
4889
4890
4891
4892
4893
4894
4895
4896
4897
4898
4899
4900
4901
4902
4903
4904
4905
4906
4907
4908
4909
4910
4911
4912
4913
4914
4915
4916
4917
4918
4919
4920
4921
4922
4923
4924
4925
4926
4927
4928
4929
4930
4931
4932
4933
4934
4935
4936
4937
4938
4939
4940
4941
4942
4943
4944
4945
4946
4947
4948
4949
4950
4951
4952
4953
4954
4955
4956
4957
4958
4959
4960
4961
4962
4963
4964
4965
4966
4967
4968
4969
4970
4971
4972
4973
4974
4975
4976
4977
4978
4979
4980
4981
4982
4983
4984
4985
4986
4987
4988
4989
4990
4991
4992
4993
4994
4995
4996
4997
4998
4999
5000
\.


--
-- Data for Name: child_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.child_t (id, name, extra) FROM stdin;
2	child row	extra
\.


--
-- Data for Name: empty_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.empty_t (id, t) FROM stdin;
\.


--
-- Data for Name: ident_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.ident_t (id, label) FROM stdin;
1000	first
1010	second
1020	third
\.


--
-- Data for Name: in_space; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.in_space (id, v) FROM stdin;
1	stored in tablespace fixspace
\.


--
-- Data for Name: parent_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.parent_t (id, name) FROM stdin;
1	parent row
\.


--
-- Data for Name: unlogged_t; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.unlogged_t (id, note) FROM stdin;
1	not WAL-logged
\.


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
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('16001', 131072);
SELECT pg_catalog.lowrite(0, '\x68656c6c6f206c61726765206f626a656374');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16002', 131072);
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('16003', 131072);
SELECT pg_catalog.lowrite(0, '\x000102fffe5c2e0a');
SELECT pg_catalog.lo_close(0);

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

