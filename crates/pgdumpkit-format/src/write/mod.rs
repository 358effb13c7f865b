//! Writing archives: custom, directory and tar, from the entries of an opened [`Archive`].
//!
//! [`write_archive`] writes the entries a [`KeepSet`] names (all of them, or a subset chosen
//! by `pgdumpkit-plan`), in its order, in the format and compression [`WriteOptions`] ask for.
//! Data streams: each stored stream whose compression does not change is copied as it is
//! (not decompressed); gzip data moving between the custom format (a zlib stream) and a
//! directory (gzip files) keeps its deflate bytes and only gets new framing; everything
//! else is decoded and encoded again, several entries at once when there are cores for it.
//! Memory stays bounded: data moves in buffers of a few hundred KiB, and blocks written out
//! of order go through temporary files next to the output, not through memory.
//!
//! The output is written under a temporary name in the same directory and renamed when
//! complete, so an error never leaves something at the output path that looks whole.
//!
//! ```no_run
//! use pgdumpkit_format::{Archive, Compression, Format};
//! use pgdumpkit_format::write::{KeepSet, WriteOptions, write_archive};
//!
//! let mut src = Archive::open("big.dump".as_ref())?;
//! let keep = KeepSet::all(src.entries().len());
//! let opts = WriteOptions {
//!     compression: Some(Compression::Zstd),
//!     ..WriteOptions::new(Format::Directory)
//! };
//! let summary = write_archive(&mut src, &keep, &opts, "big.dir".as_ref(), &mut |_| {})?;
//! println!("{} bytes written", summary.bytes_written);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Versions
//! The archive version of the source is kept, except when the chosen compression cannot be
//! described by it: lz4 and zstd need 1.15, "none" needs 1.2 (1.0 implies gzip). Then the
//! lowest version that can is written, unless that changes how pg_restore reads the entries
//! (archives before 1.8, and before 1.12 with large objects): that is refused. A directory names its large-object lists as pg_dump of
//! that version does (`blobs.toc` before 1.16, `blobs_<dumpId>.toc` from 1.16).
//!
//! # Limits
//! Tar archives hold no compressed data (as pg_dump: "compression is not supported by tar
//! archive format"). An LZ4 level is accepted and ignored (one speed only). Before 1.16 a
//! directory or tar holds one large-object list, so a source with several BLOBS entries
//! cannot be written in those formats at such a version.

mod compress;
mod custom;
mod directory;
mod exec;
mod tar;

use std::io;
use std::path::PathBuf;

use crate::archive::{Archive, RawStream, SharedArchive};
use crate::codec::Framing;
use crate::error::DataError;
use crate::header::{Compression, CreateTime, Format, Header, HeaderCompression};
use crate::primitives::IntFormat;
use crate::toc::{DataLocation, DumpId, TocEntry};
use crate::version::ArchiveVersion;

pub use exec::write_archive;

/// How to write: format, compression, archive version, parallelism.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteOptions {
    pub format: Format,
    /// The algorithm of the output's data; `None` keeps the source's (none for tar).
    pub compression: Option<Compression>,
    /// A compression level (gzip 0–9, zstd 1–22; ignored for lz4). Giving one re-encodes
    /// data even when the algorithm does not change.
    pub level: Option<i32>,
    /// Write this archive version instead of choosing one (see the module documentation).
    /// No content is converted: the entries are written as they are, with the fields of
    /// that version.
    pub version: Option<ArchiveVersion>,
    /// Entries written at once when data must be re-encoded; 0: one per available core.
    pub jobs: usize,
    /// Flush the output to disk before renaming it into place (as pg_dump does unless
    /// `--no-sync`).
    pub sync: bool,
}

impl WriteOptions {
    /// Keep the compression and version; as many jobs as cores; sync.
    pub fn new(format: Format) -> Self {
        WriteOptions {
            format,
            compression: None,
            level: None,
            version: None,
            jobs: 0,
            sync: true,
        }
    }
}

/// One entry of the source to write, with what changes in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    /// Index into the source's entries.
    pub index: usize,
    /// New dependency list (entries left out are dropped from it); `None` keeps it.
    pub dependencies: Option<Vec<DumpId>>,
    /// Write the entry without its definition (only its data part is wanted).
    pub drop_schema: bool,
    /// Write the entry without its data part (only its definition is wanted).
    pub drop_data: bool,
}

