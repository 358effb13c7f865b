//! Archive-level tests over synthetic archives written with our own encoders: every format,
//! offsets set and unset, large objects, and the hardening runs (truncation at every byte of
//! the header and TOC, flipped bytes) that must end in `Err`, never in a panic or a hang.

use std::io::{Read, Write};

use super::*;
use crate::grammar::{write_header, write_toc};
use crate::header::{CreateTime, HeaderCompression};
use crate::primitives::{write_int, write_str};
use crate::toc::{CatalogId, Section};

const COPY_DATA: &[u8] = b"1\tone\n2\ttwo\n\\.\n\n\n";

fn header(format_byte: u8, algorithm: u8) -> Header {
    Header {
        version: ArchiveVersion::V1_16,
        int_size: 4,
        off_size: 8,
        format_byte,
        compression: HeaderCompression::Algorithm(algorithm),
        created: Some(CreateTime::default()),
        dbname: Some(b"db".to_vec()),
        server_version: Some(b"18.4".to_vec()),
        pgdump_version: Some(b"18.4".to_vec()),
    }
}

fn entry(id: DumpId, desc: &str, defn: Option<&[u8]>, data: DataLocation) -> TocEntry {
    TocEntry {
        dump_id: id,
        had_dumper: !matches!(data, DataLocation::NoData) && data != DataLocation::File(vec![]),
        catalog_id: CatalogId::default(),
        tag: Some(desc.as_bytes().to_vec()),
        desc: desc.as_bytes().to_vec(),
        section: Section::Data,
        defn: defn.map(<[u8]>::to_vec),
        drop_stmt: None,
        copy_stmt: None,
        namespace: None,
        tablespace: None,
        tableam: None,
        relkind: 0,
        owner: None,
        with_oids: Some(b"false".to_vec()),
        dependencies: vec![1],
        data,
    }
}

fn zlib(data: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(data).unwrap();
    z.finish().unwrap()
}

fn chunks(out: &mut Vec<u8>, data: &[u8], size: usize) {
    let f = IntFormat::CURRENT;
    for c in data.chunks(size) {
        write_int(out, f, c.len() as i32).unwrap();
        out.extend_from_slice(c);
    }
    write_int(out, f, 0).unwrap();
}

/// A gzip custom archive: ENCODING, STDSTRINGS, one TABLE DATA (id 3) and one BLOBS (id 4)
/// with OIDs 16001 ("hello"), 3000000000 (empty). `set` decides whether offsets are set.
fn custom_archive(set: bool) -> Vec<u8> {
    let f = IntFormat::CURRENT;
    let toc_with = |p3: u64, p4: u64| {
        let (l3, l4) = if set {
            (DataLocation::Offset(p3), DataLocation::Offset(p4))
        } else {
            (DataLocation::NotSet, DataLocation::NotSet)
        };
        vec![
            entry(
                1,
                "ENCODING",
                Some(b"SET client_encoding = 'UTF8';\n"),
                DataLocation::NoData,
            ),
            entry(
                2,
                "STDSTRINGS",
                Some(b"SET standard_conforming_strings = 'on';\n"),
                DataLocation::NoData,
            ),
            entry(3, "TABLE DATA", None, l3),
            entry(4, "BLOBS", None, l4),
        ]
    };
    let mut head = Vec::new();
    write_header(&mut head, &header(1, 1)).unwrap();
    let mut toc = Vec::new();
    write_toc(&mut toc, f, &toc_with(0, 0)).unwrap();
    let start = (head.len() + toc.len()) as u64;
    let mut data = vec![custom::BLK_DATA];
    write_int(&mut data, f, 3).unwrap();
    chunks(&mut data, &zlib(COPY_DATA), 7);
    let p4 = start + data.len() as u64;
    data.push(custom::BLK_BLOBS);
    write_int(&mut data, f, 4).unwrap();
    write_int(&mut data, f, 16001).unwrap();
    chunks(&mut data, &zlib(b"hello"), 3);
    write_int(&mut data, f, 3_000_000_000u32 as i32).unwrap();
    chunks(&mut data, &zlib(b""), 100);
    write_int(&mut data, f, 0).unwrap();
    let mut toc = Vec::new();
    write_toc(&mut toc, f, &toc_with(start, p4)).unwrap();
    let mut out = head;
    out.extend_from_slice(&toc);
    out.extend_from_slice(&data);
    out
}

