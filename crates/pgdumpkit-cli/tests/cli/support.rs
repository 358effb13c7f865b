//! Running the binary with a deadline, reading the golden TSV files, finding the corpus and
//! the oracle.

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::unix::ffi::OsStringExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use pgdumpkit_format::Archive;

/// The binary under test.
pub fn bin() -> &'static Path {
    Path::new(env!("CARGO_BIN_EXE_pgdumpkit"))
}

/// Long enough for a debug build on a loaded two-core machine; a run that takes longer is a
/// hang.
pub const DEADLINE: Duration = Duration::from_secs(60);

/// What a finished run left behind.
#[derive(Debug)]
pub struct Outcome {
    /// The exit code; `None` when a signal ended the process.
    pub code: Option<i32>,
    pub signal: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The command line, for messages.
    pub what: String,
}

impl Outcome {
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }

    /// Standard error holds nothing but `pgdumpkit: warning:` lines (pg_restore's reading
    /// warnings, e.g. for archives older than 1.9).
    pub fn only_warnings(&self) -> bool {
        self.stderr_text()
            .lines()
            .all(|l| l.starts_with("pgdumpkit: warning: "))
    }

    /// Exit 0 and no error on standard error.
    #[track_caller]
    pub fn assert_success(&self) {
        assert!(
            self.code == Some(0) && self.only_warnings(),
            "{}: expected exit 0 and no error, got {:?} (signal {:?}), stderr:\n{}",
            self.what,
            self.code,
            self.signal,
            self.stderr_text()
        );
    }

    /// Exit 1 with exactly one line on standard error, `pgdumpkit: error: ...` (after any
    /// reading warnings); returns it.
    #[track_caller]
    pub fn assert_clean_failure(&self) -> String {
        let err = self.stderr_text();
        let lines: Vec<&str> = err
            .lines()
            .filter(|l| !l.starts_with("pgdumpkit: warning: "))
            .collect();
        assert!(
            self.code == Some(1)
                && lines.len() == 1
                && lines[0].starts_with("pgdumpkit: error: ")
                && err.ends_with('\n'),
            "{}: expected exit 1 and one line `pgdumpkit: error: ...` on stderr, got exit {:?} \
             (signal {:?}), stderr:\n{err}",
            self.what,
            self.code,
            self.signal
        );
        lines[0].to_string()
    }

    /// Either a success (exit 0, no error on stderr) or a clean failure; never a panic, a
    /// signal, or an exit code of its own.
    #[track_caller]
    pub fn assert_success_or_clean_failure(&self) {
        match self.code {
            Some(1) => {
                self.assert_clean_failure();
            }
            Some(0) => {
                assert!(
                    self.only_warnings(),
                    "{}: exit 0 but stderr holds more than warnings:\n{}",
                    self.what,
                    self.stderr_text()
                );
            }
            _ => panic!(
                "{}: expected exit 0 or 1, got {:?} (signal {:?}), stderr:\n{}",
                self.what,
                self.code,
                self.signal,
                self.stderr_text()
            ),
        }
    }
}

/// A command line to run with a deadline.
#[derive(Debug)]
pub struct Run {
    program: PathBuf,
    args: Vec<OsString>,
    cwd: Option<PathBuf>,
    stdin: Option<Vec<u8>>,
    deadline: Duration,
}

/// `pgdumpkit <args>` with `TZ=UTC`.
pub fn pgdumpkit<I, S>(args: I) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Run::new(bin(), args)
}

impl Run {
    pub fn new<I, S>(program: &Path, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        Run {
            program: program.to_path_buf(),
            args: args
                .into_iter()
                .map(|a| a.as_ref().to_os_string())
                .collect(),
            cwd: None,
            stdin: None,
            deadline: DEADLINE,
        }
    }

    pub fn arg(mut self, a: impl AsRef<OsStr>) -> Run {
        self.args.push(a.as_ref().to_os_string());
        self
    }

    pub fn cwd(mut self, dir: &Path) -> Run {
        self.cwd = Some(dir.to_path_buf());
        self
    }

    /// Feeds these bytes on standard input (otherwise it is empty: `/dev/null`).
    pub fn stdin(mut self, bytes: Vec<u8>) -> Run {
        self.stdin = Some(bytes);
        self
    }

    pub fn describe(&self) -> String {
        let mut s = self
            .program
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        for a in &self.args {
            s.push(' ');
            let a = a.to_string_lossy();
            if a.is_empty() || a.contains(|c: char| c.is_whitespace() || c == '"') {
                s.push_str(&format!("{a:?}"));
            } else {
                s.push_str(&a);
            }
        }
        s
    }

