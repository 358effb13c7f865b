//! Damaged and wrong inputs: every command fails cleanly (exit 1, one `pgdumpkit: error:` line
//! on stderr), never panics, never hangs.
//!
//! Truncation at every byte of the header and TOC runs through the library (cheap) for
//! archives of each kind, and through the binary for a small archive; larger archives get a
//! sample of offsets through the binary.

use std::ffi::OsString;
use std::fs::{self, File, OpenOptions};
use std::io::{Cursor, Read};
use std::os::unix::fs::FileExt;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use pgdumpkit_format::{Archive, DataLocation, OpenError, verify};

use crate::support::{
    CopyTable, Outcome, Rng, Run, copy_tables, corpus, open, pg_restore_if_present, pgdumpkit,
    testdata,
};

fn archive_path(rel: &str) -> PathBuf {
    testdata().join("archives").join(rel)
}

fn read(rel: &str) -> Vec<u8> {
    fs::read(archive_path(rel)).unwrap_or_else(|e| panic!("cannot read {rel}: {e}"))
}

/// Where the TOC of a custom archive with data offsets ends: the first data block.
fn custom_toc_end(rel: &str) -> usize {
    let a = open(&archive_path(rel));
    a.entries()
        .iter()
        .filter_map(|e| match e.data {
            DataLocation::Offset(o) => usize::try_from(o).ok(),
            _ => None,
        })
        .min()
        .unwrap_or_else(|| panic!("{rel} has no data offsets"))
}

/// Where the `toc.dat` member of a tar archive ends (it is the first member).
fn tar_toc_end(bytes: &[u8]) -> usize {
    assert_eq!(&bytes[..7], b"toc.dat", "toc.dat is the first member");
    let size = std::str::from_utf8(&bytes[124..135]).expect("octal size");
    512 + usize::from_str_radix(size.trim_matches(|c: char| c == '\0' || c == ' '), 8)
        .expect("octal size")
}

/// Runs `f`, turning a panic into a test failure that names `what`.
#[track_caller]
fn no_panic<T>(what: &str, f: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(p) => {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| (*s).to_string()))
                .unwrap_or_default();
            panic!("library panicked on {what}: {msg}")
        }
    }
}

/// An open error must be one line (the CLI prints the chain on one line).
#[track_caller]
fn check_open_error(what: &str, e: &OpenError) {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        msg.push_str(&s.to_string());
        src = s.source();
    }
    assert!(!msg.contains('\n'), "{what}: multi-line error: {msg:?}");
}

/// After a successful open, everything the commands do with an archive: read every entry's
/// data (verify) — without panicking.
fn exercise(what: &str, a: &mut Archive) -> verify::Report {
    no_panic(what, || verify::verify(a, &mut |_, _| {}))
}

/// A temporary copy of `bytes` whose length can be cut again and again.
struct Scratch {
    _dir: tempfile::TempDir,
    path: PathBuf,
    file: File,
}

impl Scratch {
    fn new(name: &str, bytes: &[u8]) -> Scratch {
        let dir = tempfile::tempdir().expect("a temporary directory can be made");
        let path = dir.path().join(name);
        fs::write(&path, bytes).expect("the temporary directory is writable");
        let file = OpenOptions::new()
            .write(true)
            .open(&path)
            .expect("just written");
        Scratch {
            _dir: dir,
            path,
            file,
        }
    }

    fn cut(&self, n: usize) {
        self.file
            .set_len(n as u64)
            .expect("set_len on a temporary file");
    }

    fn put(&self, at: usize, b: u8) {
        self.file
            .write_at(&[b], at as u64)
            .expect("write_at on a temporary file");
    }
}

/// A copy of a directory archive in a temporary directory.
fn copy_dir(rel: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().expect("a temporary directory can be made");
    let dst = tmp.path().join("archive.dir");
    fs::create_dir(&dst).expect("fresh directory");
    for e in fs::read_dir(archive_path(rel)).expect("testdata directory archive") {
        let e = e.expect("directory entry");
        fs::copy(e.path(), dst.join(e.file_name())).expect("copy of a testdata file");
    }
    (tmp, dst)
}

