//! Restore pg_dump archives: for now, the SQL script of `pg_restore -f` ([`script`]).

pub mod script;