    /// Runs to completion; fails the test when the deadline passes (the process is killed).
    #[track_caller]
    pub fn output(self) -> Outcome {
        let what = self.describe();
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.args)
            .env("TZ", "UTC")
            .env_remove("RUST_BACKTRACE")
            .env_remove("RUST_LOG")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            });
        if let Some(d) = &self.cwd {
            cmd.current_dir(d);
        }
        let child = match cmd.spawn() {
            Ok(c) => c,
            Err(e) => panic!("cannot run {what}: {e}"),
        };
        let finished = finish(child, self.stdin, self.deadline);
        let status = match finished.status {
            Ok(Some(s)) => s,
            Ok(None) => panic!(
                "{what}: still running after {:?}: killed (a hang)",
                self.deadline
            ),
            Err(e) => panic!("{what}: cannot wait: {e}"),
        };
        Outcome {
            code: status.code(),
            signal: status.signal(),
            stdout: finished.stdout,
            stderr: finished.stderr,
            what,
        }
    }
}

/// A spawned process run to its end by [`finish`].
pub struct Finished {
    /// `Ok(None)`: still running at the deadline, and killed.
    pub status: std::io::Result<Option<ExitStatus>>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Feeds `stdin` to `child` (spawned with piped stdout and stderr, and stdin piped when
/// `stdin` is given), collects both outputs, and waits for it, killing it after `deadline`.
pub fn finish(mut child: Child, stdin: Option<Vec<u8>>, deadline: Duration) -> Finished {
    let feeder = match (child.stdin.take(), stdin) {
        (Some(mut pipe), Some(bytes)) => Some(std::thread::spawn(move || {
            // The program may stop reading early (a bad header): a closed pipe is fine.
            let _ = pipe.write_all(&bytes);
        })),
        _ => None,
    };
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let start = Instant::now();
    let mut pause = Duration::from_micros(200);
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break Ok(Some(s)),
            Ok(None) if start.elapsed() > deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break Ok(None);
            }
            Ok(None) => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => break Err(e),
        }
    };
    if let Some(f) = feeder {
        let _ = f.join();
    }
    Finished {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Undoes the TSV escaping of `testdata/README.md`: `\\`, `\t`, `\n`, `\r`, `\xHH`.
pub fn unescape(field: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(field.len());
    let mut i = 0;
    while i < field.len() {
        let c = field[i];
        if c != b'\\' || i + 1 == field.len() {
            out.push(c);
            i += 1;
            continue;
        }
        match field[i + 1] {
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'\\' => out.push(b'\\'),
            b'x' if field.len() >= i + 4 => {
                let hex = std::str::from_utf8(&field[i + 2..i + 4]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => out.push(b),
                    Err(_) => panic!("bad \\x escape in {:?}", String::from_utf8_lossy(field)),
                }
                i += 4;
                continue;
            }
            other => panic!("unknown escape \\{} in TSV field", other as char),
        }
        i += 2;
    }
    out
}

/// The rows of a TSV file under `testdata/`, fields unescaped, comments skipped.
pub fn read_tsv(path: &Path) -> Vec<Vec<Vec<u8>>> {
    let text =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.split(|&b| b == b'\n')
        .filter(|l| !l.is_empty() && !l.starts_with(b"#"))
        .map(|l| l.split(|&b| b == b'\t').map(unescape).collect())
        .collect()
}

pub fn os(b: &[u8]) -> OsString {
    OsString::from_vec(b.to_vec())
}

pub fn testdata() -> PathBuf {
    pgdumpkit_testkit::testdata_dir()
}

/// The `pg_restore` 18 oracle, or `None` after printing why the test is skipped. Under CI a
/// missing oracle fails the test.
pub fn oracle() -> Option<PathBuf> {
    if let Some(p) = pgdumpkit_testkit::pg_restore_oracle(18) {
        return Some(p);
    }
    if pgdumpkit_testkit::in_ci() {
        pgdumpkit_testkit::require_pg_restore_oracle(18);
    }
    eprintln!(
        "skipped: pg_restore 18 not found (set PGDUMPKIT_TOOLCHAIN to a directory holding 18/bin/pg_restore)"
    );
    None
}

/// One archive of the corpus, as `MANIFEST.tsv` describes it.
#[derive(Debug, Clone)]
pub struct CorpusArchive {
    pub name: String,
    pub path: PathBuf,
    /// pg_restore 18 refuses it (the three damaged on purpose).
    pub broken: bool,
}

/// Every archive of the corpus, or `None` (skip printed; a failure under CI).
pub fn corpus() -> Option<Vec<CorpusArchive>> {
    let dir = pgdumpkit_testkit::require_corpus()?;
    let manifest = dir.join("MANIFEST.tsv");
    let text = std::fs::read_to_string(&manifest)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", manifest.display()));
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .unwrap_or_else(|| panic!("MANIFEST.tsv has no column {name}"))
    };
    let (c_name, c_list) = (col("name"), col("pg_restore18_list"));
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    let mut out = Vec::new();
    for line in lines.filter(|l| !l.is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let name = f[c_name].to_string();
        // Files are named `<name>.<extension>` (directories `<name>.dir`).
        let path = files
            .iter()
            .find(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .and_then(|n| n.strip_prefix(name.as_str()))
                    .and_then(|rest| rest.strip_prefix('.'))
                    .is_some_and(|ext| !ext.contains('.'))
            })
            .unwrap_or_else(|| {
                panic!(
                    "corpus archive {name} of MANIFEST.tsv not found in {}",
                    dir.display()
                )
            })
            .clone();
        out.push(CorpusArchive {
            broken: f[c_list] != "ok",
            name,
            path,
        });
    }
    let broken = out.iter().filter(|a| a.broken).count();
    assert_eq!(broken, 3, "MANIFEST.tsv should name three broken archives");
    Some(out)
}