fn stream_open(bytes: &Arc<[u8]>, n: usize) -> Result<Archive, OpenError> {
    Archive::from_reader(Box::new(Cursor::new(Arc::clone(bytes)).take(n as u64)))
}

/// Library: cutting a custom or tar archive anywhere inside its header and TOC makes opening
/// fail (from a file and from a stream); cutting it in the data makes verify report it.
fn library_truncation(rel: &str, toc_end: usize, every: impl Fn(usize) -> bool) {
    let bytes: Arc<[u8]> = read(rel).into();
    let scratch = Scratch::new("a", &bytes);
    let mut opened = 0;
    // Longest first: each cut shortens the same file.
    for n in (0..bytes.len()).rev() {
        let in_toc = n < toc_end;
        if in_toc && !every(n) {
            continue;
        }
        if !in_toc && (n - toc_end) % ((bytes.len() - toc_end) / 24).max(1) != 0 {
            continue;
        }
        scratch.cut(n);
        let what = format!("{rel} cut at {n}");
        let mapped = no_panic(&what, || Archive::open(&scratch.path));
        let streamed = no_panic(&what, || stream_open(&bytes, n));
        if in_toc {
            match &mapped {
                Ok(_) => panic!("{what}: opened, but the TOC ends at {toc_end}"),
                Err(e) => check_open_error(&what, e),
            }
            match &streamed {
                Ok(_) => panic!("{what} (stream): opened, but the TOC ends at {toc_end}"),
                Err(e) => check_open_error(&what, e),
            }
            continue;
        }
        opened += 1;
        for (how, a) in [("file", mapped), ("stream", streamed)] {
            match a {
                Ok(mut a) => {
                    let r = exercise(&what, &mut a);
                    assert!(
                        !r.problems.is_empty() || rel.ends_with(".tar"),
                        "{what} ({how}): verify found nothing wrong"
                    );
                }
                // A tar cut inside a member header fails at open (the tar index).
                Err(e) => {
                    check_open_error(&what, &e);
                    assert!(rel.ends_with(".tar"), "{what} ({how}): {e}");
                }
            }
        }
    }
    assert!(opened > 10, "{rel}: only {opened} cuts in the data");
}

#[test]
fn library_truncation_every_byte_of_small_custom_archives() {
    for rel in [
        "pg18/latin1.custom.dump",
        "pg13/lobs.custom.dump",
        "pg13/latin1.custom.dump",
    ] {
        library_truncation(rel, custom_toc_end(rel), |_| true);
    }
}

/// The uncompressed custom archive: the TOC is 43 kB (every byte would take minutes in a
/// debug build), so every byte of its header and first entries (2 kB), of its last 512
/// bytes, and every 29th byte between.
#[test]
fn library_truncation_custom_uncompressed() {
    let rel = "pg18/fix.custom.none.dump";
    let end = custom_toc_end(rel);
    library_truncation(rel, end, |n| n < 2048 || n + 512 >= end || n % 29 == 0);
}

#[test]
fn library_truncation_every_byte_of_a_tar_toc() {
    let rel = "pg13/lobs.tar";
    let end = tar_toc_end(&read(rel));
    library_truncation(rel, end, |_| true);
}

/// A directory archive whose `toc.dat` is cut at every byte.
#[test]
fn library_truncation_every_byte_of_a_directory_toc() {
    for rel in ["pg13/lobs.dir", "pg18/lobs.dir"] {
        let (_tmp, dir) = copy_dir(rel);
        let toc = dir.join("toc.dat");
        let full = fs::read(&toc).expect("toc.dat");
        let f = OpenOptions::new()
            .write(true)
            .open(&toc)
            .expect("toc.dat copy");
        for n in (0..full.len()).rev() {
            f.set_len(n as u64).expect("set_len");
            let what = format!("{rel}/toc.dat cut at {n}");
            match no_panic(&what, || Archive::open(&dir)) {
                Ok(_) => panic!("{what}: opened"),
                Err(e) => check_open_error(&what, &e),
            }
        }
    }
}

