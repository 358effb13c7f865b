//! Integration tests of the testkit; modules mirror `src/`.
//!
//! Behaviour that depends on environment variables is tested by re-running this test binary
//! with a changed environment (setting variables in-process is unsafe with parallel tests): the
//! `child_*` tests do nothing unless `PGDUMPKIT_TESTKIT_CHILD` is set.

use std::process::{Command, Output};

/// Runs one `child_*` test of this binary in a fresh process with `set` added to and `unset`
/// removed from the environment.
fn run_child(test: &str, set: &[(&str, &str)], unset: &[&str]) -> Output {
    let exe = std::env::current_exe().expect("the test binary knows its own path");
    let mut cmd = Command::new(exe);
    cmd.args([test, "--exact", "--nocapture", "--test-threads=1"])
        .env("PGDUMPKIT_TESTKIT_CHILD", "1");
    for name in unset {
        cmd.env_remove(name);
    }
    for (name, value) in set {
        cmd.env(name, value);
    }
    let output = cmd.output().expect("the test binary can be run again");
    // A filter that matched nothing would make every check below vacuous.
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("running 1 test"),
        "{test} did not run:\n{stdout}"
    );
    output
}

fn is_child() -> bool {
    std::env::var_os("PGDUMPKIT_TESTKIT_CHILD").is_some()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

mod cluster {
    use super::*;
    use pgdumpkit_testkit::{Cluster, TestkitError, in_ci, toolchain_dir};
    use std::net::TcpStream;

    fn start() -> Cluster {
        Cluster::start().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn starts_runs_sql_and_cleans_up() {
        let cluster = start();
        assert!(cluster.port() > 0);
        assert!(cluster.major() >= 12, "version {}", cluster.version());
        assert!(cluster.bin_dir().join("initdb").is_file());
        let socket = cluster.host().join(format!(".s.PGSQL.{}", cluster.port()));
        assert!(socket.exists(), "no socket at {}", socket.display());
        TcpStream::connect(("127.0.0.1", cluster.port())).expect("the server listens on TCP");

        let db = cluster
            .create_database("starts runs-SQL")
            .expect("CREATE DATABASE");
        assert!(db.starts_with("starts_runs_sql_"), "{db}");
        let other = cluster
            .create_database("starts runs-SQL")
            .expect("CREATE DATABASE");
        assert_ne!(db, other);

        let out = cluster
            .psql(
                &db,
                "CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1, 'x'), (2, 'é');\n\
                 SELECT a, b FROM t ORDER BY a;",
            )
            .expect("SQL runs");
        assert_eq!(out, "1|x\n2|é\n");
        // Databases are separate: the table is not in the other one.
        let err = cluster
            .psql(&other, "SELECT * FROM t")
            .expect_err("t exists only in the first database");
        let message = err.to_string();
        assert!(
            matches!(err, TestkitError::CommandFailed { .. })
                && message.contains("\"t\" does not exist"),
            "{message}"
        );

        let facts = cluster
            .psql(
                &db,
                "SELECT current_user, current_setting('server_version_num')::int / 10000, \
                 pg_encoding_to_char(encoding), datcollate, current_setting('fsync') \
                 FROM pg_database WHERE datname = current_database()",
            )
            .expect("SQL runs");
        assert_eq!(
            facts,
            format!("{}|{}|UTF8|C|off\n", cluster.superuser(), cluster.major())
        );
        assert!(
            cluster
                .connstring(&db)
                .contains(&format!("port={}", cluster.port()))
        );
        assert!(cluster.tcp_connstring(&db).starts_with("host=127.0.0.1 "));

        let dir = cluster
            .data_dir()
            .parent()
            .expect("the data dir is in the temporary dir")
            .to_path_buf();
        let port = cluster.port();
        drop(cluster);
        assert!(!dir.exists(), "{} was not removed", dir.display());
        assert!(
            TcpStream::connect(("127.0.0.1", port)).is_err(),
            "the server still listens on {port}"
        );
    }

    #[test]
    fn two_clusters_run_side_by_side() {
        let (a, b) = std::thread::scope(|s| {
            let a = s.spawn(start);
            let b = s.spawn(start);
            (a.join().expect("no panic"), b.join().expect("no panic"))
        });
        assert_ne!(a.port(), b.port());
        assert_ne!(a.host(), b.host());
        let db = a.create_database("side").expect("CREATE DATABASE");
        a.psql(&db, "CREATE TABLE only_in_a ()").expect("SQL runs");
        let db = b.create_database("side").expect("CREATE DATABASE");
        assert_eq!(
            b.psql(
                &db,
                "SELECT count(*) FROM pg_class WHERE relname = 'only_in_a'"
            )
            .expect("SQL runs"),
            "0\n"
        );
    }

    #[test]
    fn threads_share_a_cluster() {
        let cluster = start();
        std::thread::scope(|s| {
            for i in 0..4 {
                let cluster = &cluster;
                s.spawn(move || {
                    let db = cluster.create_database("shared").expect("CREATE DATABASE");
                    let out = cluster.psql(&db, &format!("SELECT {i}")).expect("SQL runs");
                    assert_eq!(out, format!("{i}\n"));
                });
            }
        });
    }

    /// Every server version of the toolchain starts, including those without their own psql.
    #[test]
    fn starts_each_toolchain_version() {
        if toolchain_dir().is_none() {
            assert!(!in_ci(), "PGDUMPKIT_TOOLCHAIN must be set in CI");
            eprintln!("skipped: PGDUMPKIT_TOOLCHAIN is not set");
            return;
        }
        for major in [12, 18] {
            let cluster = Cluster::start_version(major).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(cluster.major(), major);
            let out = cluster
                .psql(
                    "postgres",
                    "SELECT current_setting('server_version_num')::int / 10000",
                )
                .expect("SQL runs");
            assert_eq!(out, format!("{major}\n"));
        }
    }

    #[test]
    fn missing_version_says_what_to_install() {
        let err = Cluster::start_version(99).expect_err("there is no PostgreSQL 99");
        let message = err.to_string();
        assert!(
            matches!(err, TestkitError::MissingProgram { .. }),
            "{message}"
        );
        assert!(
            message.contains("99") && message.contains("PGDUMPKIT_TOOLCHAIN"),
            "{message}"
        );
    }

    #[test]
    fn missing_toolchain_says_what_to_set() {
        let out = run_child(
            "cluster::child_start_version",
            &[],
            &["PGDUMPKIT_TOOLCHAIN"],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stdout).contains("set PGDUMPKIT_TOOLCHAIN"),
            "{}",
            text(&out.stdout)
        );
    }

    #[test]
    fn child_start_version() {
        if !is_child() {
            return;
        }
        let err = Cluster::start_version(18).expect_err("PGDUMPKIT_TOOLCHAIN is unset");
        println!("{err}");
    }

    #[test]
    fn bad_pg_bin_says_what_to_install() {
        let out = run_child(
            "cluster::child_start",
            &[("PGDUMPKIT_PG_BIN", "/nonexistent/pgdumpkit/bin")],
            &[],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        assert!(
            stdout.contains("PGDUMPKIT_PG_BIN=/nonexistent")
                && stdout.contains("apt-get install postgresql"),
            "{stdout}"
        );
    }

    #[test]
    fn child_start() {
        if !is_child() {
            return;
        }
        let err = Cluster::start().expect_err("PGDUMPKIT_PG_BIN points nowhere");
        println!("{err}");
    }
}

mod fixtures {
    use super::*;
    use pgdumpkit_testkit::{
        CORPUS_SKIP_MESSAGE, in_ci, pg_restore_oracle, require_corpus, testdata_dir, toolchain_dir,
        workspace_root,
    };

    #[test]
    fn finds_the_workspace() {
        let root = workspace_root();
        assert!(
            root.join("crates").join("pgdumpkit-testkit").is_dir(),
            "{}",
            root.display()
        );
        let manifest =
            std::fs::read_to_string(root.join("Cargo.toml")).expect("the root has a manifest");
        assert!(manifest.contains("[workspace]"));
        assert_eq!(testdata_dir(), root.join("testdata"));
    }

    #[test]
    fn oracle_comes_from_the_toolchain() {
        match (toolchain_dir(), pg_restore_oracle(18)) {
            (Some(_), Some(oracle)) => {
                let out = Command::new(&oracle)
                    .arg("--version")
                    .output()
                    .expect("pg_restore runs");
                assert!(
                    text(&out.stdout).contains("(PostgreSQL) 18"),
                    "{}",
                    text(&out.stdout)
                );
            }
            (Some(dir), None) => panic!("{} has no 18/bin/pg_restore", dir.display()),
            (None, _) => assert!(!in_ci(), "PGDUMPKIT_TOOLCHAIN must be set in CI"),
        }
        assert_eq!(pg_restore_oracle(99), None);
    }

    #[test]
    fn corpus_is_a_directory_when_set() {
        if let Some(dir) = require_corpus() {
            assert!(
                dir.join("MANIFEST.tsv").is_file(),
                "{} has no MANIFEST.tsv",
                dir.display()
            );
        }
    }

    #[test]
    fn unset_corpus_is_skipped_with_a_message() {
        let out = run_child(
            "fixtures::child_require_corpus",
            &[],
            &["PGDUMPKIT_CORPUS", "CI"],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(CORPUS_SKIP_MESSAGE),
            "{}",
            text(&out.stderr)
        );
    }

    #[test]
    fn unset_corpus_fails_in_ci() {
        let out = run_child(
            "fixtures::child_require_corpus",
            &[("CI", "true")],
            &["PGDUMPKIT_CORPUS"],
        );
        assert!(!out.status.success());
        assert!(
            text(&out.stderr).contains("must run in CI"),
            "{}",
            text(&out.stderr)
        );
    }

    #[test]
    fn child_require_corpus() {
        if !is_child() {
            return;
        }
        assert_eq!(require_corpus(), None);
    }
}

mod golden {
    use super::*;
    use pgdumpkit_testkit::{assert_golden, describe_difference, golden_path, testdata_dir};

    #[test]
    fn matching_file_passes_and_mismatch_shows_a_diff() {
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "one\ntwo\nthree\n").expect("the temporary directory is writable");
        assert_golden(&path, b"one\ntwo\nthree\n");

        let panic = std::panic::catch_unwind(|| assert_golden(&path, b"one\n2\nthree\n"))
            .expect_err("different content must fail");
        let message = panic
            .downcast_ref::<String>()
            .expect("assert_golden panics with a formatted message");
        assert!(message.contains("-two\n+2\n"), "{message}");
        assert!(message.contains("PGDUMPKIT_BLESS=1"), "{message}");
    }

    #[test]
    fn missing_file_says_how_to_create_it() {
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("absent.txt");
        let panic = std::panic::catch_unwind(|| assert_golden(&path, b"x"))
            .expect_err("a missing golden file must fail");
        let message = panic.downcast_ref::<String>().expect("formatted message");
        assert!(message.contains("PGDUMPKIT_BLESS=1"), "{message}");
    }

    #[test]
    fn bless_writes_the_file() {
        let dir = tempfile::tempdir().expect("a temporary directory can be created");
        let path = dir.path().join("sub").join("blessed.txt");
        let path_text = path.to_str().expect("temporary paths are UTF-8 here");
        let out = run_child(
            "golden::child_bless",
            &[("PGDUMPKIT_BLESS", "1"), ("GOLDEN_TARGET", path_text)],
            &[],
        );
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(
            std::fs::read(&path).expect("the file was written"),
            b"blessed\n"
        );
        assert_golden(&path, b"blessed\n");
    }

    #[test]
    fn child_bless() {
        if !is_child() {
            return;
        }
        let target = std::env::var("GOLDEN_TARGET").expect("the parent sets GOLDEN_TARGET");
        assert_golden(&target, b"blessed\n");
    }

    #[test]
    fn relative_paths_are_under_testdata() {
        assert_eq!(golden_path("a/b.txt"), testdata_dir().join("a/b.txt"));
    }

    #[test]
    fn binary_difference_names_the_byte() {
        let message = describe_difference(b"ab\xffc", b"ab\xfed");
        assert!(message.contains("first difference at byte 2"), "{message}");
        assert!(message.contains("not UTF-8"), "{message}");
    }
}

mod short_read {
    use pgdumpkit_testkit::ShortRead;
    use std::io::{Cursor, ErrorKind, Read, Seek, SeekFrom};

    fn data() -> Vec<u8> {
        (0..=255u8).cycle().take(10_000).collect()
    }

    #[test]
    fn never_returns_more_than_the_limit() {
        let data = data();
        let mut reader = ShortRead::new(&data[..], 7);
        let mut buf = [0u8; 100];
        loop {
            let n = reader.read(&mut buf).expect("reading a slice cannot fail");
            assert!(n <= 7);
            if n == 0 {
                break;
            }
        }
        assert!(reader.calls() > data.len() / 7);
    }

    #[test]
    fn read_to_end_still_gets_everything() {
        let data = data();
        let mut out = Vec::new();
        ShortRead::with_pattern(&data[..], &[1, 2, 0, 13])
            .with_interrupts(5)
            .read_to_end(&mut out)
            .expect("read_to_end retries Interrupted");
        assert_eq!(out, data);
    }

    #[test]
    fn interruptions_reach_plain_reads() {
        let data = data();
        let mut reader = ShortRead::new(&data[..], 1).with_interrupts(3);
        let mut buf = [0u8; 4];
        let kinds: Vec<Option<ErrorKind>> = (0..6)
            .map(|_| reader.read(&mut buf).err().map(|e| e.kind()))
            .collect();
        assert_eq!(
            kinds,
            [
                None,
                None,
                Some(ErrorKind::Interrupted),
                None,
                None,
                Some(ErrorKind::Interrupted)
            ]
        );
    }

    #[test]
    fn read_exact_across_short_reads() {
        let data = data();
        let mut reader = ShortRead::new(Cursor::new(&data), 3).with_interrupts(2);
        let mut buf = [0u8; 1000];
        reader.read_exact(&mut buf).expect("read_exact loops");
        assert_eq!(&buf[..], &data[..1000]);
        reader
            .seek(SeekFrom::Start(9_990))
            .expect("seek passes through");
        let mut rest = Vec::new();
        reader.read_to_end(&mut rest).expect("read_to_end loops");
        assert_eq!(rest, &data[9_990..]);
        assert_eq!(reader.into_inner().position(), 10_000);
    }
}
