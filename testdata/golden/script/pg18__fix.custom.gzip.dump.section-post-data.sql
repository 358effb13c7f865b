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