impl Kept {
    /// The entry as it is.
    pub fn whole(index: usize) -> Self {
        Kept {
            index,
            dependencies: None,
            drop_schema: false,
            drop_data: false,
        }
    }
}

/// The entries to write, in output order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KeepSet {
    pub entries: Vec<Kept>,
}

impl KeepSet {
    /// Every entry of an archive of `n` entries, unchanged and in order.
    pub fn all(n: usize) -> Self {
        KeepSet {
            entries: (0..n).map(Kept::whole).collect(),
        }
    }
}

/// What was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteSummary {
    pub format: Format,
    pub version: ArchiveVersion,
    pub compression: Compression,
    /// TOC entries written.
    pub entries: usize,
    /// Entries whose data was written (TABLE DATA, BLOBS...).
    pub data_entries: usize,
    pub large_objects: u64,
    /// Stored (compressed) bytes read from the source's data.
    pub bytes_read: u64,
    /// Bytes of the output (all files of a directory).
    pub bytes_written: u64,
    /// Streams copied as stored, re-framed (gzip between zlib and gzip) and re-encoded.
    pub streams_copied: u64,
    pub streams_reframed: u64,
    pub streams_reencoded: u64,
    /// Jobs used for data.
    pub jobs: usize,
}

/// Progress, reported on the calling thread.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteProgress {
    /// The TOC is written; `total` entries have data to write.
    Start { total: usize },
    /// The data of one more entry is written.
    Entry {
        dump_id: DumpId,
        done: usize,
        total: usize,
        bytes_read: u64,
        bytes_written: u64,
    },
}

/// Writing an archive failed; nothing was left at the output path.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum WriteError {
    /// The options cannot be satisfied (tar with compression, a version too old...).
    #[error("{0}")]
    Options(String),
    #[error("output \"{}\" already exists and is not an empty directory", .0.display())]
    OutputExists(PathBuf),
    #[error("keep set names entry #{index}, but the archive has {len} entries")]
    NoSuchIndex { index: usize, len: usize },
    /// The source's data could not be read.
    #[error(transparent)]
    Data(#[from] DataError),
    /// The source's data could not be decoded.
    #[error("could not read {} data of TOC entry {id}{}", .algorithm.name(), lo(*.oid))]
    Read {
        id: DumpId,
        oid: Option<u32>,
        algorithm: Compression,
        #[source]
        source: io::Error,
    },
    #[error("could not write {what}")]
    Output {
        what: String,
        #[source]
        source: io::Error,
    },
    /// An entry cannot be written in the chosen format and version.
    #[error("TOC entry {id} cannot be written: {problem}")]
    Unsupported { id: DumpId, problem: String },
}

fn lo(oid: Option<u32>) -> String {
    oid.map(|o| format!(" (large object {o})"))
        .unwrap_or_default()
}

impl WriteError {
    fn output(what: impl Into<String>) -> impl FnOnce(io::Error) -> WriteError {
        let what = what.into();
        move |source| WriteError::Output { what, source }
    }
}

/// The lowest archive version that can describe `alg`: lz4 and zstd need the algorithm
/// byte of 1.15, "none" needs a compression field (1.2; 1.0 implies gzip).
pub fn min_version_for(alg: Compression) -> ArchiveVersion {
    match alg {
        Compression::Lz4 | Compression::Zstd => ArchiveVersion::V1_15,
        Compression::None => ArchiveVersion::V1_2,
        Compression::Gzip => ArchiveVersion::V1_0,
    }
}

/// The version to write: the override or the source's, raised to the lowest version that
/// can describe `alg` when it is older (an override that is too old is an error).
pub fn choose_version(
    source: ArchiveVersion,
    alg: Compression,
    requested: Option<ArchiveVersion>,
) -> Result<ArchiveVersion, WriteError> {
    let v = requested.unwrap_or(source);
    if !v.is_readable() {
        return Err(WriteError::Options(format!(
            "archive version {}.{} cannot be written (1.0 to 1.16 can)",
            v.major, v.minor
        )));
    }
    let need = min_version_for(alg);
    if v >= need {
        return Ok(v);
    }
    match requested {
        Some(r) => Err(WriteError::Options(format!(
            "archive version {}.{} cannot describe {} compression: {}.{} or later is needed",
            r.major,
            r.minor,
            alg.name(),
            need.major,
            need.minor
        ))),
        None => Ok(need),
    }
}

