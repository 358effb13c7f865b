//! Restore pg_dump archives: the SQL script of `pg_restore -f` ([`script`]), and restores
//! into a live database ([`db`]) over the connections of [`connect`].

pub mod connect;
pub mod db;
pub mod script;