fn tar_member(out: &mut Vec<u8>, name: &str, body: &[u8]) {
    let mut h = [0u8; tar::BLOCK];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..108].copy_from_slice(b"0000600 ");
    h[124..136].copy_from_slice(format!("{:011o} ", body.len()).as_bytes());
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    let sum = tar::checksum(&h);
    h[148..156].copy_from_slice(format!("{sum:07o} ").as_bytes());
    out.extend_from_slice(&h);
    out.extend_from_slice(body);
    out.resize(out.len() + tar::padding(body.len() as u64) as usize, 0);
}

fn tar_toc() -> Vec<TocEntry> {
    let mut blobs = entry(4, "BLOBS", None, DataLocation::File(b"4.dat".to_vec()));
    blobs.tag = Some(b"16001..3000000000".to_vec());
    vec![
        entry(
            1,
            "ENCODING",
            Some(b"SET client_encoding = 'LATIN1';\n"),
            DataLocation::File(vec![]),
        ),
        entry(3, "TABLE DATA", None, DataLocation::File(b"3.dat".to_vec())),
        blobs,
    ]
}

fn tar_archive() -> Vec<u8> {
    let mut toc = Vec::new();
    write_header(&mut toc, &header(3, 0)).unwrap();
    write_toc(&mut toc, IntFormat::CURRENT, &tar_toc()).unwrap();
    let mut t = Vec::new();
    tar_member(&mut t, "toc.dat", &toc);
    tar_member(&mut t, "3.dat", COPY_DATA);
    tar_member(&mut t, "blob_16001.dat", b"hello");
    tar_member(&mut t, "blob_3000000000.dat", b"");
    tar_member(
        &mut t,
        "blobs_4.toc",
        b"16001 blob_16001.dat\n3000000000 blob_3000000000.dat\n",
    );
    tar_member(&mut t, "restore.sql", b"-- nothing\n");
    t.resize(t.len() + 1024, 0);
    t
}

type Blobs = Vec<(u32, Vec<u8>)>;

/// All data of an archive in TOC order, or the first error.
fn read_everything(a: &mut Archive) -> Result<(Vec<Vec<u8>>, Blobs), DataError> {
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
    let mut data = Vec::new();
    let mut blobs = Vec::new();
    for (id, is_blobs) in ids {
        if is_blobs {
            a.read_blobs(id, &mut |oid, r| {
                let mut v = Vec::new();
                r.read_to_end(&mut v)?;
                blobs.push((oid, v));
                Ok(())
            })?;
        } else {
            let mut v = Vec::new();
            a.open_data(id)?.read_to_end(&mut v).map_err(|e| {
                DataError::take_from_io(e).unwrap_or_else(|e| DataError::Io {
                    what: "test".into(),
                    source: e,
                })
            })?;
            data.push(v);
        }
    }
    Ok((data, blobs))
}

fn expected_blobs() -> Blobs {
    vec![(16001, b"hello".to_vec()), (3_000_000_000, Vec::new())]
}

fn write_temp(bytes: &[u8]) -> tempfile::NamedTempFile {
    let mut f = tempfile::NamedTempFile::new().unwrap();
    f.write_all(bytes).unwrap();
    f.flush().unwrap();
    f
}

fn stream(bytes: &[u8]) -> Result<Archive, OpenError> {
    Archive::from_reader(Box::new(io::Cursor::new(bytes.to_vec())))
}

