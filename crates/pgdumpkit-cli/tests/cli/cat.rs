//! `pgdumpkit cat` against the golden table data and, for the corpus, against the COPY blocks
//! of `pg_restore -a -f -`.

use std::ffi::OsString;
use std::path::Path;

use pgdumpkit_testkit::describe_difference;

use crate::support::{
    Run, copy_block, copy_tables, corpus, open, oracle, os, pgdumpkit, read_tsv, testdata,
};

/// Every row of `golden/cat/cases.tsv`.
#[test]
fn golden_cat_cases() {
    let td = testdata();
    let rows = read_tsv(&td.join("golden/cat/cases.tsv"));
    assert!(
        rows.len() > 20,
        "golden/cat/cases.tsv has only {} rows",
        rows.len()
    );
    let mut failures = Vec::new();
    for f in &rows {
        let [archive, schema, table, format, file] = f.as_slice() else {
            panic!("bad cat case row {f:?}");
        };
        let mut args: Vec<OsString> = vec![
            "cat".into(),
            os(archive),
            "-n".into(),
            os(schema),
            os(table),
        ];
        match format.as_slice() {
            b"copy" => args.extend(["--format".into(), "copy".into()]),
            b"csv" => args.extend(["--format".into(), "csv".into()]),
            b"csv-header" => args.extend(["--format".into(), "csv".into(), "--header".into()]),
            other => panic!("unknown cat format {:?}", String::from_utf8_lossy(other)),
        }
        let got = pgdumpkit(args).cwd(&td).output();
        let label = String::from_utf8_lossy(file).into_owned();
        if got.code != Some(0) || !got.only_warnings() {
            failures.push(format!(
                "{label}: exit {:?}: {}",
                got.code,
                got.stderr_text()
            ));
            continue;
        }
        let want = std::fs::read(td.join(Path::new(&os(file))))
            .unwrap_or_else(|e| panic!("cannot read {label}: {e}"));
        if want != got.stdout {
            failures.push(format!(
                "{label}: differs\n{}",
                describe_difference(&want, &got.stdout)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cat cases fail:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Compares `cat` of every COPY table of `archive` with the rows `pg_restore -a` prints for
/// it, selecting by schema and table so that same-named tables of other schemas stay out;
/// and the row counts of `info` with the number of those rows.
fn compare_with_oracle(
    pg_restore: &Path,
    archive: &Path,
    label: &str,
    failures: &mut Vec<String>,
) -> usize {
    let mut a = open(archive);
    let mut n = 0;
    let info = crate::info::info_rows(archive);
    for t in copy_tables(&mut a) {
        let what = format!("{label} {}", t.label());
        let mut args: Vec<OsString> = ["-a", "-f", "-", "--restrict-key", "TESTKEY"]
            .map(OsString::from)
            .to_vec();
        if let Some(ns) = &t.namespace {
            args.extend([OsString::from("-n"), os(ns)]);
        }
        args.extend([OsString::from("-t"), os(&t.tag)]);
        let script = Run::new(pg_restore, args).arg(archive).output();
        if script.code != Some(0) {
            failures.push(format!(
                "{what}: pg_restore failed: {}",
                script.stderr_text()
            ));
            continue;
        }
        let Some(want) = copy_block(&script.stdout, &t.copy_stmt) else {
            failures.push(format!("{what}: no COPY block in pg_restore's script"));
            continue;
        };
        let ours = pgdumpkit(
            [OsString::from("cat"), archive.as_os_str().to_os_string()]
                .into_iter()
                .chain(t.cat_args()),
        )
        .output();
        n += 1;
        // `info` counts the same rows pg_restore prints.
        let counted = info.get(&i64::from(t.dump_id)).copied().flatten();
        if counted != Some(crate::info::lines(want)) {
            failures.push(format!(
                "{what}: info counts {counted:?} rows, pg_restore prints {}",
                crate::info::lines(want)
            ));
        }
        if ours.code != Some(0) || !ours.only_warnings() {
            failures.push(format!(
                "{what}: exit {:?}: {}",
                ours.code,
                ours.stderr_text()
            ));
        } else if ours.stdout != want {
            failures.push(format!(
                "{what}: rows differ\n{}",
                describe_difference(want, &ours.stdout)
            ));
        }
    }
    n
}

/// Every COPY table of every readable corpus archive.
#[test]
fn corpus_cat_matches_pg_restore() {
    let Some(archives) = corpus() else { return };
    let Some(pg_restore) = oracle() else { return };
    let mut failures = Vec::new();
    let mut n = 0;
    for a in archives.iter().filter(|a| !a.broken) {
        n += compare_with_oracle(&pg_restore, &a.path, &a.name, &mut failures);
    }
    assert!(n > 150, "only {n} tables compared");
    assert!(
        failures.is_empty(),
        "{} of {n} tables differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// One testdata archive of each format, compression and archive-version family, against the
/// oracle (the goldens cover only two pg18 custom archives).
#[test]
fn testdata_cat_matches_pg_restore() {
    let Some(pg_restore) = oracle() else { return };
    let td = testdata().join("archives");
    let mut failures = Vec::new();
    let mut n = 0;
    for rel in [
        "pg18/fix.custom.lz4.dump",
        "pg18/fix.custom.zstd.dump",
        "pg18/fix.custom.none.pipe.dump",
        "pg18/fix.custom.gzip.stdout.dump",
        "pg18/fix.dir.lz4",
        "pg18/fix.dir.zstd",
        "pg18/fix.tar",
        "pg13/fix.dir.gzip",
        "pg15/fix.tar",
        "synthetic/fix.v1_0.gzip.dump",
        "synthetic/fix.v1_2.none.dump",
        "synthetic/fix.v1_3.gzip.dump",
        "synthetic/fix.v1_6.gzip.dump",
    ] {
        n += compare_with_oracle(&pg_restore, &td.join(rel), rel, &mut failures);
    }
    assert!(n > 150, "only {n} tables compared");
    assert!(
        failures.is_empty(),
        "{} of {n} tables differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A table dumped with --inserts has no rows to print: exit 1 and a message saying why.
#[test]
fn cat_of_an_inserts_table_is_refused() {
    let td = testdata();
    for archive in [
        "archives/pg18/fix.custom.inserts.dump",
        "archives/pg13/fix.custom.inserts.dump",
    ] {
        let got = pgdumpkit(["cat", archive, "-n", "app", "orders"])
            .cwd(&td)
            .output();
        let line = got.assert_clean_failure();
        assert!(line.contains("--inserts"), "{line}");
        assert!(
            got.stdout.is_empty(),
            "{archive}: rows printed before the error"
        );
    }
    if let Some(archives) = corpus() {
        let a = archives
            .iter()
            .find(|a| a.name == "locadora_inserts")
            .expect("MANIFEST.tsv lists locadora_inserts");
        let archive = open(&a.path);
        let table = archive
            .entries()
            .iter()
            .find(|e| e.is("TABLE DATA"))
            .map(|e| e.tag_bytes().to_vec())
            .expect("locadora_inserts has table data");
        let got = pgdumpkit([OsString::from("cat"), a.path.clone().into(), os(&table)]).output();
        let line = got.assert_clean_failure();
        assert!(line.contains("--inserts"), "{line}");
    }
}

#[test]
fn cat_of_a_missing_table_names_it() {
    let got = pgdumpkit(["cat", "archives/pg18/fix.custom.gzip.dump", "nosuchtable"])
        .cwd(&testdata())
        .output();
    let line = got.assert_clean_failure();
    assert!(line.contains("nosuchtable"), "{line}");
    let got = pgdumpkit([
        "cat",
        "archives/pg18/fix.custom.gzip.dump",
        "-n",
        "public",
        "orders",
    ])
    .cwd(&testdata())
    .output();
    let line = got.assert_clean_failure();
    assert!(line.contains("public.orders"), "{line}");
}

#[test]
fn cat_header_without_csv_is_a_usage_error() {
    let got = pgdumpkit([
        "cat",
        "archives/pg18/fix.custom.gzip.dump",
        "-n",
        "app",
        "orders",
        "--header",
    ])
    .cwd(&testdata())
    .output();
    assert_eq!(got.code, Some(2), "{}", got.stderr_text());
    assert!(got.stdout.is_empty());
}

/// Reading the archive from standard input, strictly forward, gives the same rows.
#[test]
fn cat_from_stdin_equals_cat_from_file() {
    let td = testdata();
    for archive in [
        "archives/pg18/fix.custom.gzip.pipe.dump",
        "archives/pg18/fix.custom.gzip.dump",
        "archives/pg18/fix.tar",
    ] {
        let bytes = std::fs::read(td.join(archive)).expect("testdata archive is readable");
        let from_file = pgdumpkit(["cat", archive, "-n", "app", "orders"])
            .cwd(&td)
            .output();
        from_file.assert_success();
        let from_stdin = pgdumpkit(["cat", "-", "-n", "app", "orders"])
            .stdin(bytes)
            .output();
        from_stdin.assert_success();
        assert_eq!(from_file.stdout, from_stdin.stdout, "{archive}");
        assert_eq!(
            from_file.stdout.iter().filter(|&&b| b == b'\n').count(),
            200,
            "{archive}"
        );
    }
}
