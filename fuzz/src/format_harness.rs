//! What the `header_toc`, `data` and `tar` fuzz targets run, shared with the regression test
//! that replays their crashes (`crates/pgdumpkit-format/tests/fuzz_regressions.rs` includes
//! this file), so a committed crash input goes through exactly the code that found it.
//!
//! Only `std`, `tempfile` and `pgdumpkit_format` may be used here.
//!
//! Every function must return normally for every input: a panic, an abort, a hang or an
//! unbounded allocation is a bug in the reader.

use std::cell::RefCell;
use std::fs;
use std::io::{self, BufRead, BufReader, Cursor, Read, Write};
use std::path::{Path, PathBuf};

use pgdumpkit_format::copy_text::{self, RowReader};
use pgdumpkit_format::primitives::IntFormat;
use pgdumpkit_format::{Archive, DataLocation, DumpId, Format, grammar, verify};

/// Decompressed bytes read from one entry or large object. Archives can hold decompression
/// bombs (a few kB of zstd that expand to gigabytes); reading them fully is correct but
/// would only make the fuzzer slow. `verify` still reads everything.
const READ_CAP: u64 = 1 << 20;

/// Members unpacked into a directory archive by [`tar`].
const MAX_DIR_FILES: usize = 64;

/// A scratch directory per thread (the regression tests run in parallel), kept for the life
/// of the process so each run costs a file write, not a directory creation.
fn with_scratch<T>(f: impl FnOnce(&Path) -> T) -> T {
    thread_local! {
        static SCRATCH: RefCell<Option<tempfile::TempDir>> = const { RefCell::new(None) };
    }
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            let dir = tempfile::Builder::new()
                .prefix("pgdumpkit-fuzz")
                .tempdir()
                .expect("the fuzz harness needs a writable temporary directory");
            *s = Some(dir);
        }
        let dir = s.as_ref().expect("set just above").path().to_path_buf();
        f(&dir)
    })
}

/// Writes `data` as the file `name` in the scratch directory.
fn scratch_file(dir: &Path, name: &str, data: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, data).expect("the fuzz harness needs a writable temporary directory");
    path
}

/// An empty directory `name` in the scratch directory.
fn scratch_dir(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    if path.exists() {
        fs::remove_dir_all(&path).expect("the scratch directory is ours to clear");
    }
    fs::create_dir(&path).expect("the fuzz harness needs a writable temporary directory");
    path
}

/// A stream reader over a copy of `data` (what `pgdumpkit cat - < file` sees).
fn stream(data: &[u8]) -> Box<dyn Read + Send> {
    Box::new(Cursor::new(data.to_vec()))
}

// ---------------------------------------------------------------------------------------
// header_toc
// ---------------------------------------------------------------------------------------

/// The header and TOC grammar over the three drivers: a custom archive read as a stream and
/// as a mapped file (the two results must agree), and the input as a directory's `toc.dat`.
pub fn header_toc(data: &[u8]) {
    with_scratch(|dir| {
        let streamed = Archive::from_reader(stream(data));
        let path = scratch_file(dir, "archive", data);
        let mapped = Archive::open(&path);
        let is_custom = data.starts_with(b"PGDMP");
        match (&streamed, &mapped) {
            (Ok(s), Ok(m)) => {
                assert_eq!(s.format(), m.format(), "stream and mmap disagree on format");
                assert_eq!(s.header(), m.header(), "stream and mmap disagree on header");
                assert_eq!(s.entries(), m.entries(), "stream and mmap disagree on TOC");
                touch_metadata(s);
                touch_metadata(m);
                roundtrip_custom(s);
            }
            // A custom archive's TOC is the same bytes either way. A tar is not: the mapped
            // reader indexes every member, the stream stops at `toc.dat`.
            (Ok(_), Err(e)) if is_custom => {
                panic!("the stream opens but the mapped file fails: {e}")
            }
            (Err(e), Ok(_)) if is_custom => {
                panic!("the mapped file opens but the stream fails: {e}")
            }
            (s, m) => {
                let _ = (
                    s.as_ref().err().map(ToString::to_string),
                    m.as_ref().err().map(ToString::to_string),
                );
            }
        }
        drop((streamed, mapped));

        let d = scratch_dir(dir, "dir");
        scratch_file(&d, "toc.dat", data);
        match Archive::open(&d) {
            Ok(a) => {
                touch_metadata(&a);
                roundtrip_toc_dat(&a, dir);
            }
            Err(e) => {
                let _ = e.to_string();
            }
        }
    });
}