/// Flipping any byte of the header or TOC never panics, and whatever still opens can be read
/// to the end. Each byte gets one of three masks (all bits, the low bit, the high bit), from
/// a file and, for every other byte, from a stream.
#[test]
fn library_flipped_bytes_in_header_and_toc() {
    for rel in ["pg18/latin1.custom.dump", "pg13/lobs.custom.dump"] {
        let bytes: Arc<[u8]> = read(rel).into();
        let end = custom_toc_end(rel);
        let scratch = Scratch::new("a", &bytes);
        for at in 0..end {
            let mask = [0xFF, 0x01, 0x80][at % 3];
            let what = format!("{rel} byte {at} ^ {mask:#x}");
            scratch.put(at, bytes[at] ^ mask);
            if let Ok(mut a) = no_panic(&what, || Archive::open(&scratch.path)) {
                exercise(&what, &mut a);
            }
            scratch.put(at, bytes[at]);
            if at % 2 == 0 {
                let mut flipped = bytes.to_vec();
                flipped[at] ^= mask;
                let flipped: Arc<[u8]> = flipped.into();
                if let Ok(mut a) = no_panic(&what, || stream_open(&flipped, flipped.len())) {
                    exercise(&what, &mut a);
                }
            }
        }
    }
}

/// Random bytes, bare and behind a valid header, never panic the library.
#[test]
fn library_random_bytes() {
    let mut rng = Rng::new(0x5eed_1234);
    let valid = read("pg18/latin1.custom.dump");
    let header_len = 80.min(valid.len());
    for i in 0..600 {
        let len = rng.below(3000);
        let mut b = rng.bytes(len);
        match i % 3 {
            0 => {}
            1 => {
                let mut h = valid[..header_len].to_vec();
                h.extend_from_slice(&b);
                b = h;
            }
            _ => {
                let keep = rng.below(valid.len());
                let mut h = valid[..keep].to_vec();
                h.extend_from_slice(&b);
                b = h;
            }
        }
        let what = format!("random input #{i} ({} bytes)", b.len());
        let arc: Arc<[u8]> = b.into();
        if let Ok(mut a) = no_panic(&what, || stream_open(&arc, arc.len())) {
            exercise(&what, &mut a);
        }
    }
}

// ---------------------------------------------------------------------------------------
// Through the binary.

const COMMANDS: [&str; 3] = ["list", "verify", "cat"];

/// `pgdumpkit <cmd> <archive>` (for `cat`, the first COPY table of the intact archive, or a
/// name that does not exist).
fn command(cmd: &str, archive: &Path, table: &Option<CopyTable>) -> Run {
    let mut args: Vec<OsString> = vec![cmd.into(), archive.as_os_str().to_os_string()];
    if cmd == "cat" {
        match table {
            Some(t) => args.extend(t.cat_args()),
            None => args.push("no_such_table".into()),
        }
    }
    pgdumpkit(args)
}

fn first_table(path: &Path) -> Option<CopyTable> {
    copy_tables(&mut open(path)).into_iter().next()
}

