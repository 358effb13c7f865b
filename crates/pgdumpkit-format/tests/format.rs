//! Opens every archive of the real-world corpus (`$PGDUMPKIT_CORPUS`) and reads all of its
//! data, through the mapped file and through a stream; compares the TOC with `pg_restore -l`
//! when `$PGDUMPKIT_TOOLCHAIN` names a directory holding `18/bin/pg_restore`.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::process::Command;

use pgdumpkit_format::{Archive, DataLocation, DumpId, Format, OpenError};

/// Archives broken on purpose (corpus README).
const BROKEN: [&str; 3] = [
    "northwind_utf16.dump",
    "min_header.dump",
    "dvdrental_macdir.tar",
];

fn corpus() -> Option<PathBuf> {
    match std::env::var_os("PGDUMPKIT_CORPUS") {
        Some(p) => Some(PathBuf::from(p)),
        None => {
            eprintln!(
                "skipped: PGDUMPKIT_CORPUS is not set (it names the real-world archive corpus)"
            );
            None
        }
    }
}

fn archives(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus directory is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| {
            let n = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            !matches!(n, "README.md" | "MANIFEST.tsv") && !n.starts_with('.')
        })
        .collect();
    v.sort();
    v
}

fn name(p: &Path) -> &str {
    p.file_name().and_then(|n| n.to_str()).unwrap_or("")
}

/// A digest of every entry's data, in TOC order: (dump id, byte count, hash).
type Digest = Vec<(DumpId, u64, u64)>;

fn hash_reader(r: &mut dyn Read) -> io::Result<(u64, u64)> {
    let mut h = DefaultHasher::new();
    let mut n = 0u64;
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let k = r.read(&mut buf)?;
        if k == 0 {
            return Ok((n, h.finish()));
        }
        h.write(&buf[..k]);
        n += k as u64;
    }
}

fn read_all(a: &mut Archive) -> Digest {
    let ids: Vec<(DumpId, bool)> = a
        .entries()
        .iter()
        .filter(|e| match &e.data {
            DataLocation::NoData => false,
            DataLocation::File(n) => !n.is_empty(),
            _ => true,
        })
        .map(|e| (e.dump_id, e.is("BLOBS")))
        .collect();
    let mut out = Vec::new();
    for (id, blobs) in ids {
        if blobs {
            let mut total = 0u64;
            let mut h = DefaultHasher::new();
            a.read_blobs(id, &mut |oid, r| {
                let (n, d) = hash_reader(r)?;
                h.write_u32(oid);
                h.write_u64(d);
                total += n;
                Ok(())
            })
            .unwrap_or_else(|e| panic!("large objects of entry {id}: {e}"));
            out.push((id, total, h.finish()));
        } else {
            let mut r = a
                .open_data(id)
                .unwrap_or_else(|e| panic!("data of entry {id}: {e}"));
            let (n, d) = hash_reader(&mut r).unwrap_or_else(|e| panic!("data of entry {id}: {e}"));
            out.push((id, n, d));
        }
    }
    out
}

fn pg_restore() -> Option<PathBuf> {
    let t = std::env::var_os("PGDUMPKIT_TOOLCHAIN")?;
    let p = PathBuf::from(t).join("18/bin/pg_restore");
    p.exists().then_some(p)
}

/// Checks our TOC against the entry lines of `pg_restore -l`
/// (`<id>; <tableoid> <oid> <desc> ...`).
fn compare_with_pg_restore(bin: &Path, path: &Path, a: &Archive) {
    let out = Command::new(bin)
        .arg("-l")
        .arg(path)
        .output()
        .expect("pg_restore runs");
    assert!(out.status.success(), "pg_restore -l {}", path.display());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut listed = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with(';') && !l.is_empty())
    {
        let (id, rest) = line.split_once("; ").expect("list line has an id");
        let id: DumpId = id.trim().parse().expect("numeric id");
        let e = a.entry(id).unwrap_or_else(|| panic!("entry {id} missing"));
        let want = format!(
            "{} {} {} ",
            e.catalog_id.tableoid,
            e.catalog_id.oid,
            e.desc_str()
        );
        assert!(
            rest.starts_with(&want),
            "{}: {line} vs {want}",
            path.display()
        );
        listed += 1;
    }
    let header_count = text
        .lines()
        .find_map(|l| l.strip_prefix(";     TOC Entries: "))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .expect("TOC Entries line");
    assert_eq!(header_count, a.entries().len(), "{}", path.display());
    assert!(listed <= a.entries().len());
}

