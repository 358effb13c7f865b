//! `write_script` against the golden scripts real pg_restore 18 wrote
//! (`testdata/golden/script/cases.tsv`: archive, case, stdout, exit code, stderr, arguments).

use std::path::Path;

use pgdumpkit_format::Archive;
use pgdumpkit_plan::ListFile;
use pgdumpkit_plan::RestoreOptions;
use pgdumpkit_plan::filter::apply_filter;
use pgdumpkit_plan::script::{LogLevel, LogMessage};
use pgdumpkit_plan::selection::max_dump_id;
use pgdumpkit_restore::script::{ScriptEnv, write_script};
use pgdumpkit_testkit::describe_difference;
use pgdumpkit_testkit::testdata_dir;

/// Cases whose partial output (before pg_restore's fatal error) we do not reproduce, and why.
/// We must still fail.
const KNOWN_PARTIAL_DIFFERENCES: &[(&str, &str, &str)] = &[(
    "archives/pg16/fix.tar",
    "use-list",
    "pg_restore's tar reader refuses to skip a member whose entry is still required \
     (`_tarPositionTo`) before printing that entry's data; the archive reader fails only when \
     the skipped member is requested, so our script goes further before the same failure",
)];

/// One row of `cases.tsv`.
struct Case {
    archive: String,
    name: String,
    stdout: String,
    rc: String,
    stderr: Option<String>,
    args: Vec<String>,
}

fn cases() -> Vec<Case> {
    let path = testdata_dir().join("golden/script/cases.tsv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 5, "short line in cases.tsv: {l}");
            Case {
                archive: f[0].into(),
                name: f[1].into(),
                stdout: f[2].into(),
                rc: f[3].into(),
                stderr: (f[4] != "-").then(|| f[4].to_string()),
                args: f[5..].iter().map(|s| s.to_string()).collect(),
            }
        })
        .collect()
}

/// The pg_restore arguments of the cases, as the CLI would turn them into options.
fn options(args: &[String], archive: &Archive) -> RestoreOptions {
    let mut o = RestoreOptions::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut value = || {
            it.next()
                .cloned()
                .unwrap_or_else(|| panic!("{a} needs a value"))
        };
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = move || inline.clone().unwrap_or_else(&mut value);
        match flag {
            "-f" => {
                value();
            }
            "--restrict-key" => o.restrict_key = Some(value().into_bytes()),
            "-s" | "--schema-only" => o.schema_only = true,
            "-a" | "--data-only" => o.data_only = true,
            "-c" | "--clean" => o.clean = true,
            "--if-exists" => o.if_exists = true,
            "-C" | "--create" => o.create = true,
            "-O" | "--no-owner" => o.no_owner = true,
            "-x" | "--no-acl" | "--no-privileges" => o.no_privileges = true,
            "-1" | "--single-transaction" => {
                o.single_transaction = true;
                o.exit_on_error = true;
            }
            "-v" | "--verbose" => o.verbose += 1,
            "--disable-triggers" => o.disable_triggers = true,
            "-S" | "--superuser" => o.superuser = Some(value().into_bytes()),
            "--role" => o.role = Some(value().into_bytes()),
            "--no-tablespaces" => o.no_tablespaces = true,
            "--no-table-access-method" => o.no_table_access_method = true,
            "--no-comments" => o.no_comments = true,
            "--enable-row-security" => o.enable_row_security = true,
            "--use-set-session-authorization" => o.use_set_session_authorization = true,
            "--statistics-only" => o.statistics_only = true,
            "--statistics" => o.statistics = true,
            "--no-statistics" => o.no_statistics = true,
            "--no-data" => o.no_data = true,
            "--no-schema" => o.no_schema = true,
            "--transaction-size" => {
                o.transaction_size = value().parse().expect("a number");
                o.exit_on_error = true;
            }
            "--section" => {
                if o.sections == Default::default() {
                    o.sections = pgdumpkit_plan::Sections {
                        pre_data: false,
                        data: false,
                        post_data: false,
                    };
                }
                match value().as_str() {
                    "pre-data" => o.sections.pre_data = true,
                    "data" => o.sections.data = true,
                    "post-data" => o.sections.post_data = true,
                    s => panic!("unknown section {s}"),
                }
            }
            "-n" | "--schema" => o.schemas.push(value().into_bytes()),
            "-N" | "--exclude-schema" => o.exclude_schemas.push(value().into_bytes()),
            "-t" | "--table" => o.tables.push(value().into_bytes()),
            "-I" | "--index" => o.indexes.push(value().into_bytes()),
            "-P" | "--function" => o.functions.push(value().into_bytes()),
            "-T" | "--trigger" => o.triggers.push(value().into_bytes()),
            "-L" | "--use-list" => {
                let bytes = std::fs::read(testdata_dir().join(value())).expect("list file");
                o.list_file = Some(ListFile::parse(&bytes, max_dump_id(archive.entries())));
            }
            "--filter" => {
                let name = value();
                let bytes = std::fs::read(testdata_dir().join(&name)).expect("filter file");
                apply_filter(&bytes, Some(&name), &mut o).expect("valid filter");
            }
            other => panic!("argument {other} is not mapped by this test"),
        }
    }
    o
}

