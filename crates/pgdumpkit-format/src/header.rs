//! The archive header (`ReadHead`/`WriteHead` in `pg_backup_archiver.c`).

use crate::version::ArchiveVersion;

/// The archive format: what the header's format byte and the container say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// `-Fc`: one file, header byte 1.
    Custom,
    /// `-Fd`: a directory with `toc.dat` (header byte 3).
    Directory,
    /// `-Ft`: a tar file whose `toc.dat` member has header byte 3.
    Tar,
}

impl Format {
    /// The name `pg_restore -l` prints on its `Format:` line.
    pub fn list_name(self) -> &'static str {
        match self {
            Format::Custom => "CUSTOM",
            Format::Directory => "DIRECTORY",
            Format::Tar => "TAR",
        }
    }

    /// The format byte this format stores in its header (directory archives store 3, as tar).
    pub fn header_byte(self) -> u8 {
        match self {
            Format::Custom => 1,
            Format::Directory | Format::Tar => 3,
        }
    }
}

/// A compression algorithm of table and large-object data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Compression {
    None,
    Gzip,
    Lz4,
    Zstd,
}

impl Compression {
    /// `none`, `gzip`, `lz4`, `zstd`: the name pg_restore 16+ prints on its `Compression:` line.
    pub fn name(self) -> &'static str {
        match self {
            Compression::None => "none",
            Compression::Gzip => "gzip",
            Compression::Lz4 => "lz4",
            Compression::Zstd => "zstd",
        }
    }

    /// The algorithm byte of 1.15+ headers.
    pub fn algorithm_byte(self) -> u8 {
        match self {
            Compression::None => 0,
            Compression::Gzip => 1,
            Compression::Lz4 => 2,
            Compression::Zstd => 3,
        }
    }

    /// The algorithm for a 1.15+ algorithm byte, if known.
    pub fn from_algorithm_byte(b: u8) -> Option<Self> {
        Some(match b {
            0 => Compression::None,
            1 => Compression::Gzip,
            2 => Compression::Lz4,
            3 => Compression::Zstd,
            _ => return None,
        })
    }
}

/// The compression field exactly as the header stores it, which depends on the version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeaderCompression {
    /// Before 1.2 there is no field: gzip is assumed.
    Implied,
    /// 1.2 to 1.3: a byte holding a zlib level (non-zero means gzip).
    LevelByte(u8),
    /// 1.4 to 1.14: an integer zlib level (−1 default, 0 none, 1–9).
    Level(i32),
    /// 1.15 and later: an algorithm byte (0 none, 1 gzip, 2 lz4, 3 zstd; others are kept
    /// so that the error can name them).
    Algorithm(u8),
}

impl HeaderCompression {
    /// The algorithm the data is compressed with, or `None` for an unknown algorithm byte.
    pub fn algorithm(self) -> Option<Compression> {
        match self {
            HeaderCompression::Implied => Some(Compression::Gzip),
            HeaderCompression::LevelByte(0) | HeaderCompression::Level(0) => {
                Some(Compression::None)
            }
            HeaderCompression::LevelByte(_) | HeaderCompression::Level(_) => {
                Some(Compression::Gzip)
            }
            HeaderCompression::Algorithm(b) => Compression::from_algorithm_byte(b),
        }
    }
}

/// The creation time as stored: a broken-down *local* time of the dumping machine, no zone
/// (`struct tm` fields: month 0-based, year − 1900).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CreateTime {
    pub sec: i32,
    pub min: i32,
    pub hour: i32,
    pub mday: i32,
    pub mon: i32,
    pub year: i32,
    pub isdst: i32,
}

impl CreateTime {
    /// `YYYY-MM-DD<sep>HH:MM:SS` of the stored fields, as they are (no zone, no normalising).
    pub fn format_with(&self, date_time_separator: char) -> String {
        format!(
            "{:04}-{:02}-{:02}{date_time_separator}{:02}:{:02}:{:02}",
            i64::from(self.year) + 1900,
            i64::from(self.mon) + 1,
            self.mday,
            self.hour,
            self.min,
            self.sec
        )
    }
}

/// The archive header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub version: ArchiveVersion,
    /// Bytes per integer magnitude (4 in practice; at most 8 accepted).
    pub int_size: u8,
    /// Bytes per data offset (8 in practice); equals `int_size` before 1.7.
    pub off_size: u8,
    /// The format byte as stored (1 custom, 3 tar and directory).
    pub format_byte: u8,
    pub compression: HeaderCompression,
    /// Present from 1.4.
    pub created: Option<CreateTime>,
    /// Present from 1.4; bytes in the archive's encoding.
    pub dbname: Option<Vec<u8>>,
    /// Present from 1.10 (e.g. `18.4`).
    pub server_version: Option<Vec<u8>>,
    /// Present from 1.10 (e.g. `18.6 (Debian 18.6-3)`).
    pub pgdump_version: Option<Vec<u8>>,
}
