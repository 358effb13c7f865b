//! Live restores compared: the reference (`pg_restore` 18 with `-d`) and the candidate restore
//! the same archive with the same options into two fresh databases of one cluster; the test
//! compares [`Snapshot`]s of both databases (schema, sorted rows, sequences, large objects,
//! database properties), the exit status, and the count of `errors ignored on restore: N`.
//!
//! The candidate is chosen in one place, [`candidate_command`], with the job counts in
//! [`CANDIDATE_JOBS`]: `pgdumpkit restore -d`, serial and with `-j 4`. (Pointed at
//! `pg_restore -j 4`, the same harness passes on pg_restore's own serial and parallel modes.)
//!
//! Inputs: every archive under `testdata/archives`, every readable archive of
//! `PGDUMPKIT_CORPUS` (when set), and option sets on a few archives. Each server gets the
//! roles and tablespaces the archives name (from TOC owners and ACLs) before anything is
//! restored, except in [`missing_role_errors_are_counted_alike`], which leaves one role out so
//! that error counting is compared. With `PGDUMPKIT_TOOLCHAIN` set, a smoke subset also runs on
//! every server 12..18.
//!
//! Known behaviour of the reference that the comparison allows for:
//! - `pg_restore` 18 sends `SET transaction_timeout = 0` on every connection it opens
//!   (`_doSetFixedOutputState`), which servers before 17 reject with one error per connection;
//!   a candidate that skips the setting on old servers does better. Below 17 the errors naming
//!   `transaction_timeout` are left out of the comparison. With an option that makes every
//!   error fatal (`-1`, `--transaction-size`) the reference then stops before restoring
//!   anything; a candidate that goes on is compared with `pg_restore -f - | psql -v
//!   ON_ERROR_STOP=1` without that setting (see [`emulated_reference`]).
//! - `pg_restore -j N` is not `pg_restore` run serially, so a parallel candidate may match
//!   either; the report notes when it matched only the parallel one. Differences seen:
//!   - it refuses tar archives, archives before 1.8 and `-1` (`RestoreArchive`, pg_restore.c);
//!   - its count of ignored errors is not the serial one: a worker's entry that fails adds its
//!     errors *and* one more (`parseWorkerResponse` adds the worker's count, then
//!     `mark_restore_job_done` adds 1 for `WORKER_IGNORED_ERRORS`), while errors of a worker's
//!     own connection are dropped (`parallel_restore` resets the count); the printed errors
//!     are the same, so they are compared too;
//!   - archives before 1.11 carry no sections, and pg_restore guesses them from the
//!     descriptions (`ReadToc`): types it does not know, such as `INDEX ATTACH`, become
//!     pre-data and run before the indexes they attach (only the synthetic archives, made by
//!     downgrading newer dumps, have such entries).

#[allow(dead_code)]
#[path = "cli/support.rs"]
mod support;

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::{Duration, Instant};

use pgdumpkit_format::Archive;
use pgdumpkit_testkit::{Cluster, PgDump, Snapshot, pg_dump_for};

// ---------------------------------------------------------------------------------------------
// The candidate: the one place to change.
// ---------------------------------------------------------------------------------------------

/// The job counts the candidate runs with; each is compared with the serial reference.
/// For `pgdumpkit`: `&[1, 4]`.
const CANDIDATE_JOBS: &[u32] = &[1, 4];

/// The candidate restore: `<program> -d CONN -j JOBS OPTIONS... ARCHIVE`.
///
/// Now `pg_restore` 18 in parallel mode. For `pgdumpkit`, replace the first line with
/// `let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgdumpkit"));` and `cmd.arg("restore");`.
fn candidate_command(archive: &Path, opts: &[String], jobs: u32, conn: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_pgdumpkit"));
    cmd.arg("restore")
        .arg("--progress=none")
        .arg("-d")
        .arg(conn)
        .arg("-j")
        .arg(jobs.to_string())
        .args(opts)
        .arg(archive);
    cmd
}

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

/// Comparisons running at once inside one test (cargo runs tests side by side as well).
const WORKERS: usize = 2;

/// A restore that takes longer than this is a hang.
const DEADLINE: Duration = Duration::from_secs(180);

/// Every archive under `testdata/archives`, default options.
#[test]
fn testdata_archives_restore_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let server = default_server();
    let cases: Vec<Case> = support::testdata_archives()
        .into_iter()
        .map(|path| Case::new(&path, &[&[]]))
        .collect();
    run_cases("testdata", &server, &reference, cases);
}

/// Option sets of pg_restore on archives of each format.
#[test]
fn option_sets_restore_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let server = default_server();
    let mut cases = Vec::new();
    for rel in OPTION_SET_ARCHIVES {
        let path = support::testdata().join("archives").join(rel);
        for steps in option_sets() {
            let steps: Vec<&[&str]> = steps.iter().map(|s| &s[..]).collect();
            cases.push(Case::new(&path, &steps));
        }
    }
    run_cases("option sets", &server, &reference, cases);
}

/// Every readable archive of `PGDUMPKIT_CORPUS`, default options.
#[test]
fn corpus_archives_restore_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let Some(corpus) = support::corpus() else {
        return;
    };
    let server = default_server();
    let cases: Vec<Case> = corpus
        .iter()
        .filter(|a| !a.broken)
        .map(|a| Case::new(&a.path, &[&[]]))
        .collect();
    run_cases("corpus", &server, &reference, cases);
}

/// A role the archives name is missing: the errors it causes are counted alike.
#[test]
fn missing_role_errors_are_counted_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let archives: Vec<PathBuf> = [
        "pg18/fix.custom.gzip.dump",
        "pg18/lobs.custom.dump",
        "pg13/fix.tar",
    ]
    .iter()
    .map(|rel| support::testdata().join("archives").join(rel))
    .collect();
    let cluster = Cluster::start().unwrap_or_else(|e| panic!("a PostgreSQL server is needed: {e}"));
    let server = Server::prepare(cluster, &archives, &[MISSING_ROLE]);
    let mut cases: Vec<Case> = archives.iter().map(|p| Case::new(p, &[&[]])).collect();
    cases.push(Case::new(&archives[0], &[&["-1"]]));
    run_cases("missing role", &server, &reference, cases);
}

