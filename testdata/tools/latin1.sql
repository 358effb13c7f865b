-- The `latin1` fixture database (ENCODING LATIN1, locale C). Loaded with client_encoding UTF8;
-- the server stores LATIN1, so the dump's ENCODING entry, identifiers and COPY data are LATIN1.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
CREATE TABLE public."café" (
    id integer PRIMARY KEY,
    "naïve" text,
    note varchar(20)
);
COMMENT ON TABLE public."café" IS 'table with a LATIN1 identifier: café';
INSERT INTO public."café" VALUES
    (1, 'Grüße aus Köln', 'déjà vu'),
    (2, E'tab\there ½ ¾ ¿', '©®°±µ¶·'),
    (3, NULL, 'ÀÁÂÃÄÅÆÇÈÉÊË'),
    (4, 'ñandú', E'back\\slash ÿ');
CREATE VIEW public."vue_été" AS SELECT id, "naïve" FROM public."café";
