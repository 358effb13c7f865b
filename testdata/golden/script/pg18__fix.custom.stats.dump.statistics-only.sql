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
-- Statistics for Name: Table "Quoted"; Type: STATISTICS DATA; Schema: Mixed Case; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"',
	'relpages', '1'::integer,
	'reltuples', '3'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"',
	'attname', 'Id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"',
	'attname', 'UPPER',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"',
	'attname', 'Weird "Col"',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '9'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{one,"three	three","two \"quoted\""}'::text,
	'correlation', '0.5'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"',
	'attname', 'my col',
	'inherited', 'f'::boolean,
	'null_frac', '0.33333334'::real,
	'avg_width', '2'::integer,
	'n_distinct', '-0.6666666'::real,
	'histogram_bounds', '{x,z}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: bookings; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'bookings',
	'relpages', '1'::integer,
	'reltuples', '10'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'bookings',
	'attname', 'during',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '22'::integer,
	'n_distinct', '-1'::real,
	'range_length_histogram', '{7200,7200,7200,7200,7200,7200,7200,7200,7200,7200}'::text,
	'range_empty_frac', '0'::real,
	'range_bounds_histogram', '{"[\"2024-03-01 00:00:00+00\",\"2024-03-01 02:00:00+00\")","[\"2024-03-02 00:00:00+00\",\"2024-03-02 02:00:00+00\")","[\"2024-03-03 00:00:00+00\",\"2024-03-03 02:00:00+00\")","[\"2024-03-04 00:00:00+00\",\"2024-03-04 02:00:00+00\")","[\"2024-03-05 00:00:00+00\",\"2024-03-05 02:00:00+00\")","[\"2024-03-06 00:00:00+00\",\"2024-03-06 02:00:00+00\")","[\"2024-03-07 00:00:00+00\",\"2024-03-07 02:00:00+00\")","[\"2024-03-08 00:00:00+00\",\"2024-03-08 02:00:00+00\")","[\"2024-03-09 00:00:00+00\",\"2024-03-09 02:00:00+00\")","[\"2024-03-10 00:00:00+00\",\"2024-03-10 02:00:00+00\")"}'::text
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'bookings',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: customers; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers',
	'relpages', '1'::integer,
	'reltuples', '40'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers',
	'attname', 'address',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '44'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{"(\"1 Main St\",00001,\"Town 1\")","(\"10 Main St\",00010,\"Town 3\")","(\"11 Main St\",00011,\"Town 4\")","(\"12 Main St\",00012,\"Town 5\")","(\"13 Main St\",00013,\"Town 6\")","(\"14 Main St\",00014,\"Town 0\")","(\"15 Main St\",00015,\"Town 1\")","(\"16 Main St\",00016,\"Town 2\")","(\"17 Main St\",00017,\"Town 3\")","(\"18 Main St\",00018,\"Town 4\")","(\"19 Main St\",00019,\"Town 5\")","(\"2 Main St\",00002,\"Town 2\")","(\"20 Main St\",00020,\"Town 6\")","(\"21 Main St\",00021,\"Town 0\")","(\"22 Main St\",00022,\"Town 1\")","(\"23 Main St\",00023,\"Town 2\")","(\"24 Main St\",00024,\"Town 3\")","(\"25 Main St\",00025,\"Town 4\")","(\"26 Main St\",00026,\"Town 5\")","(\"27 Main St\",00027,\"Town 6\")","(\"28 Main St\",00028,\"Town 0\")","(\"29 Main St\",00029,\"Town 1\")","(\"3 Main St\",00003,\"Town 3\")","(\"30 Main St\",00030,\"Town 2\")","(\"31 Main St\",00031,\"Town 3\")","(\"32 Main St\",00032,\"Town 4\")","(\"33 Main St\",00033,\"Town 5\")","(\"34 Main St\",00034,\"Town 6\")","(\"35 Main St\",00035,\"Town 0\")","(\"36 Main St\",00036,\"Town 1\")","(\"37 Main St\",00037,\"Town 2\")","(\"38 Main St\",00038,\"Town 3\")","(\"39 Main St\",00039,\"Town 4\")","(\"4 Main St\",00004,\"Town 4\")","(\"40 Main St\",00040,\"Town 5\")","(\"5 Main St\",00005,\"Town 5\")","(\"6 Main St\",00006,\"Town 6\")","(\"7 Main St\",00007,\"Town 0\")","(\"8 Main St\",00008,\"Town 1\")","(\"9 Main St\",00009,\"Town 2\")"}'::text,
	'correlation', '0.27579737'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers',
	'attname', 'email',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '15'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{c10@example.org,c11@example.org,c12@example.org,c13@example.org,c14@example.org,c15@example.org,c16@example.org,c17@example.org,c18@example.org,c19@example.org,c1@example.org,c20@example.org,c21@example.org,c22@example.org,c23@example.org,c24@example.org,c25@example.org,c26@example.org,c27@example.org,c28@example.org,c29@example.org,c2@example.org,c30@example.org,c31@example.org,c32@example.org,c33@example.org,c34@example.org,c35@example.org,c36@example.org,c37@example.org,c38@example.org,c39@example.org,c3@example.org,c40@example.org,c4@example.org,c5@example.org,c6@example.org,c7@example.org,c8@example.org,c9@example.org}'::text,
	'correlation', '0.1424015'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers',
	'attname', 'name',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '11'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{"customer 1","customer 10","customer 11","customer 12","customer 13","customer 14","customer 15","customer 16","customer 17","customer 18","customer 19","customer 2","customer 20","customer 21","customer 22","customer 23","customer 24","customer 25","customer 26","customer 27","customer 28","customer 29","customer 3","customer 30","customer 31","customer 32","customer 33","customer 34","customer 35","customer 36","customer 37","customer 38","customer 39","customer 4","customer 40","customer 5","customer 6","customer 7","customer 8","customer 9"}'::text,
	'correlation', '0.27579737'::real
);