/// Archives of databases in encodings other than UTF-8, made here by pg_dump from databases
/// with non-ASCII names, comments, function bodies and rows (enough rows that characters
/// straddle the chunks COPY data is sent in), restored into a UTF-8 database and, with
/// `--create`, into a database of the archive's own encoding. A last archive holds a byte
/// with no Unicode equivalent (0x81 in WIN1252): into UTF-8 its COPY fails alike; into
/// WIN1252 both tools store it unchanged (compared as bytes, which the snapshots, read as
/// UTF-8, cannot show).
#[test]
fn non_utf8_archives_restore_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let cluster = Cluster::start().unwrap_or_else(|e| panic!("a PostgreSQL server is needed: {e}"));
    let pg_dump = pg_dump_for(&cluster).unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().expect("temporary directory");
    let dump = |db: &str, suffix: &str, opts: &[&str]| {
        let out = dir.path().join(format!("{db}.{suffix}.dump"));
        let status = Command::new(&pg_dump.path)
            .arg("-h")
            .arg(cluster.host())
            .args(["-p", &cluster.port().to_string(), "-U", cluster.superuser()])
            .args(opts)
            .arg("-f")
            .arg(&out)
            .arg(db)
            .status()
            .expect("pg_dump runs");
        assert!(status.success(), "pg_dump of {db}");
        out
    };
    let create = |db: &str, encoding: &str, sql: &str| {
        cluster
            .psql(
                "postgres",
                &format!(
                    "CREATE DATABASE {db} TEMPLATE template0 ENCODING '{encoding}' LOCALE 'C'"
                ),
            )
            .and_then(|_| cluster.psql(db, sql))
            .unwrap_or_else(|e| panic!("{e}"));
    };
    let mut archives = Vec::new();
    for (encoding, word, text) in NON_UTF8 {
        let db = format!("enc_{}", encoding.to_ascii_lowercase());
        create(
            &db,
            encoding,
            &format!(
                "SET client_encoding = 'UTF8';
                 CREATE SCHEMA \"{word}\";
                 CREATE TABLE \"{word}\".\"{word}_t\" (id int PRIMARY KEY, \"{word}\" text);
                 COMMENT ON TABLE \"{word}\".\"{word}_t\" IS '{text}';
                 INSERT INTO \"{word}\".\"{word}_t\"
                     SELECT g, repeat('{text} ', g % 7) || g FROM generate_series(1, 4000) g;
                 CREATE VIEW \"{word}\".\"v_{word}\" AS
                     SELECT id, \"{word}\" FROM \"{word}\".\"{word}_t\" WHERE \"{word}\" <> '{text}';
                 CREATE FUNCTION \"{word}\".\"f_{word}\"() RETURNS text LANGUAGE sql
                     AS $$ SELECT '{text}'::text $$;"
            ),
        );
        archives.push(dump(&db, "custom", &["-Fc"]));
        if matches!(*encoding, "EUC_JP" | "WIN1252") {
            archives.push(dump(&db, "inserts", &["-Fc", "--inserts"]));
        }
    }
    // chr() of a single-byte encoding stores the byte as it is.
    create(
        "enc_unmapped",
        "WIN1252",
        "CREATE TABLE bad (t text); INSERT INTO bad VALUES ('a' || chr(129));
         CREATE TABLE good (t text); INSERT INTO good VALUES ('b');",
    );
    let unmapped = dump("enc_unmapped", "custom", &["-Fc"]);
    let server = Server::prepare(cluster, &archives, &[]);
    let mut cases: Vec<Case> = archives.iter().map(|p| Case::new(p, &[&[]])).collect();
    cases.extend(archives.iter().map(|p| Case::new(p, &[&["--create"]])));
    cases.push(Case::new(&unmapped, &[&[]]));
    run_cases("non-UTF-8", &server, &reference, cases);

    let cluster = &server.cluster;
    let conn = cluster.connstring("postgres");
    // pg_restore 18 exits 1 on servers before 17 (`transaction_timeout`): only pgdumpkit's
    // exit status is checked.
    let raw_rows = |what: &str, cmd: Command, check_exit: bool| {
        server.drop_database("enc_unmapped");
        let run = run_restore(cmd);
        assert!(!check_exit || run.code == Some(0), "{what}: {run:?}");
        cluster
            .psql(
                "enc_unmapped",
                "SELECT encode(convert_to(t, 'WIN1252'), 'hex') FROM bad UNION ALL \
                 SELECT encode(convert_to(t, 'WIN1252'), 'hex') FROM good",
            )
            .unwrap_or_else(|e| panic!("{what}: {e}"))
    };
    let args = ["--create".to_string()];
    let expected = raw_rows(
        "pg_restore --create",
        reference_command(&reference, &unmapped, &args, None, &conn),
        false,
    );
    assert_eq!(
        expected, "6181\n62\n",
        "pg_restore stores the byte as it is"
    );
    for jobs in CANDIDATE_JOBS {
        let got = raw_rows(
            "pgdumpkit --create",
            candidate_command(&unmapped, &args, *jobs, &conn),
            true,
        );
        assert_eq!(got, expected, "pgdumpkit -j {jobs} --create");
    }
    server.drop_database("enc_unmapped");
}

/// Encodings of [`non_utf8_archives_restore_alike`], with a word (for names) and a text in
/// each, all representable in it.
const NON_UTF8: &[(&str, &str, &str)] = &[
    ("WIN1252", "café", "Grüße “à” l’été – 5 €"),
    ("LATIN1", "naïve", "déjà vu ½ ¾ ¿ ÿ"),
    ("LATIN2", "zażółć", "Zażółć gęślą jaźń"),
    ("LATIN5", "ığdır", "Işık ĞÜŞİÖÇ ığüşöç"),
    ("ISO_8859_7", "ελλάδα", "Καλημέρα κόσμε"),
    ("KOI8R", "привет", "Съешь же ещё этих мягких булок"),
    ("WIN1251", "данные", "Ёжик в тумане"),
    ("EUC_JP", "日本", "日本語のテキスト ｶﾀｶﾅ 丂"),
    ("EUC_KR", "한국", "한국어 텍스트"),
    ("EUC_CN", "中文", "中文文本，你好"),
];