/// The header and TOC as the writer writes them (`WriteHead`, `WriteToc`).
fn write_head_and_toc(a: &Archive) -> Vec<u8> {
    let mut out = Vec::new();
    grammar::write_header(&mut out, a.header())
        .expect("the writer takes any header the reader accepts");
    let h = a.header();
    let f = IntFormat {
        version: h.version,
        int_size: h.int_size,
        off_size: h.off_size,
    };
    grammar::write_toc(&mut out, f, a.entries())
        .expect("the writer takes any TOC the reader accepts");
    out
}

/// A custom archive's header and TOC, written back and read again, are what was read.
fn roundtrip_custom(a: &Archive) {
    let again = Archive::from_reader(stream(&write_head_and_toc(a)))
        .unwrap_or_else(|e| panic!("a rewritten custom TOC does not open: {e}"));
    assert_eq!(
        again.header(),
        a.header(),
        "the header changed when rewritten"
    );
    assert_eq!(
        again.entries(),
        a.entries(),
        "the TOC changed when rewritten"
    );
}

/// The same for a directory archive's `toc.dat`.
fn roundtrip_toc_dat(a: &Archive, dir: &Path) {
    let d = scratch_dir(dir, "again");
    scratch_file(&d, "toc.dat", &write_head_and_toc(a));
    let again =
        Archive::open(&d).unwrap_or_else(|e| panic!("a rewritten toc.dat does not open: {e}"));
    assert_eq!(
        again.header(),
        a.header(),
        "the header changed when rewritten"
    );
    assert_eq!(
        again.entries(),
        a.entries(),
        "the TOC changed when rewritten"
    );
}

/// Reads every accessor that does no data I/O.
fn touch_metadata(a: &Archive) {
    let _ = format!("{a:?}");
    let _ = (a.encoding(), a.std_strings(), a.is_seekable());
    for e in a.entries() {
        let _ = (e.desc_str(), e.tag_bytes(), a.stored_size(e.dump_id));
        assert!(a.entry(e.dump_id).is_some(), "an entry's id must resolve");
        if let Some(stmt) = &e.copy_stmt {
            let _ = copy_text::copy_columns(stmt);
        }
    }
}

// ---------------------------------------------------------------------------------------
// data
// ---------------------------------------------------------------------------------------

/// A full read of a custom or tar archive, mapped and streamed: every entry's data, every
/// large object, `verify`, and the COPY text decoder over each table's rows.
pub fn data(data: &[u8]) {
    with_scratch(|dir| {
        let path = scratch_file(dir, "archive", data);
        if let Ok(mut a) = Archive::open(&path) {
            exercise(&mut a);
        }
        if let Ok(mut a) = Archive::from_reader(stream(data)) {
            exercise(&mut a);
        }
    });
}

/// Reads everything an archive holds, in TOC order (the only order a stream allows), then
/// verifies it (a mapped archive allows a second pass; a stream reports its entries as
/// behind the read position, which must not panic either).
pub fn exercise(a: &mut Archive) {
    touch_metadata(a);
    let ids: Vec<(DumpId, bool, bool)> = a
        .entries()
        .iter()
        .filter(|e| e.had_dumper || !matches!(e.data, DataLocation::NoData))
        .map(|e| (e.dump_id, e.is("BLOBS"), e.copy_stmt.is_some()))
        .collect();
    let mut buf = Vec::new();
    for (id, blobs, has_copy) in ids {
        if blobs {
            let r = a.read_blobs(id, &mut |_oid, rd| {
                let mut sink = Vec::new();
                rd.take(READ_CAP).read_to_end(&mut sink)?;
                Ok(())
            });
            if let Err(e) = r {
                let _ = e.to_string();
            }
            continue;
        }
        buf.clear();
        match a.open_data(id) {
            Ok(rd) => {
                let _ = format!("{rd:?}");
                if let Err(e) = rd.take(READ_CAP).read_to_end(&mut buf) {
                    let _ = e.to_string();
                }
            }
            Err(e) => {
                let _ = e.to_string();
                continue;
            }
        }
        copy_rows(&buf, has_copy);
    }
    let report = verify::verify(a, &mut |done, total| assert!(done <= total));
    assert!(report.problems.len() as u64 <= report.entries_checked);
}

