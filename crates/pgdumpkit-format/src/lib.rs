//! Read and write PostgreSQL `pg_dump` archives: custom (`-Fc`), directory (`-Fd`) and tar (`-Ft`).
//!
//! The model ([`Header`], [`TocEntry`]) mirrors what `pg_backup_archiver.c` reads; every
//! versioned field is gated on [`ArchiveVersion`].

pub mod header;
pub mod toc;
pub mod version;

pub use header::{Compression, CreateTime, Format, Header, HeaderCompression};
pub use toc::{CatalogId, DataLocation, DumpId, Section, TocEntry};
pub use version::ArchiveVersion;