/// A smoke subset on every server of the toolchain (12..18).
#[test]
fn every_server_version_restores_alike() {
    let Some(reference) = support::oracle() else {
        return;
    };
    let archives: Vec<PathBuf> = SMOKE_ARCHIVES
        .iter()
        .map(|rel| support::testdata().join("archives").join(rel))
        .collect();
    let majors: Vec<u32> = (12..=18).collect();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                while let Some(&major) = majors.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let cluster = match Cluster::start_version(major) {
                        Ok(c) => c,
                        Err(e) => {
                            lock(&failures).push(format!("server {major}: {e}"));
                            continue;
                        }
                    };
                    let server = Server::prepare(cluster, &archives, &[]);
                    let mut cases: Vec<Case> =
                        archives.iter().map(|p| Case::new(p, &[&[]])).collect();
                    // pg_dump 18 writes `CREATE DATABASE ... LOCALE_PROVIDER`, which servers
                    // before 15 reject: both tools then fail to reconnect, for pg_dump's reason.
                    if major >= 15 {
                        cases.push(Case::new(&archives[0], &[&["--create"]]));
                    }
                    cases.push(Case::new(&archives[0], &[&[], &["-c", "--if-exists"]]));
                    // Every error is fatal with these; the large objects restore without any
                    // error on every server (no extensions needed), the fixture with some.
                    let fatal_cases = vec![
                        Case::new(&archives[0], &[&["-1"]]),
                        Case::new(&archives[2], &[&["-1"]]),
                        Case::new(&archives[2], &[&["--transaction-size", "10"]]),
                    ];
                    cases.extend(fatal_cases.iter().cloned());
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        run_cases(&format!("server {major}"), &server, &reference, cases);
                        // Where pg_restore itself can do it, check that the stand-in used
                        // below 17 behaves like it.
                        if major >= 17 {
                            for case in &fatal_cases {
                                if let Err(e) = emulation_agrees(&server, &reference, case) {
                                    panic!("server {major}: {}: {e}", case.label());
                                }
                            }
                        }
                    }));
                    if let Err(panic) = result {
                        lock(&failures).push(panic_text(&panic));
                    }
                }
            });
        }
    });
    let failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// The archives of the option sets: custom, directory, tar (which `-j` refuses) and large
/// objects.
const OPTION_SET_ARCHIVES: &[&str] = &[
    "pg18/fix.custom.gzip.dump",
    "pg16/fix.dir.gzip",
    "pg13/fix.tar",
    "pg18/lobs.custom.dump",
];

/// The archives of the smoke subset on every server version.
const SMOKE_ARCHIVES: &[&str] = &[
    "pg18/fix.custom.zstd.dump",
    "pg13/fix.dir.gzip",
    "pg17/lobs.custom.dump",
    "synthetic/fix.v1_6.none.dump",
];

/// The role [`missing_role_errors_are_counted_alike`] leaves out: it owns large objects and
/// receives grants, and a user mapping and a policy name it.
const MISSING_ROLE: &str = "bob";

/// Each option set is a list of steps: one restore per step into the same database.
fn option_sets() -> Vec<Vec<Vec<&'static str>>> {
    vec![
        vec![vec!["--no-owner", "--no-acl"]],
        // Restoring twice: the second run drops everything first.
        vec![vec![], vec!["-c", "--if-exists"]],
        vec![vec!["--create"]],
        vec![vec!["-1"]],
        vec![
            vec!["--section", "pre-data"],
            vec!["--section", "data"],
            vec!["--section", "post-data"],
        ],
        vec![vec!["-s"], vec!["-a", "--disable-triggers"]],
        vec![vec!["-n", "app"]],
        vec![vec!["-t", "orders", "-t", "big", "-t", "all_types"]],
        vec![vec!["-n", "public", "-t", "all_types", "-N", "app"]],
        // The second run's CREATE TABLEs fail (they exist), so their data must be skipped.
        vec![vec![], vec!["--no-data-for-failed-tables"]],
        vec![vec!["--transaction-size", "10"]],
        vec![vec!["--use-set-session-authorization"]],
        // Stops at the first error (the fixtures have some on every server).
        vec![vec!["-e"]],
    ]
}

// ---------------------------------------------------------------------------------------------
// Servers
// ---------------------------------------------------------------------------------------------

/// A cluster made ready for restores, shared by the tests that run at the same time.
struct Server {
    cluster: Cluster,
    pg_dump: PgDump,
    /// `--create` restores make the archive's database under its own name: one at a time.
    create_lock: Mutex<()>,
}

/// The default server, started by the first test that needs it and stopped when the last
/// test holding it finishes.
static DEFAULT_SERVER: Mutex<Weak<Server>> = Mutex::new(Weak::new());

fn default_server() -> Arc<Server> {
    let mut slot = lock(&DEFAULT_SERVER);
    if let Some(server) = slot.upgrade() {
        return server;
    }
    let cluster = Cluster::start().unwrap_or_else(|e| panic!("a PostgreSQL server is needed: {e}"));
    let mut archives = support::testdata_archives();
    if let Some(dir) = pgdumpkit_testkit::corpus_dir()
        && dir.is_dir()
        && let Some(corpus) = support::corpus()
    {
        archives.extend(corpus.into_iter().filter(|a| !a.broken).map(|a| a.path));
    }
    let server = Arc::new(Server::prepare(cluster, &archives, &[]));
    *slot = Arc::downgrade(&server);
    server
}

