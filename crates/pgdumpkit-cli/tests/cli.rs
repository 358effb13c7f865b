//! End-to-end tests of the `pgdumpkit` binary: golden outputs of the real pg_restore 18, the
//! real pg_restore itself as an oracle on the corpus of real-world archives
//! (`PGDUMPKIT_CORPUS`, `PGDUMPKIT_TOOLCHAIN`), and damaged inputs.
//!
//! Modules mirror `src/`; `support` runs the binary with a deadline and reads the goldens.

#[path = "cli/support.rs"]
mod support;

#[path = "cli/cat.rs"]
mod cat;
#[path = "cli/errors.rs"]
mod errors;
#[path = "cli/filter.rs"]
mod filter;
#[path = "cli/info.rs"]
mod info;
#[path = "cli/list.rs"]
mod list;
#[path = "cli/verify.rs"]
mod verify;
