//! `pgdumpkit list` against the golden `pg_restore -l` outputs and, for the corpus, against
//! the real `pg_restore -l`.

use std::ffi::OsString;
use std::path::Path;

use pgdumpkit_format::ArchiveVersion;
use pgdumpkit_testkit::describe_difference;

use crate::support::{self, Outcome, Run, corpus, open, oracle, os, pgdumpkit, read_tsv, testdata};

/// One row of `golden/list/cases.tsv`.
struct Case {
    archive: Vec<u8>,
    name: String,
    stdout: Vec<u8>,
    rc: Vec<u8>,
    stderr: Option<Vec<u8>>,
    /// The arguments after `-l`.
    args: Vec<Vec<u8>>,
}

fn cases() -> Vec<Case> {
    let td = testdata();
    read_tsv(&td.join("golden/list/cases.tsv"))
        .into_iter()
        .map(|f| {
            assert!(f.len() >= 6 && f[5] == b"-l", "bad list case row {f:?}");
            let name = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
            Case {
                archive: f[0].clone(),
                name: name(&f[1]),
                stdout: f[2].clone(),
                rc: f[3].clone(),
                stderr: (f[4] != b"-").then(|| f[4].clone()),
                args: f[6..].to_vec(),
            }
        })
        .collect()
}

