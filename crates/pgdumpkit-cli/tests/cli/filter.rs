//! `pgdumpkit filter` with the real pg_restore 18 as the oracle: what pg_restore lists and
//! prints for the output must be what it lists and prints for the source, for every testdata
//! archive in each format and compression, for every selector case of the golden scripts, and
//! for the corpus; a `--with-dependencies` subset must restore into an empty database.
//!
//! The full cross product (3 formats × 5 compression choices) runs on the archives of pg_dump
//! 18, on one archive of 13 and 16 each and on three synthetic versions; the other archives
//! are written once in each format with their own compression. That keeps the test at a few
//! minutes on two cores while every source format, version and compression is a source, and
//! every output format and compression is written from each kind of source.

use std::ffi::OsString;
use std::path::Path;

use pgdumpkit_format::{Archive, ArchiveVersion, Compression, DataLocation, Format};
use pgdumpkit_testkit::{Cluster, describe_difference};

use crate::support::{self, Outcome, Run, corpus, oracle, os, pgdumpkit, read_tsv, testdata};

/// An output format and `-Z` value (`None`: keep the source's compression).
type Target = (&'static str, Option<&'static str>);

const FULL: [Target; 11] = [
    ("c", None),
    ("c", Some("none")),
    ("c", Some("gzip")),
    ("c", Some("lz4")),
    ("c", Some("zstd")),
    ("d", None),
    ("d", Some("none")),
    ("d", Some("gzip")),
    ("d", Some("lz4")),
    ("d", Some("zstd")),
    ("t", None),
];

const BASIC: [Target; 3] = [("c", None), ("d", None), ("t", None)];

/// Archives written in every target (paths below `testdata/archives`).
fn full_cross_product(rel: &str) -> bool {
    (rel.starts_with("pg18/") && rel != "pg18/lobs.dir")
        || matches!(
            rel,
            "pg13/fix.custom.gzip.dump"
                | "pg16/fix.tar"
                | "synthetic/fix.v1_0.gzip.dump"
                | "synthetic/fix.v1_10.gzip.dump"
                | "synthetic/fix.v1_13.none.dump"
        )
}

fn run(program: &Path, args: &[OsString]) -> Outcome {
    Run::new(program, args).cwd(&testdata()).output()
}

