//! Decide what a restore does, without doing any I/O: selection (every pg_restore selector,
//! `-L` list files, `--filter` files), the `-l` listing, SQL rendering of entries exactly as
//! pg_restore renders them (as a script or as statements for a database), and the parallel
//! scheduler of `pg_restore -j` as a pure state machine.

pub mod filter;
pub mod listfile;
pub mod listing;
pub mod options;
pub mod parallel;
pub mod script;
pub mod selection;
pub mod subset;

pub use options::{ListFile, RestoreOptions, Sections};
pub use selection::{Req, SelectError, Selection, StrictNamesError, select};
