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
-- Data for Name: café; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public."café" (id, "naïve", note) FROM stdin;
1	Grüße aus Köln	déjà vu
2	tab\there ½ ¾ ¿	©®°±µ¶·
3	\N	ÀÁÂÃÄÅÆÇÈÉÊË
4	ñandú	back\\slash ÿ
\.


--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