--
-- Statistics for Name: measure; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure',
	'relpages', '-1'::integer,
	'reltuples', '30'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure',
	'attname', 'id',
	'inherited', 't'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure',
	'attname', 'ts',
	'inherited', 't'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{2024-06-21,2024-07-11,2024-07-31,2024-08-20,2024-09-09,2024-09-29,2024-10-19,2024-11-08,2024-11-28,2024-12-18,2025-01-07,2025-01-27,2025-02-16,2025-03-08,2025-03-28,2025-04-17,2025-05-07,2025-05-27,2025-06-16,2025-07-06,2025-07-26,2025-08-15,2025-09-04,2025-09-24,2025-10-14,2025-11-03,2025-11-23,2025-12-13,2026-01-02,2026-01-22}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure',
	'attname', 'v',
	'inherited', 't'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1.5,3.0,4.5,6.0,7.5,9.0,10.5,12.0,13.5,15.0,16.5,18.0,19.5,21.0,22.5,24.0,25.5,27.0,28.5,30.0,31.5,33.0,34.5,36.0,37.5,39.0,40.5,42.0,43.5,45.0}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: measure_2024; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2024',
	'relpages', '1'::integer,
	'reltuples', '10'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2024',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2024',
	'attname', 'ts',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{2024-06-21,2024-07-11,2024-07-31,2024-08-20,2024-09-09,2024-09-29,2024-10-19,2024-11-08,2024-11-28,2024-12-18}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2024',
	'attname', 'v',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1.5,3.0,4.5,6.0,7.5,9.0,10.5,12.0,13.5,15.0}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: measure_2025; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2025',
	'relpages', '1'::integer,
	'reltuples', '18'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2025',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2025',
	'attname', 'ts',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{2025-01-07,2025-01-27,2025-02-16,2025-03-08,2025-03-28,2025-04-17,2025-05-07,2025-05-27,2025-06-16,2025-07-06,2025-07-26,2025-08-15,2025-09-04,2025-09-24,2025-10-14,2025-11-03,2025-11-23,2025-12-13}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2025',
	'attname', 'v',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{16.5,18.0,19.5,21.0,22.5,24.0,25.5,27.0,28.5,30.0,31.5,33.0,34.5,36.0,37.5,39.0,40.5,42.0}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: measure_default; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_default',
	'relpages', '1'::integer,
	'reltuples', '2'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_default',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{29,30}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_default',
	'attname', 'ts',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{2026-01-02,2026-01-22}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_default',
	'attname', 'v',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{43.5,45.0}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: orders; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'relpages', '2'::integer,
	'reltuples', '200'::real,
	'relallvisible', '2'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'amount',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{0.37,0.74,1.48,2.22,2.96,3.70,4.44,5.18,5.92,6.66,7.40,8.14,8.88,9.62,10.36,11.10,11.84,12.58,13.32,14.06,14.80,15.54,16.28,17.02,17.76,18.50,19.24,19.98,20.72,21.46,22.20,22.94,23.68,24.42,25.16,25.90,26.64,27.38,28.12,28.86,29.60,30.34,31.08,31.82,32.56,33.30,34.04,34.78,35.52,36.26,37.00,37.74,38.48,39.22,39.96,40.70,41.44,42.18,42.92,43.66,44.40,45.14,45.88,46.62,47.36,48.10,48.84,49.58,50.32,51.06,51.80,52.54,53.28,54.02,54.76,55.50,56.24,56.98,57.72,58.46,59.20,59.94,60.68,61.42,62.16,62.90,63.64,64.38,65.12,65.86,66.60,67.34,68.08,68.82,69.56,70.30,71.04,71.78,72.52,73.26,74.00}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'customer_id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.2'::real,
	'most_common_vals', '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40}'::text,
	'most_common_freqs', '{0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025,0.025}'::real[],
	'correlation', '0.19462986'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,4,6,8,10,12,14,16,18,20,22,24,26,28,30,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,66,68,70,72,74,76,78,80,82,84,86,88,90,92,94,96,98,100,102,104,106,108,110,112,114,116,118,120,122,124,126,128,130,132,134,136,138,140,142,144,146,148,150,152,154,156,158,160,162,164,166,168,170,172,174,176,178,180,182,184,186,188,190,192,194,196,198,200}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'mood',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '4'::real,
	'most_common_vals', '{sad,ok,happy,"it''s complicated"}'::text,
	'most_common_freqs', '{0.25,0.25,0.25,0.25}'::real[],
	'correlation', '0.24615616'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'qty',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '3'::real,
	'most_common_vals', '{2,3,1}'::text,
	'most_common_freqs', '{0.335,0.335,0.33}'::real[],
	'correlation', '0.33668342'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'status',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '4'::real,
	'most_common_vals', '{new,paid,secret,shipped}'::text,
	'most_common_freqs', '{0.25,0.25,0.25,0.25}'::real[],
	'correlation', '0.24240606'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'total',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-0.89'::real,
	'most_common_vals', '{2.22,5.55,8.88,12.21,15.54,18.87,22.20,25.53,28.86,32.19,35.52,38.85,42.18,45.51,48.84,52.17,55.50,58.83,62.16,65.49,68.82,72.15}'::text,
	'most_common_freqs', '{0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01}'::real[],
	'histogram_bounds', '{0.74,1.11,3.33,4.44,6.66,7.40,9.62,9.99,11.84,13.32,14.43,16.65,17.76,19.98,20.72,22.94,23.31,25.16,26.64,27.75,29.97,31.08,33.30,34.04,36.26,36.63,38.48,39.96,41.07,42.92,44.40,46.62,47.36,49.58,49.95,51.80,53.28,54.39,56.24,57.72,59.94,60.68,62.90,63.27,65.12,66.60,67.71,69.56,71.04,71.78,74.00,76.22,78.44,80.66,82.14,85.10,85.47,88.80,89.54,92.13,95.46,96.20,98.79,100.64,102.86,105.08,107.30,108.78,111.74,112.11,115.44,118.40,118.77,122.10,122.84,125.43,127.28,129.50,131.72,133.94,136.16,138.38,140.60,142.08,145.04,145.41,148.74,152.07,158.73,162.06,168.72,175.38,178.71,185.37,188.70,195.36,198.69,205.35,208.68,215.34,222.00}'::text,
	'correlation', '0.82326406'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders',
	'attname', 'updated_at',
	'inherited', 'f'::boolean,
	'null_frac', '0.8'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.19999999'::real,
	'histogram_bounds', '{"2024-01-01 05:35:00+00","2024-01-01 11:10:00+00","2024-01-01 16:45:00+00","2024-01-01 22:20:00+00","2024-01-02 03:55:00+00","2024-01-02 09:30:00+00","2024-01-02 15:05:00+00","2024-01-02 20:40:00+00","2024-01-03 02:15:00+00","2024-01-03 07:50:00+00","2024-01-03 13:25:00+00","2024-01-03 19:00:00+00","2024-01-04 00:35:00+00","2024-01-04 06:10:00+00","2024-01-04 11:45:00+00","2024-01-04 17:20:00+00","2024-01-04 22:55:00+00","2024-01-05 04:30:00+00","2024-01-05 10:05:00+00","2024-01-05 15:40:00+00","2024-01-05 21:15:00+00","2024-01-06 02:50:00+00","2024-01-06 08:25:00+00","2024-01-06 14:00:00+00","2024-01-06 19:35:00+00","2024-01-07 01:10:00+00","2024-01-07 06:45:00+00","2024-01-07 12:20:00+00","2024-01-07 17:55:00+00","2024-01-07 23:30:00+00","2024-01-08 05:05:00+00","2024-01-08 10:40:00+00","2024-01-08 16:15:00+00","2024-01-08 21:50:00+00","2024-01-09 03:25:00+00","2024-01-09 09:00:00+00","2024-01-09 14:35:00+00","2024-01-09 20:10:00+00","2024-01-10 01:45:00+00","2024-01-10 07:20:00+00"}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: remote_t; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'remote_t',
	'relpages', '0'::integer,
	'reltuples', '-1'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: all_types; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'relpages', '1'::integer,
	'reltuples', '6'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_bool',
	'inherited', 'f'::boolean,
	'null_frac', '0.33333334'::real,
	'avg_width', '1'::integer,
	'n_distinct', '-0.33333334'::real,
	'most_common_vals', '{t}'::text,
	'most_common_freqs', '{0.5}'::real[],
	'correlation', '-0.2'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_bytea',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"\\x","\\x00010203ff","\\x5c2e0a","\\x636166c3a9","\\xdeadbeef"}'::text,
	'correlation', '-0.6'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_char',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '7'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"\\.    ","\\\\    ","a	b   ","char  ","üñî   "}'::text,
	'correlation', '0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_cidr',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '11'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{0.0.0.0/0,10.0.0.0/8,10.1.0.0/16,::/0,2001:db8::/32}'::text,
	'correlation', '-0.1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_comp',
	'inherited', 'f'::boolean,
	'null_frac', '0.33333334'::real,
	'avg_width', '34'::integer,
	'n_distinct', '-0.6666666'::real,
	'histogram_bounds', '{"(\"\",\"\",\"\")","(\"1 Main St\",12345,Springfield)","(\"Straße 1\",0,München)","(,,)"}'::text,
	'correlation', '0.8'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_date',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"0001-01-01 BC",2024-01-01,2024-02-29,2024-06-15,9999-12-31}'::text,
	'correlation', '-0.9'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_domain',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{1,5,7,42,2147483647}'::text,
	'correlation', '-0.6'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_enum',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.6666667'::real,
	'most_common_vals', '{ok}'::text,
	'most_common_freqs', '{0.33333334}'::real[],
	'histogram_bounds', '{sad,happy,"it''s complicated"}'::text,
	'correlation', '-0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_float4',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-0,1.5,7,3.4028235e+38,NaN}'::text,
	'correlation', '0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_float8',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-Infinity,1e-307,0.1,2.25,7}'::text,
	'correlation', '-0.1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_floatrange',
	'inherited', 'f'::boolean,
	'null_frac', '0.5'::real,
	'avg_width', '22'::integer,
	'n_distinct', '-0.5'::real,
	'range_length_histogram', '{1,1,2e+300}'::text,
	'range_empty_frac', '0'::real,
	'range_bounds_histogram', '{"[-1e+300,1)","(0,2.5]","[1.5,1e+300)"}'::text
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_hstore',
	'inherited', 'f'::boolean,
	'null_frac', '0.6666667'::real,
	'avg_width', '22'::integer,
	'n_distinct', '-0.3333333'::real,
	'histogram_bounds', '{"","\"a\"=>\"1\", \"b c\"=>NULL, \"k\\\"q\"=>\"v\\\\w\""}'::text,
	'correlation', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_inet',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '11'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{0.0.0.0,10.1.2.3,192.168.0.1/24,::1,2001:db8::1}'::text,
	'correlation', '0'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_int2',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '2'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-32768,0,1,7,32767}'::text,
	'correlation', '-0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_int4',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-2147483648,0,2,7,2147483647}'::text,
	'correlation', '-0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_int4range',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '10'::integer,
	'n_distinct', '-0.8333333'::real,
	'range_length_histogram', '{1,1,9}'::text,
	'range_empty_frac', '0.4'::real,
	'range_bounds_histogram', '{"[1,6)","[5,8)","[7,10)"}'::text
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_int8',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-9223372036854775808,0,3,7,9223372036854775807}'::text,
	'correlation', '-0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_int_arr',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '29'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"{}","{-1,0,1}","{1,2,3}","{{1,2},{3,4}}","{7}"}'::text,
	'correlation', '-0.5'::real,
	'most_common_elems', '{-1,0,1,2,3,4,7}'::text,
	'most_common_elem_freqs', '{0.2,0.2,0.6,0.4,0.4,0.2,0.2,0.2,0.6,0}'::real[],
	'elem_count_histogram', '{0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,4,2.2}'::real[]
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_interval',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '16'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"-1 days -00:00:01",00:00:00,00:00:00.000001,"7 days","1 year 2 mons 3 days 04:05:06"}'::text,
	'correlation', '0'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_json',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '15'::integer,
	'n_distinct', '0'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_jsonb',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '18'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"null","\"é☺\"","{}","{\"日\": \"本\"}","{\"a\": 1, \"b\": [true, null]}"}'::text,
	'correlation', '0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_money',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-$0.01,$0.00,$7.00,"$1,234.56","$999,999.99"}'::text,
	'correlation', '-0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_numeric',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '7'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-0.000001,0.000000,7.000000,12345.678901,99999999999999.999999}'::text,
	'correlation', '-0.6'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_text',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '27'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"Grüße, 日本語, été, emoji 😀, zero-width ​.","\\.","line one
