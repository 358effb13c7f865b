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
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES app.customers(id) ON DELETE CASCADE;


SET default_tablespace = '';

--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: app; Owner: alice
--

ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Data for Name: orders; Type: TABLE DATA; Schema: app; Owner: alice
--

COPY app.orders (id, customer_id, status, amount, qty, mood, updated_at) FROM stdin;
