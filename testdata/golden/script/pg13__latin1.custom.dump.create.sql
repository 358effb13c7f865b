--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 13.23
-- Dumped by pg_dump version 13.16 (Debian 13.16-0+deb11u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: latin1; Type: DATABASE; Schema: -; Owner: postgres
--

CREATE DATABASE latin1 WITH TEMPLATE = template0 ENCODING = 'LATIN1' LOCALE = 'C';


ALTER DATABASE latin1 OWNER TO postgres;

\unrestrict TESTKEY
\connect latin1
\restrict TESTKEY

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET transaction_timeout = 0;
SET client_encoding = 'LATIN1';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: café; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."café" (
    id integer NOT NULL,
    "naïve" text,
    note character varying(20)
);


ALTER TABLE public."café" OWNER TO postgres;

--
-- Name: TABLE "café"; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public."café" IS 'table with a LATIN1 identifier: café';


--
-- Name: vue_été; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public."vue_été" AS
 SELECT "café".id,
    "café"."naïve"
   FROM public."café";


ALTER VIEW public."vue_été" OWNER TO postgres;

--
-- Data for Name: café; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."café" (id, "naïve", note) FROM stdin;
1	Grüße aus Köln	déjà vu
2	tab\there ½ ¾ ¿	©®°±µ¶·
3	\N	ÀÁÂÃÄÅÆÇÈÉÊË
4	ñandú	back\\slash ÿ
\.


--
-- Name: café café_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."café"
    ADD CONSTRAINT "café_pkey" PRIMARY KEY (id);


--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