line two
\\.
line four","plain text","tab	here
newline\\backslashcarriage"}'::text,
	'correlation', '0.9'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_text_arr',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '45'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"{\"back\\\\slash\",tabthere}","{\"comma,inside\",\"{brace}\"}","{x,\"y z\",\"q\\\"uote\"}","{über,linenbreak}","{NULL,\"\",NULL}"}'::text,
	'correlation', '0.7'::real,
	'most_common_elems', '{"","back\\slash","comma,inside",linenbreak,"q\"uote",tabthere,x,"y z","{brace}",über}'::text,
	'most_common_elem_freqs', '{0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2}'::real[],
	'elem_count_histogram', '{1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,2,3,2}'::real[]
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_time',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{00:00:00,01:02:03,12:00:00,13:14:15,24:00:00}'::text,
	'correlation', '-0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_timetz',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '12'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{00:00:00+14,01:02:03+00,12:00:00+05:30,13:14:15+02,23:59:59.999999-12}'::text,
	'correlation', '0.9'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_ts',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"2000-01-01 00:00:00","2024-01-01 01:02:03","2024-02-29 13:14:15.123456","2024-06-15 12:00:00",infinity}'::text,
	'correlation', '0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_tstz',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{-infinity,"1970-01-01 00:00:00+00","2024-01-01 01:02:03+00","2024-02-29 13:14:15.123456+00","2024-06-15 06:30:00+00"}'::text,
	'correlation', '-0.3'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_tstzrange',
	'inherited', 'f'::boolean,
	'null_frac', '0.5'::real,
	'avg_width', '14'::integer,
	'n_distinct', '-0.5'::real,
	'range_length_histogram', '{31536000,Infinity,Infinity}'::text,
	'range_empty_frac', '0'::real,
	'range_bounds_histogram', '{"(,\"2024-12-31 00:00:00+00\")","[\"2024-01-01 00:00:00+00\",)","[\"2024-06-15 12:00:00+00\",)"}'::text
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_tsv',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '24'::integer,
	'n_distinct', '-0.8333333'::real,
	'most_common_elems', '{a,b,fox,jump,brown,quick,seven,über}'::text,
	'most_common_elem_freqs', '{0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2}'::real[]
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_uuid',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '16'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{00000000-0000-0000-0000-000000000000,6ba7b810-9dad-11d1-80b4-00c04fd430c8,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a12,ffffffff-ffff-ffff-ffff-ffffffffffff}'::text,
	'correlation', '-0.7'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_varchar',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '7'::integer,
	'n_distinct', '-0.8333333'::real,
	'histogram_bounds', '{"\\","\\.",café,"trailing space ",varchar}'::text,
	'correlation', '0.6'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'c_xml',
	'inherited', 'f'::boolean,
	'null_frac', '0.16666667'::real,
	'avg_width', '13'::integer,
	'n_distinct', '0'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6}'::text,
	'correlation', '-0.37142858'::real
);