/// Every TABLE DATA payload must appear verbatim in pg_restore's data-only script, which
/// copies COPY and INSERT data through unchanged.
fn compare_data_with_pg_restore(bin: &Path, path: &Path, a: &mut Archive) {
    let out = Command::new(bin)
        .args(["-a", "-f", "-"])
        .arg(path)
        .output()
        .expect("pg_restore runs");
    assert!(out.status.success(), "pg_restore -a {}", path.display());
    let script = out.stdout;
    let ids: Vec<DumpId> = a
        .entries()
        .iter()
        .filter(|e| e.is("TABLE DATA"))
        .map(|e| e.dump_id)
        .collect();
    let mut from = 0;
    for id in ids {
        let mut data = Vec::new();
        a.open_data(id)
            .and_then(|mut r| {
                r.read_to_end(&mut data)
                    .map_err(|e| pgdumpkit_format::DataError::Io {
                        what: "data".into(),
                        source: e,
                    })
            })
            .unwrap_or_else(|e| panic!("{}: entry {id}: {e}", path.display()));
        if data.is_empty() {
            continue;
        }
        // pg_restore writes the data of entries in TOC order.
        let at = script[from..]
            .windows(data.len())
            .position(|w| w == data.as_slice())
            .unwrap_or_else(|| {
                panic!(
                    "{}: data of entry {id} not in pg_restore output",
                    path.display()
                )
            });
        from += at + data.len();
    }
}

#[test]
fn corpus_archives_open_and_read() {
    let Some(dir) = corpus() else { return };
    let bin = pg_restore();
    if bin.is_none() {
        eprintln!("note: PGDUMPKIT_TOOLCHAIN not set: not comparing with pg_restore -l");
    }
    let mut opened = 0;
    for path in archives(&dir) {
        let n = name(&path);
        if BROKEN.contains(&n) {
            let e = Archive::open(&path).expect_err(n);
            eprintln!("{n}: refused: {e}");
            continue;
        }
        let mut a = Archive::open(&path).unwrap_or_else(|e| panic!("{n}: {e}"));
        assert!(!a.entries().is_empty() || n.contains("web2n2"), "{n}");
        if let Some(bin) = &bin {
            compare_with_pg_restore(bin, &path, &a);
            compare_data_with_pg_restore(bin, &path, &mut a);
        }
        let mapped = read_all(&mut a);
        if a.format() != Format::Directory {
            // The same archive through a pipe, read strictly forward.
            let f = std::fs::File::open(&path).expect("archive opens");
            let mut s = Archive::from_reader(Box::new(f)).unwrap_or_else(|e| panic!("{n}: {e}"));
            assert!(!s.is_seekable());
            assert_eq!(s.entries(), a.entries(), "{n}");
            assert_eq!(read_all(&mut s), mapped, "{n}: stream and mmap differ");
        }
        opened += 1;
    }
    assert!(opened >= 20, "only {opened} archives opened");
}

#[test]
fn broken_corpus_archives_explain_themselves() {
    let Some(dir) = corpus() else { return };
    let msg = |n: &str| Archive::open(&dir.join(n)).expect_err(n).to_string();
    assert!(msg("northwind_utf16.dump").contains("UTF-16"));
    let m = msg("min_header.dump");
    assert!(m.starts_with("truncated archive"), "{m}");
    let m = msg("dvdrental_macdir.tar");
    assert!(m.contains("toc.dat") && m.contains("directory"), "{m}");
    assert!(matches!(
        Archive::open(&dir.join("dvdrental_macdir.tar")),
        Err(OpenError::TarWithoutToc { nested: Some(_) })
    ));
}

