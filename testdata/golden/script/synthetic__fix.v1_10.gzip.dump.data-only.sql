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
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET search_path = "Mixed Case", pg_catalog;

--
-- Data for Name: Table "Quoted"; Type: TABLE DATA; Schema: Mixed Case; Owner: Weird Role
--

COPY "Mixed Case"."Table ""Quoted""" ("Id", "Weird ""Col""", "UPPER", "my col") FROM stdin;
1	one	1	x
2	two "quoted"	2	\N
3	three\tthree	3	z
\.


SET search_path = app, pg_catalog;

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


SET search_path = public, pg_catalog;

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


SET search_path = app, pg_catalog;

--
-- Name: bookings_id_seq; Type: SEQUENCE SET; Schema: app; Owner: alice
--

SELECT pg_catalog.setval('app.bookings_id_seq', 10, true);


--
-- Name: orders_id_seq; Type: SEQUENCE SET; Schema: app; Owner: alice
--

SELECT pg_catalog.setval('app.orders_id_seq', 200, true);


SET search_path = public, pg_catalog;

--
-- Name: ident_t_id_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.ident_t_id_seq', 1020, true);


--
-- Name: standalone_seq; Type: SEQUENCE SET; Schema: public; Owner: postgres
--

SELECT pg_catalog.setval('public.standalone_seq', 105, true);


--
-- Data for Name: BLOBS; Type: BLOBS; Schema: -; Owner: 
--

SET search_path = pg_catalog;

BEGIN;

SELECT pg_catalog.lo_open(pg_catalog.lo_create('16001'), 131072);
SELECT pg_catalog.lowrite(0, '\x68656c6c6f206c61726765206f626a656374');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open(pg_catalog.lo_create('16002'), 131072);
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open(pg_catalog.lo_create('16003'), 131072);
SELECT pg_catalog.lowrite(0, '\x000102fffe5c2e0a');
SELECT pg_catalog.lo_close(0);

SELECT pg_catalog.lo_open(pg_catalog.lo_create('3000000000'), 131072);
SELECT pg_catalog.lowrite(0, '\x626967206f696420c3a9');
SELECT pg_catalog.lo_close(0);

COMMIT;

--
-- Data for Name: BLOB COMMENTS; Type: BLOB COMMENTS; Schema: -; Owner: 
--

COMMENT ON LARGE OBJECT 16001 IS 'a greeting';
COMMENT ON LARGE OBJECT 3000000000 IS 'OID above 2^31';

--
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