/// The stderr lines pg_restore prints while reading the archive, which `write_script` does
/// not produce.
fn read_time_message(line: &str) -> bool {
    line.contains("restoring tables WITH OIDS is not supported anymore")
}

/// The version of the pg_restore 18 that wrote the goldens (`testdata/VERSIONS.txt`), which it
/// prints as the pg_dump version of archives older than 1.10.
fn oracle_version() -> String {
    let path = testdata_dir().join("VERSIONS.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .find_map(|l| l.strip_prefix("18\tpg_restore\tpg_restore (PostgreSQL) "))
        .unwrap_or_else(|| panic!("no pg_restore 18 in {}", path.display()))
        .to_owned()
}

/// Replace the `-v` timestamp lines, which differ on every run.
fn mask_timestamps(script: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(script.len());
    for line in script.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"-- Started on ") {
            out.extend_from_slice(b"-- Started on <time>\n");
        } else if line.starts_with(b"-- Completed on ") {
            out.extend_from_slice(b"-- Completed on <time>\n");
        } else {
            out.extend_from_slice(line);
        }
    }
    out
}

#[test]
fn matches_every_golden_script() {
    let td = testdata_dir();
    let mut failures = Vec::new();
    let cases = cases();
    assert!(!cases.is_empty());
    for case in &cases {
        let label = format!("{} [{}]", case.archive, case.name);
        let rc = std::fs::read_to_string(td.join(&case.rc)).expect("rc file");
        let want_stdout = std::fs::read(td.join(&case.stdout)).expect("golden script");
        let want_stderr = match &case.stderr {
            Some(p) => std::fs::read_to_string(td.join(p)).expect("stderr file"),
            None => String::new(),
        };
        // pg_restore reads tar archives strictly forward, even from a file: open them as a
        // stream so that out-of-order requests (`-L`) fail the same way.
        let path = td.join(&case.archive);
        let opened = if case.archive.ends_with(".tar") {
            std::fs::File::open(&path)
                .map_err(|e| e.to_string())
                .and_then(|f| {
                    Archive::from_reader(Box::new(std::io::BufReader::new(f)))
                        .map_err(|e| e.to_string())
                })
        } else {
            Archive::open(Path::new(&path)).map_err(|e| e.to_string())
        };
        let mut archive = match opened {
            Ok(a) => a,
            Err(e) => {
                failures.push(format!("{label}: cannot open: {e}"));
                continue;
            }
        };
        let opts = options(&case.args, &archive);
        let mut out = Vec::new();
        let mut logs: Vec<LogMessage> = Vec::new();
        let env = ScriptEnv {
            pg_version: oracle_version(),
            ..ScriptEnv::default()
        };
        let res = write_script(&mut archive, &opts, &mut out, &env, &mut |m| {
            logs.push(m.clone())
        });
        if rc.trim() != "0" {
            // pg_restore failed part way: the script up to the failure must match.
            if res.is_ok() {
                failures.push(format!(
                    "{label}: pg_restore failed (rc {}), we succeeded",
                    rc.trim()
                ));
            } else if KNOWN_PARTIAL_DIFFERENCES
                .iter()
                .any(|(a, c, _)| *a == case.archive && *c == case.name)
            {
                // Documented above.
            } else if want_stdout != out {
                failures.push(format!(
                    "{label}: partial script differs from {}\n{}",
                    case.stdout,
                    describe_difference(&want_stdout, &out)
                ));
            }
            continue;
        }
        if let Err(e) = res {
            failures.push(format!("{label}: {e}"));
            continue;
        }
        let (want, got) = if opts.verbose > 0 {
            (mask_timestamps(&want_stdout), mask_timestamps(&out))
        } else {
            (want_stdout, out)
        };
        if want != got {
            failures.push(format!(
                "{label}: script differs from {}\n{}",
                case.stdout,
                describe_difference(&want, &got)
            ));
        }
        let want_err: String = want_stderr
            .split_inclusive('\n')
            .filter(|l| !read_time_message(l))
            .collect();
        let got_err: String = logs
            .iter()
            .filter(|m| m.level == LogLevel::Warning || opts.verbose > 0)
            .map(|m| match m.level {
                LogLevel::Warning => format!("pg_restore: warning: {}\n", m.text),
                LogLevel::Info => format!("pg_restore: {}\n", m.text),
            })
            .collect();
        if want_err != got_err {
            failures.push(format!(
                "{label}: stderr differs\n{}",
                describe_difference(want_err.as_bytes(), got_err.as_bytes())
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// Option sets tried on every corpus archive, beyond what the goldens cover.
const ORACLE_OPTION_SETS: &[&[&str]] = &[
    &[],
    &["-s"],
    &["-a"],
    &["--clean"],
    &["--clean", "--if-exists"],
    &["--create"],
    &["--create", "--clean", "--if-exists"],
    &["-O", "-x"],
    &["-v"],
    &["-1"],
    &["-1", "-a"],
    &["--transaction-size=7"],
    &["--transaction-size=3", "--clean", "--create"],
    &["--use-set-session-authorization"],
    &["-a", "--disable-triggers", "-S", "postgres"],
    &[
        "--no-tablespaces",
        "--no-table-access-method",
        "--role=restorer",
        "--enable-row-security",
    ],
    &["--section=data"],
    &["--no-comments", "-O"],
    &["--statistics-only"],
    &["-n", "public", "--no-statistics"],
    &["--clean", "--if-exists", "--use-set-session-authorization"],
    &["-v", "-a", "--disable-triggers"],
    &["--transaction-size=2", "-a"],
];

fn open_like_pg_restore(path: &Path) -> Result<Archive, String> {
    let is_tar = std::fs::File::open(path).ok().and_then(|mut f| {
        let mut head = [0u8; 5];
        std::io::Read::read_exact(&mut f, &mut head).ok()?;
        Some(&head != b"PGDMP")
    });
    if path.is_file() && is_tar == Some(true) {
        let f = std::fs::File::open(path).map_err(|e| e.to_string())?;
        Archive::from_reader(Box::new(std::io::BufReader::new(f))).map_err(|e| e.to_string())
    } else {
        Archive::open(path).map_err(|e| e.to_string())
    }
}

/// Archives under `dir`: files, and directories holding a `toc.dat`.
fn collect_archives(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.filter_map(Result::ok) {
        let p = e.path();
        if p.is_dir() {
            if p.join("toc.dat").exists() {
                out.push(p);
            } else {
                collect_archives(&p, out);
            }
        } else {
            out.push(p);
        }
    }
}

enum Outcome {
    Same,
    Skipped,
    Differs(String),
}

/// Run pg_restore and `write_script` on one archive with one option set.
fn compare_with_oracle(pg_restore: &Path, version: &str, path: &Path, set: &[&str]) -> Outcome {
    let mut args: Vec<String> = vec!["-f".into(), "-".into(), "--restrict-key".into(), "K".into()];
    args.extend(set.iter().map(|s| s.to_string()));
    let oracle = std::process::Command::new(pg_restore)
        .args(&args)
        .arg(path)
        .output()
        .expect("runs pg_restore");
    let label = format!("{} {:?}", path.display(), set);
    let mut archive = match open_like_pg_restore(path) {
        Ok(a) => a,
        Err(e) if oracle.status.success() => {
            return Outcome::Differs(format!(
                "{label}: pg_restore reads it, we cannot open it: {e}"
            ));
        }
        Err(_) => return Outcome::Skipped,
    };
    let opts = options(&args, &archive);
    let env = ScriptEnv {
        pg_version: version.to_owned(),
        ..ScriptEnv::default()
    };
    let mut out = Vec::new();
    let res = write_script(&mut archive, &opts, &mut out, &env, &mut |_| {});
    match (oracle.status.success(), res) {
        (true, Err(e)) => Outcome::Differs(format!("{label}: pg_restore succeeds, we fail: {e}")),
        (false, Ok(())) => Outcome::Differs(format!(
            "{label}: pg_restore fails ({}), we succeed",
            String::from_utf8_lossy(&oracle.stderr).trim()
        )),
        _ => {
            let (want, got) = (mask_timestamps(&oracle.stdout), mask_timestamps(&out));
            if want == got {
                Outcome::Same
            } else {
                Outcome::Differs(format!(
                    "{label}: script differs\n{}",
                    describe_difference(&want, &got)
                ))
            }
        }
    }
}

/// Every real-world archive of the corpus and every committed fixture, with many option sets, against the real
/// pg_restore 18 run now.
#[test]
fn matches_pg_restore_on_the_corpus() {
    let Some(corpus) = pgdumpkit_testkit::require_corpus() else {
        return;
    };
    let pg_restore = pgdumpkit_testkit::require_pg_restore_oracle(18);
    let version = std::process::Command::new(&pg_restore)
        .arg("--version")
        .output()
        .expect("runs pg_restore");
    let version = String::from_utf8_lossy(&version.stdout)
        .trim()
        .trim_start_matches("pg_restore (PostgreSQL) ")
        .to_owned();
    let mut names: Vec<_> = std::fs::read_dir(&corpus)
        .expect("corpus directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| !p.extension().is_some_and(|x| x == "md" || x == "tsv"))
        .collect();
    // The committed fixtures too, with the options their goldens do not cover.
    collect_archives(&testdata_dir().join("archives"), &mut names);
    names.sort();
    let mut jobs = Vec::new();
    for path in &names {
        // Large archives are slow to decompress in debug builds: a few sets suffice there.
        let big = path.is_file() && std::fs::metadata(path).is_ok_and(|m| m.len() > 1 << 20);
        let sets = if big {
            &ORACLE_OPTION_SETS[..4]
        } else {
            ORACLE_OPTION_SETS
        };
        jobs.extend(sets.iter().map(|set| (path.as_path(), *set)));
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(path, set)) = jobs.get(i) else {
                        break;
                    };
                    let r = compare_with_oracle(&pg_restore, &version, path, set);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push(r);
                }
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let compared = results
        .iter()
        .filter(|r| !matches!(r, Outcome::Skipped))
        .count();
    let failures: Vec<String> = results
        .into_iter()
        .filter_map(|r| {
            if let Outcome::Differs(m) = r {
                Some(m)
            } else {
                None
            }
        })
        .collect();
    eprintln!("compared {compared} runs with pg_restore");
    assert!(compared > 0, "no corpus archive could be compared");
    assert!(
        failures.is_empty(),
        "{} of {compared} runs differ:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}
