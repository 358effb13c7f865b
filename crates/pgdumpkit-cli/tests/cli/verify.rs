//! `pgdumpkit verify`: exit 0 on every good archive, from a file and from standard input.

use std::ffi::OsString;

use crate::support::{corpus, pgdumpkit, testdata_archives};

#[test]
fn verify_every_testdata_archive() {
    for path in testdata_archives() {
        let got = pgdumpkit([OsString::from("verify"), path.as_os_str().to_os_string()]).output();
        got.assert_success();
        let out = String::from_utf8_lossy(&got.stdout);
        assert!(
            out.lines().last().is_some_and(|l| l.starts_with("ok: ")),
            "{}: {out}",
            got.what
        );
    }
}

/// Files read as a stream: custom archives (with and without data offsets) and tars.
#[test]
fn verify_from_stdin() {
    for path in testdata_archives().into_iter().filter(|p| p.is_file()) {
        let bytes = std::fs::read(&path).expect("testdata archive");
        let got = pgdumpkit(["verify", "-"]).stdin(bytes).output();
        got.assert_success();
        let file = pgdumpkit([OsString::from("verify"), path.as_os_str().to_os_string()]).output();
        assert_eq!(
            got.stdout,
            file.stdout,
            "{}: stdin and file reports differ",
            path.display()
        );
    }
}

#[test]
fn verify_the_corpus() {
    let Some(archives) = corpus() else { return };
    for a in archives.iter().filter(|a| !a.broken) {
        let got = pgdumpkit([OsString::from("verify"), a.path.as_os_str().to_os_string()]).output();
        got.assert_success();
        if a.path.is_file() {
            let bytes = std::fs::read(&a.path).expect("corpus file");
            pgdumpkit(["verify", "-"])
                .stdin(bytes)
                .output()
                .assert_success();
        }
    }
}

/// A damaged data block: exit 1, the problem on stdout, one error line on stderr.
#[test]
fn verify_reports_a_damaged_block() {
    let src = crate::support::testdata().join("archives/pg18/fix.custom.gzip.dump");
    let mut bytes = std::fs::read(&src).expect("testdata archive");
    let a = crate::support::open(&src);
    let start = a
        .entries()
        .iter()
        .filter_map(|e| match e.data {
            pgdumpkit_format::DataLocation::Offset(o) => usize::try_from(o).ok(),
            _ => None,
        })
        .max()
        .expect("data offsets");
    // Damage the compressed stream of the last block (past its block header).
    for b in &mut bytes[start + 20..start + 40] {
        *b ^= 0x55;
    }
    let tmp = tempfile::tempdir().expect("temporary directory");
    let p = tmp.path().join("damaged.dump");
    std::fs::write(&p, &bytes).expect("temporary file");
    let got = pgdumpkit([OsString::from("verify"), p.into_os_string()]).output();
    let line = got.assert_clean_failure();
    assert!(line.contains("verif"), "{line}");
    let out = String::from_utf8_lossy(&got.stdout);
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l.starts_with("FAILED: ")),
        "{out}"
    );
}
