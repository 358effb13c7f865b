//! `pg_restore -l` byte for byte: every case recorded in `testdata/golden/list/cases.tsv`
//! (archive, pg_restore arguments, stdout, exit code, stderr) is replayed through
//! `Archive::open`, the selectors, `select` and `write_listing` with zone `UTC` (the goldens
//! are made with `TZ=UTC`).

use std::path::{Path, PathBuf};

use pgdumpkit_format::Archive;
use pgdumpkit_plan::filter::apply_filter;
use pgdumpkit_plan::listing::{ListingEnv, write_listing};
use pgdumpkit_plan::{RestoreOptions, Sections, SelectError, select};

/// One row of `cases.tsv`.
struct Case {
    archive: String,
    name: String,
    stdout: String,
    rc: String,
    stderr: Option<String>,
    args: Vec<String>,
}

/// `cases.tsv` escapes backslash, TAB, LF and CR inside fields (`goldens.py`).
fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn read_cases(testdata: &Path) -> Vec<Case> {
    let path = testdata.join("golden/list/cases.tsv");
    let text =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // Written as latin-1 by goldens.py; the fixture's arguments are ASCII.
    let text: String = text.iter().map(|&b| char::from(b)).collect();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| {
            let f: Vec<String> = line.split('\t').map(unescape).collect();
            assert!(f.len() >= 5, "short row in cases.tsv: {line:?}");
            Case {
                archive: f[0].clone(),
                name: f[1].clone(),
                stdout: f[2].clone(),
                rc: f[3].clone(),
                stderr: (f[4] != "-").then(|| f[4].clone()),
                args: f[5..].to_vec(),
            }
        })
        .collect()
}

/// What our side produced for a case.
struct Outcome {
    stdout: Vec<u8>,
    /// Only the messages selection, `-L` and `--filter` produce (see [`plan_messages`]).
    stderr: String,
    rc: i32,
    /// The archive stores no creation date, so line 2 shows the time of the run.
    no_date: bool,
}

/// The selector options of pg_restore, parsed from the recorded arguments (paths relative to
/// `testdata/`, as the generator runs there).
fn run_case(testdata: &Path, case: &Case, own_version: &str) -> Result<Outcome, String> {
    let mut opts = RestoreOptions::default();
    let mut sections: Option<Sections> = None;
    let mut stderr = String::new();
    let mut args = case.args.iter();
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("{arg} needs a value"))
        };
        match arg.as_str() {
            "-l" => {}
            "-v" => opts.verbose += 1,
            "-n" => opts.schemas.push(value()?.into_bytes()),
            "-N" => opts.exclude_schemas.push(value()?.into_bytes()),
            "-t" => opts.tables.push(value()?.into_bytes()),
            "-I" => opts.indexes.push(value()?.into_bytes()),
            "-P" => opts.functions.push(value()?.into_bytes()),
            "-T" => opts.triggers.push(value()?.into_bytes()),
            "-s" => opts.schema_only = true,
            "-a" => opts.data_only = true,
            "-C" => opts.create = true,
            "-x" => opts.no_privileges = true,
            "--no-comments" => opts.no_comments = true,
            "--no-publications" => opts.no_publications = true,
            "--no-subscriptions" => opts.no_subscriptions = true,
            "--no-policies" => opts.no_policies = true,
            "--no-security-labels" => opts.no_security_labels = true,
            "--strict-names" => opts.strict_names = true,
            "--statistics-only" => opts.statistics_only = true,
            "--no-statistics" => opts.no_statistics = true,
            "--statistics" => opts.statistics = true,
            "--no-data" => opts.no_data = true,
            "--no-schema" => opts.no_schema = true,
            "-L" => {
                let p = testdata.join(value()?);
                opts.list_file_text =
                    Some(std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?);
            }
            "--filter" => {
                let name = value()?;
                let p = testdata.join(&name);
                let bytes = std::fs::read(&p).map_err(|e| format!("{}: {e}", p.display()))?;
                if let Err(e) = apply_filter(&bytes, Some(&name), &mut opts) {
                    let stderr = format!("pg_restore: error: {e}\n");
                    return Ok(Outcome {
                        stdout: Vec::new(),
                        stderr,
                        rc: 1,
                        no_date: false,
                    });
                }
            }
            s if s.starts_with("--section=") => {
                let all_off = Sections {
                    pre_data: false,
                    data: false,
                    post_data: false,
                };
                let sec = sections.get_or_insert(all_off);
                match &s["--section=".len()..] {
                    "pre-data" => sec.pre_data = true,
                    "data" => sec.data = true,
                    "post-data" => sec.post_data = true,
                    other => return Err(format!("unknown section {other}")),
                }
            }
            other => {
                return Err(format!(
                    "argument {other:?} is not a selector this test knows"
                ));
            }
        }
    }
    if let Some(s) = sections {
        opts.sections = s;
    }

    let path = testdata.join(&case.archive);
    let archive =
        Archive::open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let entries = archive.entries();
    let sel = match select(entries, archive.header(), &opts) {
        Ok(sel) => sel,
        Err(SelectError::ListEntryNotFound { id, warnings }) => {
            for w in warnings {
                stderr.push_str(&format!("pg_restore: warning: {w}\n"));
            }
            stderr.push_str(&format!(
                "pg_restore: error: could not find entry for ID {id}\n"
            ));
            return Ok(Outcome {
                stdout: Vec::new(),
                stderr,
                rc: 1,
                no_date: false,
            });
        }
    };
    for w in &sel.warnings {
        stderr.push_str(&format!("pg_restore: warning: {w}\n"));
    }
    let mut stdout = Vec::new();
    let env = ListingEnv::new("UTC", own_version.as_bytes());
    write_listing(
        &mut stdout,
        archive.header(),
        archive.format(),
        entries,
        &sel,
        &opts,
        &env,
    )
    .map_err(|e| format!("write_listing: {e}"))?;
    let mut rc = 0;
    // pg_restore -l prints the listing, then fails on a --strict-names miss.
    if let Some(e) = &sel.strict_names_error {
        stderr.push_str(&format!("pg_restore: error: {e}\n"));
        rc = 1;
    }
    // Archives before 1.4 store no date: pg_restore printed the time the golden was made.
    let no_date = archive.header().created.is_none();
    Ok(Outcome {
        stdout,
        stderr,
        rc,
        no_date,
    })
}

