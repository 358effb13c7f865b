//! Large objects in the script: the per-OID expansion of `BLOB METADATA` entries and of
//! `LARGE OBJECTS` ACLs (`IssueCommandPerBlob`, `IssueACLPerBlob` in `pg_backup_db.c`), and
//! the `lo_open` / `lowrite` / `lo_close` text of their data (`StartRestoreLO`,
//! `dump_lo_buf`, `EndRestoreLO` in `pg_backup_archiver.c`).

use pgdumpkit_format::TocEntry;

use super::quote::{append_bytea_literal, cstr};
use super::{ScriptError, ScriptPlan};

/// `LOBBUFSIZE`: pg_restore buffers large-object data and writes it in pieces of this size.
pub const LO_BUFFER_SIZE: usize = 16384;

/// `INV_WRITE`, the mode `lo_open` is called with.
const INV_WRITE: u32 = 0x0002_0000;

/// `DropLOIfExists`.
pub(crate) fn drop_lo_if_exists(oid: u32) -> Vec<u8> {
    format!(
        "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '{oid}';\n"
    )
    .into_bytes()
}

/// Renders the large objects of one `BLOBS` entry. Feed it each object in archive order:
/// [`start`](Self::start), [`write`](Self::write) for each chunk of its bytes (any chunk
/// sizes), [`end`](Self::end). Text is appended to the caller's buffer; at most
/// [`LO_BUFFER_SIZE`] bytes of object data are held.
#[derive(Debug)]
pub struct LoWriter {
    std_strings: bool,
    /// Archives before 1.12 create each object while loading its data.
    old_style: bool,
    /// `--clean`: with old-style archives, unlink an existing object first.
    drop: bool,
    buf: Vec<u8>,
    count: u64,
}

impl LoWriter {
    pub(crate) fn new(std_strings: bool, old_style: bool, drop: bool) -> Self {
        Self {
            std_strings,
            old_style,
            drop,
            buf: Vec::new(),
            count: 0,
        }
    }

    /// `StartRestoreLO`: open (and for old archives, create) the object.
    pub fn start(&mut self, oid: u32, out: &mut Vec<u8>) {
        self.count += 1;
        self.buf.clear();
        if self.old_style && self.drop {
            out.extend_from_slice(&drop_lo_if_exists(oid));
        }
        let line = if self.old_style {
            format!("SELECT pg_catalog.lo_open(pg_catalog.lo_create('{oid}'), {INV_WRITE});\n")
        } else {
            format!("SELECT pg_catalog.lo_open('{oid}', {INV_WRITE});\n")
        };
        out.extend_from_slice(line.as_bytes());
    }

    /// `ahwrite` while writing a large object: fill the buffer, and write a `lowrite` for
    /// each full buffer that more data follows.
    pub fn write(&mut self, mut data: &[u8], out: &mut Vec<u8>) {
        if self.buf.capacity() < LO_BUFFER_SIZE {
            self.buf.reserve_exact(LO_BUFFER_SIZE - self.buf.len());
        }
        while self.buf.len() + data.len() > LO_BUFFER_SIZE {
            let take = LO_BUFFER_SIZE - self.buf.len();
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            self.flush(out);
        }
        self.buf.extend_from_slice(data);
    }

    /// `EndRestoreLO`: write what is buffered and close the object.
    pub fn end(&mut self, out: &mut Vec<u8>) {
        if !self.buf.is_empty() {
            self.flush(out);
        }
        out.extend_from_slice(b"SELECT pg_catalog.lo_close(0);\n\n");
    }

    /// How many objects were started (for pg_restore's `restored %d large objects`).
    pub fn count(&self) -> u64 {
        self.count
    }

    /// `dump_lo_buf`.
    fn flush(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"SELECT pg_catalog.lowrite(0, ");
        append_bytea_literal(out, &self.buf, self.std_strings);
        out.extend_from_slice(b");\n");
        self.buf.clear();
    }
}

impl ScriptPlan<'_> {
    /// `IssueCommandPerBlob`: for each OID line of the `BLOB METADATA` entry's defn, the
    /// command `<begin><oid><end>;`, each counted against `--transaction-size`, then a blank
    /// line. A last line without a newline is ignored, as pg_restore does.
    pub(super) fn command_per_blob(&mut self, blob_entry: &TocEntry, begin: &[u8], end: &[u8]) {
        let defn = cstr(blob_entry.defn.as_deref().unwrap_or(b""));
        let mut lines = defn.split(|&c| c == b'\n');
        // `split` yields the text after the last newline too; pg_restore does not use it.
        let complete = defn.iter().filter(|&&c| c == b'\n').count();
        for line in lines.by_ref().take(complete) {
            let mut q = Vec::with_capacity(begin.len() + line.len() + end.len() + 2);
            q.extend_from_slice(begin);
            q.extend_from_slice(line);
            q.extend_from_slice(end);
            q.extend_from_slice(b";\n");
            self.put(&q);
            self.count_action(b"COMMIT;\nBEGIN;\n\n");
        }
        self.put(b"\n");
    }

    /// `IssueACLPerBlob`: the GRANT/REVOKE commands of a `LARGE OBJECTS` ACL name the first
    /// object of the group; replay each for every object of the `BLOB METADATA` entry the ACL
    /// depends on.
    pub(super) fn acl_per_blob(&mut self, te: &TocEntry) -> Result<(), ScriptError> {
        let first_dep = te.dependencies.first().copied().unwrap_or(0);
        let entries = self.entries;
        let blob_entry = match self.by_id.get(&first_dep) {
            Some(&i) => &entries[i],
            None => return Err(ScriptError::EntryNotFound(first_dep)),
        };
        let buf = cstr(te.defn.as_deref().unwrap_or(b""));
        let mut in_quotes = false;
        let mut st = 0;
        let mut en = 0;
        // The first half ends where pg_restore writes its NUL (the first OID digit); the
        // second half starts after the OID.
        let mut first_end: Option<usize> = None;
        let mut st2: Option<usize> = None;
        while en < buf.len() {
            if buf[en] == b'"' {
                in_quotes = !in_quotes;
            }
            if in_quotes {
                en += 1;
                continue;
            }
            if buf[en..].starts_with(b"LARGE OBJECT ") {
                en += 13;
                first_end.get_or_insert(en);
                en = (en + 1).min(buf.len());
                while en < buf.len() && buf[en].is_ascii_digit() {
                    en += 1;
                }
                st2 = Some(en);
            } else if buf[en] == b';' {
                let (begin, end): (&[u8], &[u8]) = match (first_end, st2) {
                    (Some(f), Some(s2)) => (&buf[st..f], &buf[s2..en]),
                    // No "LARGE OBJECT" in this command: pg_restore passes a NULL second
                    // half, which glibc prints as "(null)".
                    _ => (&buf[st..en], b"(null)"),
                };
                en += 1;
                self.command_per_blob(blob_entry, begin, end);
                while en < buf.len()
                    && matches!(buf[en], b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
                {
                    en += 1;
                }
                st = en;
                first_end = None;
                st2 = None;
            } else {
                en += 1;
            }
        }
        Ok(())
    }
}
