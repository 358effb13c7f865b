//! Errors of opening an archive ([`OpenError`]) and of reading its data ([`DataError`]).
//!
//! Each message is one line, names the byte offset, field and dump id where known, and never
//! repeats the text of its `source` (callers print the chain).

use std::fmt;
use std::io;
use std::path::PathBuf;

use crate::header::Compression;
use crate::toc::DumpId;

/// Which TOC entry a position belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryRef {
    /// 0-based position of the entry in the TOC.
    pub index: usize,
    /// Its dump id, once read.
    pub dump_id: Option<DumpId>,
}

/// A position in the header or TOC: byte offset (from the start of the file, or of `toc.dat`),
/// the field being read, and the entry it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TocPosition {
    pub offset: u64,
    pub field: &'static str,
    pub entry: Option<EntryRef>,
}

impl fmt::Display for TocPosition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "offset {} (", self.offset)?;
        match self.entry {
            Some(EntryRef {
                dump_id: Some(id), ..
            }) => write!(f, "TOC entry {id}, field {})", self.field),
            Some(EntryRef {
                index,
                dump_id: None,
            }) => write!(f, "TOC entry #{}, field {})", index + 1, self.field),
            None => write!(f, "header field {})", self.field),
        }
    }
}

/// What the reader found where it expected more bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Truncation {
    /// A string whose declared length runs past the end.
    String { len: i32 },
    /// A fixed-size item (integer, byte, offset, magic).
    Item,
}

/// A problem in the header or TOC that is not truncation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Corruption {
    /// A negative TOC entry count.
    NegativeCount(i32),
    /// `ReadToc`: "entry ID %d out of range -- perhaps a corrupt TOC".
    DumpIdOutOfRange(i32),
    /// `ReadOffset`: "unexpected data offset flag %d".
    OffsetFlag(u8),
    /// `ReadOffset`: "file offset in dump file is too large".
    OffsetTooLarge,
    /// A section code other than 1–4.
    Section(i32),
    /// A NULL `desc` (pg_restore would crash on it).
    NullDesc,
    /// A dependency string that is not a number.
    Dependency(Vec<u8>),
    /// Anything else the grammar rejected.
    Other(String),
}

impl fmt::Display for Corruption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Corruption::NegativeCount(n) => write!(f, "negative TOC entry count {n}"),
            Corruption::DumpIdOutOfRange(id) => {
                write!(f, "entry ID {id} out of range -- perhaps a corrupt TOC")
            }
            Corruption::OffsetFlag(b) => write!(f, "unexpected data offset flag {b}"),
            Corruption::OffsetTooLarge => write!(f, "file offset in dump file is too large"),
            Corruption::Section(s) => write!(f, "unexpected section code {s}"),
            Corruption::NullDesc => write!(f, "the object type (desc) is NULL"),
            Corruption::Dependency(d) => write!(
                f,
                "dependency \"{}\" is not a dump id",
                String::from_utf8_lossy(d).escape_debug()
            ),
            Corruption::Other(s) => f.write_str(s),
        }
    }
}

/// What a compressed or re-encoded input turned out to hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wrapped {
    CustomArchive,
    TarArchive,
    PlainSql,
    Unknown,
}