impl Server {
    /// Turns autovacuum off (snapshots compare statistics) and creates the roles and
    /// tablespaces `archives` name, except `leave_out`.
    fn prepare(cluster: Cluster, archives: &[PathBuf], leave_out: &[&str]) -> Server {
        let pg_dump = pg_dump_for(&cluster).unwrap_or_else(|e| panic!("{e}"));
        let mut names = Names::default();
        for path in archives {
            // Archives pg_restore refuses have nothing to contribute.
            if let Ok(archive) = Archive::open(path) {
                names.collect(&archive);
            }
        }
        names.tablespaces.insert("fixspace".into());
        let existing = cluster
            .psql("postgres", "SELECT rolname FROM pg_catalog.pg_roles")
            .unwrap_or_else(|e| panic!("{e}"));
        let existing: BTreeSet<&str> = existing.lines().collect();
        let mut sql = String::from("ALTER SYSTEM SET autovacuum = off;\n");
        for role in &names.roles {
            if existing.contains(role.as_str())
                || leave_out.contains(&role.as_str())
                || role.starts_with("pg_")
            {
                continue;
            }
            sql.push_str(&format!("CREATE ROLE {};\n", quote_ident(role)));
        }
        // In-place tablespaces (a directory under pg_tblspc) need no directory owned by the
        // server's user; the setting exists in every supported branch (12.10+, ...).
        sql.push_str("SET allow_in_place_tablespaces = on;\n");
        for space in &names.tablespaces {
            sql.push_str(&format!(
                "CREATE TABLESPACE {} LOCATION '';\n",
                quote_ident(space)
            ));
        }
        sql.push_str("SELECT pg_catalog.pg_reload_conf();\n");
        cluster
            .psql("postgres", &sql)
            .unwrap_or_else(|e| panic!("preparing the server: {e}"));
        Server {
            cluster,
            pg_dump,
            create_lock: Mutex::new(()),
        }
    }

    fn major(&self) -> u32 {
        self.cluster.major()
    }

    /// The snapshot of `db`, or `None` when `may_be_missing` and there is no such database.
    fn snapshot(&self, db: &str, may_be_missing: bool) -> Result<Option<Snapshot>, String> {
        if may_be_missing {
            let exists = self
                .cluster
                .psql(
                    "postgres",
                    &format!(
                        "SELECT count(*) FROM pg_catalog.pg_database WHERE datname = '{}'",
                        db.replace('\'', "''")
                    ),
                )
                .map_err(|e| e.to_string())?;
            if exists.trim() == "0" {
                return Ok(None);
            }
        }
        Snapshot::take_with(&self.cluster, db, &self.pg_dump)
            .map(Some)
            .map_err(|e| format!("snapshot of {db}: {e}"))
    }

    /// Drops a database, first detaching the subscriptions that would block `DROP DATABASE`
    /// (dbcommands.c: "database is being used by logical replication subscription").
    fn drop_database(&self, db: &str) {
        // A DO block is one transaction; DROP SUBSCRIPTION may run in one once the
        // subscription has no slot (subscriptioncmds.c, DropSubscription).
        let detach = "DO $$DECLARE s name; BEGIN FOR s IN SELECT subname \
                      FROM pg_catalog.pg_subscription WHERE subdbid = (SELECT oid \
                      FROM pg_catalog.pg_database WHERE datname = current_database()) LOOP \
                      EXECUTE pg_catalog.format('ALTER SUBSCRIPTION %I DISABLE', s); \
                      EXECUTE pg_catalog.format('ALTER SUBSCRIPTION %I SET (slot_name = NONE)', s); \
                      EXECUTE pg_catalog.format('DROP SUBSCRIPTION %I', s); END LOOP; END$$";
        let _ = self.cluster.psql(db, detach);
        let _ = self.cluster.psql(
            "postgres",
            &format!("DROP DATABASE IF EXISTS {}", quote_ident(db)),
        );
    }
}

/// Roles and tablespaces named by archives.
#[derive(Default)]
struct Names {
    roles: BTreeSet<String>,
    tablespaces: BTreeSet<String>,
}

impl Names {
    /// Owners of entries, grantees of ACLs and default ACLs, roles of user mappings and
    /// policies, and tablespaces of entries.
    fn collect(&mut self, archive: &Archive) {
        for e in archive.entries() {
            if let Some(owner) = e.owner.as_deref().filter(|o| !o.is_empty()) {
                self.roles
                    .insert(String::from_utf8_lossy(owner).into_owned());
            }
            if let Some(space) = e.tablespace.as_deref().filter(|t| !t.is_empty()) {
                self.tablespaces
                    .insert(String::from_utf8_lossy(space).into_owned());
            }
            let keywords: &[&str] = if e.is("ACL") || e.is("DEFAULT ACL") || e.is("POLICY") {
                &[" TO ", " FROM ", "FOR ROLE ", "AUTHORIZATION "]
            } else if e.is("USER MAPPING") {
                &["USER MAPPING FOR "]
            } else {
                continue;
            };
            let Some(defn) = e.defn.as_deref() else {
                continue;
            };
            let text = String::from_utf8_lossy(defn);
            for keyword in keywords {
                for (at, _) in text.match_indices(keyword) {
                    if let Some(role) = leading_ident(&text[at + keyword.len()..]) {
                        self.roles.insert(role);
                    }
                }
            }
        }
        self.roles.retain(|r| {
            ![
                "PUBLIC",
                "public",
                "CURRENT_USER",
                "current_user",
                "SESSION_USER",
                "CURRENT_ROLE",
            ]
            .contains(&r.as_str())
        });
    }
}

/// The identifier at the start of `text`: `"quoted ""name"""` or a bare lower-case word.
fn leading_ident(text: &str) -> Option<String> {
    if let Some(rest) = text.strip_prefix('"') {
        let mut name = String::new();
        let mut chars = rest.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    name.push('"');
                } else {
                    return Some(name);
                }
            } else {
                name.push(c);
            }
        }
        None
    } else {
        let name: String = text
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '$')
            .collect();
        (!name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit())).then_some(name)
    }
}

fn quote_ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

// ---------------------------------------------------------------------------------------------
// Cases
// ---------------------------------------------------------------------------------------------

/// One archive restored by a sequence of runs (steps), each with its own options.
#[derive(Debug, Clone)]
struct Case {
    archive: PathBuf,
    steps: Vec<Vec<String>>,
    /// The database `--create` makes (the `DATABASE` entry's tag).
    create_db: Option<String>,
}

impl Case {
    fn new(archive: &Path, steps: &[&[&str]]) -> Case {
        let opened = Archive::open(archive).ok();
        let create_db = opened.as_ref().and_then(|a| {
            a.entries()
                .iter()
                .find(|e| e.is("DATABASE"))
                .map(|e| String::from_utf8_lossy(e.tag_bytes()).into_owned())
        });
        Case {
            archive: archive.to_path_buf(),
            steps: steps
                .iter()
                .map(|s| s.iter().map(|o| o.to_string()).collect())
                .collect(),
            create_db,
        }
    }