/// Refuses to raise the version of an archive when that changes how pg_restore reads what
/// is kept: the COPY statement moved out of the data in 1.3, dependencies became dump ids
/// in 1.8, and large objects stopped being created while their data is loaded in 1.12
/// (`StartRestoreLO`'s "old_lo_style"), so old LO data written as 1.15 would not restore.
fn check_raise(
    from: ArchiveVersion,
    to: ArchiveVersion,
    alg: Compression,
    entries: &[TocEntry],
    keep: &KeepSet,
) -> Result<(), WriteError> {
    let crosses = |v: ArchiveVersion| from < v && to >= v;
    let has_los = keep
        .entries
        .iter()
        .filter_map(|k| entries.get(k.index))
        .any(|e| e.is("BLOBS") && source_has_data(e));
    let why = if crosses(ArchiveVersion::V1_3) {
        "table data holds its COPY statement"
    } else if crosses(ArchiveVersion::V1_8) {
        "dependencies are OIDs, not dump ids"
    } else if crosses(ArchiveVersion::V1_12) && has_los {
        "large objects are created while their data is restored"
    } else {
        return Ok(());
    };
    Err(WriteError::Options(format!(
        "{} compression needs archive version {}.{}, but this archive is {}.{}, where {why}: \
         written as {}.{} it would restore differently (use gzip or none)",
        alg.name(),
        to.major,
        to.minor,
        from.major,
        from.minor,
        to.major,
        to.minor
    )))
}

/// The header compression field of `version` for `alg` (`WriteHead`): the algorithm byte
/// from 1.15, a zlib level before. A level stored by the source is kept when gzip stays.
fn header_compression(
    version: ArchiveVersion,
    alg: Compression,
    level: Option<i32>,
    source: HeaderCompression,
) -> HeaderCompression {
    if version >= ArchiveVersion::V1_15 {
        return HeaderCompression::Algorithm(alg.algorithm_byte());
    }
    if version < ArchiveVersion::V1_2 {
        return HeaderCompression::Implied;
    }
    let gzip_level = match (level, source) {
        (Some(l), _) => l,
        (None, HeaderCompression::Level(l)) if l != 0 => l,
        (None, HeaderCompression::LevelByte(b)) if b != 0 => i32::from(b),
        // zlib's Z_DEFAULT_COMPRESSION, what pg_dump stores by default.
        _ => -1,
    };
    let stored = if alg == Compression::None {
        0
    } else {
        gzip_level
    };
    if version < ArchiveVersion::V1_4 {
        // A level byte: any non-zero value means gzip.
        let b = if alg == Compression::None {
            0
        } else {
            u8::try_from(stored)
                .ok()
                .filter(|b| *b != 0)
                .unwrap_or(0xff)
        };
        HeaderCompression::LevelByte(b)
    } else {
        HeaderCompression::Level(if alg != Compression::None && stored == 0 {
            -1
        } else {
            stored
        })
    }
}

/// The creation time when a version that stores one replaces one that did not: now, as a
/// broken-down UTC time (what pg_dump stores is local time; we know no zone).
fn now_tm() -> CreateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's civil-from-days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    CreateTime {
        sec: (rem % 60) as i32,
        min: (rem / 60 % 60) as i32,
        hour: (rem / 3600) as i32,
        mday: d as i32,
        mon: (m - 1) as i32,
        year: (y - 1900) as i32,
        isdst: 0,
    }
}

/// The output header: the source's, with the new version, format and compression, and the
/// fields a newer version needs filled in.
fn out_header(
    src: &Header,
    format: Format,
    alg: Compression,
    level: Option<i32>,
    version: ArchiveVersion,
) -> Header {
    // Integers narrower than 4 bytes cannot hold chunk lengths; no real archive has them.
    let int_size = src.int_size.max(4);
    let off_size = if version < ArchiveVersion::V1_7 {
        int_size
    } else if src.version >= ArchiveVersion::V1_7 {
        src.off_size
    } else {
        8
    };
    let v4 = version >= ArchiveVersion::V1_4;
    Header {
        version,
        int_size,
        off_size,
        format_byte: format.header_byte(),
        compression: header_compression(version, alg, level, src.compression),
        created: src.created.or_else(|| v4.then(now_tm)),
        // pg_restore prints the name with `%s`: an empty one, not a NULL, for archives that
        // had none.
        dbname: src.dbname.clone().or_else(|| v4.then(Vec::new)),
        server_version: src.server_version.clone(),
        pgdump_version: src.pgdump_version.clone(),
    }
}