fn from_bytes(b: &[u8]) -> Result<Archive, OpenError> {
    Archive::from_reader(Box::new(io::Cursor::new(b.to_vec())))
}

/// Length of the shortest prefix that opens: the end of the header and TOC (of the `toc.dat`
/// member for tar).
fn toc_end(bytes: &[u8]) -> usize {
    let (mut lo, mut hi) = (0usize, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if from_bytes(&bytes[..mid]).is_ok() {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    lo
}

/// Cut points: every byte of a small TOC, an even spread (plus the edges) of a large one.
fn cut_points(end: usize) -> Vec<usize> {
    if end <= 8_192 {
        return (0..end).collect();
    }
    let mut v: Vec<usize> = (0..400).map(|k| k * end / 400).collect();
    v.extend(0..512);
    v.extend(end - 64..end);
    v
}

#[test]
fn corpus_truncated_or_flipped_never_panics() {
    let Some(dir) = corpus() else { return };
    for path in archives(&dir) {
        let n = name(&path);
        if BROKEN.contains(&n) || path.is_dir() {
            continue;
        }
        let bytes = std::fs::read(&path).expect("archive reads");
        let end = toc_end(&bytes);
        assert!(end > 0 && end <= bytes.len(), "{n}");
        for cut in cut_points(end) {
            let r = from_bytes(&bytes[..cut]);
            assert!(r.is_err(), "{n}: cut at {cut} of TOC end {end} opened");
        }
        // Flipped bytes in the header and TOC: either an error or an archive whose data
        // reads to the end or to an error.
        let step = (end / 100).max(1);
        for i in (0..end).step_by(step) {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            if let Ok(mut a) = from_bytes(&b) {
                let ids: Vec<DumpId> = a.entries().iter().map(|e| e.dump_id).collect();
                for id in ids.into_iter().take(20) {
                    if let Ok(mut r) = a.open_data(id) {
                        let _ = hash_reader(&mut r);
                    }
                }
            }
        }
    }
}

/// A custom archive of `version` written with our encoders: a TABLE entry and its TABLE
/// DATA (uncompressed where the version can say so, zlib before 1.2).
fn synthetic_custom(version: pgdumpkit_format::ArchiveVersion) -> Vec<u8> {
    use pgdumpkit_format::ArchiveVersion as V;
    use pgdumpkit_format::grammar::{write_header, write_toc};
    use pgdumpkit_format::primitives::{IntFormat, write_int};
    use pgdumpkit_format::{CatalogId, CreateTime, Header, HeaderCompression, Section, TocEntry};

    let f = IntFormat {
        version,
        int_size: 4,
        off_size: if version >= V::V1_7 { 8 } else { 4 },
    };
    let compression = if version >= V::V1_15 {
        HeaderCompression::Algorithm(0)
    } else if version >= V::V1_4 {
        HeaderCompression::Level(0)
    } else if version >= V::V1_2 {
        HeaderCompression::LevelByte(0)
    } else {
        HeaderCompression::Implied
    };
    let header = Header {
        version,
        int_size: f.int_size,
        off_size: f.off_size,
        format_byte: 1,
        compression,
        created: (version >= V::V1_4).then_some(CreateTime {
            sec: 1,
            min: 2,
            hour: 3,
            mday: 4,
            mon: 5,
            year: 120,
            isdst: 0,
        }),
        dbname: (version >= V::V1_4).then(|| b"db".to_vec()),
        server_version: (version >= V::V1_10).then(|| b"18.4".to_vec()),
        pgdump_version: (version >= V::V1_10).then(|| b"18.4".to_vec()),
    };
    let entry = |id, desc: &str, defn: Option<&[u8]>, data| TocEntry {
        dump_id: id,
        had_dumper: data != DataLocation::NoData,
        catalog_id: CatalogId {
            tableoid: if version >= V::V1_8 { 1259 } else { 0 },
            oid: 16384,
        },
        tag: Some(b"t1".to_vec()),
        desc: desc.as_bytes().to_vec(),
        section: if version >= V::V1_11 {
            if desc == "TABLE" {
                Section::PreData
            } else {
                Section::Data
            }
        } else {
            Section::derive_from_desc(desc.as_bytes())
        },
        defn: defn.map(<[u8]>::to_vec),
        // pg_dump writes no drop statement for TABLE DATA (pg_restore would try to set its
        // owner otherwise).
        drop_stmt: (desc == "TABLE").then(|| b"DROP TABLE public.t1;\n".to_vec()),
        copy_stmt: (version >= V::V1_3 && desc == "TABLE DATA")
            .then(|| b"COPY public.t1 (a) FROM stdin;\n".to_vec()),
        namespace: (version >= V::V1_6).then(|| b"public".to_vec()),
        tablespace: (version >= V::V1_10).then(Vec::new),
        tableam: (version >= V::V1_14 && desc == "TABLE").then(|| b"heap".to_vec()),
        relkind: if version >= V::V1_16 && desc == "TABLE" {
            114
        } else {
            0
        },
        owner: Some(b"alice".to_vec()),
        with_oids: (version >= V::V1_9).then(|| b"false".to_vec()),
        dependencies: if version >= V::V1_5 && desc == "TABLE DATA" {
            vec![7]
        } else {
            vec![]
        },
        data,
    };
    let toc = |pos| {
        vec![
            entry(
                7,
                "TABLE",
                Some(b"CREATE TABLE public.t1 (a integer);\n"),
                DataLocation::NoData,
            ),
            entry(8, "TABLE DATA", None, pos),
        ]
    };
    let mut out = Vec::new();
    write_header(&mut out, &header).unwrap();
    let mut probe = Vec::new();
    write_toc(&mut probe, f, &toc(DataLocation::Offset(1))).unwrap();
    let pos = (out.len() + probe.len()) as u64;
    write_toc(&mut out, f, &toc(DataLocation::Offset(pos))).unwrap();
    assert_eq!(out.len() as u64, pos);
    let payload: &[u8] = b"1\n2\n\\.\n\n\n";
    let stored = if version >= V::V1_2 {
        payload.to_vec()
    } else {
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut z, payload).unwrap();
        z.finish().unwrap()
    };
    if version >= V::V1_3 {
        out.push(1);
    }
    write_int(&mut out, f, 8).unwrap();
    write_int(&mut out, f, stored.len() as i32).unwrap();
    out.extend_from_slice(&stored);
    write_int(&mut out, f, 0).unwrap();
    out
}

#[test]
fn synthetic_archives_of_every_version_agree_with_pg_restore() {
    let bin = pg_restore();
    if bin.is_none() {
        eprintln!("note: PGDUMPKIT_TOOLCHAIN not set: checking our own reading only");
    }
    for minor in (0..=16u8).filter(|m| *m != 1) {
        let v = pgdumpkit_format::ArchiveVersion::new(1, minor, 0);
        let bytes = synthetic_custom(v);
        let mut file = tempfile::NamedTempFile::new().unwrap();
        std::io::Write::write_all(&mut file, &bytes).unwrap();
        let mut a = Archive::open(file.path()).unwrap_or_else(|e| panic!("{v}: {e}"));
        assert_eq!(a.header().version, v);
        let mut data = Vec::new();
        a.open_data(8).unwrap().read_to_end(&mut data).unwrap();
        assert_eq!(data, b"1\n2\n\\.\n\n\n", "{v}");
        if let Some(bin) = &bin {
            compare_with_pg_restore(bin, file.path(), &a);
            compare_data_with_pg_restore(bin, file.path(), &mut a);
        }
    }
}