#[test]
fn custom_with_and_without_offsets_mapped_and_streamed() {
    for set in [true, false] {
        let bytes = custom_archive(set);
        let file = write_temp(&bytes);
        let mut a = Archive::open(file.path()).unwrap();
        assert_eq!(a.format(), Format::Custom);
        assert_eq!(a.encoding(), Some(&b"UTF8"[..]));
        assert!(a.std_strings());
        let (data, blobs) = read_everything(&mut a).unwrap();
        assert_eq!(data, vec![COPY_DATA.to_vec()]);
        assert_eq!(blobs, expected_blobs());
        // Any order on a mapped file.
        let (_, b2) = read_everything(&mut a).unwrap();
        assert_eq!(b2, expected_blobs());
        assert_eq!(a.stored_size(3).is_some(), set);
        let mut s = stream(&bytes).unwrap();
        assert_eq!(read_everything(&mut s).unwrap(), (data, blobs));
    }
}

#[test]
fn a_pipe_refuses_going_back() {
    let bytes = custom_archive(false);
    let mut s = stream(&bytes).unwrap();
    // Read the BLOBS first: the TABLE DATA block is skipped and cannot be read afterwards.
    s.read_blobs(4, &mut |_, _| Ok(())).unwrap();
    let e = s.open_data(3).unwrap_err();
    assert!(matches!(e, DataError::OutOfOrder { id: 3 }), "{e}");
    assert!(e.to_string().contains("non-seekable input file"));
}

#[test]
fn a_dropped_reader_is_finished_before_the_next_block() {
    let bytes = custom_archive(false);
    let mut s = stream(&bytes).unwrap();
    let mut r = s.open_data(3).unwrap();
    let mut two = [0u8; 2];
    r.read_exact(&mut two).unwrap();
    drop(r);
    let mut blobs = Vec::new();
    s.read_blobs(4, &mut |oid, _| {
        blobs.push(oid);
        Ok(())
    })
    .unwrap();
    assert_eq!(blobs, vec![16001, 3_000_000_000]);
}

#[test]
fn trailing_toc_copy_after_the_data_is_tolerated() {
    // pg_dump 16–18 with `> file` (format spec §7.3): unset offsets, a TOC copy at the end.
    let mut bytes = custom_archive(false);
    let mut junk = Vec::new();
    write_toc(&mut junk, IntFormat::CURRENT, &tar_toc()).unwrap();
    bytes.extend_from_slice(&junk);
    let file = write_temp(&bytes);
    let mut a = Archive::open(file.path()).unwrap();
    let (_, blobs) = read_everything(&mut a).unwrap();
    assert_eq!(blobs, expected_blobs());
    let mut s = stream(&bytes).unwrap();
    assert!(read_everything(&mut s).is_ok());
}

#[test]
fn tar_mapped_and_streamed() {
    let bytes = tar_archive();
    let file = write_temp(&bytes);
    let mut a = Archive::open(file.path()).unwrap();
    assert_eq!(a.format(), Format::Tar);
    assert_eq!(a.encoding(), Some(&b"LATIN1"[..]));
    assert!(!a.std_strings());
    let all = read_everything(&mut a).unwrap();
    assert_eq!(all, (vec![COPY_DATA.to_vec()], expected_blobs()));
    assert_eq!(a.stored_size(3), Some(COPY_DATA.len() as u64));
    assert_eq!(a.stored_size(4), Some(5));
    let mut s = stream(&bytes).unwrap();
    assert_eq!(read_everything(&mut s).unwrap(), all);
    let e = s.open_data(3).unwrap_err();
    assert!(matches!(e, DataError::TarOutOfOrder { .. }), "{e}");
}

