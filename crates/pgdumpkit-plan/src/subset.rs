//! Which entries `pgdumpkit filter` writes for a set of pg_restore selectors, so that
//! `pg_restore OUT` restores what `pg_restore [selectors] ARCHIVE` restores.
//!
//! The subset is what [`select`] wants (entries with a schema, data or statistics part to
//! restore), in its processing order (so a `-L` list's order becomes the TOC order), plus:
//!
//! * the entries pg_restore always processes (`ENCODING`, `STDSTRINGS`, `SEARCHPATH`);
//! * `DATABASE`, `DATABASE PROPERTIES` and the `DATABASE x` comments, ACLs and labels that
//!   `-C` would restore: pg_restore never prints them without `-C`, so the output of
//!   `pg_restore OUT` does not change, and `pg_restore -C OUT` still creates the database;
//! * the `BLOB METADATA` entry a kept `LARGE OBJECTS a..b` ACL names: pg_restore reads the
//!   group's OIDs from it (`IssueACLPerBlob`) and fails without it. This is the one case where
//!   OUT restores more than the selectors did (reported in [`Subset::extra`]);
//! * with `--with-dependencies`, every entry a kept entry depends on, transitively (schemas,
//!   types, functions, tables, sequences...), whole.
//!
//! An entry of which only some parts are wanted (pg_dump writes none, but a TABLE DATA entry
//! with a definition would be one under `-a` or `-s`) is written without the other part, so
//! that pg_restore reads it the same way without the selectors. Dependencies on entries left
//! out are dropped.

use std::collections::{HashMap, HashSet};

use pgdumpkit_format::write::{KeepSet, Kept};
use pgdumpkit_format::{DumpId, Header, TocEntry};

use crate::options::RestoreOptions;
use crate::selection::{Req, SelectError, Selection, cstr, select};

/// The entries to write, and what the selection said.
#[derive(Debug, Clone)]
pub struct Subset {
    pub keep: KeepSet,
    /// The selection made with the selectors (warnings, `--strict-names` failure); `None`
    /// when no selector was given and everything is kept.
    pub selection: Option<Selection>,
    /// Entries kept although the selectors do not restore them, because what they do
    /// restore needs them (`BLOB METADATA` of a large-object ACL group): `pg_restore OUT`
    /// restores these too.
    pub extra: Vec<DumpId>,
    /// Entries added by `--with-dependencies`, in output order.
    pub dependencies: Vec<DumpId>,
}

/// Whether the options select anything (with none, `filter` keeps every entry).
/// `-C`, `--statistics` and `--strict-names` alone select nothing away.
pub fn is_selective(o: &RestoreOptions) -> bool {
    o.data_only
        || o.schema_only
        || o.statistics_only
        || o.no_data
        || o.no_schema
        || o.no_statistics
        || !o.schemas.is_empty()
        || !o.exclude_schemas.is_empty()
        || o.selects_types()
        || o.sections != crate::options::Sections::default()
        || o.list_file.is_some()
        || o.list_file_text.is_some()
        || o.no_privileges
        || o.no_comments
        || o.no_policies
        || o.no_publications
        || o.no_subscriptions
        || o.no_security_labels
}

fn is_database_entry(e: &TocEntry) -> bool {
    let desc = cstr(&e.desc);
    matches!(desc, b"DATABASE" | b"DATABASE PROPERTIES")
        || (matches!(desc, b"ACL" | b"COMMENT" | b"SECURITY LABEL")
            && cstr(e.tag_bytes()).starts_with(b"DATABASE "))
}

/// Whether an entry has a definition pg_restore would print (`_tocEntryRequired`).
fn has_schema_part(e: &TocEntry) -> bool {
    let defn = cstr(e.defn.as_deref().unwrap_or(b""));
    !defn.is_empty() && !defn.starts_with(b"-- load via partition root ")
}