/// Cuts inside the header and TOC, through the binary: always exit 1 with one error line.
/// `offsets` are the cuts to try (all of the header and TOC for a small archive); with
/// `all_commands` false each offset runs one command, in turn.
fn cli_truncation(rel: &str, toc_end: usize, offsets: &[usize], all_commands: bool) {
    let bytes = read(rel);
    let table = first_table(&archive_path(rel));
    let name = Path::new(rel)
        .file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned();
    let scratch = Scratch::new(&name, &bytes);
    let mut sorted = offsets.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    for &n in sorted.iter().rev() {
        assert!(n < bytes.len());
        scratch.cut(n);
        let cmds: Vec<&str> = if all_commands {
            COMMANDS.to_vec()
        } else {
            vec![COMMANDS[n % 3]]
        };
        for cmd in cmds {
            let got = command(cmd, &scratch.path, &table).output();
            if n < toc_end {
                let line = got.assert_clean_failure();
                // Specific: says what is wrong (cut, or too short to be an archive).
                assert!(
                    [
                        "truncated",
                        "empty",
                        "too short",
                        "end of file",
                        "toc.dat",
                        "valid archive",
                        "tar"
                    ]
                    .iter()
                    .any(|w| line.contains(w)),
                    "{}: vague message: {line}",
                    got.what
                );
            } else {
                data_cut_outcome(rel, cmd, &got, &scratch.path);
            }
        }
    }
}

/// A cut in the data: `list` succeeds exactly when pg_restore's does, `verify` fails on custom
/// archives (blocks are missing), and nothing crashes.
fn data_cut_outcome(rel: &str, cmd: &str, got: &Outcome, path: &Path) {
    got.assert_success_or_clean_failure();
    match cmd {
        "verify" if !rel.ends_with(".tar") => {
            assert_eq!(
                got.code,
                Some(1),
                "{}: verify accepted a cut archive",
                got.what
            );
        }
        "list" => {
            if let Some(pg_restore) = pg_restore_if_present() {
                let theirs = Run::new(&pg_restore, ["-l".as_ref(), path.as_os_str()]).output();
                assert_eq!(
                    got.code,
                    theirs.code,
                    "{}: exit differs from pg_restore -l ({})",
                    got.what,
                    theirs.stderr_text()
                );
            }
        }
        _ => {}
    }
}

/// Sample offsets: every byte of the first 64, 40 spread over the TOC, the last few before
/// its end, and 12 in the data.
fn sample(toc_end: usize, len: usize) -> Vec<usize> {
    let mut v: Vec<usize> = (0..64.min(toc_end)).collect();
    v.extend((1..40).map(|k| toc_end * k / 40));
    v.extend((1..4).filter_map(|k| toc_end.checked_sub(k)));
    v.extend((0..12).map(|k| toc_end + (len - toc_end) * k / 12));
    v.retain(|&n| n < len);
    v
}

/// Every byte of the header and TOC of a small custom archive, through the binary (one
/// command per offset, in turn), plus a sample of cuts in its data.
#[test]
fn cli_truncation_every_byte_small_custom() {
    let rel = "pg18/latin1.custom.dump";
    let len = read(rel).len();
    let end = custom_toc_end(rel);
    let offsets: Vec<usize> = (0..end)
        .chain((0..8).map(|k| end + (len - end) * k / 8))
        .collect();
    cli_truncation(rel, end, &offsets, false);
}

#[test]
fn cli_truncation_sampled_custom_gzip_and_none() {
    for rel in ["pg18/fix.custom.gzip.dump", "pg18/fix.custom.none.dump"] {
        let end = custom_toc_end(rel);
        cli_truncation(rel, end, &sample(end, read(rel).len()), true);
    }
}

#[test]
fn cli_truncation_sampled_tar() {
    for rel in ["pg16/fix.tar", "pg13/lobs.tar"] {
        let bytes = read(rel);
        let end = tar_toc_end(&bytes);
        cli_truncation(rel, end, &sample(end, bytes.len()), true);
    }
}