    fn label(&self) -> String {
        let root = support::testdata().join("archives");
        let name = self
            .archive
            .strip_prefix(&root)
            .map(|p| p.display().to_string())
            .unwrap_or_else(|_| {
                self.archive
                    .file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            });
        let steps: Vec<String> = self
            .steps
            .iter()
            .map(|s| {
                if s.is_empty() {
                    "(default)".into()
                } else {
                    s.join(" ")
                }
            })
            .collect();
        format!("{name} [{}]", steps.join(" ; "))
    }

    fn creates(&self) -> bool {
        self.steps
            .iter()
            .flatten()
            .any(|o| o == "--create" || o == "-C")
    }

    /// Some step makes every error fatal: `-1`, `-e` and `--transaction-size`
    /// (pg_restore.c sets `exit_on_error` for each).
    fn single_transaction(&self) -> bool {
        self.steps
            .iter()
            .flatten()
            .any(|o| o == "-1" || o == "--single-transaction")
    }

    fn exits_on_error(&self) -> bool {
        self.steps.iter().flatten().any(|o| {
            o == "-1"
                || o == "--single-transaction"
                || o == "-e"
                || o == "--exit-on-error"
                || o == "--transaction-size"
        })
    }

    fn db_base(&self) -> String {
        self.archive
            .file_name()
            .map_or_else(|| "db".into(), |n| n.to_string_lossy().into_owned())
    }
}

/// Runs every case on `server`, `WORKERS` at a time; fails with every failure's report.
fn run_cases(what: &str, server: &Server, reference: &Path, cases: Vec<Case>) {
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| {
                while let Some(case) = cases.get(next.fetch_add(1, Ordering::Relaxed)) {
                    let t = Instant::now();
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        compare(server, reference, case, CANDIDATE_JOBS)
                    }))
                    .unwrap_or_else(|panic| Err(panic_text(&panic)));
                    match result {
                        Ok(notes) => {
                            // One write per case, so that the workers' lines do not mix.
                            let mut text = format!(
                                "ok    {what}: {} ({:.1}s)",
                                case.label(),
                                t.elapsed().as_secs_f64()
                            );
                            for note in notes {
                                text.push_str("\n      note: ");
                                text.push_str(&note.replace('\n', "\n      "));
                            }
                            eprintln!("{text}");
                        }
                        Err(report) => {
                            eprintln!("FAIL  {what}: {}", case.label());
                            lock(&failures).push(format!("{}:\n{report}", case.label()));
                        }
                    }
                }
            });
        }
    });
    eprintln!(
        "{what}: {} cases on server {} in {:.1}s",
        cases.len(),
        server.cluster.version(),
        start.elapsed().as_secs_f64()
    );
    let failures = failures.into_inner().unwrap_or_else(|p| p.into_inner());
    assert!(
        failures.is_empty(),
        "{what}: {} of {} cases differ (server {}):\n\n{}",
        failures.len(),
        cases.len(),
        server.cluster.version(),
        failures.join("\n\n")
    );
}

/// What one side of a comparison did.
#[derive(Debug, Clone)]
struct Side {
    name: String,
    runs: Vec<RunResult>,
    /// `None` when the database does not exist (a `--create` that did not happen).
    snapshot: Option<Snapshot>,
}

/// Restores `case` with the reference and with the candidate at each of `jobs`, and compares.
///
/// The candidate passes when it matches the serial reference; with jobs, also when it
/// matches `pg_restore -j N` (pg_restore's parallel mode differs from its serial mode in known
/// ways, see the module documentation); below 17, also when it matches the emulated reference
/// that never sends `SET transaction_timeout`. `Ok` carries notes on which one matched.
fn compare(
    server: &Server,
    reference: &Path,
    case: &Case,
    jobs: &[u32],
) -> Result<Vec<String>, String> {
    if case.creates() && case.create_db.is_none() {
        // pg_restore --create would restore into the connection's database (postgres).
        return Err("--create needs an archive with a DATABASE entry".into());
    }
    // --create makes the archive's database under its own name on every side.
    let _guard = case.creates().then(|| lock(&server.create_lock));
    let major = server.major();
    let serial = restore_side(
        server,
        case,
        "reference (pg_restore)",
        &|archive, opts, conn| reference_command(reference, archive, opts, None, conn),
    )?;
    let mut emulated: Option<Side> = None;
    // The fatal errors of the candidate's serial run (-j 1), step by step.
    let mut serial_fatal: Option<Vec<Option<String>>> = None;
    let mut notes = Vec::new();
    let mut reports = Vec::new();
    for &j in jobs {
        // -1 with -j is a usage error for both tools: nothing to restore in parallel.
        if j > 1 && case.single_transaction() {
            continue;
        }
        let candidate = restore_side(
            server,
            case,
            &format!("candidate (-j {j})"),
            &|archive, opts, conn| candidate_command(archive, opts, j, conn),
        )?;
        let fatals: Vec<Option<String>> = candidate.runs.iter().map(RunResult::fatal).collect();
        if j == 1 {
            serial_fatal = Some(fatals.clone());
        } else if case.exits_on_error()
            && fatals.iter().any(Option::is_some)
            && serial_fatal.as_ref() == Some(&fatals)
        {
            // Stopping at the first error in parallel leaves a database that depends on what
            // the other connections had done by then (so does pg_restore -j): the error that
            // stopped it is what can be compared.
            notes.push(format!(
                "-j {j} stopped at the same error as -j 1: {}",
                fatals.iter().flatten().next().map_or("", String::as_str)
            ));
            continue;
        }
        let mut attempts = Vec::new();
        match check(&serial, &candidate, major) {
            Ok(()) => continue,
            Err(e) => attempts.push(format!(" against the serial pg_restore:\n{e}")),
        }
        if j > 1 {
            let parallel = restore_side(
                server,
                case,
                &format!("reference (pg_restore -j {j})"),
                &|archive, opts, conn| reference_command(reference, archive, opts, Some(j), conn),
            )?;
            // pg_restore refuses -j for this archive (tar, standard input) where pgdumpkit
            // restores in parallel: the database and the printed errors must be the serial
            // restore's, the count may carry pg_restore's parallel inflation.
            if parallel.runs.iter().any(RunResult::refuses_parallel) {
                match check_counting_parallel(&serial, &candidate, major) {
                    Ok(()) => {
                        notes.push(format!(
                            "-j {j}: pg_restore refuses -j here; the database and errors match its serial restore"
                        ));
                        continue;
                    }
                    Err(e) => attempts.push(format!(
                        " against the serial pg_restore, counting as in parallel:\n{e}"
                    )),
                }
            }
            match check(&parallel, &candidate, major) {
                Ok(()) => {
                    let why: Vec<&str> = attempts
                        .iter()
                        .flat_map(|a| a.lines())
                        // The findings, without the commands and their stderr.
                        .filter(|l| {
                            !l.starts_with("      |")
                                && !l.starts_with("    ")
                                && !l.starts_with(" against")
                        })
                        .collect();
                    notes.push(format!(
                        "-j {j} matches pg_restore -j {j}, not the serial restore:\n{}",
                        why.join("\n")
                    ));
                    continue;
                }
                Err(e) => attempts.push(format!(" against pg_restore -j {j}:\n{e}")),
            }
        }
        // Below 17 the reference may have stopped at `SET transaction_timeout`; a candidate
        // that did not is compared with what pg_restore would have done without it.
        let reference_stopped = major < 17
            && case.exits_on_error()
            && serial.runs.iter().any(RunResult::fatal_transaction_timeout)
            && !candidate
                .runs
                .iter()
                .any(RunResult::fatal_transaction_timeout);
        if reference_stopped {
            if emulated.is_none() {
                emulated = Some(emulated_reference(server, reference, case)?);
            }
            if let Some(emulated) = &emulated {
                match check_against_emulation(emulated, &candidate) {
                    Ok(()) => {
                        notes.push(format!("-j {j} matches {}", emulated.name));
                        continue;
                    }
                    Err(e) => attempts.push(format!(" against {}:\n{e}", emulated.name)),
                }
            }
        }
        reports.push(format!(
            "candidate -j {j}, compared{}",
            attempts.join("\nand compared")
        ));
    }
    if reports.is_empty() {
        Ok(notes)
    } else {
        Err(reports.join("\n"))
    }
}

