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

SET default_tablespace = '';

SET default_table_access_method = heap;

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
-- PostgreSQL database dump complete
--

\unrestrict TESTKEY