--
-- Statistics for Name: am_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'am_t',
	'relpages', '1'::integer,
	'reltuples', '1'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'am_t',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'am_t',
	'attname', 'v',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '41'::integer,
	'n_distinct', '-1'::real
);


--
-- Statistics for Name: bad name; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'bad
name',
	'relpages', '1'::integer,
	'reltuples', '2'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'bad
name',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'bad
name',
	'attname', 'my col',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{"row
two","row one"}'::text,
	'correlation', '-1'::real
);


--
-- Statistics for Name: big; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'big',
	'relpages', '23'::integer,
	'reltuples', '5000'::real,
	'relallvisible', '23'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'big',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,50,100,150,200,250,300,350,400,450,500,550,600,650,700,750,800,850,900,950,1000,1050,1100,1150,1200,1250,1300,1350,1400,1450,1500,1550,1600,1650,1700,1750,1800,1850,1900,1950,2000,2050,2100,2150,2200,2250,2300,2350,2400,2450,2500,2550,2600,2650,2700,2750,2800,2850,2900,2950,3000,3050,3100,3150,3200,3250,3300,3350,3400,3450,3500,3550,3600,3650,3700,3750,3800,3850,3900,3950,4000,4050,4100,4150,4200,4250,4300,4350,4400,4450,4500,4550,4600,4650,4700,4750,4800,4850,4900,4950,5000}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: child_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'child_t',
	'relpages', '1'::integer,
	'reltuples', '1'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'child_t',
	'attname', 'extra',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'child_t',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'child_t',
	'attname', 'name',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '10'::integer,
	'n_distinct', '-1'::real
);