fn read(rel: &[u8]) -> Vec<u8> {
    let p = testdata().join(Path::new(&os(rel)));
    std::fs::read(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

/// Lines that legitimately differ from pg_restore's: the creation time of archives that store
/// none (pg_restore prints the time it ran), and, below 1.10 where no pg_dump version is
/// stored, pg_restore's own version string, which carries its build's suffix
/// ("18.6 (Debian 18.6-3)") where we print the release.
fn mask(list: &[u8], version: ArchiveVersion) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len());
    for line in list.split_inclusive(|&b| b == b'\n') {
        if !version.at_least(ArchiveVersion::V1_4) && line.starts_with(b"; Archive created at ") {
            out.extend_from_slice(b"; Archive created at <masked>\n");
        } else if !version.at_least(ArchiveVersion::V1_10)
            && line.starts_with(b";     Dumped by pg_dump version: ")
        {
            // Keep the release number (up to the first space after the prefix).
            let prefix = b";     Dumped by pg_dump version: ".len();
            let rest = &line[prefix..];
            let end = rest
                .iter()
                .position(|&b| b == b' ' || b == b'\n')
                .unwrap_or(rest.len());
            out.extend_from_slice(&line[..prefix + end]);
            out.push(b'\n');
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

fn list_run(case: &Case, json: bool) -> Outcome {
    let mut args: Vec<OsString> = vec!["list".into()];
    if json {
        args.push("--json".into());
    }
    args.extend(case.args.iter().map(|a| os(a)));
    args.push(os(&case.archive));
    pgdumpkit(args).cwd(&testdata()).output()
}

/// Every case of `golden/list/cases.tsv`: same stdout byte for byte, same exit code, and the
/// same messages on stderr (with our program name).
#[test]
fn golden_list_cases() {
    let td = testdata();
    let mut failures = Vec::new();
    let all = cases();
    assert!(
        all.len() > 100,
        "golden/list/cases.tsv has only {} rows",
        all.len()
    );
    for case in &all {
        let version = open(&td.join(Path::new(&os(&case.archive))))
            .header()
            .version;
        let got = list_run(case, false);
        let label = format!("{} [{}]", String::from_utf8_lossy(&case.archive), case.name);
        let want_rc: i32 = String::from_utf8_lossy(&read(&case.rc))
            .trim()
            .parse()
            .unwrap_or(-1);
        if got.code != Some(want_rc) {
            failures.push(format!(
                "{label}: exit {:?}, pg_restore {want_rc}; stderr: {}",
                got.code,
                got.stderr_text()
            ));
            continue;
        }
        let want = mask(&read(&case.stdout), version);
        let have = mask(&got.stdout, version);
        if want != have {
            failures.push(format!(
                "{label}: stdout differs\n{}",
                describe_difference(&want, &have)
            ));
            continue;
        }
        let want_err = case
            .stderr
            .as_ref()
            .map(|p| String::from_utf8_lossy(&read(p)).replace("pg_restore: ", "pgdumpkit: "))
            .unwrap_or_default();
        if want_err != got.stderr_text() {
            failures.push(format!(
                "{label}: stderr differs\n{}",
                describe_difference(want_err.as_bytes(), &got.stderr)
            ));
        }
        if want_rc == 1 {
            // pg_restore's one failing list case (--strict-names) prints the listing first.
            assert!(
                !got.stdout.is_empty(),
                "{label}: no listing before the error"
            );
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} list cases fail:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
}

/// `list --json` parses and has one entry per line `list` prints.
#[test]
fn json_has_one_entry_per_listed_line() {
    for case in cases() {
        if read(&case.rc) != b"0\n" {
            continue;
        }
        let label = format!("{} [{}]", String::from_utf8_lossy(&case.archive), case.name);
        let text = list_run(&case, false);
        let json = list_run(&case, true);
        json.assert_success_or_clean_failure();
        assert_eq!(json.code, Some(0), "{label}");
        let doc: serde_json::Value = serde_json::from_slice(&json.stdout)
            .unwrap_or_else(|e| panic!("{label}: list --json is not JSON: {e}"));
        let entries = doc["entries"]
            .as_array()
            .unwrap_or_else(|| panic!("{label}: no \"entries\" array"));
        let listed = text
            .stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty() && !l.starts_with(b";"))
            .count();
        assert_eq!(
            entries.len(),
            listed,
            "{label}: JSON entries vs listed lines"
        );
        assert!(
            doc["header"]["format"].is_string(),
            "{label}: header.format"
        );
        // Same ids in the same order.
        let ids: Vec<i64> = entries
            .iter()
            .filter_map(|e| e["dump_id"].as_i64())
            .collect();
        let listed_ids: Vec<i64> = text
            .stdout
            .split(|&b| b == b'\n')
            .filter(|l| !l.is_empty() && !l.starts_with(b";"))
            .filter_map(|l| {
                let end = l.iter().position(|&b| b == b';')?;
                std::str::from_utf8(&l[..end]).ok()?.parse().ok()
            })
            .collect();
        assert_eq!(ids, listed_ids, "{label}: JSON dump ids vs listed ids");
    }
}

/// The selector sets compared with the oracle on every corpus archive; `{table}` is the first
/// TABLE of the archive.
const SELECTOR_SETS: &[&[&str]] = &[
    &[],
    &["-v"],
    &["-s"],
    &["-a"],
    &["--section=data"],
    &["-n", "public"],
    &["-t", "{table}"],
    &["-x", "--no-comments"],
    &["-C"],
];

/// Our `list` and `pg_restore -l` on every readable corpus archive, byte for byte, with the
/// same exit code and messages.
#[test]
fn corpus_list_matches_pg_restore() {
    let Some(archives) = corpus() else { return };
    let Some(pg_restore) = oracle() else { return };
    let mut failures = Vec::new();
    let mut compared = 0;
    for a in archives.iter().filter(|a| !a.broken) {
        let archive = open(&a.path);
        let first_table = archive
            .entries()
            .iter()
            .find(|e| e.is("TABLE"))
            .map(|e| e.tag_bytes().to_vec());
        for set in SELECTOR_SETS {
            let mut args: Vec<OsString> = Vec::new();
            let mut skip = false;
            for s in *set {
                if *s == "{table}" {
                    match &first_table {
                        Some(t) => args.push(os(t)),
                        None => skip = true,
                    }
                } else {
                    args.push(s.into());
                }
            }
            if skip {
                continue;
            }
            let ours =
                pgdumpkit(std::iter::once(OsString::from("list")).chain(args.iter().cloned()))
                    .arg(&a.path)
                    .output();
            let theirs = Run::new(
                &pg_restore,
                std::iter::once(OsString::from("-l")).chain(args.iter().cloned()),
            )
            .arg(&a.path)
            .output();
            compared += 1;
            let label = format!("{} {}", a.name, set.join(" "));
            if ours.code != theirs.code {
                failures.push(format!(
                    "{label}: exit {:?}, pg_restore {:?}; stderr: {}",
                    ours.code,
                    theirs.code,
                    ours.stderr_text()
                ));
            } else if ours.stdout != theirs.stdout {
                failures.push(format!(
                    "{label}: stdout differs\n{}",
                    describe_difference(&theirs.stdout, &ours.stdout)
                ));
            } else if theirs.stderr_text().replace("pg_restore: ", "pgdumpkit: ")
                != ours.stderr_text()
            {
                failures.push(format!(
                    "{label}: stderr differs\n{}",
                    describe_difference(&theirs.stderr, &ours.stderr)
                ));
            }
        }
    }
    assert!(compared > 100, "only {compared} comparisons ran");
    assert!(
        failures.is_empty(),
        "{} of {compared} corpus listings differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The three damaged corpus archives are refused as pg_restore refuses them.
#[test]
fn corpus_broken_archives_fail_like_pg_restore() {
    let Some(archives) = corpus() else { return };
    for a in archives.iter().filter(|a| a.broken) {
        let got = pgdumpkit(["list".as_ref(), a.path.as_os_str()]).output();
        got.assert_clean_failure();
        if let Some(pg_restore) = support::pg_restore_if_present() {
            let theirs = Run::new(&pg_restore, ["-l".as_ref(), a.path.as_os_str()]).output();
            assert_eq!(theirs.code, Some(1), "{}: pg_restore accepts it?", a.name);
        }
    }
}