/// Opening an archive failed: it is not an archive, not one we read, or damaged in its header
/// or TOC.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum OpenError {
    #[error("could not open input file \"{}\"", path.display())]
    Open {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("could not read {what}")]
    Read {
        what: String,
        #[source]
        source: io::Error,
    },
    #[error(
        "directory \"{}\" does not appear to be a valid archive (\"toc.dat\" does not exist)",
        .0.display()
    )]
    NoTocInDirectory(PathBuf),
    #[error("input file is empty")]
    Empty,
    #[error("input file is too short (read {0} bytes, expected 5)")]
    TooShort(usize),
    #[error(
        "input file appears to be a plain SQL (text format) dump, not an archive: restore it with psql"
    )]
    PlainSql,
    #[error("{}", describe_compressed(*.algorithm, *.holds))]
    Compressed {
        algorithm: Compression,
        holds: Wrapped,
    },
    #[error("{}", describe_utf16(*.0))]
    Utf16(Wrapped),
    #[error("input file does not appear to be a valid archive (too short?)")]
    NotArchiveTooShort,
    #[error(
        "input file does not appear to be a valid archive: it starts neither with \"PGDMP\" (custom format) nor with a valid tar header{}",
        if *.looks_like_text { " (it looks like text; if it is SQL, use psql)" } else { "" }
    )]
    NotArchive { looks_like_text: bool },
    #[error("{}", describe_missing_toc(.nested.as_deref()))]
    TarWithoutToc { nested: Option<String> },
    #[error(
        "corrupt tar header found in \"{}\" (expected {expected}, computed {computed}) at offset {offset}",
        .name.escape_debug()
    )]
    TarHeader {
        name: String,
        expected: u64,
        computed: u64,
        offset: u64,
    },
    #[error("incomplete tar header found at offset {offset} ({len} bytes)")]
    TarIncompleteHeader { offset: u64, len: usize },
    #[error("did not find magic string in file header of {file}")]
    BadMagic { file: String },
    #[error("expected format ({expected}) differs from format found in file ({found})")]
    FormatMismatch { expected: u8, found: u8 },
    #[error("unsupported archive version {major}.{minor} (this reader supports up to 1.16)")]
    UnsupportedVersion { major: u8, minor: u8, rev: u8 },
    #[error("sanity check on integer size ({0}) failed: this reader supports at most 8")]
    IntSize(u8),
    #[error("truncated archive: {} at {at} runs past end of {file} ({file_len} bytes)", describe_truncation(*.what))]
    Truncated {
        what: Truncation,
        at: TocPosition,
        file: String,
        file_len: u64,
    },
    #[error("corrupt archive at {at}: {problem}")]
    Corrupt {
        at: TocPosition,
        problem: Corruption,
    },
    #[error("invalid {desc} item in TOC entry {dump_id}: \"{}\"", .defn.escape_debug())]
    InvalidSpecialEntry {
        desc: &'static str,
        dump_id: DumpId,
        defn: String,
    },
    #[error("archive format {0} cannot be read from a stream")]
    FormatNeedsPath(&'static str),
}

fn describe_truncation(t: Truncation) -> String {
    match t {
        Truncation::String { len } => format!("string length {len}"),
        Truncation::Item => "value".to_string(),
    }
}

fn describe_compressed(algorithm: Compression, holds: Wrapped) -> String {
    let a = algorithm.name();
    let tool = match algorithm {
        Compression::Gzip => "gzip -d",
        Compression::Lz4 => "lz4 -d",
        Compression::Zstd => "zstd -d",
        Compression::None => "",
    };
    match holds {
        Wrapped::CustomArchive => format!(
            "input file is a {a}-compressed custom-format archive: decompress it first ({tool})"
        ),
        Wrapped::TarArchive => {
            format!(
                "input file is a {a}-compressed tar-format archive: decompress it first ({tool})"
            )
        }
        Wrapped::PlainSql => format!(
            "input file is a {a}-compressed plain SQL dump, not an archive: decompress it ({tool}) and restore it with psql"
        ),
        Wrapped::Unknown => {
            format!("input file is {a}-compressed, not an archive: decompress it first ({tool})")
        }
    }
}

fn describe_utf16(holds: Wrapped) -> String {
    match holds {
        Wrapped::PlainSql => "input file is a plain SQL dump re-encoded as UTF-16: convert it back (e.g. iconv -f UTF-16 -t UTF-8) and restore it with psql".to_string(),
        Wrapped::CustomArchive | Wrapped::TarArchive => "input file is an archive re-encoded as UTF-16 text (e.g. by a PowerShell '>' redirect), which damages binary data beyond repair: dump again with pg_dump -f <file>".to_string(),
        Wrapped::Unknown => "input file is UTF-16 text, not an archive".to_string(),
    }
}

fn describe_missing_toc(nested: Option<&str>) -> String {
    match nested {
        Some(n) => {
            let dir = n.strip_suffix("/toc.dat").unwrap_or(n);
            format!(
                "could not find header for file \"toc.dat\" in tar archive: it holds \"{n}\" instead, so it is a tar of an extracted archive directory; extract it and open \"{dir}\" as a directory-format archive"
            )
        }
        None => "could not find header for file \"toc.dat\" in tar archive".to_string(),
    }
}