/// What kind of data an entry has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Data,
    Blobs,
}

/// The data of one output entry to write.
#[derive(Debug, Clone, Copy)]
struct Job {
    /// Index into the output entries.
    entry: usize,
    /// Index into the source entries (its order is the order data appears in a stream).
    source: usize,
    id: DumpId,
    kind: Kind,
}

/// Whether the source says where the data of `e` is (pg_restore prints nothing for an entry
/// with a dumper but no data: `_PrintTocData` returns at once).
fn source_has_data(e: &TocEntry) -> bool {
    e.had_dumper
        && match &e.data {
            DataLocation::NoData => false,
            DataLocation::File(n) => !n.is_empty(),
            DataLocation::NotSet | DataLocation::Offset(_) => true,
        }
}

/// Everything decided before writing.
#[derive(Debug)]
struct Prepared {
    format: Format,
    header: Header,
    f: IntFormat,
    entries: Vec<TocEntry>,
    jobs: Vec<Job>,
    enc: compress::Encoding,
}

fn prepare(src: &Archive, keep: &KeepSet, opts: &WriteOptions) -> Result<Prepared, WriteError> {
    let sh = src.header();
    let src_alg = sh
        .compression
        .algorithm()
        .ok_or(DataError::UnsupportedCompression(match sh.compression {
            HeaderCompression::Algorithm(b) => b,
            _ => 0,
        }))?;
    let alg = match (opts.format, opts.compression) {
        (Format::Tar, Some(c)) if c != Compression::None => {
            return Err(WriteError::Options(
                "compression is not supported by tar archive format".into(),
            ));
        }
        (Format::Tar, _) => Compression::None,
        (_, Some(c)) => c,
        (_, None) => src_alg,
    };
    let level = opts.level.filter(|_| alg != Compression::None);
    let version = choose_version(sh.version, alg, opts.version)?;
    if opts.version.is_none() && version != sh.version {
        check_raise(sh.version, version, alg, src.entries(), keep)?;
    }
    let header = out_header(sh, opts.format, alg, level, version);
    let f = crate::grammar::int_format(&header);
    let framing = match opts.format {
        Format::Custom => Framing::CustomChunks,
        Format::Directory | Format::Tar => Framing::File,
    };
    let enc = compress::Encoding {
        algorithm: alg,
        level,
        framing,
    };

    let all = src.entries();
    let mut entries = Vec::with_capacity(keep.entries.len());
    let mut jobs = Vec::new();
    let mut blobs_lists = 0usize;
    for k in &keep.entries {
        let s = all.get(k.index).ok_or(WriteError::NoSuchIndex {
            index: k.index,
            len: all.len(),
        })?;
        let mut e = s.clone();
        if let Some(d) = &k.dependencies {
            e.dependencies = d.clone();
        }
        if k.drop_schema {
            e.defn = None;
        }
        if k.drop_data {
            e.had_dumper = false;
        }
        // A NULL withOids would crash pg_restore's strcmp in a version that stores it.
        if version >= ArchiveVersion::V1_9 && e.with_oids.is_none() {
            e.with_oids = Some(b"false".to_vec());
        }
        let has_data = !k.drop_data && source_has_data(s);
        let kind = if e.is("BLOBS") {
            Kind::Blobs
        } else {
            Kind::Data
        };
        let id = e.dump_id;
        e.data = match (opts.format, has_data) {
            (Format::Custom, true) => DataLocation::NotSet,
            (Format::Custom, false) => DataLocation::NoData,
            (_, false) => DataLocation::File(Vec::new()),
            (Format::Tar, true) => DataLocation::File(directory::data_file(id).into_bytes()),
            (Format::Directory, true) => DataLocation::File(
                match kind {
                    Kind::Blobs => directory::blobs_toc_name(version, id),
                    Kind::Data => directory::data_file(id),
                }
                .into_bytes(),
            ),
        };
        if has_data {
            if kind == Kind::Blobs {
                blobs_lists += 1;
                if opts.format != Format::Custom
                    && version < ArchiveVersion::V1_16
                    && blobs_lists > 1
                {
                    return Err(WriteError::Unsupported {
                        id,
                        problem: format!(
                            "a {} archive of version {}.{} holds only one BLOBS entry (one blobs.toc)",
                            opts.format.list_name().to_lowercase(),
                            version.major,
                            version.minor
                        ),
                    });
                }
                if version < ArchiveVersion::V1_3 && opts.format == Format::Custom {
                    return Err(WriteError::Unsupported {
                        id,
                        problem: "archive versions before 1.3 hold no large objects".into(),
                    });
                }
            }
            jobs.push(Job {
                entry: entries.len(),
                source: k.index,
                id,
                kind,
            });
        }
        entries.push(e);
    }
    Ok(Prepared {
        format: opts.format,
        header,
        f,
        entries,
        jobs,
        enc,
    })
}