--
-- Statistics for Name: empty_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'empty_t',
	'relpages', '0'::integer,
	'reltuples', '0'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: ident_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'ident_t',
	'relpages', '1'::integer,
	'reltuples', '3'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'ident_t',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '8'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1000,1010,1020}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'ident_t',
	'attname', 'label',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{first,second,third}'::text,
	'correlation', '1'::real
);


--
-- Statistics for Name: in_space; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'in_space',
	'relpages', '1'::integer,
	'reltuples', '1'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'in_space',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'in_space',
	'attname', 'v',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '30'::integer,
	'n_distinct', '-1'::real
);


--
-- Statistics for Name: parent_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t',
	'relpages', '1'::integer,
	'reltuples', '1'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t',
	'attname', 'id',
	'inherited', 't'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2}'::text,
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t',
	'attname', 'name',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '11'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t',
	'attname', 'name',
	'inherited', 't'::boolean,
	'null_frac', '0'::real,
	'avg_width', '10'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{"child row","parent row"}'::text,
	'correlation', '-1'::real
);


--
-- Statistics for Name: unlogged_t; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'unlogged_t',
	'relpages', '1'::integer,
	'reltuples', '1'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '0'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'unlogged_t',
	'attname', 'id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'unlogged_t',
	'attname', 'note',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '15'::integer,
	'n_distinct', '-1'::real
);