type CommandFor<'a> = dyn Fn(&Path, &[String], &str) -> Command + 'a;

/// Runs every step of `case` into one fresh database (or, with `--create`, into the archive's
/// database), then takes its snapshot and drops it.
fn restore_side(
    server: &Server,
    case: &Case,
    name: &str,
    command: &CommandFor<'_>,
) -> Result<Side, String> {
    let cluster = &server.cluster;
    let (target, connect_to) = match (case.creates(), &case.create_db) {
        (true, Some(db)) => {
            // A leftover of an interrupted run would make CREATE DATABASE fail.
            server.drop_database(db);
            (db.clone(), "postgres".to_string())
        }
        _ => {
            let db = cluster
                .create_database(&case.db_base())
                .map_err(|e| e.to_string())?;
            (db.clone(), db)
        }
    };
    let conn = cluster.connstring(&connect_to);
    let mut runs = Vec::new();
    for opts in &case.steps {
        runs.push(run_restore(command(&case.archive, opts, &conn)));
    }
    let snapshot = server.snapshot(&target, case.creates());
    server.drop_database(&target);
    Ok(Side {
        name: name.to_string(),
        runs,
        snapshot: snapshot?,
    })
}

/// `pg_restore [-j N] -d CONN OPTIONS... ARCHIVE`.
fn reference_command(
    reference: &Path,
    archive: &Path,
    opts: &[String],
    jobs: Option<u32>,
    conn: &str,
) -> Command {
    let mut cmd = Command::new(reference);
    cmd.arg("-d").arg(conn);
    if let Some(j) = jobs {
        cmd.arg("-j").arg(j.to_string());
    }
    cmd.args(opts).arg(archive);
    cmd
}

/// The result of the reference restore below PostgreSQL 17 without `SET transaction_timeout`:
/// the script of `pg_restore -f -` with that line removed, run by `psql -v ON_ERROR_STOP=1`
/// (the script keeps the `BEGIN`/`COMMIT` of `-1` and `--transaction-size`).
fn emulated_reference(server: &Server, reference: &Path, case: &Case) -> Result<Side, String> {
    let cluster = &server.cluster;
    let db = cluster
        .create_database(&case.db_base())
        .map_err(|e| e.to_string())?;
    let mut runs = Vec::new();
    for opts in &case.steps {
        let mut cmd = Command::new(reference);
        cmd.args(["-f", "-"]).args(opts).arg(&case.archive);
        let script = run_process(cmd, None);
        if script.code != Some(0) {
            runs.push(script);
            continue;
        }
        let filtered: Vec<u8> = script
            .stdout
            .split_inclusive(|&b| b == b'\n')
            .filter(|line| {
                !(line.starts_with(b"SET transaction_timeout")
                    || line.starts_with(b"\\restrict ")
                    || line.starts_with(b"\\unrestrict "))
            })
            .flatten()
            .copied()
            .collect();
        let mut psql = Command::new(cluster.psql_path());
        psql.args(["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d"])
            .arg(cluster.connstring(&db));
        runs.push(run_process(psql, Some(filtered)));
    }
    let snapshot = server.snapshot(&db, false);
    server.drop_database(&db);
    Ok(Side {
        name: "the reference emulated without transaction_timeout (pg_restore -f - | psql)".into(),
        runs,
        snapshot: snapshot?,
    })
}

/// Whether [`emulated_reference`] gives what pg_restore gives on a server where
/// `transaction_timeout` exists.
fn emulation_agrees(server: &Server, reference: &Path, case: &Case) -> Result<(), String> {
    let serial = restore_side(
        server,
        case,
        "reference (pg_restore)",
        &|archive, opts, conn| reference_command(reference, archive, opts, None, conn),
    )?;
    let emulated = emulated_reference(server, reference, case)?;
    check_against_emulation(&emulated, &serial)
}

// ---------------------------------------------------------------------------------------------
// Running programs and reading their messages
// ---------------------------------------------------------------------------------------------

/// How one restore run ended.
#[derive(Debug, Clone)]
struct RunResult {
    what: String,
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
}

/// pg_restore's summary (pg_restore.c, main): `errors ignored on restore: %d`.
const IGNORED: &str = "errors ignored on restore: ";
/// The server's message when a pre-17 server meets `SET transaction_timeout` (guc.c).
const TRANSACTION_TIMEOUT_ERROR: &str =
    "unrecognized configuration parameter \"transaction_timeout\"";