/// Where jobs read stored data from.
trait DataSource {
    fn data(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(&mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError>;
    fn blobs(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(u32, &mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError>;
}

impl DataSource for SharedArchive<'_> {
    fn data(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(&mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError> {
        let mut rs = self.raw_data(id)?;
        f(&mut rs)
    }
    fn blobs(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(u32, &mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError> {
        self.raw_blobs(id, |oid, rs| f(oid, rs))
    }
}

impl DataSource for Archive {
    fn data(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(&mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError> {
        let mut rs = self.raw_data_mut(id)?;
        f(&mut rs)
    }
    fn blobs(
        &mut self,
        id: DumpId,
        f: &mut dyn FnMut(u32, &mut RawStream<'_>) -> Result<(), WriteError>,
    ) -> Result<(), WriteError> {
        self.raw_blobs_mut(id, |oid, rs| f(oid, rs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_choice() {
        let v = ArchiveVersion::V1_14;
        assert_eq!(choose_version(v, Compression::Gzip, None).unwrap(), v);
        assert_eq!(
            choose_version(v, Compression::Zstd, None).unwrap(),
            ArchiveVersion::V1_15
        );
        assert_eq!(
            choose_version(ArchiveVersion::V1_16, Compression::Lz4, None).unwrap(),
            ArchiveVersion::V1_16
        );
        assert_eq!(
            choose_version(ArchiveVersion::V1_0, Compression::None, None).unwrap(),
            ArchiveVersion::V1_2
        );
        assert!(choose_version(v, Compression::Lz4, Some(ArchiveVersion::V1_14)).is_err());
        assert!(choose_version(v, Compression::Gzip, Some(ArchiveVersion::new(1, 17, 0))).is_err());
    }

    #[test]
    fn compression_field_per_version() {
        let src = HeaderCompression::Level(-1);
        assert_eq!(
            header_compression(ArchiveVersion::V1_16, Compression::Zstd, None, src),
            HeaderCompression::Algorithm(3)
        );
        assert_eq!(
            header_compression(ArchiveVersion::V1_14, Compression::Gzip, None, src),
            HeaderCompression::Level(-1)
        );
        assert_eq!(
            header_compression(ArchiveVersion::V1_14, Compression::Gzip, Some(9), src),
            HeaderCompression::Level(9)
        );
        assert_eq!(
            header_compression(ArchiveVersion::V1_14, Compression::None, None, src),
            HeaderCompression::Level(0)
        );
        assert_eq!(
            header_compression(ArchiveVersion::V1_3, Compression::Gzip, None, src),
            HeaderCompression::LevelByte(0xff)
        );
        assert_eq!(
            header_compression(ArchiveVersion::V1_0, Compression::Gzip, None, src),
            HeaderCompression::Implied
        );
        for v in [
            ArchiveVersion::V1_2,
            ArchiveVersion::V1_4,
            ArchiveVersion::V1_15,
        ] {
            for a in [Compression::None, Compression::Gzip] {
                assert_eq!(header_compression(v, a, Some(5), src).algorithm(), Some(a));
            }
        }
    }

    #[test]
    fn creation_time_breakdown() {
        let t = now_tm();
        assert!(t.year >= 125 && (0..12).contains(&t.mon) && (1..=31).contains(&t.mday));
    }
}