/// Runs the COPY text decoder over a table's data as `pgdumpkit cat --csv` does.
pub fn copy_rows(data: &[u8], has_copy_stmt: bool) {
    let mut rd = BufReader::new(data);
    if !has_copy_stmt {
        // Pre-1.3 archives carry the COPY statement at the head of the data.
        match copy_text::read_data_head(&mut rd) {
            Ok(copy_text::DataHead::Copy(stmt)) => {
                let _ = copy_text::copy_columns(&stmt);
            }
            Ok(copy_text::DataHead::Sql(_)) | Err(_) => return,
        }
    }
    rows(rd);
}

fn rows(rd: impl BufRead) {
    let mut rows = RowReader::new(rd);
    let mut line = Vec::new();
    let mut fields = Vec::new();
    let mut out = io::sink();
    while let Ok(true) = rows.next_row(&mut line) {
        copy_text::decode_row(&line, &mut fields);
        copy_text::write_csv_row(&mut out, &fields).expect("a sink never fails");
        for f in fields.iter().flatten() {
            copy_text::write_csv_value(&mut out, f, fields.len() == 1).expect("a sink never fails");
        }
    }
    let _ = rows.rows();
    out.flush().expect("a sink never fails");
}

// ---------------------------------------------------------------------------------------
// tar
// ---------------------------------------------------------------------------------------

/// The input as a tar archive (mapped with the format forced, and streamed), then its
/// members unpacked into a directory and read as a directory archive: `toc.dat`,
/// `blobs.toc` and data files, compressed or not, all come from the tar.
pub fn tar(data: &[u8]) {
    with_scratch(|dir| {
        let path = scratch_file(dir, "archive", data);
        if let Ok(mut a) = Archive::open_with_format(&path, Format::Tar) {
            exercise(&mut a);
        }
        if let Ok(mut a) = Archive::from_reader(stream(data)) {
            exercise(&mut a);
        }
        let d = scratch_dir(dir, "dir");
        if unpack(data, &d) > 0 {
            if let Ok(mut a) = Archive::open_with_format(&d, Format::Directory) {
                exercise(&mut a);
            }
        }
    });
}

/// Writes the plain-named members of a ustar archive into `dir` (a minimal reader of its
/// own, so the directory reader's inputs do not depend on the tar reader under test).
/// Returns how many files it wrote.
fn unpack(data: &[u8], dir: &Path) -> usize {
    let mut pos = 0usize;
    let mut written = 0;
    while written < MAX_DIR_FILES {
        let Some(h) = data.get(pos..pos + 512) else {
            break;
        };
        if h.iter().all(|&b| b == 0) {
            break;
        }
        let name_end = h[..100].iter().position(|&b| b == 0).unwrap_or(100);
        let name = &h[..name_end];
        let size = octal(&h[124..136]);
        let start = pos + 512;
        let end = start.saturating_add(size).min(data.len());
        let plain = !name.is_empty()
            && name != b"."
            && name != b".."
            && !name.contains(&b'/')
            && name.is_ascii();
        if plain && h[156] != b'5' {
            let name = std::str::from_utf8(name).expect("checked ASCII above");
            if fs::write(dir.join(name), &data[start..end]).is_ok() {
                written += 1;
            }
        }
        let Some(next) = size.checked_add(511).map(|s| s / 512 * 512) else {
            break;
        };
        match start.checked_add(next) {
            Some(p) if p > pos => pos = p,
            _ => break,
        }
    }
    written
}

/// A tar numeric field: octal digits after optional spaces, up to a space or NUL.
fn octal(field: &[u8]) -> usize {
    field
        .iter()
        .skip_while(|&&b| b == b' ')
        .take_while(|&&b| (b'0'..=b'7').contains(&b))
        .fold(0usize, |n, &b| {
            n.saturating_mul(8).saturating_add(usize::from(b - b'0'))
        })
}
