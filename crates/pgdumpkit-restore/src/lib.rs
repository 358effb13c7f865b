//! Restore pg_dump archives: for now, the SQL script of `pg_restore -f` ([`script`]) and the
//! connections of a live restore ([`connect`]).

pub mod connect;
pub mod script;