--
-- Statistics for Name: Table "Quoted"_pkey; Type: STATISTICS DATA; Schema: Mixed Case; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'Mixed Case',
	'relname', 'Table "Quoted"_pkey',
	'relpages', '2'::integer,
	'reltuples', '3'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: bookings_during_excl; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'bookings_during_excl',
	'relpages', '1'::integer,
	'reltuples', '10'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: bookings_pkey; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'bookings_pkey',
	'relpages', '2'::integer,
	'reltuples', '10'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: customers_email_key; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers_email_key',
	'relpages', '2'::integer,
	'reltuples', '40'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: customers_pkey; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'customers_pkey',
	'relpages', '2'::integer,
	'reltuples', '40'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: measure_2024_ts_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2024_ts_idx',
	'relpages', '2'::integer,
	'reltuples', '10'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: measure_2025_ts_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_2025_ts_idx',
	'relpages', '2'::integer,
	'reltuples', '18'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: measure_default_ts_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_default_ts_idx',
	'relpages', '2'::integer,
	'reltuples', '2'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: measure_ts_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'measure_ts_idx',
	'relpages', '0'::integer,
	'reltuples', '0'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: order_totals; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'order_totals',
	'relpages', '1'::integer,
	'reltuples', '40'::real,
	'relallvisible', '1'::integer,
	'relallfrozen', '1'::integer
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'order_totals',
	'attname', 'customer_id',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '4'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40}'::text,
	'correlation', '-0.042589117'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'order_totals',
	'attname', 'n',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '8'::integer,
	'n_distinct', '1'::real,
	'most_common_vals', '{5}'::text,
	'most_common_freqs', '{1}'::real[],
	'correlation', '1'::real
);
SELECT * FROM pg_catalog.pg_restore_attribute_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'order_totals',
	'attname', 'total',
	'inherited', 'f'::boolean,
	'null_frac', '0'::real,
	'avg_width', '6'::integer,
	'n_distinct', '-1'::real,
	'histogram_bounds', '{149.85,151.70,153.55,155.40,157.25,159.10,160.95,162.80,164.65,166.50,168.35,170.20,172.05,173.90,175.75,177.60,179.45,181.30,183.15,185.00,186.85,188.70,190.55,192.40,194.25,196.10,197.95,199.80,201.65,203.50,205.35,207.20,209.05,210.90,212.75,214.60,216.45,218.30,220.15,222.00}'::text,
	'correlation', '0.07373358'::real
);


