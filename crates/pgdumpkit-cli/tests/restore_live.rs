//! `pgdumpkit restore -d` features beyond pg_restore's (parallel from standard input and tar,
//! JSON events, progress, Ctrl-C, older servers), against a real throwaway server.
//! The row-for-row comparisons with pg_restore are in `restore_db.rs`.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use pgdumpkit_testkit::{Cluster, in_ci, testdata_dir, toolchain_program};

fn cluster() -> Option<&'static Cluster> {
    static CLUSTER: OnceLock<Option<Cluster>> = OnceLock::new();
    CLUSTER
        .get_or_init(|| match Cluster::start() {
            Ok(c) => {
                // The roles the fixtures' owners and ACLs name.
                for role in ["alice", "bob", "carol", "\"Weird Role\""] {
                    let _ = c.psql("postgres", &format!("CREATE ROLE {role}"));
                }
                Some(c)
            }
            Err(e) => {
                assert!(!in_ci(), "no PostgreSQL server in CI: {e}");
                eprintln!("skipped: {e}");
                None
            }
        })
        .as_ref()
}

fn archive(rel: &str) -> std::path::PathBuf {
    testdata_dir().join("archives").join(rel)
}

fn pgdumpkit() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_pgdumpkit"));
    for var in [
        "PGHOST",
        "PGPORT",
        "PGUSER",
        "PGDATABASE",
        "PGPASSWORD",
        "PGSSLMODE",
    ] {
        c.env_remove(var);
    }
    c
}

fn count(c: &Cluster, db: &str, table: &str) -> String {
    c.psql(db, &format!("SELECT count(*) FROM {table}"))
        .map(|s| s.trim().to_string())
        .unwrap_or_else(|e| format!("error: {e}"))
}

/// The same archive through standard input with -j 4 (spooled to a file), as a tar with
/// -j 4, and as a custom file with -j 1, give the same rows.
#[test]
fn parallel_from_stdin_and_tar_match_serial() {
    let Some(c) = cluster() else { return };
    let custom = archive("pg18/fix.custom.gzip.dump");
    let tar = archive("pg18/fix.tar");

    let serial = c.create_database("serial").expect("db");
    let st = pgdumpkit()
        .args(["restore", "-d", &c.connstring(&serial), "-j", "1"])
        .arg(&custom)
        .output()
        .expect("runs");
    assert_eq!(
        st.status.code(),
        Some(1),
        "the fixture has errors by design"
    );

    let piped = c.create_database("piped").expect("db");
    let mut child = pgdumpkit()
        .args(["restore", "-v", "-d", &c.connstring(&piped), "-j", "4"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let bytes = std::fs::read(&custom).expect("fixture");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(&bytes)
        .expect("write");
    let out = child.wait_with_output().expect("waits");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("saving standard input to a temporary file for 4 parallel jobs"),
        "{err}"
    );
    assert!(err.contains("entering main parallel loop"), "{err}");

    let tarred = c.create_database("tarred").expect("db");
    let tr = pgdumpkit()
        .args(["restore", "-d", &c.connstring(&tarred), "-j", "4"])
        .arg(&tar)
        .output()
        .expect("runs");
    assert_eq!(tr.status.code(), Some(1));

    for table in ["app.orders", "app.customers", "public.big"] {
        let want = count(c, &serial, table);
        assert!(!want.starts_with("error"), "{table}: {want}");
        assert_eq!(count(c, &piped, table), want, "{table} from stdin -j 4");
        assert_eq!(count(c, &tarred, table), want, "{table} from tar -j 4");
    }
}

/// `--json` prints one JSON object per line: a plan first, a summary last, entries between.
#[test]
fn json_events_describe_the_restore() {
    let Some(c) = cluster() else { return };
    let db = c.create_database("json").expect("db");
    let out = pgdumpkit()
        .args(["restore", "--json", "-j", "2", "-d", &c.connstring(&db)])
        .arg(archive("pg18/lobs.custom.dump"))
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let events: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    assert_eq!(
        events.first().map(|e| e["event"].clone()),
        Some("plan".into())
    );
    let last = events.last().expect("events");
    assert_eq!(last["event"], "summary");
    assert_eq!(last["outcome"], "ok");
    assert_eq!(last["errors"], 0);
    assert!(last["large_objects"].as_u64().unwrap_or(0) > 0, "{last}");
    let starts = events
        .iter()
        .filter(|e| e["event"] == "entry_start")
        .count();
    let dones = events.iter().filter(|e| e["event"] == "entry_done").count();
    assert!(
        starts > 0 && starts == dones,
        "{starts} starts, {dones} done"
    );
    let phases: Vec<&str> = events
        .iter()
        .filter(|e| e["event"] == "phase")
        .filter_map(|e| e["phase"].as_str())
        .collect();
    assert_eq!(phases, ["pre-data", "parallel", "missed"]);
}

/// `--progress=plain` writes progress lines and a closing summary on stderr.
#[test]
fn plain_progress_reports_and_summarises() {
    let Some(c) = cluster() else { return };
    let db = c.create_database("progress").expect("db");
    let out = pgdumpkit()
        .args(["restore", "--progress=plain", "-d", &c.connstring(&db)])
        .arg(archive("pg18/lobs.custom.dump"))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("pgdumpkit: progress: "), "{err}");
    assert!(err.contains("pgdumpkit: restore complete: "), "{err}");
}