#[test]
fn directory_with_compressed_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut toc = Vec::new();
    write_header(&mut toc, &header(3, 1)).unwrap();
    write_toc(&mut toc, IntFormat::CURRENT, &tar_toc()).unwrap();
    // toc.dat itself gzipped, as pg_restore accepts (format spec §8.3).
    let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    g.write_all(&toc).unwrap();
    std::fs::write(dir.path().join("toc.dat.gz"), g.finish().unwrap()).unwrap();
    std::fs::write(
        dir.path().join("3.dat.zst"),
        zstd::encode_all(COPY_DATA, 3).unwrap(),
    )
    .unwrap();
    let mut enc = lz4_flex::frame::FrameEncoder::new(Vec::new());
    enc.write_all(b"hello").unwrap();
    std::fs::write(dir.path().join("blob_16001.dat.lz4"), enc.finish().unwrap()).unwrap();
    // An empty large object is a zero-length compressed file.
    std::fs::write(dir.path().join("blob_3000000000.dat.zst"), b"").unwrap();
    std::fs::write(
        dir.path().join("blobs_4.toc"),
        "16001 blob_16001.dat\n3000000000 blob_3000000000.dat\n",
    )
    .unwrap();
    let mut a = Archive::open(dir.path()).unwrap();
    assert_eq!(a.format(), Format::Directory);
    // The TOC names 4.dat for the BLOBS entry; 1.16 reads the entry's own list, so point it
    // there as pg_dump 17+ does.
    let (data, blobs) = {
        let e = a.entries.iter_mut().find(|e| e.dump_id == 4).unwrap();
        e.data = DataLocation::File(b"blobs_4.toc".to_vec());
        read_everything(&mut a).unwrap()
    };
    assert_eq!(data, vec![COPY_DATA.to_vec()]);
    assert_eq!(blobs, expected_blobs());
    assert!(a.stored_size(3).is_some());
}

#[test]
fn every_truncation_of_header_and_toc_is_an_error() {
    for bytes in [custom_archive(true), custom_archive(false)] {
        let toc_end = match Archive::open(write_temp(&bytes).path()).unwrap().body {
            Body::CustomMap(ref m) => m.data_start as usize,
            _ => unreachable!(),
        };
        for cut in 0..toc_end {
            let prefix = &bytes[..cut];
            assert!(stream(prefix).is_err(), "stream cut at {cut}");
            let f = write_temp(prefix);
            assert!(Archive::open(f.path()).is_err(), "file cut at {cut}");
        }
        // Cut inside the data: opening works, reading fails cleanly.
        for cut in toc_end..bytes.len() {
            let f = write_temp(&bytes[..cut]);
            let mut a = Archive::open(f.path()).unwrap();
            assert!(read_everything(&mut a).is_err(), "data cut at {cut}");
            let mut s = stream(&bytes[..cut]).unwrap();
            assert!(read_everything(&mut s).is_err(), "stream data cut at {cut}");
        }
    }
    let t = tar_archive();
    let toc_len = tar::read_number(&t[124..136]) as usize;
    for cut in 0..tar::BLOCK + toc_len {
        assert!(stream(&t[..cut]).is_err(), "tar cut at {cut}");
    }
}

#[test]
fn flipped_bytes_never_panic() {
    let inputs = [custom_archive(true), custom_archive(false), tar_archive()];
    for bytes in inputs {
        for i in 0..bytes.len() {
            for mask in [0xffu8, 0x01, 0x80] {
                let mut b = bytes.clone();
                b[i] ^= mask;
                if let Ok(mut s) = stream(&b) {
                    let _ = read_everything(&mut s);
                }
                if i % 7 == 0 {
                    let f = write_temp(&b);
                    if let Ok(mut a) = Archive::open(f.path()) {
                        let _ = read_everything(&mut a);
                    }
                }
            }
        }
    }
}