impl RunResult {
    /// N of `errors ignored on restore: N`, whatever the program's prefix.
    fn ignored(&self) -> Option<u64> {
        self.stderr.lines().find_map(|l| {
            let at = l.find(IGNORED)?;
            l[at + IGNORED.len()..].trim().parse().ok()
        })
    }

    /// Errors caused by `SET transaction_timeout` on a server before 17. Counted as
    /// occurrences, not lines: parallel workers of pg_restore write to one stderr at once and
    /// their lines come out interleaved (`pg_restore:pg_restore: error: ...`).
    fn transaction_timeout_errors(&self) -> u64 {
        self.stderr.matches(TRANSACTION_TIMEOUT_ERROR).count() as u64
    }

    /// The message of a run that failed without the summary: the first `error: ` line, after
    /// the program's prefix.
    fn fatal(&self) -> Option<String> {
        if self.code == Some(0) || self.ignored().is_some() {
            return None;
        }
        let line = self
            .stderr
            .lines()
            .find(|l| l.contains("error: "))
            .or_else(|| self.stderr.lines().next())
            .unwrap_or("");
        let text = line.split_once("error: ").map_or(line, |(_, m)| m);
        Some(text.trim().to_string())
    }

    /// Errors printed (`<program>: error: ...`, counted as occurrences of `error: ` for the
    /// reason given above), other than those of `transaction_timeout`.
    fn printed_errors(&self) -> u64 {
        (self.stderr.matches("error: ").count() as u64)
            .saturating_sub(self.transaction_timeout_errors())
    }

    /// pg_restore refused `-j` for this input (tar archive, standard input).
    fn refuses_parallel(&self) -> bool {
        self.fatal().is_some_and(|m| {
            m.contains("parallel restore is not supported")
                || m.contains("parallel restore from standard input is not supported")
        })
    }

    fn fatal_transaction_timeout(&self) -> bool {
        self.fatal()
            .is_some_and(|m| m.contains(TRANSACTION_TIMEOUT_ERROR))
    }

    /// Ignored errors that count: below 17 those of `transaction_timeout` are left out.
    fn counted_errors(&self, major: u32) -> u64 {
        let n = self.ignored().unwrap_or(0);
        if major < 17 {
            n.saturating_sub(self.transaction_timeout_errors())
        } else {
            n
        }
    }

    fn describe(&self) -> String {
        let mut s = format!("{} exited {:?}", self.what, self.code);
        if let Some(n) = self.ignored() {
            s.push_str(&format!(", {n} errors ignored"));
        }
        if let Some(f) = self.fatal() {
            s.push_str(&format!(", fatal: {f}"));
        }
        s
    }