--
-- Statistics for Name: order_totals_customer_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'order_totals_customer_idx',
	'relpages', '2'::integer,
	'reltuples', '40'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: orders_customer_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders_customer_idx',
	'relpages', '2'::integer,
	'reltuples', '150'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: orders_pkey; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders_pkey',
	'relpages', '2'::integer,
	'reltuples', '200'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: orders_status_idx; Type: STATISTICS DATA; Schema: app; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'app',
	'relname', 'orders_status_idx',
	'relpages', '2'::integer,
	'reltuples', '200'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: all_types_pkey; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'all_types_pkey',
	'relpages', '2'::integer,
	'reltuples', '6'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: in_space_idx; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'in_space_idx',
	'relpages', '2'::integer,
	'reltuples', '1'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: parent_t_pkey; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'parent_t_pkey',
	'relpages', '2'::integer,
	'reltuples', '1'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- Statistics for Name: unlogged_t_pkey; Type: STATISTICS DATA; Schema: public; Owner: -
--

SELECT * FROM pg_catalog.pg_restore_relation_stats(
	'version', '180004'::integer,
	'schemaname', 'public',
	'relname', 'unlogged_t_pkey',
	'relpages', '2'::integer,
	'reltuples', '1'::real,
	'relallvisible', '0'::integer,
	'relallfrozen', '0'::integer
);


--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

