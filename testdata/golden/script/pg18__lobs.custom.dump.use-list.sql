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
-- Data for Name: 4000000000; Type: BLOBS; Schema: -; Owner: postgres
--

BEGIN;

SELECT pg_catalog.lo_open('4000000000', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Data for Name: 30001..30003; Type: BLOBS; Schema: -; Owner: alice
--

BEGIN;

SELECT pg_catalog.lo_open('30001', 131072);
SELECT pg_catalog.lowrite(0, '\x01');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30002', 131072);
SELECT pg_catalog.lowrite(0, '\x0203');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30003', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: 4000000000; Type: BLOB METADATA; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('4000000000');

ALTER LARGE OBJECT 4000000000 OWNER TO postgres;

--
-- Name: 30001..30003; Type: BLOB METADATA; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('30001');
SELECT pg_catalog.lo_create('30002');
SELECT pg_catalog.lo_create('30003');

ALTER LARGE OBJECT 30001 OWNER TO alice;
ALTER LARGE OBJECT 30002 OWNER TO alice;
ALTER LARGE OBJECT 30003 OWNER TO alice;

--
-- Name: LARGE OBJECTS 30001..30003; Type: ACL; Schema: -; Owner: alice
--

GRANT SELECT ON LARGE OBJECT 30001 TO bob;
GRANT SELECT ON LARGE OBJECT 30002 TO bob;
GRANT SELECT ON LARGE OBJECT 30003 TO bob;

--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

