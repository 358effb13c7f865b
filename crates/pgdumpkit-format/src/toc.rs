//! TOC entries (`ReadToc`/`WriteToc` in `pg_backup_archiver.c`).

/// A dump id: positive, unique within an archive, sparse.
pub type DumpId = i32;

/// The section of an entry (`teSection`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    None,
    PreData,
    Data,
    PostData,
}

impl Section {
    /// The stored code: 1 none, 2 pre-data, 3 data, 4 post-data.
    pub fn code(self) -> i32 {
        match self {
            Section::None => 1,
            Section::PreData => 2,
            Section::Data => 3,
            Section::PostData => 4,
        }
    }

    pub fn from_code(code: i32) -> Option<Self> {
        Some(match code {
            1 => Section::None,
            2 => Section::PreData,
            3 => Section::Data,
            4 => Section::PostData,
            _ => return None,
        })
    }

    /// The section pg_restore derives from `desc` for archives before 1.11, which store none
    /// (`ReadToc`, "if (AH->version < K_VERS_1_11)").
    pub fn derive_from_desc(desc: &[u8]) -> Self {
        match desc {
            b"COMMENT" | b"ACL" | b"ACL LANGUAGE" => Section::None,
            b"TABLE DATA" | b"BLOBS" | b"BLOB COMMENTS" => Section::Data,
            b"CONSTRAINT" | b"CHECK CONSTRAINT" | b"FK CONSTRAINT" | b"INDEX" | b"RULE"
            | b"TRIGGER" => Section::PostData,
            _ => Section::PreData,
        }
    }
}

/// The catalog identity of an entry's object (`CatalogId`): the catalog's OID and the object's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CatalogId {
    pub tableoid: u32,
    pub oid: u32,
}

/// Where an entry's data part is, as the TOC says (the format-specific trailer of an entry).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DataLocation {
    /// Custom format: flag 3 (`K_OFFSET_NO_DATA`), or integer 0 before 1.7.
    NoData,
    /// Custom format: flag 1 (`K_OFFSET_POS_NOT_SET`): data exists, position unknown (pipe dump).
    NotSet,
    /// Custom format: flag 2 (`K_OFFSET_POS_SET`): the block starts at this byte offset.
    Offset(u64),
    /// Directory and tar formats: the data file name (empty when the entry has no data).
    File(Vec<u8>),
}

/// One TOC entry. Strings are bytes in the archive's encoding; `None` is a NULL string
/// (length −1), which pg_restore distinguishes from the empty string for `tablespace`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TocEntry {
    pub dump_id: DumpId,
    /// Whether the entry owns a data part (TABLE DATA, BLOBS, BLOB COMMENTS).
    pub had_dumper: bool,
    pub catalog_id: CatalogId,
    pub tag: Option<Vec<u8>>,
    /// The object type keyword (`TABLE`, `TABLE DATA`, `ACL`...).
    pub desc: Vec<u8>,
    /// The stored section, or the one derived from `desc` before 1.11.
    pub section: Section,
    pub defn: Option<Vec<u8>>,
    pub drop_stmt: Option<Vec<u8>>,
    /// From 1.3.
    pub copy_stmt: Option<Vec<u8>>,
    /// From 1.6.
    pub namespace: Option<Vec<u8>>,
    /// From 1.10. `None`: not applicable; empty: the database default.
    pub tablespace: Option<Vec<u8>>,
    /// From 1.14.
    pub tableam: Option<Vec<u8>>,
    /// From 1.16: `pg_class.relkind` as a character code, 0 when not a relation.
    pub relkind: i32,
    pub owner: Option<Vec<u8>>,
    /// From 1.9: `"true"` or `"false"`.
    pub with_oids: Option<Vec<u8>>,
    /// From 1.5: dump ids this entry depends on (OIDs in 1.5–1.7). May name ids not in the TOC.
    pub dependencies: Vec<DumpId>,
    pub data: DataLocation,
}

impl TocEntry {
    /// Whether `desc` equals `d` (all desc keywords are ASCII).
    pub fn is(&self, d: &str) -> bool {
        self.desc == d.as_bytes()
    }

    /// The tag, or empty bytes for a NULL tag.
    pub fn tag_bytes(&self) -> &[u8] {
        self.tag.as_deref().unwrap_or(b"")
    }

    /// The desc as text (lossy only for hostile archives; real descs are ASCII).
    pub fn desc_str(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.desc)
    }
}
