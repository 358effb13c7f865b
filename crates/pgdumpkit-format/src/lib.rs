//! Read and write PostgreSQL `pg_dump` archives: custom (`-Fc`), directory (`-Fd`) and tar (`-Ft`).
//!
//! This crate knows the bytes: it opens an archive the way `pg_restore` 18 does, hands out its
//! header and table of contents ([`Header`], [`TocEntry`], mirroring what
//! `pg_backup_archiver.c` reads, every versioned field gated on [`ArchiveVersion`]), and
//! streams the data of its entries, decompressed, without ever holding a whole table in
//! memory. It does no I/O beyond reading the archive: no database, no printing.
//!
//! ```no_run
//! use std::io::Read;
//! use pgdumpkit_format::Archive;
//!
//! let mut archive = Archive::open("shop.dump".as_ref())?;
//! println!("{:?} archive, version {}", archive.format(), archive.header().version);
//! let tables: Vec<_> = archive
//!     .entries()
//!     .iter()
//!     .filter(|e| e.is("TABLE DATA"))
//!     .map(|e| e.dump_id)
//!     .collect();
//! for id in tables {
//!     let mut copy_text = Vec::new();
//!     archive.open_data(id)?.read_to_end(&mut copy_text)?;
//! }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Formats
//!
//! [`Archive::open`] detects the format as `pg_restore` does (format spec §1): a directory is
//! a directory archive (`toc.dat`, or `toc.dat.gz`/`.lz4`/`.zst`); a file starting with
//! `PGDMP` is a custom archive; a file whose first 512 bytes are a valid tar header is a tar
//! archive. Anything else is refused with a diagnosis: plain SQL dumps, gzip/LZ4/zstd
//! compressed files (saying what they hold), UTF-16 re-encoded dumps, a tar of an extracted
//! directory archive. [`Archive::open_with_format`] skips detection (`pg_restore -F`).
//!
//! A regular file is memory-mapped once and is seekable: entries can be read in any order;
//! custom archives without data offsets (written to a pipe) are scanned once, block positions
//! being remembered; the TOC copy pg_dump 16–18 append to `> file` output is tolerated.
//! [`Archive::from_reader`] reads standard input or a pipe strictly forward, as `pg_restore`
//! does, with the same grammar: asking for an entry whose data is already behind is an error.
//! Data is decoded by streaming codecs ([`codec`]): zlib inside custom chunks, gzip members in
//! directory files, LZ4 frames, zstd frames.
//!
//! # Versions
//!
//! Every archive version from 1.0 to 1.16 (with any revision) is read, with the fields each
//! version has; fields a version lacks take the defaults `pg_restore` gives them (the section
//! of entries before 1.11 is derived from their type). pg_dump 17 and 18 write 1.16, 16 writes
//! 1.15, 12 to 15 write 1.14. A newer version (1.17, or major 2) is refused with an error
//! naming it, as `pg_restore` 18 refuses it. Encoders for every version sit next to the
//! decoders ([`primitives`], [`grammar`]).
//!
//! # Limits
//!
//! * Lengths, counts and offsets read from an archive are never trusted: a declared length is
//!   checked against the bytes that really exist before anything is allocated, so truncated or
//!   hostile input ends in an [`OpenError`] or [`DataError`], not in a panic, a hang or an
//!   unbounded allocation. Decoders keep at most one block or window in memory (zstd frames
//!   may ask for up to 128 MiB of window).
//! * A mapped file must not be truncated by another process while it is open: reading the
//!   vanished pages would fault, as with any memory-mapped reader.
//! * Integers wider than 8 bytes (`intSize` > 8) are refused; values wrap to 32 bits as the C
//!   reader's `int` does. Checksums inside LZ4 frames are not verified.
//! * File names stored in a directory archive must be plain names inside the directory (no
//!   `/`, no `..`); `pg_restore` would follow them.
//! * Strings are bytes in the archive's encoding ([`Archive::encoding`]); nothing is decoded.

pub mod archive;
pub mod codec;
pub mod copy_text;
mod custom;
mod detect;
mod directory;
pub mod error;
pub mod grammar;
pub mod header;
pub mod inspect;
mod load;
pub mod primitives;
mod read_warnings;
mod source;
mod tar;
#[cfg(test)]
mod test_support;
pub mod toc;
pub mod verify;
pub mod version;
pub mod write;

pub use header::{Compression, CreateTime, Format, Header, HeaderCompression};
pub use toc::{CatalogId, DataLocation, DumpId, Section, TocEntry};
pub use version::ArchiveVersion;

pub use archive::{Archive, DataReader};
pub use error::{DataError, OpenError};