/// With -e the first error ends the restore with pg_restore's message and exit 1.
#[test]
fn exit_on_error_stops_at_the_first_error() {
    let Some(c) = cluster() else { return };
    let db = c.create_database("exit_on_error").expect("db");
    c.psql(&db, "CREATE SCHEMA app")
        .expect("pre-existing schema");
    let out = pgdumpkit()
        .args(["restore", "-e", "-d", &c.connstring(&db)])
        .arg(archive("pg18/fix.custom.gzip.dump"))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with("pgdumpkit: error: could not execute query: ERROR:  "),
        "{err}"
    );
    assert!(err.contains("\nCommand was: "), "{err}");
    assert!(!err.contains("errors ignored on restore"), "{err}");
}

/// Ctrl-C (SIGINT) cancels the running statement and ends the restore with a report.
#[cfg(unix)]
#[test]
fn interrupt_cancels_and_reports() {
    let Some(c) = cluster() else { return };
    let db = c.create_database("interrupt").expect("db");
    // A statement that runs long: the restore of an entry that sleeps.
    let dir = tempfile::tempdir().expect("tempdir");
    let src = c.create_database("interrupt_src").expect("db");
    c.psql(
        &src,
        // Instant here, 30 s in any other database (the restore's).
        "CREATE TABLE t (a int); \
         CREATE VIEW slow AS SELECT 1 AS s, pg_sleep(CASE WHEN current_database() LIKE 'interrupt_src%' \
         THEN 0 ELSE 30 END)::text AS z; \
         CREATE MATERIALIZED VIEW mv AS SELECT * FROM slow;",
    )
    .expect("source objects");
    let Some(pg_dump) = toolchain_program(18, "pg_dump")
        .or_else(|| Some(c.bin_dir().join("pg_dump")).filter(|p| p.exists()))
    else {
        eprintln!("skipped: no pg_dump");
        return;
    };
    let dump = dir.path().join("slow.dump");
    let st = Command::new(pg_dump)
        .args(["-Fc", "-f"])
        .arg(&dump)
        .args(["-d", &c.connstring(&src)])
        .status()
        .expect("pg_dump runs");
    assert!(st.success());
    let child = pgdumpkit()
        .args(["restore", "-d", &c.connstring(&db)])
        .arg(&dump)
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // The REFRESH MATERIALIZED VIEW sleeps 30 s; interrupt it after a moment.
    std::thread::sleep(Duration::from_millis(1500));
    let pid = child.id().to_string();
    let _ = Command::new("kill").args(["-INT", &pid]).status();
    let out = child.wait_with_output().expect("waits");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    // The server says the statement was cancelled, not that it finished.
    assert!(
        err.contains("canceling statement due to user request"),
        "{err}"
    );
    assert!(err.contains("pgdumpkit: error: interrupted"), "{err}");
}