/// Computes the subset. See the module documentation.
pub fn subset(
    entries: &[TocEntry],
    header: &Header,
    opts: &RestoreOptions,
    with_dependencies: bool,
) -> Result<Subset, SelectError> {
    if !is_selective(opts) {
        return Ok(Subset {
            keep: KeepSet::all(entries.len()),
            selection: None,
            extra: Vec::new(),
            dependencies: Vec::new(),
        });
    }
    let sel = select(entries, header, opts)?;
    // What each entry has when nothing is selected: the parts pg_restore finds in OUT.
    let full = select(entries, header, &RestoreOptions::default())?;
    let with_create = if opts.create {
        None
    } else {
        let o = RestoreOptions {
            create: true,
            strict_names: false,
            ..opts.clone()
        };
        Some(select(entries, header, &o)?)
    };

    let mut by_id: HashMap<DumpId, usize> = HashMap::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        by_id.insert(e.dump_id, i);
    }

    let n = entries.len();
    let mut keep = vec![false; n];
    for i in 0..n {
        let r = sel.req(i);
        keep[i] = r.is_wanted()
            || r == Req::SPECIAL
            || (is_database_entry(&entries[i])
                && with_create.as_ref().is_some_and(|s| s.req(i).is_wanted()));
    }

    // A kept `LARGE OBJECTS a..b` ACL needs its BLOB METADATA entry (`IssueACLPerBlob`).
    let mut extra = Vec::new();
    for i in 0..n {
        let e = &entries[i];
        if keep[i]
            && cstr(&e.desc) == b"ACL"
            && cstr(e.tag_bytes()).starts_with(b"LARGE OBJECTS ")
            && let Some(&m) = e.dependencies.first().and_then(|d| by_id.get(d))
            && !keep[m]
        {
            keep[m] = true;
            extra.push(entries[m].dump_id);
        }
    }

    // `--with-dependencies`: what the kept entries need, transitively.
    let mut added = HashSet::new();
    if with_dependencies {
        let mut work: Vec<usize> = (0..n).filter(|&i| keep[i]).collect();
        while let Some(i) = work.pop() {
            for d in &entries[i].dependencies {
                let Some(&j) = by_id.get(d) else {
                    continue;
                };
                if keep[j] || is_database_entry(&entries[j]) {
                    continue;
                }
                keep[j] = true;
                added.insert(j);
                work.push(j);
            }
        }
    }

    let mut kept = Vec::new();
    let mut dependencies = Vec::new();
    for &i in &sel.order {
        if !keep[i] {
            continue;
        }
        let e = &entries[i];
        let mut k = Kept::whole(i);
        let r = sel.req(i);
        if added.contains(&i) {
            dependencies.push(e.dump_id);
        } else if r.is_wanted() {
            // Keep only the wanted parts, so that OUT read without selectors wants the same.
            let parts = full.req(i);
            k.drop_schema =
                parts.contains(Req::SCHEMA) && !r.contains(Req::SCHEMA) && has_schema_part(e);
            k.drop_data = parts.contains(Req::DATA) && !r.contains(Req::DATA) && e.had_dumper;
        }
        let deps: Vec<DumpId> = e
            .dependencies
            .iter()
            .copied()
            .filter(|d| by_id.get(d).is_none_or(|&j| keep[j]))
            .collect();
        if deps.len() != e.dependencies.len() {
            k.dependencies = Some(deps);
        }
        kept.push(k);
    }
    Ok(Subset {
        keep: KeepSet { entries: kept },
        selection: Some(sel),
        extra,
        dependencies,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use pgdumpkit_format::{ArchiveVersion, CatalogId, DataLocation, HeaderCompression, Section};

    fn header() -> Header {
        Header {
            version: ArchiveVersion::V1_16,
            int_size: 4,
            off_size: 8,
            format_byte: 1,
            compression: HeaderCompression::Algorithm(0),
            created: None,
            dbname: Some(b"db".to_vec()),
            server_version: None,
            pgdump_version: None,
        }
    }

    fn te(id: DumpId, desc: &str, ns: Option<&str>, tag: &str, deps: &[DumpId]) -> TocEntry {
        let section = match desc {
            "COMMENT" | "ACL" => Section::None,
            "TABLE DATA" | "SEQUENCE SET" | "BLOBS" | "BLOB METADATA" => Section::Data,
            "INDEX" | "CONSTRAINT" => Section::PostData,
            _ => Section::PreData,
        };
        let had_dumper = matches!(desc, "TABLE DATA" | "BLOBS");
        TocEntry {
            dump_id: id,
            had_dumper,
            catalog_id: CatalogId::default(),
            tag: Some(tag.as_bytes().to_vec()),
            desc: desc.as_bytes().to_vec(),
            section,
            defn: if had_dumper {
                None
            } else {
                Some(b"X;\n".to_vec())
            },
            drop_stmt: None,
            copy_stmt: None,
            namespace: ns.map(|n| n.as_bytes().to_vec()),
            tablespace: None,
            tableam: None,
            relkind: 0,
            owner: Some(b"alice".to_vec()),
            with_oids: None,
            dependencies: deps.to_vec(),
            data: DataLocation::NoData,
        }
    }

    fn archive() -> Vec<TocEntry> {
        vec![
            te(1, "ENCODING", None, "ENCODING", &[]),
            te(2, "STDSTRINGS", None, "STDSTRINGS", &[]),
            te(3, "DATABASE", None, "db", &[]),
            te(4, "COMMENT", None, "DATABASE db", &[3]),
            te(5, "SCHEMA", None, "app", &[]),
            te(6, "TYPE", Some("app"), "mood", &[5]),
            te(7, "TABLE", Some("app"), "orders", &[5, 6, 99]),
            te(8, "TABLE", Some("app"), "other", &[5]),
            te(9, "TABLE DATA", Some("app"), "orders", &[7]),
            te(10, "TABLE DATA", Some("app"), "other", &[8]),
            te(11, "BLOB METADATA", None, "20..21", &[]),
            te(12, "ACL", None, "LARGE OBJECTS 20..21", &[11]),
            te(13, "BLOBS", None, "20..21", &[11]),
            te(14, "INDEX", Some("app"), "orders_i", &[7]),
        ]
    }

    fn ids(e: &[TocEntry], s: &Subset) -> Vec<DumpId> {
        s.keep.entries.iter().map(|k| e[k.index].dump_id).collect()
    }

    #[test]
    fn no_selector_keeps_everything_unchanged() {
        let e = archive();
        let o = RestoreOptions {
            create: true,
            statistics: true,
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert_eq!(s.keep, KeepSet::all(e.len()));
        assert!(s.selection.is_none());
    }

    #[test]
    fn table_keeps_special_and_database_entries_and_drops_dependencies() {
        let e = archive();
        let o = RestoreOptions {
            tables: vec![b"orders".to_vec()],
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 4, 7, 9]);
        let t = &s.keep.entries[4];
        // 5 and 6 are left out; 99 was never in the archive and stays.
        assert_eq!(t.dependencies, Some(vec![99]));
        assert_eq!(s.keep.entries[5].dependencies, None);
    }

    #[test]
    fn with_dependencies_adds_what_is_needed() {
        let e = archive();
        let o = RestoreOptions {
            tables: vec![b"orders".to_vec()],
            data_only: true,
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 9]);
        let s = subset(&e, &header(), &o, true).unwrap();
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 5, 6, 7, 9]);
        assert_eq!(s.dependencies, vec![5, 6, 7]);
        assert!(s.keep.entries.iter().all(|k| k.dependencies.is_none()));
    }

    #[test]
    fn large_object_acl_brings_its_metadata() {
        let e = archive();
        let o = RestoreOptions {
            list_file: Some(crate::options::ListFile {
                ids: vec![12],
                ..Default::default()
            }),
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 11, 12]);
        assert_eq!(s.extra, vec![11]);
        // -a keeps the whole group anyway.
        let o = RestoreOptions {
            data_only: true,
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert!(s.extra.is_empty());
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 9, 10, 11, 12, 13]);
    }

    #[test]
    fn partial_entries_lose_the_unwanted_part() {
        let mut e = archive();
        e[8].defn = Some(b"SELECT 1;\n".to_vec());
        let o = RestoreOptions {
            data_only: true,
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        let k = s.keep.entries.iter().find(|k| k.index == 8).unwrap();
        assert!(k.drop_schema && !k.drop_data);
        let o = RestoreOptions {
            schema_only: true,
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        let k = s.keep.entries.iter().find(|k| k.index == 8).unwrap();
        assert!(!k.drop_schema && k.drop_data);
    }

    #[test]
    fn list_order_becomes_toc_order() {
        let e = archive();
        let o = RestoreOptions {
            list_file: Some(crate::options::ListFile {
                ids: vec![9, 7],
                ..Default::default()
            }),
            ..Default::default()
        };
        let s = subset(&e, &header(), &o, false).unwrap();
        assert_eq!(ids(&e, &s), vec![1, 2, 3, 9, 7]);
    }
}