#[test]
fn hostile_lengths_and_counts() {
    let f = IntFormat::CURRENT;
    let mut b = Vec::new();
    write_header(&mut b, &header(1, 0)).unwrap();
    // A count of 2^31 − 1 and one entry whose tag claims 2 GiB.
    write_int(&mut b, f, i32::MAX).unwrap();
    write_int(&mut b, f, 1).unwrap();
    write_int(&mut b, f, 0).unwrap();
    write_str(&mut b, f, Some(b"0")).unwrap();
    write_str(&mut b, f, Some(b"0")).unwrap();
    write_int(&mut b, f, i32::MAX).unwrap();
    let e = stream(&b).unwrap_err();
    assert!(
        e.to_string().contains("string length 2147483647 at offset"),
        "{e}"
    );
    let e = Archive::open(write_temp(&b).path()).unwrap_err();
    assert!(matches!(e, OpenError::Truncated { .. }), "{e}");
}

#[test]
fn offsets_pointing_at_the_wrong_block_are_caught() {
    let mut bytes = custom_archive(true);
    // Swap the two offsets by rewriting the TOC with them exchanged.
    let a = Archive::open(write_temp(&bytes).path()).unwrap();
    let mut entries = a.entries().to_vec();
    let (p3, p4) = (entries[2].data.clone(), entries[3].data.clone());
    entries[2].data = p4;
    entries[3].data = p3;
    let mut head = Vec::new();
    write_header(&mut head, a.header()).unwrap();
    write_toc(&mut head, IntFormat::CURRENT, &entries).unwrap();
    bytes[..head.len()].copy_from_slice(&head);
    let mut a = Archive::open(write_temp(&bytes).path()).unwrap();
    let e = a.open_data(3).unwrap_err();
    assert!(
        matches!(
            e,
            DataError::UnexpectedBlockId {
                found: 4,
                expected: 3,
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn diagnostics_for_non_archives() {
    let msg = |b: &[u8]| stream(b).unwrap_err().to_string();
    assert_eq!(msg(b""), "input file is empty");
    assert!(msg(b"--\n-- PostgreSQL database dump\n--\n\nSET x;\n").contains("psql"));
    let mut g = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    g.write_all(&custom_archive(true)).unwrap();
    assert!(msg(&g.finish().unwrap()).contains("gzip-compressed custom-format archive"));
    let z = zstd::encode_all(&b"--\n-- PostgreSQL database dump\n--\n\n"[..], 3).unwrap();
    assert!(msg(&z).contains("zstd-compressed plain SQL dump"));
    let mut c = custom_archive(true);
    c[10] = 3; // format byte
    assert_eq!(
        msg(&c),
        "expected format (1) differs from format found in file (3)"
    );
    let mut v = custom_archive(true);
    v[6] = 17;
    assert_eq!(
        msg(&v),
        "unsupported archive version 1.17 (this reader supports up to 1.16)"
    );
}

#[test]
fn an_archive_can_move_to_another_thread() {
    fn send<T: Send>() {}
    send::<Archive>();
    send::<OpenError>();
    send::<DataError>();
}

#[test]
fn mapped_pages_are_given_back_while_streaming() {
    // A custom archive with a 9 MiB uncompressed block: reading it must not keep every page
    // resident (checked indirectly: the releasing source walks the whole block correctly).
    let f = IntFormat::CURRENT;
    let big: Vec<u8> = (0..9u32 << 20).map(|i| (i % 251) as u8).collect();
    let mut head = Vec::new();
    let mut h = header(1, 0);
    h.compression = HeaderCompression::Algorithm(0);
    write_header(&mut head, &h).unwrap();
    let toc = |p| vec![entry(3, "TABLE DATA", None, p)];
    let mut probe = Vec::new();
    write_toc(&mut probe, f, &toc(DataLocation::Offset(1))).unwrap();
    let pos = (head.len() + probe.len()) as u64;
    write_toc(&mut head, f, &toc(DataLocation::Offset(pos))).unwrap();
    head.push(custom::BLK_DATA);
    write_int(&mut head, f, 3).unwrap();
    chunks(&mut head, &big, 1 << 16);
    let file = write_temp(&head);
    let mut a = Archive::open(file.path()).unwrap();
    let mut out = Vec::new();
    a.open_data(3).unwrap().read_to_end(&mut out).unwrap();
    assert!(out == big);
}