/// A directory archive whose toc.dat is cut: every command fails.
#[test]
fn cli_truncation_sampled_directory_toc() {
    let rel = "pg18/fix.dir.gzip";
    let (_tmp, dir) = copy_dir(rel);
    let toc = dir.join("toc.dat");
    let full = fs::read(&toc).expect("toc.dat");
    let table = first_table(&archive_path(rel));
    let f = OpenOptions::new()
        .write(true)
        .open(&toc)
        .expect("toc.dat copy");
    let mut offsets = sample(full.len(), full.len() + 1);
    offsets.retain(|&n| n < full.len());
    for &n in offsets.iter().rev() {
        f.set_len(n as u64).expect("set_len");
        for cmd in COMMANDS {
            let got = command(cmd, &dir, &table).output();
            got.assert_clean_failure();
        }
    }
    // A missing data file: list is fine, verify and cat fail.
    f.set_len(0).expect("set_len");
    drop(f);
    fs::write(&toc, &full).expect("restore toc.dat");
    let a = open(&dir);
    let t = table.clone().expect("fix has tables");
    let file = a
        .entry(t.dump_id)
        .and_then(|e| match &e.data {
            DataLocation::File(f) => Some(String::from_utf8_lossy(f).into_owned()),
            _ => None,
        })
        .expect("a data file name");
    let on_disk = ["", ".gz", ".lz4", ".zst"]
        .iter()
        .map(|ext| dir.join(format!("{file}{ext}")))
        .find(|p| p.is_file())
        .expect("the data file exists");
    fs::remove_file(on_disk).expect("a temporary copy");
    command("list", &dir, &table).output().assert_success();
    for cmd in ["verify", "cat"] {
        let line = command(cmd, &dir, &table).output().assert_clean_failure();
        assert!(
            line.contains(&file),
            "{cmd}: message does not name {file}: {line}"
        );
    }
}

/// Archives read from standard input, cut at every 3rd byte of the header and TOC.
#[test]
fn cli_truncation_on_stdin() {
    let rel = "pg13/latin1.custom.dump";
    let bytes = read(rel);
    let end = custom_toc_end(rel);
    let table = first_table(&archive_path(rel));
    let dash = PathBuf::from("-");
    for n in (0..end).step_by(3).chain([end - 1]) {
        let cmd = COMMANDS[n % 3];
        let got = command(cmd, &dash, &table)
            .stdin(bytes[..n].to_vec())
            .output();
        got.assert_clean_failure();
    }
    for k in 0..6 {
        let n = end + (bytes.len() - end) * k / 6;
        for cmd in COMMANDS {
            let got = command(cmd, &dash, &table)
                .stdin(bytes[..n].to_vec())
                .output();
            got.assert_success_or_clean_failure();
            if cmd == "verify" {
                assert_eq!(got.code, Some(1), "{}: cut at {n} accepted", got.what);
            }
        }
    }
}

/// Flipped bytes in the header (every byte) and TOC (a sample): exit 0 or a clean failure.
#[test]
fn cli_flipped_bytes() {
    for (rel, stride) in [
        ("pg18/latin1.custom.dump", 7),
        ("pg18/fix.custom.gzip.dump", 211),
    ] {
        let bytes = read(rel);
        let end = custom_toc_end(rel);
        let table = first_table(&archive_path(rel));
        let scratch = Scratch::new("a.dump", &bytes);
        let header_end = 120.min(end);
        let positions = (0..header_end).chain((header_end..end).step_by(stride));
        for at in positions {
            scratch.put(at, bytes[at] ^ 0xFF);
            let cmd = COMMANDS[at % 3];
            command(cmd, &scratch.path, &table)
                .output()
                .assert_success_or_clean_failure();
            scratch.put(at, bytes[at]);
        }
    }
}

/// Random files: exit 1 with one line (or, for random bytes behind a valid header, possibly
/// a success).
#[test]
fn cli_random_bytes() {
    let mut rng = Rng::new(42);
    let valid = read("pg18/latin1.custom.dump");
    let tmp = tempfile::tempdir().expect("temporary directory");
    for i in 0..60 {
        let len = 1 + rng.below(2000);
        let mut b = rng.bytes(len);
        let behind_header = i % 2 == 1;
        if behind_header {
            let keep = 60 + rng.below(valid.len() - 60);
            let mut h = valid[..keep].to_vec();
            h.extend_from_slice(&b);
            b = h;
        }
        let p = tmp.path().join(format!("random{i}"));
        fs::write(&p, &b).expect("temporary file");
        let got = command(COMMANDS[i % 3], &p, &None).output();
        if behind_header {
            got.assert_success_or_clean_failure();
        } else {
            got.assert_clean_failure();
        }
    }
}