/// `text` without its line number `n` (0-based).
fn drop_line(text: &[u8], n: usize) -> Vec<u8> {
    text.split_inclusive(|&b| b == b'\n')
        .enumerate()
        .filter(|(i, _)| *i != n)
        .flat_map(|(_, l)| l.to_vec())
        .collect()
}

/// The lines of pg_restore's stderr that selection produces: `line ignored` warnings and
/// errors. Warnings of the archive reader (e.g. `restoring tables WITH OIDS is not supported
/// anymore` for old archives) are the format crate's business.
fn plan_messages(stderr: &[u8]) -> String {
    String::from_utf8_lossy(stderr)
        .split_inclusive('\n')
        .filter(|l| {
            l.starts_with("pg_restore: warning: line ignored: ")
                || l.starts_with("pg_restore: error: ")
        })
        .collect()
}

fn first_difference(a: &[u8], b: &[u8]) -> String {
    let al: Vec<&[u8]> = a.split(|&c| c == b'\n').collect();
    let bl: Vec<&[u8]> = b.split(|&c| c == b'\n').collect();
    for i in 0..al.len().max(bl.len()) {
        let x = al.get(i).copied().unwrap_or(b"<missing>");
        let y = bl.get(i).copied().unwrap_or(b"<missing>");
        if x != y {
            return format!(
                "line {}:\n  pg_restore: {}\n  ours:       {}",
                i + 1,
                String::from_utf8_lossy(x),
                String::from_utf8_lossy(y)
            );
        }
    }
    "no line differs (lengths differ)".to_owned()
}

/// The version of the pg_restore that made the goldens, from `testdata/VERSIONS.txt`
/// (`18<TAB>pg_restore<TAB>pg_restore (PostgreSQL) 18.6 (Debian 18.6-3)`).
fn pg_restore_version(testdata: &Path) -> String {
    let path = testdata.join("VERSIONS.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| l.split('\t').nth(1) == Some("pg_restore"))
        .find_map(|l| {
            l.split('\t')
                .nth(2)?
                .strip_prefix("pg_restore (PostgreSQL) ")
        })
        .unwrap_or_else(|| panic!("no pg_restore line in {}", path.display()))
        .to_owned()
}

#[test]
fn listings_match_pg_restore_goldens() {
    let testdata: PathBuf = pgdumpkit_testkit::testdata_dir();
    let cases = read_cases(&testdata);
    let own_version = pg_restore_version(&testdata);
    assert!(!cases.is_empty(), "no cases in golden/list/cases.tsv");
    let mut failures = Vec::new();
    for case in &cases {
        let label = format!("{} [{}] {:?}", case.archive, case.name, case.args);
        let read = |p: &str| {
            std::fs::read(testdata.join(p)).unwrap_or_else(|e| panic!("cannot read {p}: {e}"))
        };
        let mut want_stdout = read(&case.stdout);
        let want_rc: i32 = String::from_utf8_lossy(&read(&case.rc))
            .trim()
            .parse()
            .expect("rc file holds a number");
        let want_stderr = case
            .stderr
            .as_deref()
            .map(|p| plan_messages(&read(p)))
            .unwrap_or_default();
        let got = match run_case(&testdata, case, &own_version) {
            Ok(got) => got,
            Err(e) => {
                failures.push(format!("{label}: {e}"));
                continue;
            }
        };
        if want_rc != 0 && want_stdout.is_empty() && got.rc != 0 {
            // A fatal error before the listing: only the messages matter.
        } else {
            let mut got_stdout = got.stdout.clone();
            if got.no_date {
                want_stdout = drop_line(&want_stdout, 1);
                got_stdout = drop_line(&got_stdout, 1);
            }
            if got_stdout != want_stdout {
                failures.push(format!(
                    "{label}: stdout differs, {}",
                    first_difference(&want_stdout, &got_stdout)
                ));
                continue;
            }
        }
        if got.rc != want_rc {
            failures.push(format!(
                "{label}: exit code {} (pg_restore: {want_rc})",
                got.rc
            ));
        }
        if got.stderr != want_stderr {
            failures.push(format!(
                "{label}: stderr\n  pg_restore: {want_stderr:?}\n  ours:       {:?}",
                got.stderr
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} list goldens differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
