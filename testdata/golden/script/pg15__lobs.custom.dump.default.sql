--
-- PostgreSQL database dump
--

\restrict TESTKEY

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

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
-- Name: 20001; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20001');


ALTER LARGE OBJECT 20001 OWNER TO bob;

--
-- Name: LARGE OBJECT 20001; Type: COMMENT; Schema: -; Owner: bob
--

COMMENT ON LARGE OBJECT 20001 IS 'first of many';


--
-- Name: 20002; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20002');


ALTER LARGE OBJECT 20002 OWNER TO bob;

--
-- Name: 20003; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20003');


ALTER LARGE OBJECT 20003 OWNER TO bob;

--
-- Name: 20004; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20004');


ALTER LARGE OBJECT 20004 OWNER TO bob;

--
-- Name: 20005; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20005');


ALTER LARGE OBJECT 20005 OWNER TO bob;

--
-- Name: 20006; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20006');


ALTER LARGE OBJECT 20006 OWNER TO bob;

--
-- Name: 20007; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20007');


ALTER LARGE OBJECT 20007 OWNER TO bob;

--
-- Name: 20008; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20008');


ALTER LARGE OBJECT 20008 OWNER TO bob;

--
-- Name: 20009; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20009');


ALTER LARGE OBJECT 20009 OWNER TO bob;

--
-- Name: 20010; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20010');


ALTER LARGE OBJECT 20010 OWNER TO bob;

--
-- Name: 20011; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20011');


ALTER LARGE OBJECT 20011 OWNER TO bob;

--
-- Name: 20012; Type: BLOB; Schema: -; Owner: bob
--

SELECT pg_catalog.lo_create('20012');


ALTER LARGE OBJECT 20012 OWNER TO bob;

--
-- Name: 30001; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('30001');


ALTER LARGE OBJECT 30001 OWNER TO alice;

--
-- Name: 30002; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('30002');


ALTER LARGE OBJECT 30002 OWNER TO alice;

--
-- Name: 30003; Type: BLOB; Schema: -; Owner: alice
--

SELECT pg_catalog.lo_create('30003');


ALTER LARGE OBJECT 30003 OWNER TO alice;

--
-- Name: 4000000000; Type: BLOB; Schema: -; Owner: postgres
--

SELECT pg_catalog.lo_create('4000000000');


ALTER LARGE OBJECT 4000000000 OWNER TO postgres;

--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: -
--

BEGIN;

SELECT pg_catalog.lo_open('20001', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20002', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20003', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20004', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20005', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20006', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20007', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20008', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20009', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20010', 131072);
SELECT pg_catalog.lowrite(0, '\x7878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20011', 131072);
SELECT pg_catalog.lowrite(0, '\x787878');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('20012', 131072);
SELECT pg_catalog.lowrite(0, '\x78');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30001', 131072);
SELECT pg_catalog.lowrite(0, '\x01');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30002', 131072);
SELECT pg_catalog.lowrite(0, '\x0203');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('30003', 131072);
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open('4000000000', 131072);
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Name: LARGE OBJECT 30001; Type: ACL; Schema: -; Owner: alice
--

GRANT SELECT ON LARGE OBJECT 30001 TO bob;


--
-- Name: LARGE OBJECT 30002; Type: ACL; Schema: -; Owner: alice
--

GRANT SELECT ON LARGE OBJECT 30002 TO bob;


--
-- Name: LARGE OBJECT 30003; Type: ACL; Schema: -; Owner: alice
--

GRANT SELECT ON LARGE OBJECT 30003 TO bob;


--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