/// The three archives of the corpus damaged on purpose: every command fails with a message
/// that says what the file is.
#[test]
fn corpus_broken_archives() {
    let Some(archives) = corpus() else { return };
    for a in archives.iter().filter(|a| a.broken) {
        let expect = match a.name.as_str() {
            "northwind_utf16" => "UTF-16",
            "min_header" => "truncated",
            "dvdrental_macdir" => "toc.dat",
            other => panic!("unexpected broken archive {other}"),
        };
        for cmd in ["list", "verify", "cat", "info"] {
            let got = command(cmd, &a.path, &None).output();
            let line = got.assert_clean_failure();
            assert!(
                line.contains(expect),
                "{}: message lacks {expect:?}: {line}",
                got.what
            );
        }
        // Through standard input too (the tar of a directory is refused the same way).
        let bytes = fs::read(&a.path).expect("corpus file");
        let got = pgdumpkit(["list", "-"]).stdin(bytes).output();
        let line = got.assert_clean_failure();
        assert!(
            line.contains(expect),
            "{}: message lacks {expect:?}: {line}",
            got.what
        );
    }
}

/// Things that are not archives, and each says what it is.
#[test]
fn not_archives_are_named() {
    let td = testdata();
    let tmp = tempfile::tempdir().expect("temporary directory");
    let t = tmp.path();
    // A plain SQL dump: pg_restore -f - output starts exactly as pg_dump's text format.
    let sql = fs::read(td.join("golden/script/pg18__fix.custom.gzip.dump.default.sql"))
        .expect("golden script");
    assert!(sql.starts_with(b"--\n-- PostgreSQL database dump\n--\n"));
    fs::write(t.join("plain.sql"), &sql).expect("write");
    let gz = |b: &[u8]| {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).expect("in memory");
        e.finish().expect("in memory")
    };
    fs::write(t.join("plain.sql.gz"), gz(&sql)).expect("write");
    fs::write(
        t.join("archive.dump.gz"),
        gz(&read("pg18/latin1.custom.dump")),
    )
    .expect("write");
    let utf16 = |b: &[u8]| {
        let mut v = vec![0xFF, 0xFE];
        for &c in b {
            v.extend_from_slice(&[c, 0]);
        }
        v
    };
    fs::write(t.join("plain.utf16.sql"), utf16(&sql[..4096])).expect("write");
    fs::write(
        t.join("archive.utf16.dump"),
        utf16(&read("pg18/latin1.custom.dump")),
    )
    .expect("write");
    fs::write(t.join("empty"), b"").expect("write");
    fs::write(t.join("short"), b"PGD").expect("write");
    fs::create_dir(t.join("emptydir")).expect("mkdir");
    fs::write(
        t.join("text.txt"),
        b"hello, this is not an archive at all\n".repeat(40),
    )
    .expect("write");
    let cases: &[(&str, &[&str])] = &[
        ("plain.sql", &["plain SQL", "psql"]),
        ("plain.sql.gz", &["gzip", "plain SQL"]),
        ("archive.dump.gz", &["gzip", "custom-format archive"]),
        ("plain.utf16.sql", &["UTF-16", "plain SQL"]),
        ("archive.utf16.dump", &["UTF-16"]),
        ("empty", &["empty"]),
        ("short", &["too short"]),
        ("emptydir", &["toc.dat"]),
        ("text.txt", &["valid archive", "text"]),
        ("nonexistent", &["nonexistent", "No such file"]),
    ];
    for (name, words) in cases {
        let p = t.join(name);
        for cmd in ["list", "verify", "cat", "info"] {
            let got = command(cmd, &p, &None).output();
            let line = got.assert_clean_failure();
            for w in *words {
                assert!(
                    line.contains(w),
                    "{}: message lacks {w:?}: {line}",
                    got.what
                );
            }
            assert!(got.stdout.is_empty(), "{}: wrote to stdout", got.what);
        }
        if p.is_file() {
            let got = pgdumpkit(["list", "-"])
                .stdin(fs::read(&p).expect("file"))
                .output();
            let line = got.assert_clean_failure();
            for w in *words {
                assert!(
                    line.contains(w),
                    "{}: message lacks {w:?}: {line}",
                    got.what
                );
            }
        }
    }
    // `-` with nothing on standard input.
    for cmd in ["list", "verify", "info", "cat"] {
        let got = command(cmd, Path::new("-"), &None)
            .stdin(Vec::new())
            .output();
        let line = got.assert_clean_failure();
        assert!(
            line.contains("standard input") && line.contains("empty"),
            "{line}"
        );
    }
}

