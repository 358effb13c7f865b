//! `pgdumpkit info`: succeeds on every good archive, its JSON parses, and its row counts are
//! the number of COPY lines.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::Path;

use crate::support::{
    copy_tables, corpus, open, os, pgdumpkit, read_tsv, testdata, testdata_archives,
};

/// `info --json` of an archive: dump id → rows.
pub fn info_rows(path: &Path) -> HashMap<i64, Option<u64>> {
    let got = pgdumpkit([
        OsString::from("info"),
        "--json".into(),
        path.as_os_str().to_os_string(),
    ])
    .output();
    got.assert_success();
    let doc: serde_json::Value = serde_json::from_slice(&got.stdout)
        .unwrap_or_else(|e| panic!("{}: info --json is not JSON: {e}", got.what));
    for key in [
        "format",
        "archive_version",
        "entries",
        "tables",
        "large_objects",
    ] {
        assert!(!doc[key].is_null(), "{}: no {key}", got.what);
    }
    doc["tables"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: tables is not an array", got.what))
        .iter()
        .map(|t| (t["dump_id"].as_i64().unwrap_or(-1), t["rows"].as_u64()))
        .collect()
}

pub fn lines(b: &[u8]) -> u64 {
    b.iter().filter(|&&c| c == b'\n').count() as u64
}

/// Text and JSON on every testdata archive; row counts against the golden COPY files.
#[test]
fn info_on_every_testdata_archive() {
    let archives = testdata_archives();
    assert!(archives.len() > 40);
    for path in &archives {
        pgdumpkit([OsString::from("info"), path.as_os_str().to_os_string()])
            .output()
            .assert_success();
        let rows = info_rows(path);
        let a = open(path);
        for e in a.entries().iter().filter(|e| e.is("TABLE DATA")) {
            let is_copy = e.copy_stmt.as_deref().is_some_and(|s| !s.is_empty());
            let r = rows.get(&i64::from(e.dump_id));
            assert!(
                r.is_some(),
                "{}: no row for TABLE DATA {}",
                path.display(),
                e.dump_id
            );
            if is_copy
                && a.header()
                    .version
                    .at_least(pgdumpkit_format::ArchiveVersion::V1_3)
            {
                assert!(
                    r.is_some_and(Option::is_some),
                    "{}: no row count for {}",
                    path.display(),
                    e.dump_id
                );
            }
        }
    }
}

#[test]
fn info_row_counts_equal_golden_copy_lines() {
    let td = testdata();
    let mut checked = 0;
    for f in read_tsv(&td.join("golden/cat/cases.tsv")) {
        if f[3] != b"copy" {
            continue;
        }
        let archive = td.join(Path::new(&os(&f[0])));
        let a = open(&archive);
        let id = a
            .entries()
            .iter()
            .find(|e| {
                e.is("TABLE DATA")
                    && e.namespace.as_deref() == Some(&f[1][..])
                    && e.tag_bytes() == f[2]
            })
            .map(|e| i64::from(e.dump_id))
            .expect("the golden table is in the archive");
        let want = lines(&std::fs::read(td.join(Path::new(&os(&f[4])))).expect("golden file"));
        assert_eq!(
            info_rows(&archive).get(&id).copied().flatten(),
            Some(want),
            "{}",
            String::from_utf8_lossy(&f[4])
        );
        checked += 1;
    }
    assert!(checked > 10);
}

/// Every readable corpus archive: exit 0, and a row count for every COPY table.
#[test]
fn info_on_the_corpus() {
    let Some(archives) = corpus() else { return };
    for c in archives.iter().filter(|c| !c.broken) {
        pgdumpkit([OsString::from("info"), c.path.as_os_str().to_os_string()])
            .output()
            .assert_success();
        let rows = info_rows(&c.path);
        let mut a = open(&c.path);
        for t in copy_tables(&mut a) {
            // The counts themselves are compared with pg_restore's COPY lines in
            // `cat::corpus_cat_matches_pg_restore`, which has those lines at hand.
            assert!(
                rows.get(&i64::from(t.dump_id)).copied().flatten().is_some(),
                "{} {}: no row count",
                c.name,
                t.label()
            );
        }
    }
}
