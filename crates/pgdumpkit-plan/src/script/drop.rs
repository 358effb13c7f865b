//! The `--clean` drop phase of `RestoreArchive`: drop statements in reverse TOC order, with
//! pg_restore's `--if-exists` rewriting.

use super::quote::cstr;
use super::{LogLevel, ScriptPlan, blobs};
use crate::selection::Req;

impl ScriptPlan<'_> {
    /// One entry of the `--clean` drop phase (the loop body in `RestoreArchive`).
    pub(super) fn drop_entry(&mut self, idx: usize) {
        let entries = self.entries;
        let te = &entries[idx];
        let desc = cstr(&te.desc);
        let is_db = matches!(desc, b"DATABASE" | b"DATABASE PROPERTIES");
        // With -C only the database itself is dropped: the script is still connected to
        // another database.
        if self.opts.create && !is_db {
            return;
        }
        let Some(drop) = te.drop_stmt.as_deref().map(cstr) else {
            return;
        };
        if !self.selection.req(idx).intersects(Req::SCHEMA | Req::DATA) {
            return;
        }
        self.info(format!(
            "dropping {} {}",
            String::from_utf8_lossy(desc),
            String::from_utf8_lossy(cstr(te.tag_bytes()))
        ));
        if self.is_database() {
            self.queue.push_back(super::Piece::Entry { entry: idx });
        }
        let outside_txn = self.txn_size() > 0 && is_db;
        if outside_txn {
            self.commit(b"COMMIT;\n");
        }
        self.become_owner(te);
        self.select_schema(te.namespace.as_deref());

        if desc == b"BLOB METADATA" {
            if self.opts.if_exists {
                self.command_per_blob(
                    te,
                    b"SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata WHERE oid = '",
                    b"'",
                );
            } else {
                self.command_per_blob(te, b"SELECT pg_catalog.lo_unlink('", b"')");
            }
        } else if !drop.is_empty() {
            if !self.opts.if_exists || drop.starts_with(b"--") {
                self.put(drop);
            } else if desc == b"BLOB" {
                let q = blobs::drop_lo_if_exists(te.catalog_id.oid);
                self.put(&q);
            } else {
                let (stmt, warning) = add_if_exists(desc, drop);
                if warning {
                    self.log(
                        LogLevel::Warning,
                        format!(
                            "could not find where to insert IF EXISTS in statement \"{}\"",
                            String::from_utf8_lossy(drop)
                        ),
                    );
                }
                self.put(&stmt);
            }
        }

        if self.txn_size() > 0 {
            if outside_txn {
                self.begin(b"BEGIN;\n");
                self.txn_count = 0;
            } else {
                self.count_action(b"COMMIT;\nBEGIN;\n");
            }
        }
    }
}

/// The `--if-exists` rewriting of a drop statement in `RestoreArchive`. Returns the
/// statement and whether pg_restore warns that it found no place for `IF EXISTS`.
pub(super) fn add_if_exists(desc: &[u8], drop: &[u8]) -> (Vec<u8>, bool) {
    let mut out = Vec::with_capacity(drop.len() + 20);
    let mut rest = drop;
    if let Some(after) = rest.strip_prefix(b"ALTER TABLE") {
        out.extend_from_slice(b"ALTER TABLE IF EXISTS");
        rest = after;
    }
    if desc == b"DEFAULT"
        || desc == b"DATABASE PROPERTIES"
        || rest.starts_with(b"CREATE OR REPLACE VIEW")
    {
        out.extend_from_slice(rest);
        return (out, false);
    }
    let mut needle = if matches!(desc, b"CONSTRAINT" | b"CHECK CONSTRAINT" | b"FK CONSTRAINT") {
        b"DROP CONSTRAINT".to_vec()
    } else {
        let mut n = b"DROP ".to_vec();
        n.extend_from_slice(desc);
        n
    };
    // pg_restore formats the needle into a 40-byte buffer.
    needle.truncate(39);
    match find(rest, &needle) {
        Some(at) => {
            out.extend_from_slice(&rest[..at]);
            out.extend_from_slice(&needle);
            out.extend_from_slice(b" IF EXISTS");
            out.extend_from_slice(&rest[at + needle.len()..]);
            (out, false)
        }
        None => {
            out.extend_from_slice(rest);
            (out, true)
        }
    }
}

/// `strstr`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}