/// A usage error exits 2, as pg_restore's do.
#[test]
fn usage_errors_exit_2() {
    let td = testdata();
    for args in [
        &["list"][..],
        &["list", "archives/pg18/fix.custom.gzip.dump", "-s", "-a"],
        &[
            "list",
            "archives/pg18/fix.custom.gzip.dump",
            "--section=bogus",
        ],
        &["nosuchcommand"],
    ] {
        let got = pgdumpkit(args).cwd(&td).output();
        assert_eq!(got.code, Some(2), "{}: {}", got.what, got.stderr_text());
        assert!(got.stdout.is_empty(), "{}", got.what);
    }
}

/// `pgdumpkit list x | head -1`: a closed pipe is not an error.
#[test]
fn closed_stdout_pipe_is_not_an_error() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let td = testdata();
    for args in [
        &["list", "archives/pg18/lobs.custom.dump"][..],
        &["list", "--json", "archives/pg18/lobs.custom.dump"],
        &["info", "--json", "archives/pg18/lobs.custom.dump"],
        &[
            "cat",
            "archives/pg18/fix.custom.none.dump",
            "-n",
            "public",
            "big",
            "--format",
            "csv",
        ],
        &["cat", "-", "-n", "public", "big"],
    ] {
        let mut cmd = Command::new(crate::support::bin());
        cmd.args(args)
            .current_dir(&td)
            .env("TZ", "UTC")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let stdin_bytes = args
            .contains(&"-")
            .then(|| read("pg18/fix.custom.none.dump"));
        cmd.stdin(if stdin_bytes.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        });
        let mut child = cmd.spawn().expect("the binary runs");
        if let (Some(mut pipe), Some(b)) = (child.stdin.take(), stdin_bytes) {
            std::thread::spawn(move || {
                let _ = std::io::Write::write_all(&mut pipe, &b);
            });
        }
        let mut out = BufReader::new(child.stdout.take().expect("piped"));
        let mut line = String::new();
        out.read_line(&mut line).expect("one line");
        assert!(!line.is_empty(), "{args:?}: no output");
        drop(out);
        let mut err = String::new();
        child
            .stderr
            .take()
            .expect("piped")
            .read_to_string(&mut err)
            .expect("stderr");
        let status = wait_with_deadline(&mut child, &format!("{args:?}"));
        assert_eq!(status.code(), Some(0), "{args:?}: stderr: {err}");
        assert!(err.is_empty(), "{args:?}: stderr: {err}");
    }
}

fn wait_with_deadline(child: &mut std::process::Child, what: &str) -> std::process::ExitStatus {
    let start = std::time::Instant::now();
    loop {
        if let Some(s) = child.try_wait().expect("wait") {
            return s;
        }
        if start.elapsed() > crate::support::DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}