    fn stderr_excerpt(&self) -> String {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| {
                (l.contains("error") || l.contains("warning"))
                    && !l.contains(TRANSACTION_TIMEOUT_ERROR)
            })
            .take(6)
            .collect();
        lines
            .iter()
            .map(|l| format!("      | {}", l.chars().take(200).collect::<String>()))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Compares the candidate's runs and database with the expected side.
fn check(expected: &Side, candidate: &Side, major: u32) -> Result<(), String> {
    check_with(expected, candidate, major, false)
}

/// [`check`], but a candidate's count of ignored errors may exceed the reference's by
/// pg_restore's parallel inflation (one more per entry that failed on a worker).
fn check_counting_parallel(expected: &Side, candidate: &Side, major: u32) -> Result<(), String> {
    check_with(expected, candidate, major, true)
}

fn check_with(
    expected: &Side,
    candidate: &Side,
    major: u32,
    parallel_counts: bool,
) -> Result<(), String> {
    let mut problems = Vec::new();
    for (i, (e, c)) in expected.runs.iter().zip(&candidate.runs).enumerate() {
        let found = if parallel_counts {
            check_run_parallel_counts(e, c, major)
        } else {
            check_run(e, c, major)
        };
        if let Some(p) = found {
            problems.push(format!(
                "  step {}: {p}\n    {}: {}\n{}\n    {}: {}\n{}",
                i + 1,
                expected.name,
                e.describe(),
                e.stderr_excerpt(),
                candidate.name,
                c.describe(),
                c.stderr_excerpt()
            ));
        }
    }
    if let Some(d) = diff_databases(&expected.snapshot, &candidate.snapshot, "reference") {
        problems.push(format!(
            "  databases differ ({} vs {}):\n{d}",
            expected.name, candidate.name
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// As [`check_run`] for a parallel candidate against a serial reference: the count of ignored
/// errors must be at least the reference's and at most twice it (each error counted once more
/// for its entry).
fn check_run_parallel_counts(
    expected: &RunResult,
    candidate: &RunResult,
    major: u32,
) -> Option<String> {
    if expected.fatal().is_some() || candidate.fatal().is_some() {
        return check_run(expected, candidate, major);
    }
    if expected.printed_errors() != candidate.printed_errors() {
        return Some(format!(
            "different numbers of printed errors (other than transaction_timeout): {} vs {}",
            expected.printed_errors(),
            candidate.printed_errors()
        ));
    }
    let want = expected.counted_errors(major);
    let got = candidate.counted_errors(major);
    if got < want || got > 2 * want {
        return Some(format!(
            "ignored errors {got} not within pg_restore's parallel counting of {want} errors"
        ));
    }
    // Below 17 the reference may owe its exit status to `transaction_timeout` alone.
    let consistent = candidate.code == Some(if got > 0 { 1 } else { 0 });
    if candidate.code != expected.code && !(major < 17 && consistent) {
        return Some("different exit status".into());
    }
    None
}

/// Why one run of the candidate does not match the expected run, if it does not.
///
/// Compared: the fatal error, the printed errors (one `error: ` line each; those naming
/// `transaction_timeout` left out), the count of ignored errors and the exit status. The count
/// must be equal, or below 17 equal once the printed `transaction_timeout` errors are taken
/// off both, with an exit status that agrees with it.
fn check_run(expected: &RunResult, candidate: &RunResult, major: u32) -> Option<String> {
    match (expected.fatal(), candidate.fatal()) {
        (Some(e), Some(c)) if e != c && !candidate.stderr.contains(&e) => {
            return Some(format!("different fatal errors: {e:?} vs {c:?}"));
        }
        (Some(_), Some(_)) => return None,
        (Some(e), None) => {
            return Some(format!(
                "the reference failed ({e}) but the candidate did not"
            ));
        }
        (None, Some(c)) => return Some(format!("the candidate failed: {c}")),
        (None, None) => {}
    }
    if expected.printed_errors() != candidate.printed_errors() {
        return Some(format!(
            "different numbers of printed errors (other than transaction_timeout): {} vs {}",
            expected.printed_errors(),
            candidate.printed_errors()
        ));
    }
    if expected.code == candidate.code && expected.ignored() == candidate.ignored() {
        return None;
    }
    if major >= 17 {
        return Some("different exit status or count of ignored errors".into());
    }
    // How many of the printed `transaction_timeout` errors the reference counted depends on
    // the connection: pg_restore -j counts the leader's, but a worker's is dropped (each
    // entry restarts the worker's count). So the candidate's count must lie between the
    // reference's with all of them taken off and with none taken off.
    let expected_max = expected.ignored().unwrap_or(0);
    let expected_min = expected.counted_errors(major);
    let got = candidate.counted_errors(major);
    if got < expected_min || got > expected_max {
        return Some(format!(
            "different counts of ignored errors other than transaction_timeout: {expected_min}..={expected_max} vs {got}"
        ));
    }
    let consistent =
        |r: &RunResult| r.code == Some(if r.ignored().unwrap_or(0) > 0 { 1 } else { 0 });
    if !consistent(candidate) {
        return Some("the candidate's exit status does not match its error count".into());
    }
    None
}

/// The candidate against [`emulated_reference`]: psql's success means no error; its failure
/// (`ON_ERROR_STOP`) means a fatal error; the databases must match.
fn check_against_emulation(emulated: &Side, candidate: &Side) -> Result<(), String> {
    let mut problems = Vec::new();
    for (i, (e, c)) in emulated.runs.iter().zip(&candidate.runs).enumerate() {
        let expect_success = e.code == Some(0);
        let ok = if expect_success {
            c.code == Some(0) && c.ignored().is_none()
        } else {
            c.code == Some(1) && c.fatal().is_some()
        };
        if !ok {
            problems.push(format!(
                "  step {}: psql {} but {}\n{}",
                i + 1,
                if expect_success {
                    "succeeded"
                } else {
                    "stopped on an error"
                },
                c.describe(),
                c.stderr_excerpt()
            ));
        }
    }
    if let Some(d) = diff_databases(&emulated.snapshot, &candidate.snapshot, "emulated") {
        problems.push(format!("  databases differ:\n{d}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn diff_databases(
    expected: &Option<Snapshot>,
    candidate: &Option<Snapshot>,
    name: &str,
) -> Option<String> {
    match (expected, candidate) {
        (Some(e), Some(c)) => e.diff_named(c, name, "candidate"),
        (None, None) => None,
        (Some(_), None) => Some(format!(
            "the {name} database exists, the candidate's does not\n"
        )),
        (None, Some(_)) => Some(format!(
            "the candidate's database exists, the {name} one does not\n"
        )),
    }
}

fn run_restore(cmd: Command) -> RunResult {
    run_process(cmd, None)
}

/// Runs a program with a clean libpq environment (the machine's `PG*` variables must not
/// redirect it), `TZ=UTC`, messages in English, and a deadline.
fn run_process(mut cmd: Command, stdin: Option<Vec<u8>>) -> RunResult {
    let what = std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| a.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ");
    let pg_vars: Vec<OsString> = std::env::vars_os()
        .map(|(k, _)| k)
        .filter(|k| {
            k.to_str()
                .is_some_and(|k| k.starts_with("PG") && !k.starts_with("PGDUMPKIT_"))
        })
        .collect();
    for key in pg_vars {
        cmd.env_remove(key);
    }
    cmd.env("TZ", "UTC")
        .env("LC_ALL", "C")
        .env_remove("RUST_LOG")
        .env_remove("RUST_BACKTRACE")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) => {
            return RunResult {
                what: what.clone(),
                code: None,
                stdout: Vec::new(),
                stderr: format!("cannot run {what}: {e}"),
            };
        }
    };
    let finished = support::finish(child, stdin, DEADLINE);
    let code = finished.status.ok().flatten().and_then(|s| s.code());
    let stdout = finished.stdout;
    let mut stderr = String::from_utf8_lossy(&finished.stderr).into_owned();
    if code.is_none() {
        stderr.push_str(&format!(
            "\n(killed or ended by a signal; deadline {DEADLINE:?})"
        ));
    }
    RunResult {
        what,
        code,
        stdout,
        stderr,
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    // A panicking case must not take the others down with a poisoned lock.
    m.lock().unwrap_or_else(|p| p.into_inner())
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "panicked".into())
}

#[test]
fn reads_identifiers_as_pg_dump_quotes_them() {
    assert_eq!(leading_ident("bob;"), Some("bob".into()));
    assert_eq!(leading_ident("\"Weird Role\";"), Some("Weird Role".into()));
    assert_eq!(leading_ident("\"a\"\"b\" WITH"), Some("a\"b".into()));
    assert_eq!(leading_ident("(x)"), None);
}

#[test]
fn reads_pg_restore_summaries() {
    let r = RunResult {
        what: "pg_restore".into(),
        code: Some(1),
        stdout: Vec::new(),
        stderr: format!(
            "pg_restore: error: could not execute query: ERROR:  {TRANSACTION_TIMEOUT_ERROR}\n\
             Command was: SET transaction_timeout = 0;\n\
             pg_restore: warning: errors ignored on restore: 3\n"
        ),
    };
    assert_eq!(r.ignored(), Some(3));
    assert_eq!(r.transaction_timeout_errors(), 1);
    assert_eq!(r.counted_errors(15), 2);
    assert_eq!(r.counted_errors(17), 3);
    assert_eq!(r.fatal(), None);
    let fatal = RunResult {
        code: Some(1),
        stderr:
            "pg_restore: error: parallel restore is not supported with this archive file format\n"
                .into(),
        ..r
    };
    assert_eq!(
        fatal.fatal().as_deref(),
        Some("parallel restore is not supported with this archive file format")
    );
}