/// Opens an archive with the library (for picking tables and versions).
#[track_caller]
pub fn open(path: &Path) -> Archive {
    Archive::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every archive below `testdata/archives` (files and directory archives).
pub fn testdata_archives() -> Vec<PathBuf> {
    let root = testdata().join("archives");
    let mut out = Vec::new();
    let mut majors: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    majors.sort();
    for m in majors {
        let mut items: Vec<PathBuf> = std::fs::read_dir(&m)
            .unwrap_or_else(|e| panic!("cannot list {}: {e}", m.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        items.sort();
        out.extend(items);
    }
    out
}

/// A `TABLE DATA` entry whose data is COPY text.
#[derive(Debug, Clone)]
pub struct CopyTable {
    pub dump_id: i32,
    /// `None` before archive version 1.6 (no namespace field).
    pub namespace: Option<Vec<u8>>,
    pub tag: Vec<u8>,
    /// The COPY statement: the copyStmt field, or before 1.3 the head of the data.
    pub copy_stmt: Vec<u8>,
}

impl CopyTable {
    /// `-n <ns> <table>` for `cat` (just the table when there is no namespace).
    pub fn cat_args(&self) -> Vec<OsString> {
        let mut v = Vec::new();
        if let Some(ns) = &self.namespace {
            v.extend([OsString::from("-n"), os(ns)]);
        }
        v.push(os(&self.tag));
        v
    }

    pub fn label(&self) -> String {
        format!(
            "{}.{}",
            String::from_utf8_lossy(self.namespace.as_deref().unwrap_or(b"-")),
            String::from_utf8_lossy(&self.tag)
        )
    }
}

/// Every `TABLE DATA` entry of `a` whose data is COPY text.
pub fn copy_tables(a: &mut Archive) -> Vec<CopyTable> {
    let old = !a
        .header()
        .version
        .at_least(pgdumpkit_format::ArchiveVersion::V1_3);
    let candidates: Vec<CopyTable> = a
        .entries()
        .iter()
        .filter(|e| e.is("TABLE DATA"))
        .map(|e| CopyTable {
            dump_id: e.dump_id,
            namespace: e.namespace.clone(),
            tag: e.tag_bytes().to_vec(),
            copy_stmt: e.copy_stmt.clone().unwrap_or_default(),
        })
        .collect();
    let mut out = Vec::new();
    for mut t in candidates {
        if t.copy_stmt.is_empty() && old {
            let Ok(data) = a.open_data(t.dump_id) else {
                continue;
            };
            let mut data = std::io::BufReader::new(data);
            if let Ok(pgdumpkit_format::copy_text::DataHead::Copy(s)) =
                pgdumpkit_format::copy_text::read_data_head(&mut data)
            {
                t.copy_stmt = s;
            }
        }
        if !t.copy_stmt.is_empty() {
            out.push(t);
        }
    }
    out
}

/// The rows of one table in a `pg_restore -a -f -` script: the bytes after its COPY
/// statement up to the `\.` line.
pub fn copy_block<'a>(script: &'a [u8], copy_stmt: &[u8]) -> Option<&'a [u8]> {
    let at = find(script, copy_stmt)?;
    let rest = &script[at + copy_stmt.len()..];
    // The stored statement ends with its newline; if not, rows start on the next line.
    let rows = if copy_stmt.ends_with(b"\n") {
        rest
    } else {
        &rest[rest.iter().position(|&b| b == b'\n')? + 1..]
    };
    if rows.starts_with(b"\\.\n") {
        return Some(&rows[..0]);
    }
    let end = find(rows, b"\n\\.\n")?;
    Some(&rows[..end + 1])
}

pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// A tiny deterministic generator (xorshift64*), so that failures reproduce.
#[derive(Debug)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// The oracle when installed, silently `None` otherwise (for optional cross-checks).
pub fn pg_restore_if_present() -> Option<PathBuf> {
    pgdumpkit_testkit::pg_restore_oracle(18)
}