/// A list with the lines that legitimately change masked: format and compression (they are
/// what changed), the version when it was raised, the creation time of archives that store
/// none (pg_restore prints the time it ran).
fn mask_list(list: &[u8], masks_version: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len());
    for line in list.split_inclusive(|&b| b == b'\n') {
        let masked = line.starts_with(b";     Format: ")
            || line.starts_with(b";     Compression: ")
            || line.starts_with(b"; Archive created at ")
            || (masks_version && line.starts_with(b";     Dump Version: "));
        if masked {
            let end = line.iter().position(|&b| b == b':').map_or(0, |i| i + 1);
            out.extend_from_slice(&line[..end]);
            out.extend_from_slice(b" <masked>\n");
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

/// What the writer must do when asked for `alg` on a source: the version it writes, or
/// `None` when raising the version would change the meaning (the writer refuses).
fn expected_version(src: &Archive, format: &str, z: Option<&str>) -> Option<ArchiveVersion> {
    let v = src.header().version;
    let alg = match (format, z) {
        ("t", _) => Compression::None,
        (_, Some("none")) => Compression::None,
        (_, Some("gzip")) => Compression::Gzip,
        (_, Some("lz4")) => Compression::Lz4,
        (_, Some("zstd")) => Compression::Zstd,
        _ => src.header().compression.algorithm()?,
    };
    let need = pgdumpkit_format::write::min_version_for(alg);
    if v >= need {
        return Some(v);
    }
    let has_los = src
        .entries()
        .iter()
        .any(|e| e.is("BLOBS") && e.had_dumper && e.data != DataLocation::NoData);
    let crosses = |x: ArchiveVersion| v < x && need >= x;
    if crosses(ArchiveVersion::V1_3)
        || crosses(ArchiveVersion::V1_8)
        || (crosses(ArchiveVersion::V1_12) && has_los)
    {
        return None;
    }
    Some(need)
}

/// Writes `archive` as `target` and compares what pg_restore lists and prints for both.
/// `want` holds pg_restore's list and script of the source. Returns a failure description.
fn check_target(
    pg_restore: &Path,
    archive: &Path,
    label: &str,
    target: Target,
    want: &(Outcome, Outcome),
    src: &Archive,
    work: &Path,
) -> Option<String> {
    let (fmt, z) = target;
    let out = work.join(format!("out-{fmt}-{}", z.unwrap_or("keep")));
    let mut args: Vec<OsString> = vec![
        "filter".into(),
        archive.into(),
        "-o".into(),
        out.clone().into(),
        "-F".into(),
        fmt.into(),
        "--no-sync".into(),
    ];
    if let Some(z) = z {
        args.extend(["-Z".into(), z.into()]);
    }
    let what = format!("{label} -F {fmt} -Z {}", z.unwrap_or("(keep)"));
    let r = pgdumpkit(&args).cwd(&testdata()).output();
    let Some(version) = expected_version(src, fmt, z) else {
        let msg = r.assert_clean_failure();
        if !msg.contains("compression needs archive version") || out.exists() {
            return Some(format!("{what}: unexpected refusal or output left: {msg}"));
        }
        return None;
    };
    if r.code != Some(0) || !r.only_warnings() {
        return Some(format!("{what}: filter failed: {}", r.stderr_text()));
    }
    let raised = version != src.header().version;
    let got_list = run(pg_restore, &["-l".into(), out.clone().into()]);
    let got_sql = run(
        pg_restore,
        &[
            "-f".into(),
            "-".into(),
            "--restrict-key".into(),
            "K".into(),
            out.clone().into(),
        ],
    );
    let _ = std::fs::remove_dir_all(&out);
    let _ = std::fs::remove_file(&out);
    let (want_list, want_sql) = want;
    let mut problems = Vec::new();
    if mask_list(&got_list.stdout, raised) != mask_list(&want_list.stdout, raised) {
        problems.push(format!(
            "list differs: {}",
            describe_difference(
                &mask_list(&want_list.stdout, raised),
                &mask_list(&got_list.stdout, raised)
            )
        ));
    }
    if got_sql.stdout != want_sql.stdout {
        problems.push(format!(
            "script differs: {}",
            describe_difference(&want_sql.stdout, &got_sql.stdout)
        ));
    }
    if got_sql.code != want_sql.code || got_sql.stderr != want_sql.stderr {
        problems.push(format!(
            "pg_restore exit/stderr differ: {:?} {:?} vs {:?} {:?}",
            want_sql.code,
            want_sql.stderr_text(),
            got_sql.code,
            got_sql.stderr_text()
        ));
    }
    (!problems.is_empty()).then(|| format!("{what}: {}", problems.join("; ")))
}

/// pg_restore's list and script of an archive.
fn reference(pg_restore: &Path, archive: &Path) -> (Outcome, Outcome) {
    (
        run(pg_restore, &["-l".into(), archive.into()]),
        run(
            pg_restore,
            &[
                "-f".into(),
                "-".into(),
                "--restrict-key".into(),
                "K".into(),
                archive.into(),
            ],
        ),
    )
}

#[test]
fn filter_output_restores_like_the_source_for_every_testdata_archive() {
    let Some(pg_restore) = oracle() else { return };
    let root = testdata().join("archives");
    let work = tempfile::tempdir().expect("temporary directory");
    let mut failures = Vec::new();
    let mut checked = 0;
    for archive in support::testdata_archives() {
        let rel = archive
            .strip_prefix(&root)
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let src = support::open(&archive);
        let want = reference(&pg_restore, &archive);
        let targets: &[Target] = if full_cross_product(&rel) {
            &FULL
        } else {
            &BASIC
        };
        for &t in targets {
            checked += 1;
            if let Some(f) = check_target(&pg_restore, &archive, &rel, t, &want, &src, work.path())
            {
                failures.push(f);
            }
        }
    }
    assert!(checked > 200, "only {checked} conversions checked");
    assert!(
        failures.is_empty(),
        "{} of {checked} conversions differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn filter_output_restores_like_the_source_for_the_corpus() {
    let Some(pg_restore) = oracle() else { return };
    let Some(archives) = corpus() else { return };
    let work = tempfile::tempdir().expect("temporary directory");
    let mut failures = Vec::new();
    let mut checked = 0;
    for a in archives.iter().filter(|a| !a.broken) {
        let src = support::open(&a.path);
        let want = reference(&pg_restore, &a.path);
        for t in [("c", None), ("c", Some("zstd")), ("d", None), ("t", None)] {
            checked += 1;
            if let Some(f) =
                check_target(&pg_restore, &a.path, &a.name, t, &want, &src, work.path())
            {
                failures.push(f);
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} conversions differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Options of the golden script cases that select entries: `filter` takes them. The others
/// (and `-C`, which selects nothing away but is also how pg_restore prints) stay with
/// pg_restore when it reads the output.
fn split_case_args(args: &[Vec<u8>]) -> (Vec<OsString>, Vec<OsString>) {
    const SELECT_WITH_VALUE: [&[u8]; 8] =
        [b"-n", b"-N", b"-t", b"-I", b"-P", b"-T", b"-L", b"--filter"];
    const SELECT_FLAGS: [&[u8]; 13] = [
        b"-s",
        b"-a",
        b"-x",
        b"--no-acl",
        b"--no-privileges",
        b"--no-comments",
        b"--no-publications",
        b"--no-subscriptions",
        b"--no-policies",
        b"--no-security-labels",
        b"--statistics-only",
        b"--no-statistics",
        b"--no-data",
    ];
    let (mut select, mut render) = (Vec::new(), Vec::new());
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_slice();
        if SELECT_WITH_VALUE.contains(&a) && i + 1 < args.len() {
            select.extend([os(a), os(&args[i + 1])]);
            i += 2;
            continue;
        }
        if SELECT_FLAGS.contains(&a) || a.starts_with(b"--section=") {
            select.push(os(a));
        } else if a == b"--create" || a == b"-C" {
            select.push(os(a));
            render.push(os(a));
        } else {
            render.push(os(a));
        }
        i += 1;
    }
    (select, render)
}

/// Masks what verbose scripts print that a rewritten file cannot keep: the time of the run
/// (`-- Started on`, `-- Completed on`) and where each data block starts in a custom file
/// (`-- Data Pos:`; our chunks are not cut where pg_dump cut them).
fn mask_times(s: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for line in s.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"-- Started on")
            || line.starts_with(b"-- Completed on")
            || line.starts_with(b"-- Data Pos: ")
        {
            out.extend_from_slice(b"-- <time>\n");
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

#[test]
fn filter_with_selectors_restores_what_pg_restore_restores_with_them() {
    let Some(pg_restore) = oracle() else { return };
    let td = testdata();
    let work = tempfile::tempdir().expect("temporary directory");
    let mut failures = Vec::new();
    let rows = read_tsv(&td.join("golden/script/cases.tsv"));
    for (n, f) in rows.iter().enumerate() {
        let (archive, case, stdout, rc) = (&f[0], &f[1], &f[2], &f[3]);
        let case = String::from_utf8_lossy(case).into_owned();
        let (select, render) = split_case_args(&f[5..]);
        // Each case in one output format, in turn, so that all three are covered.
        let fmt = ["c", "d", "t"][n % 3];
        let out = work.path().join(format!("case-{n}"));
        let mut args: Vec<OsString> = vec![
            "filter".into(),
            os(archive),
            "-o".into(),
            out.clone().into(),
            "-F".into(),
            fmt.into(),
            "--no-sync".into(),
        ];
        args.extend(select.iter().cloned());
        let label = format!(
            "{} {case} (-F {fmt} {})",
            String::from_utf8_lossy(archive),
            select
                .iter()
                .map(|s| s.to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        );
        let r = pgdumpkit(&args).cwd(&td).output();
        if r.code != Some(0) || !r.only_warnings() {
            failures.push(format!("{label}: filter failed: {}", r.stderr_text()));
            continue;
        }
        let mut pr_args = render.clone();
        pr_args.push(out.clone().into());
        let got = run(&pg_restore, &pr_args);
        let want_rc = std::fs::read_to_string(td.join(Path::new(&os(rc)))).unwrap_or_default();
        let want = std::fs::read(td.join(Path::new(&os(stdout)))).unwrap_or_default();
        if want_rc.trim() != "0" {
            // pg_restore failed on the source (a tar read out of order by a -L list): the
            // output, whose data is in list order, must restore, and as the list says.
            let mut via_custom = vec![OsString::from("filter"), os(archive), "-o".into()];
            let whole = work.path().join(format!("whole-{n}"));
            via_custom.extend([
                whole.clone().into(),
                "-F".into(),
                "c".into(),
                "--no-sync".into(),
            ]);
            pgdumpkit(&via_custom).cwd(&td).output().assert_success();
            let mut ref_args = render.clone();
            ref_args.extend(select.iter().cloned());
            ref_args.push(whole.into());
            let reference = run(&pg_restore, &ref_args);
            if got.code != Some(0) || got.stdout != reference.stdout {
                failures.push(format!(
                    "{label}: output differs from the selection of a custom copy"
                ));
            }
        } else if mask_times(&got.stdout) != mask_times(&want) || got.code != Some(0) {
            failures.push(format!(
                "{label}: {}",
                describe_difference(&mask_times(&want), &mask_times(&got.stdout))
            ));
        }
        let _ = std::fs::remove_dir_all(&out);
        let _ = std::fs::remove_file(&out);
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn filter_from_a_pipe_writes_every_offset() {
    let td = testdata();
    let src = td.join("archives/pg18/fix.custom.gzip.pipe.dump");
    let bytes = std::fs::read(&src).expect("fixture reads");
    let work = tempfile::tempdir().expect("temporary directory");
    let out = work.path().join("out.dump");
    pgdumpkit(["filter", "-", "-o"])
        .arg(&out)
        .args_no_sync()
        .stdin(bytes)
        .output()
        .assert_success();
    let a = Archive::open(&out).expect("output opens");
    let mut data = 0;
    for e in a.entries() {
        if e.had_dumper {
            data += 1;
            assert!(
                matches!(e.data, DataLocation::Offset(_)),
                "entry {} has no offset: {:?}",
                e.dump_id,
                e.data
            );
        }
    }
    assert!(data > 10);
    assert!(
        a.entries()
            .iter()
            .all(|e| e.had_dumper || e.data == DataLocation::NoData)
    );
    assert_eq!(a.format(), Format::Custom);
}

/// `run` with more arguments.
fn with(mut run: Run, args: &[&str]) -> Run {
    for a in args {
        run = run.arg(a);
    }
    run
}

/// Extension trait for the common `--no-sync` argument.
trait NoSync {
    fn args_no_sync(self) -> Self;
}

impl NoSync for Run {
    fn args_no_sync(self) -> Run {
        self.arg("--no-sync")
    }
}

#[test]
fn filter_refuses_what_it_cannot_write() {
    let td = testdata();
    let a = td.join("archives/pg18/fix.custom.gzip.dump");
    let work = tempfile::tempdir().expect("temporary directory");
    let out = work.path().join("x.tar");
    // Tar holds no compressed data: a usage error, as pg_dump's.
    let r = with(
        pgdumpkit(["filter"]).arg(&a).arg("-o").arg(&out),
        &["-F", "t", "-Z", "gzip"],
    )
    .output();
    assert_eq!(r.code, Some(2), "{}", r.stderr_text());
    assert!(!out.exists());
    // A non-empty directory is not overwritten.
    let dir = work.path().join("dir");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("keep.txt"), b"x").expect("write");
    let r = with(
        pgdumpkit(["filter"]).arg(&a).arg("-o").arg(&dir),
        &["-F", "d"],
    )
    .output();
    let msg = r.assert_clean_failure();
    assert!(msg.contains("not an empty directory"), "{msg}");
    assert_eq!(std::fs::read(dir.join("keep.txt")).expect("kept"), b"x");
    // Unknown format and compression values.
    for bad in [["-F", "plain"], ["-Z", "brotli"], ["-Z", "gzip:12"]] {
        let r = with(pgdumpkit(["filter"]).arg(&a).arg("-o").arg(&out), &bad).output();
        assert_eq!(r.code, Some(2), "{bad:?}: {}", r.stderr_text());
    }
    // A version that cannot hold lz4 and whose LOs would change meaning: refused, nothing
    // left behind.
    let old = td.join("archives/synthetic/fix.v1_10.gzip.dump");
    let out = work.path().join("old.dump");
    let r = with(
        pgdumpkit(["filter"]).arg(&old).arg("-o").arg(&out),
        &["-Z", "lz4"],
    )
    .output();
    let msg = r.assert_clean_failure();
    assert!(
        msg.contains("compression needs archive version 1.15"),
        "{msg}"
    );
    assert!(!out.exists());
    let left: Vec<_> = std::fs::read_dir(work.path())
        .expect("list")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

/// Roles the fixture's objects are owned by (testdata/tools/cluster.sql), created in the
/// throwaway cluster: they are cluster-wide, the database itself stays empty.
const ROLES: &str = "CREATE ROLE alice; CREATE ROLE bob; CREATE ROLE \"Weird Role\";";

#[test]
fn filter_with_dependencies_restores_into_an_empty_database() {
    let Some(pg_restore) = oracle() else { return };
    let cluster = match Cluster::start_version(18) {
        Ok(c) => c,
        Err(e) if !pgdumpkit_testkit::in_ci() && pgdumpkit_testkit::toolchain_dir().is_none() => {
            eprintln!("skipped: no PostgreSQL 18 server ({e})");
            return;
        }
        Err(e) => panic!("cannot start a PostgreSQL 18 server: {e}"),
    };
    cluster.psql("postgres", ROLES).expect("roles are created");
    let td = testdata();
    let archive = td.join("archives/pg18/fix.custom.gzip.dump");
    let work = tempfile::tempdir().expect("temporary directory");
    let cases: [(&str, &[&str], &str); 6] = [
        (
            "table",
            &["-t", "orders"],
            "SELECT count(*) FROM app.orders",
        ),
        (
            "data-only-table",
            &["-a", "-t", "orders"],
            "SELECT count(*) FROM app.orders",
        ),
        (
            "index",
            &["-I", "orders_status_idx"],
            "SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_status_idx'",
        ),
        (
            "function",
            &["-P", "add(integer, integer)"],
            "SELECT count(*) FROM pg_proc WHERE proname = 'add'",
        ),
        (
            "trigger",
            &["-T", "orders orders_trg"],
            "SELECT count(*) FROM pg_trigger WHERE tgname = 'orders_trg'",
        ),
        ("schema", &["-n", "app"], "SELECT count(*) FROM app.orders"),
    ];
    let mut failures = Vec::new();
    for (name, sel, probe) in cases {
        let out = work.path().join(format!("{name}.dump"));
        let mut args: Vec<OsString> = vec![
            "filter".into(),
            archive.clone().into(),
            "-o".into(),
            out.clone().into(),
        ];
        args.extend(sel.iter().map(OsString::from));
        args.extend(["--with-dependencies".into(), "--no-sync".into()]);
        pgdumpkit(&args).output().assert_success();
        let db = cluster.create_database(name).expect("database is created");
        // Tablespaces, like roles, live outside the database: not part of a subset.
        let r = Run::new(
            &pg_restore,
            [
                OsString::from("-d"),
                db.clone().into(),
                "-h".into(),
                cluster.host().into(),
                "-p".into(),
                cluster.port().to_string().into(),
                "-U".into(),
                cluster.superuser().into(),
                "--exit-on-error".into(),
                "--no-tablespaces".into(),
                out.into(),
            ],
        )
        .output();
        if r.code != Some(0) || !r.stderr.is_empty() {
            failures.push(format!("{name}: pg_restore failed: {}", r.stderr_text()));
            continue;
        }
        match cluster.psql(&db, probe) {
            Ok(v) if v.trim() != "0" => {}
            other => failures.push(format!("{name}: {probe} gave {other:?}")),
        }
        // Without the option the same subset does not restore on its own.
        if name == "data-only-table" {
            let bare = work.path().join("bare.dump");
            let mut args: Vec<OsString> = vec![
                "filter".into(),
                archive.clone().into(),
                "-o".into(),
                bare.clone().into(),
            ];
            args.extend(sel.iter().map(OsString::from));
            args.push("--no-sync".into());
            pgdumpkit(&args).output().assert_success();
            let db2 = cluster
                .create_database("bare")
                .expect("database is created");
            let r = Run::new(
                &pg_restore,
                [
                    OsString::from("-d"),
                    db2.into(),
                    "-h".into(),
                    cluster.host().into(),
                    "-p".into(),
                    cluster.port().to_string().into(),
                    "-U".into(),
                    cluster.superuser().into(),
                    "--exit-on-error".into(),
                    bare.into(),
                ],
            )
            .output();
            assert_ne!(
                r.code,
                Some(0),
                "a data-only subset restored without its table"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
