-- Cluster-wide objects used by the fixture databases: roles that own and receive
-- privileges, and a tablespace. Run once per throwaway server, as the bootstrap
-- superuser, with psql variable tsdir = an empty directory owned by the server user
-- (its path never reaches a dump: pg_dump names tablespaces, not their locations).
CREATE ROLE alice LOGIN;
CREATE ROLE bob LOGIN;
CREATE ROLE "Weird Role" NOLOGIN;
CREATE TABLESPACE fixspace LOCATION :'tsdir';