/// Reading an entry's data failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum DataError {
    #[error("no TOC entry has dump id {0}")]
    NoSuchEntry(DumpId),
    #[error("TOC entry {id} ({desc}) has no data")]
    NoData { id: DumpId, desc: String },
    #[error("TOC entry {id} holds large objects: read them with read_blobs")]
    IsBlobs { id: DumpId },
    #[error("TOC entry {id} ({desc}) holds no large objects")]
    NotBlobs { id: DumpId, desc: String },
    /// pg_restore's message when a block is behind the read position of a pipe.
    #[error(
        "could not find block ID {id} in archive -- possibly due to out-of-order restore request, which cannot be handled due to non-seekable input file"
    )]
    OutOfOrder { id: DumpId },
    #[error("could not find block ID {id} in archive -- possibly corrupt archive")]
    BlockNotFound { id: DumpId },
    #[error(
        "found unexpected block ID ({found}) at offset {offset} when reading data -- expected {expected}"
    )]
    UnexpectedBlockId {
        found: i32,
        expected: DumpId,
        offset: u64,
    },
    #[error(
        "unrecognized data block type ({block_type}) at offset {offset} while searching archive for block ID {id}"
    )]
    UnknownBlockType {
        block_type: u8,
        offset: u64,
        id: DumpId,
    },
    #[error("data offset {offset} of TOC entry {id} is past the end of the file ({len} bytes)")]
    OffsetPastEnd { id: DumpId, offset: u64, len: u64 },
    #[error(
        "truncated archive: {what} at offset {offset} (data of TOC entry {id}) runs past end of {file}"
    )]
    Truncated {
        id: DumpId,
        offset: u64,
        what: String,
        file: String,
    },
    #[error("corrupt data of TOC entry {id} at offset {offset}: {problem}")]
    Corrupt {
        id: DumpId,
        offset: u64,
        problem: String,
    },
    #[error("could not decompress {} data of TOC entry {id}{}", .algorithm.name(), in_file(.file.as_deref()))]
    Decompress {
        id: DumpId,
        algorithm: Compression,
        file: Option<String>,
        #[source]
        source: io::Error,
    },
    #[error("unsupported compression algorithm byte {0} in archive header")]
    UnsupportedCompression(u8),
    #[error("compression is not supported by tar archive format")]
    TarCompressed,
    #[error("could not read {what}")]
    Io {
        what: String,
        #[source]
        source: io::Error,
    },
    #[error("could not open input file \"{}\"", path.display())]
    OpenFile {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("could not find file \"{name}\" in archive")]
    MissingMember { name: String },
    #[error(
        "restoring data out of order is not supported in this archive format: \"{name}\" comes before the current read position of the input"
    )]
    TarOutOfOrder { name: String },
    #[error("invalid line {line_no} in large object TOC file \"{file}\": \"{}\"", .line.escape_debug())]
    BadLoToc {
        file: String,
        line_no: usize,
        line: String,
    },
    #[error("file name \"{}\" in the archive is not a plain file name", .name.escape_debug())]
    BadFileName { name: String },
    #[error("large object {oid} of TOC entry {id}: the consumer failed")]
    Callback {
        id: DumpId,
        oid: u32,
        #[source]
        source: io::Error,
    },
}

fn in_file(f: Option<&str>) -> String {
    f.map(|f| format!(" in file \"{f}\"")).unwrap_or_default()
}

impl DataError {
    /// Wraps into an `io::Error`, as a [`crate::archive::DataReader`] reports it; recover it
    /// with [`DataError::from_io`].
    pub(crate) fn into_io(self) -> io::Error {
        io::Error::other(self)
    }

    /// The `DataError` an `io::Error` from a data reader carries, if any.
    pub fn from_io(e: &io::Error) -> Option<&DataError> {
        e.get_ref().and_then(|i| i.downcast_ref::<DataError>())
    }

    /// Takes the `DataError` out of an `io::Error` that carries one; gives back any other.
    pub fn take_from_io(e: io::Error) -> Result<DataError, io::Error> {
        if DataError::from_io(&e).is_none() {
            return Err(e);
        }
        let kind = e.kind();
        match e.into_inner().map(|i| i.downcast::<DataError>()) {
            Some(Ok(d)) => Ok(*d),
            Some(Err(other)) => Err(io::Error::new(kind, other)),
            None => Err(kind.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_message_names_everything() {
        let e = OpenError::Truncated {
            what: Truncation::String { len: 2147483647 },
            at: TocPosition {
                offset: 1234,
                field: "defn",
                entry: Some(EntryRef {
                    index: 3,
                    dump_id: Some(17),
                }),
            },
            file: "file".into(),
            file_len: 5813,
        };
        assert_eq!(
            e.to_string(),
            "truncated archive: string length 2147483647 at offset 1234 (TOC entry 17, field defn) runs past end of file (5813 bytes)"
        );
    }

    #[test]
    fn version_message() {
        let e = OpenError::UnsupportedVersion {
            major: 1,
            minor: 17,
            rev: 0,
        };
        assert_eq!(
            e.to_string(),
            "unsupported archive version 1.17 (this reader supports up to 1.16)"
        );
    }
}
