//! Test support for pgdumpkit: throwaway PostgreSQL clusters, fixture paths, golden files and a
//! short-read `Read` wrapper. A dev-dependency only; it never ships in the binary.
//!
//! ```no_run
//! use pgdumpkit_testkit::{Cluster, assert_golden};
//!
//! let cluster = Cluster::start().expect("a PostgreSQL server can be started");
//! let db = cluster.create_database("restore_basic").expect("CREATE DATABASE works");
//! cluster.psql(&db, "CREATE TABLE t (a int); INSERT INTO t VALUES (1)").expect("SQL runs");
//! let rows = cluster.psql(&db, "SELECT a FROM t").expect("SQL runs");
//! assert_golden("testkit/example.out", rows.as_bytes());
//! ```
//!
//! # Clusters
//! [`Cluster::start`] runs `initdb` into a temporary directory and starts the server on a free
//! port of `127.0.0.1` with trust authentication; drop stops it and deletes everything. Give each
//! test its own database ([`Cluster::create_database`]) or its own cluster: tests never share
//! state. When the tests run as root the server runs as the OS user `postgres`.
//!
//! # Snapshots
//! [`Snapshot::take`] captures what a restore decided in one database (schema as `pg_dump -s`
//! prints it, sorted rows of every table, sequences, large objects, database properties);
//! [`Snapshot::diff`] reports the first difference between two in a few lines.
//!
//! # Environment
//! | variable | used by |
//! |---|---|
//! | `PGDUMPKIT_PG_BIN` | [`Cluster::start`]: the server's `bin` directory (else `pg_config`, Debian's layout, `PATH`) |
//! | `PGDUMPKIT_TOOLCHAIN` | [`Cluster::start_version`], [`pg_restore_oracle`], [`pg_dump_for`]: `<dir>/<major>/bin/` |
//! | `PGDUMPKIT_CORPUS` | [`require_corpus`]: real-world archives, skipped with a message when unset (not in CI) |
//! | `PGDUMPKIT_BLESS=1` | [`assert_golden`] writes golden files instead of comparing |
//!
//! # Missing programs
//! A test that needs a program that is not installed fails with a message saying what to
//! install or set; nothing passes silently.

mod cluster;
mod error;
mod fixtures;
mod golden;
mod short_read;
mod snapshot;

pub use cluster::{Cluster, default_bin_dir};
pub use error::TestkitError;
pub use fixtures::{
    CORPUS_SKIP_MESSAGE, corpus_dir, in_ci, pg_restore_oracle, require_corpus,
    require_pg_restore_oracle, require_toolchain_program, testdata_dir, toolchain_dir,
    toolchain_program, workspace_root,
};
pub use golden::{assert_golden, bless_enabled, describe_difference, golden_path};
pub use short_read::ShortRead;
pub use snapshot::{PgDump, Snapshot, TableContent, pg_dump_for};
