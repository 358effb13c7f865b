//! The archive version (`K_VERS_*` in `pg_backup_archiver.h`).

use std::fmt;

/// An archive version `major.minor-rev` as stored in the header.
///
/// pg_restore compares versions as `(major << 16) | (minor << 8) | rev`; so do we, through
/// the derived `Ord` (fields in that order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArchiveVersion {
    pub major: u8,
    pub minor: u8,
    pub rev: u8,
}

impl ArchiveVersion {
    pub const fn new(major: u8, minor: u8, rev: u8) -> Self {
        Self { major, minor, rev }
    }

    /// 1.0: integers without a sign byte, no revision byte, gzip assumed.
    pub const V1_0: Self = Self::new(1, 0, 0);
    /// 1.2: compression level byte in the header.
    pub const V1_2: Self = Self::new(1, 2, 0);
    /// 1.3: large objects, block type bytes, `copyStmt`.
    pub const V1_3: Self = Self::new(1, 3, 0);
    /// 1.4: creation date and database name; compression becomes an integer.
    pub const V1_4: Self = Self::new(1, 4, 0);
    /// 1.5: dependency lists.
    pub const V1_5: Self = Self::new(1, 5, 0);
    /// 1.6: `namespace`.
    pub const V1_6: Self = Self::new(1, 6, 0);
    /// 1.7: `offSize` and flagged offsets.
    pub const V1_7: Self = Self::new(1, 7, 0);
    /// 1.8: dump ids, `tableoid`.
    pub const V1_8: Self = Self::new(1, 8, 0);
    /// 1.9: `withOids`.
    pub const V1_9: Self = Self::new(1, 9, 0);
    /// 1.10: `tablespace`, server and pg_dump version strings.
    pub const V1_10: Self = Self::new(1, 10, 0);
    /// 1.11: `section`.
    pub const V1_11: Self = Self::new(1, 11, 0);
    /// 1.12: one `BLOB` entry per large object.
    pub const V1_12: Self = Self::new(1, 12, 0);
    /// 1.13: search_path-safe dumps (no layout change).
    pub const V1_13: Self = Self::new(1, 13, 0);
    /// 1.14: `tableam`.
    pub const V1_14: Self = Self::new(1, 14, 0);
    /// 1.15: compression algorithm byte instead of a level.
    pub const V1_15: Self = Self::new(1, 15, 0);
    /// 1.16: `relkind`, `BLOB METADATA`, grouped `BLOBS`.
    pub const V1_16: Self = Self::new(1, 16, 0);

    /// The newest version pg_restore 18 reads: 1.16 with any revision.
    pub const MAX_READABLE: Self = Self::new(1, 16, 255);

    /// True when this archive has the layout introduced by `other` (revision ignored, as
    /// every `K_VERS_*` constant has revision 0).
    pub fn at_least(self, other: Self) -> bool {
        self >= other
    }

    /// Whether pg_restore 18 reads this version (1.0 up to 1.16.255).
    pub fn is_readable(self) -> bool {
        self.major == 1 && self <= Self::MAX_READABLE
    }
}

impl fmt::Display for ArchiveVersion {
    /// `1.16-0`, as `pg_restore -l` prints `Dump Version`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}-{}", self.major, self.minor, self.rev)
    }
}
